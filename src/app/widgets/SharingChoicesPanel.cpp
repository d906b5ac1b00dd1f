#include "app/widgets/SharingChoicesPanel.h"

#include "ui_SharingChoicesPanel.h"

namespace sgl::app {

SharingChoicesPanel::SharingChoicesPanel(QWidget *parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::SharingChoicesPanel>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->withholdCheck); // F9 lands on the first choice
    connect(m_ui->withholdCheck, &QCheckBox::toggled, this, &SharingChoicesPanel::updateEnabled);
    connect(m_ui->hiddenPatientCheck, &QCheckBox::toggled, this, &SharingChoicesPanel::updateEnabled);
    reset(false);
}

SharingChoicesPanel::~SharingChoicesPanel() = default;

void SharingChoicesPanel::reset(bool insQualified)
{
    m_insQualified = insQualified;
    setChoices(domain::SharingChoices::defaultsFor(insQualified));
}

void SharingChoicesPanel::setChoices(const domain::SharingChoices &c)
{
    m_ui->withholdCheck->setChecked(c.dmpWithheld);
    m_ui->withholdReasonEdit->setText(c.withholdReason);
    m_ui->maskProfessionalsCheck->setChecked(c.maskedToProfessionals);
    m_ui->hiddenPatientCheck->setChecked(c.hiddenFromPatientUntilAnnouncement);
    m_ui->hiddenRepresentativesCheck->setChecked(c.hiddenFromLegalRepresentatives);
    m_ui->patientMssCheck->setChecked(c.sendToPatientMss);
    updateEnabled();
}

domain::SharingChoices SharingChoicesPanel::choices() const
{
    domain::SharingChoices c;
    c.dmpWithheld = m_ui->withholdCheck->isChecked();
    c.withholdReason = c.dmpWithheld ? m_ui->withholdReasonEdit->text().trimmed() : QString();
    c.maskedToProfessionals = m_ui->maskProfessionalsCheck->isChecked();
    c.hiddenFromPatientUntilAnnouncement = m_ui->hiddenPatientCheck->isChecked();
    c.hiddenFromLegalRepresentatives = m_ui->hiddenRepresentativesCheck->isChecked();
    c.sendToPatientMss = (m_readOnly || patientMssOffered()) && m_ui->patientMssCheck->isChecked();
    return c;
}

bool SharingChoicesPanel::patientMssOffered() const
{
    return m_insQualified;
}

void SharingChoicesPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setFocusProxy(readOnly ? nullptr : m_ui->withholdCheck);
    updateEnabled();
}

void SharingChoicesPanel::updateEnabled()
{
    const bool withheld = m_ui->withholdCheck->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->withholdCheck, m_ui->maskProfessionalsCheck,
                                                       m_ui->hiddenPatientCheck, m_ui->hiddenRepresentativesCheck})
        w->setEnabled(!m_readOnly);
    m_ui->withholdReasonEdit->setEnabled(withheld);
    m_ui->withholdReasonEdit->setReadOnly(m_readOnly);
    m_ui->dmpLabel->setWordWrap(true);
    m_ui->dmpLabel->setStyleSheet(withheld ? QStringLiteral("color: #b00020;") : QString());
    if (m_readOnly) {
        // What was decided for that version; nothing to propose.
        m_ui->dmpLabel->setText(withheld ? tr("DMP : retenu pour ce document") : tr("DMP : envoi demandé"));
        m_ui->patientMssCheck->setVisible(m_insQualified || m_ui->patientMssCheck->isChecked());
        m_ui->patientMssCheck->setEnabled(false);
        m_ui->insHintLabel->hide();
        return;
    }
    m_ui->dmpLabel->setText(withheld ? tr("DMP : retenu pour ce document (motif obligatoire)") : tr("DMP : envoi par défaut"));
    // The patient copy exists only for a qualified INS; a document hidden from the patient is not sent to them.
    m_ui->patientMssCheck->setVisible(m_insQualified);
    m_ui->patientMssCheck->setEnabled(m_insQualified && !m_ui->hiddenPatientCheck->isChecked());
    if (m_ui->hiddenPatientCheck->isChecked())
        m_ui->patientMssCheck->setChecked(false);
    m_ui->insHintLabel->setVisible(!m_insQualified);
}

} // namespace sgl::app
