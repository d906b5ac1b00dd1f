#include "app/validation/CallBackDialog.h"

#include "ui_CallBackDialog.h"

#include <QPushButton>

namespace sgl::app {

using Method = domain::CallBack::Method;

CallBackDialog::CallBackDialog(const QString &resultText, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CallBackDialog>())
{
    m_ui->setupUi(this);
    m_ui->resultLabel->setText(resultText);
    for (Method m : {Method::Phone, Method::InPerson, Method::Mssante, Method::Other})
        m_ui->methodCombo->addItem(domain::callBackMethodLabel(m), int(m));
    m_ui->whenEdit->setDateTime(QDateTime::currentDateTime());
    m_ui->whenEdit->setMaximumDateTime(QDateTime::currentDateTime().addSecs(300));
    connect(m_ui->calledEdit, &QLineEdit::textChanged, this, &CallBackDialog::update);
    connect(m_ui->readBackCheck, &QCheckBox::toggled, this, &CallBackDialog::update);
    connect(m_ui->unreachableCheck, &QCheckBox::toggled, this, &CallBackDialog::update);
    connect(m_ui->escalationEdit, &QLineEdit::textChanged, this, &CallBackDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

CallBackDialog::~CallBackDialog() = default;

void CallBackDialog::setCalled(const QString &name)
{
    m_ui->calledEdit->setText(name);
}

void CallBackDialog::setReadBack(bool readBack)
{
    m_ui->readBackCheck->setChecked(readBack);
}

void CallBackDialog::setUnreachable(bool unreachable, const QString &escalation)
{
    m_ui->unreachableCheck->setChecked(unreachable);
    m_ui->escalationEdit->setText(escalation);
}

void CallBackDialog::update()
{
    const bool unreachable = m_ui->unreachableCheck->isChecked();
    m_ui->readBackCheck->setEnabled(!unreachable);
    m_ui->escalationEdit->setEnabled(unreachable);
    m_ui->escalationLabel->setEnabled(unreachable);
    const bool complete = !m_ui->calledEdit->text().trimmed().isEmpty()
                          && (unreachable ? !m_ui->escalationEdit->text().trimmed().isEmpty() : m_ui->readBackCheck->isChecked());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

workflow::validation::CallBackRequest CallBackDialog::request(qint64 dossierId, int dossierVersion, qint64 resultId) const
{
    workflow::validation::CallBackRequest r;
    r.dossierId = dossierId;
    r.dossierVersion = dossierVersion;
    r.resultId = resultId;
    r.calledName = m_ui->calledEdit->text().trimmed();
    r.method = Method(m_ui->methodCombo->currentData().toInt());
    r.calledAt = m_ui->whenEdit->dateTime().toUTC();
    r.unreachable = m_ui->unreachableCheck->isChecked();
    r.readBack = !r.unreachable && m_ui->readBackCheck->isChecked();
    r.escalation = r.unreachable ? m_ui->escalationEdit->text().trimmed() : QString();
    r.comment = m_ui->commentEdit->text().trimmed();
    return r;
}

} // namespace sgl::app
