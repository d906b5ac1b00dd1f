#include "app/validation/ValidationReasonDialog.h"

#include "ui_ValidationReasonDialog.h"

#include <QPushButton>

namespace sgl::app {

ValidationReasonDialog::ValidationReasonDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ValidationReasonDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->promptLabel->setText(prompt);
    m_ui->valueLabel->hide();
    m_ui->valueEdit->hide();
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &ValidationReasonDialog::updateOk);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &ValidationReasonDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->reasonEdit->setFocus();
    updateOk();
}

ValidationReasonDialog::~ValidationReasonDialog() = default;

void ValidationReasonDialog::askValue(const QString &label, const QString &initial)
{
    m_valueAsked = true;
    m_ui->valueLabel->setText(label);
    m_ui->valueLabel->show();
    m_ui->valueEdit->show();
    m_ui->valueEdit->setText(initial);
    m_ui->valueEdit->selectAll();
    m_ui->valueEdit->setFocus();
    updateOk();
}

void ValidationReasonDialog::setValue(const QString &value)
{
    m_ui->valueEdit->setText(value);
}

void ValidationReasonDialog::setReason(const QString &reason)
{
    m_ui->reasonEdit->setText(reason);
}

QString ValidationReasonDialog::value() const
{
    return m_ui->valueEdit->text().trimmed();
}

QString ValidationReasonDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}

void ValidationReasonDialog::updateOk()
{
    const bool ok = !reason().isEmpty() && (!m_valueAsked || !value().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace sgl::app
