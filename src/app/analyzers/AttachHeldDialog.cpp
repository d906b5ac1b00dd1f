#include "app/analyzers/AttachHeldDialog.h"

#include "app/analyzers/AnalysisPicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sgl::app {

AttachHeldDialog::AttachHeldDialog(const workflow::analyzers::HeldItem &item, const QList<AnalysisChoice> &analyses,
                                   Submit submit, QWidget *parent)
    : QDialog(parent),
      m_submit(std::move(submit)),
      m_barcode(new QLineEdit(this)),
      m_analysis(new AnalysisPicker(this)),
      m_saveMapping(new QCheckBox(tr("&Enregistrer la correspondance dans le profil"), this)),
      m_reason(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Rattacher un résultat en attente"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(tr("Automate %1 — code %2, valeur « %3 »\nMotif de mise en attente : %4")
                                   .arg(item.profileName, item.testCode, item.valueText, item.reasonText),
                               this);
    summary->setWordWrap(true);
    summary->setObjectName(QStringLiteral("heldSummary"));
    layout->addWidget(summary);
    auto *form = new QFormLayout;
    m_barcode->setObjectName(QStringLiteral("barcodeEdit"));
    m_barcode->setText(item.specimenId);
    m_barcode->setMinimumWidth(220);
    form->addRow(tr("&Tube (code-barres) :"), m_barcode);
    m_analysis->setObjectName(QStringLiteral("analysisPicker"));
    m_analysis->setAnalyses(analyses);
    m_analysis->setCode(item.analysisCode);
    form->addRow(tr("&Analyse :"), m_analysis);
    m_saveMapping->setObjectName(QStringLiteral("saveMappingCheck"));
    m_saveMapping->setEnabled(!item.testCode.isEmpty());
    m_saveMapping->setToolTip(tr("Les prochains résultats du code %1 de cet automate iront directement "
                                 "sur cette analyse ; les autres messages en attente pour ce code sont repris.")
                                  .arg(item.testCode));
    form->addRow(QString(), m_saveMapping);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("obligatoire, conservé dans l'historique"));
    form->addRow(tr("&Motif :"), m_reason);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rattacher"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Annuler"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttachHeldDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AttachChoice AttachHeldDialog::choice() const
{
    return {m_barcode->text().trimmed(), m_analysis->code(), m_saveMapping->isEnabled() && m_saveMapping->isChecked(),
            m_reason->text().trimmed()};
}

void AttachHeldDialog::setChoice(const AttachChoice &choice)
{
    m_barcode->setText(choice.barcode);
    m_analysis->setCode(choice.analysisCode);
    m_saveMapping->setChecked(choice.saveMapping);
    m_reason->setText(choice.reason);
}

QString AttachHeldDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AttachHeldDialog::accept()
{
    if (m_submit) {
        if (auto done = m_submit(choice()); !done) {
            m_error->setText(done.error().message);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace sgl::app
