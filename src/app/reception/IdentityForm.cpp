#include "app/reception/IdentityForm.h"

#include "app/reception/BirthPlacePicker.h"
#include "app/widgets/IdentityStatusBadge.h"
#include "ui_ReceptionView.h"

#include <QDateTime>

namespace sgl::app {

using domain::EvidenceType;
using domain::Patient;

IdentityForm::IdentityForm(Ui::ReceptionView &ui, IdentityStatusBadge &badge, BirthPlacePicker &birthPlace)
    : m_ui(ui), m_badge(badge), m_birthPlace(birthPlace)
{
}

QString IdentityForm::evidenceLabel(EvidenceType type)
{
    switch (type) {
    case EvidenceType::IdentityCard:
        return tr("Carte nationale d'identité");
    case EvidenceType::Passport:
        return tr("Passeport");
    case EvidenceType::ResidencePermit:
        return tr("Titre de séjour");
    case EvidenceType::BirthCertificateBook:
        return tr("Livret de famille / acte de naissance");
    case EvidenceType::DrivingLicence:
        return tr("Permis de conduire");
    case EvidenceType::VitaleCard:
        return tr("Carte Vitale");
    case EvidenceType::Other:
        break;
    }
    return tr("Autre document");
}

QString IdentityForm::displayName(const Patient &p)
{
    const QString first = p.traits.usedFirstName.isEmpty() ? p.traits.firstBirthName : p.traits.usedFirstName;
    QString name = p.traits.birthName;
    if (!p.traits.usedName.isEmpty() && p.traits.usedName != p.traits.birthName)
        name = p.traits.usedName + QStringLiteral(" (né(e) ") + p.traits.birthName + QLatin1Char(')');
    return name + QLatin1Char(' ') + first;
}

void IdentityForm::fillChoices()
{
    m_ui.sexCombo->addItem(tr("Féminin"), QStringLiteral("F"));
    m_ui.sexCombo->addItem(tr("Masculin"), QStringLiteral("M"));
    m_ui.sexCombo->addItem(tr("Indéterminé"), QStringLiteral("U"));
    for (EvidenceType type : {EvidenceType::IdentityCard, EvidenceType::Passport, EvidenceType::ResidencePermit,
                              EvidenceType::BirthCertificateBook, EvidenceType::DrivingLicence,
                              EvidenceType::VitaleCard, EvidenceType::Other})
        m_ui.evidenceTypeCombo->addItem(evidenceLabel(type), static_cast<int>(type));
}

void IdentityForm::show(const Patient &p, bool editable)
{
    m_ui.patientTitleLabel->setText(p.localId + QStringLiteral(" — ") + displayName(p));
    m_badge.setStatus(p.status, p.doubtful, p.fictitious);
    m_badge.show();
    if (p.insUsable())
        m_ui.insLabel->setText(tr("INS %1 (OID %2)").arg(p.ins.full(), p.ins.oid));
    else if (!p.ins.isEmpty())
        m_ui.insLabel->setText(tr("INS non qualifié : ne pas utiliser"));
    else
        m_ui.insLabel->setText(tr("Pas d'INS"));
    const auto &t = p.traits;
    m_ui.birthNameEdit->setText(t.birthName);
    m_ui.birthFirstNamesEdit->setText(t.birthFirstNames.isEmpty() ? t.firstBirthName
                                                                  : t.birthFirstNames.join(QLatin1Char(' ')));
    m_ui.birthDateEdit->setText(t.birthDate.isValid() ? t.birthDate.toString(kDateFormat) : t.birthDateRaw);
    m_ui.sexCombo->setCurrentIndex(m_ui.sexCombo->findData(domain::sexCode(t.sex)));
    m_ui.birthPlaceEdit->setText(t.birthPlaceCog);
    m_ui.usedNameEdit->setText(t.usedName);
    m_ui.usedFirstNameEdit->setText(t.usedFirstName);
    m_ui.phoneEdit->setText(p.phone);
    m_ui.emailEdit->setText(p.email);
    m_ui.addressEdit->setText(p.address);
    m_ui.doubtfulCheck->setChecked(p.doubtful);
    m_ui.fictitiousCheck->setChecked(p.fictitious);
    m_ui.homonymCheck->setChecked(p.homonym);
    showEvidence(p.evidence);
    setEditable(editable);
}

void IdentityForm::showEvidence(const QList<domain::IdentityEvidence> &evidence)
{
    m_ui.evidenceList->clear();
    for (const auto &e : evidence) {
        QString line = evidenceLabel(e.type);
        if (domain::isHighTrust(e.type))
            line += tr(" (haut niveau de confiance)");
        if (!e.checkedBy.isEmpty())
            line += tr(" — vue par %1").arg(e.checkedBy);
        if (e.checkedAt.isValid())
            line += tr(" le %1").arg(e.checkedAt.toLocalTime().toString(kDateFormat));
        m_ui.evidenceList->addItem(line);
    }
}

void IdentityForm::clear()
{
    m_ui.patientTitleLabel->setText(tr("Aucun patient sélectionné"));
    m_ui.insLabel->clear();
    m_badge.hide();
    for (QLineEdit *edit : {m_ui.birthNameEdit, m_ui.birthFirstNamesEdit, m_ui.birthDateEdit, m_ui.birthPlaceEdit,
                            m_ui.usedNameEdit, m_ui.usedFirstNameEdit, m_ui.phoneEdit, m_ui.emailEdit,
                            m_ui.addressEdit, m_ui.evidenceReferenceEdit})
        edit->clear();
    m_ui.sexCombo->setCurrentIndex(-1);
    for (QCheckBox *box : {m_ui.doubtfulCheck, m_ui.fictitiousCheck, m_ui.homonymCheck})
        box->setChecked(false);
    m_ui.evidenceList->clear();
    setEditable(false);
}

void IdentityForm::startNew(const QString &birthName, const QString &birthDate)
{
    clear();
    m_ui.patientTitleLabel->setText(tr("Nouveau patient"));
    m_ui.birthNameEdit->setText(birthName);
    m_ui.birthDateEdit->setText(birthDate);
    setEditable(true);
    m_ui.birthNameEdit->setFocus();
}

void IdentityForm::setEditable(bool editable)
{
    for (QLineEdit *edit : {m_ui.birthNameEdit, m_ui.birthFirstNamesEdit, m_ui.birthDateEdit, m_ui.birthPlaceEdit,
                            m_ui.usedNameEdit, m_ui.usedFirstNameEdit, m_ui.phoneEdit, m_ui.emailEdit,
                            m_ui.addressEdit})
        edit->setReadOnly(!editable);
    m_ui.sexCombo->setEnabled(editable);
    m_ui.attributesGroup->setEnabled(editable);
    m_ui.evidenceTypeCombo->setEnabled(editable);
    m_ui.evidenceReferenceEdit->setEnabled(editable);
}

std::expected<IdentityForm::Data, IdentityForm::Problem> IdentityForm::read(const std::optional<Patient> &current) const
{
    Data form;
    auto &t = form.traits;
    t.birthName = m_ui.birthNameEdit->text().trimmed();
    t.birthFirstNames = m_ui.birthFirstNamesEdit->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    t.firstBirthName = t.birthFirstNames.value(0);
    const QString dateText = m_ui.birthDateEdit->text().trimmed();
    t.birthDate = QDate::fromString(dateText, kDateFormat);
    if (!t.birthDate.isValid()) {
        // Keep an INSi partial date ("00/00/1950") as received; anything else is a typo.
        const bool partial = current && !current->traits.birthDate.isValid() && dateText == current->traits.birthDateRaw;
        if (!partial)
            return std::unexpected(Problem{
                tr("Date de naissance invalide : « %1 » (attendu jj/mm/aaaa).").arg(dateText), m_ui.birthDateEdit});
        t.birthDateRaw = current->traits.birthDateRaw;
    } else {
        t.birthDateRaw = t.birthDate.toString(Qt::ISODate);
    }
    if (m_ui.sexCombo->currentIndex() < 0)
        return std::unexpected(Problem{tr("Indiquez le sexe."), m_ui.sexCombo});
    t.sex = domain::sexFromCode(m_ui.sexCombo->currentData().toString()).value_or(domain::Sex::Unknown);
    const auto birthPlace = m_birthPlace.code();
    if (!birthPlace)
        return std::unexpected(Problem{birthPlace.error().message, m_ui.birthPlaceEdit});
    t.birthPlaceCog = *birthPlace;
    t.usedName = m_ui.usedNameEdit->text().trimmed();
    t.usedFirstName = m_ui.usedFirstNameEdit->text().trimmed();
    form.phone = m_ui.phoneEdit->text().trimmed();
    form.email = m_ui.emailEdit->text().trimmed();
    form.address = m_ui.addressEdit->text().trimmed();
    return form;
}

domain::IdentityEvidence IdentityForm::takeTypedEvidence()
{
    domain::IdentityEvidence evidence;
    evidence.type = static_cast<EvidenceType>(m_ui.evidenceTypeCombo->currentData().toInt());
    evidence.reference = m_ui.evidenceReferenceEdit->text().trimmed();
    m_ui.evidenceReferenceEdit->clear();
    return evidence;
}

bool IdentityForm::doubtful() const
{
    return m_ui.doubtfulCheck->isChecked();
}

bool IdentityForm::fictitious() const
{
    return m_ui.fictitiousCheck->isChecked();
}

bool IdentityForm::homonym() const
{
    return m_ui.homonymCheck->isChecked();
}

} // namespace sgl::app
