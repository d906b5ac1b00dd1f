#include "app/validation/SendBackDialog.h"

#include "ui_SendBackDialog.h"

#include <QPushButton>

namespace sgl::app {

using Kind = workflow::bench::RerunOrder::Kind;

SendBackDialog::SendBackDialog(const QString &resultText, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SendBackDialog>())
{
    m_ui->setupUi(this);
    m_ui->resultLabel->setText(resultText);
    m_ui->kindCombo->addItem(tr("Repasser (même échantillon)"), int(Kind::Rerun));
    m_ui->kindCombo->addItem(tr("Diluer puis repasser"), int(Kind::Dilution));
    m_ui->kindCombo->addItem(tr("Nouveau prélèvement"), int(Kind::NewSample));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &SendBackDialog::update);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &SendBackDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

SendBackDialog::~SendBackDialog() = default;

void SendBackDialog::update()
{
    const bool dilution = kind() == Kind::Dilution;
    m_ui->factorSpin->setEnabled(dilution);
    m_ui->factorLabel->setEnabled(dilution);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

void SendBackDialog::setKind(Kind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

void SendBackDialog::setReason(const QString &reason)
{
    m_ui->reasonEdit->setText(reason);
}

Kind SendBackDialog::kind() const
{
    return Kind(m_ui->kindCombo->currentData().toInt());
}

QString SendBackDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}

std::optional<double> SendBackDialog::factor() const
{
    if (kind() != Kind::Dilution)
        return std::nullopt;
    return m_ui->factorSpin->value();
}

} // namespace sgl::app
