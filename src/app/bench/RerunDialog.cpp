#include "app/bench/RerunDialog.h"

#include "ui_RerunDialog.h"

namespace sgl::app {

using Kind = workflow::bench::RerunOrder::Kind;

RerunDialog::RerunDialog(const QString &resultText, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RerunDialog>())
{
    m_ui->setupUi(this);
    m_ui->resultLabel->setText(resultText);
    m_ui->kindCombo->addItem(tr("Repasser (même échantillon)"), int(Kind::Rerun));
    m_ui->kindCombo->addItem(tr("Diluer puis repasser"), int(Kind::Dilution));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &RerunDialog::updateFactor);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFactor();
}

RerunDialog::~RerunDialog() = default;

void RerunDialog::updateFactor()
{
    const bool dilution = m_ui->kindCombo->currentData().toInt() == int(Kind::Dilution);
    m_ui->factorSpin->setEnabled(dilution);
    m_ui->factorLabel->setEnabled(dilution);
}

void RerunDialog::setKind(Kind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

void RerunDialog::setReason(const QString &reason)
{
    m_ui->reasonEdit->setText(reason);
}

void RerunDialog::setFactor(double factor)
{
    m_ui->factorSpin->setValue(factor);
}

workflow::bench::RerunOrder RerunDialog::order(qint64 resultId, int version) const
{
    workflow::bench::RerunOrder o;
    o.resultId = resultId;
    o.version = version;
    o.kind = Kind(m_ui->kindCombo->currentData().toInt());
    o.reason = m_ui->reasonEdit->text();
    if (o.kind == Kind::Dilution)
        o.dilutionFactor = m_ui->factorSpin->value();
    return o;
}

} // namespace sgl::app
