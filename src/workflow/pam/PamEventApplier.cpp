#include "workflow/pam/PamEventApplier.h"

#include "interop/hl7v2/ErrorCodes.h"
#include "storage/ErrorCodes.h"
#include "storage/IdentityKeyRepository.h"
#include "storage/InboundMessageIdentifierRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/identity/MergePatients.h"
#include "workflow/Tr.h"


namespace sgl::workflow::pam {

using interop::hl7v2::PamAction;
using interop::hl7v2::PamEvent;
using interop::hl7v2::PatientIdentifier;
using storage::InboundMessageIdentifier;
using storage::InboundMessageIdentifierRepository;
using storage::PatientRepository;

namespace {

InboundMessageIdentifier toStored(const PatientIdentifier &id, qint64 patientId)
{
    return InboundMessageIdentifier{patientId, PamEventApplier::authorityKey(id), id.typeCode, id.id};
}

// A storage duplicate on an external identifier is an HL7 "duplicate key" for the sender.
domain::Error asDuplicateKey(const domain::Error &e, const QString &location)
{
    if (e.code != storage::errc::Duplicate)
        return e;
    return domain::Error{interop::hl7v2::errc::DuplicateKey, e.message, location};
}

} // namespace

PamEventApplier::PamEventApplier(storage::WriteTx &tx, domain::AuditActor actor, qint64 messageId)
    : m_tx(tx), m_actor(std::move(actor)), m_messageId(messageId)
{
}

QString PamEventApplier::authorityKey(const PatientIdentifier &id)
{
    return id.authority.universalId.isEmpty() ? id.authority.namespaceId : id.authority.universalId;
}

void PamEventApplier::applyIdentity(domain::Patient &p, const PamEvent &e, QStringList *notes)
{
    const domain::IdentityTraits t = e.traits();
    if (!t.birthName.isEmpty())
        p.traits.birthName = t.birthName;
    if (!t.firstBirthName.isEmpty())
        p.traits.firstBirthName = t.firstBirthName;
    if (!t.birthFirstNames.isEmpty())
        p.traits.birthFirstNames = t.birthFirstNames;
    if (e.birthDate) {
        p.traits.birthDate = t.birthDate;
        p.traits.birthDateRaw = t.birthDateRaw;
    }
    if (e.sex)
        p.traits.sex = *e.sex;
    if (e.birthPlace && !e.birthPlace->cog.isEmpty())
        p.traits.birthPlaceCog = e.birthPlace->cog;
    if (const auto *used = e.name(u"D")) {
        p.traits.usedName = used->familyDeleted ? QString() : used->family;
        if (!used->given.isEmpty())
            p.traits.usedFirstName = used->given;
    }

    const QString &s = e.identityReliability;
    const QStringList &attrs = e.identityAttributes;
    p.doubtful = s == u"DOUB" || attrs.contains(QStringLiteral("DOUT")) || attrs.contains(QStringLiteral("DOUB"));
    p.fictitious = attrs.contains(QStringLiteral("FICT"));
    p.homonym = s == u"HOMD" || attrs.contains(QStringLiteral("HOMA")) || attrs.contains(QStringLiteral("HOMD"));
    bool validated = s == u"VALI" || s == u"QUAL";
    if (validated && (p.doubtful || p.fictitious)) {
        validated = false;
        if (notes)
            *notes << Tr::tr("Identité douteuse ou fictive : statut VALI refusé, identité provisoire.");
    }
    if (!e.ins.isEmpty() && validated)
        p.ins = e.ins;
    else if (e.insDeletion || !validated)
        p.ins = domain::Ins{};
    if (e.insDeletion && notes)
        *notes << Tr::tr("INS supprimé à la demande de l'émetteur.");
    p.status = !validated ? domain::IdentityStatus::Prov
                          : (p.ins.isEmpty() ? domain::IdentityStatus::Vali : domain::IdentityStatus::Qual);
}

domain::Result<std::optional<qint64>> PamEventApplier::find(const PatientIdentifier &id)
{
    return InboundMessageIdentifierRepository::findPatient(m_tx, authorityKey(id), id.typeCode, id.id);
}

domain::Status PamEventApplier::updatePatient(qint64 patientId, const PamEvent &event, const QString &reason)
{
    auto patient = PatientRepository::get(m_tx, patientId, m_actor);
    if (!patient)
        return std::unexpected(patient.error());
    applyIdentity(*patient, event, &m_notes);
    if (auto s = PatientRepository::update(m_tx, *patient, m_actor, reason); !s)
        return s;
    // Same transaction: a renamed patient is found under its new name by the approximate search.
    return storage::IdentityKeyRepository::upsert(m_tx, *patient);
}

domain::Status PamEventApplier::linkEncounterIds(qint64 patientId, const PamEvent &event)
{
    for (const PatientIdentifier &id : event.identifiers) {
        if (id.typeCode == u"PI" && id.id != event.ipp.id)
            continue; // other facilities' IPPs are not ours to link implicitly
        if (auto s = InboundMessageIdentifierRepository::link(m_tx, toStored(id, patientId), m_messageId); !s)
            return std::unexpected(asDuplicateKey(s.error(), QStringLiteral("PID^1^3")));
    }
    if (event.encounter && event.encounter->visitNumber) {
        const PatientIdentifier &vn = *event.encounter->visitNumber;
        if (auto s = InboundMessageIdentifierRepository::link(m_tx, toStored(vn, patientId), m_messageId); !s)
            return std::unexpected(asDuplicateKey(s.error(), QStringLiteral("PV1^1^19")));
    }
    return {};
}

domain::Result<qint64> PamEventApplier::upsert(const PamEvent &event)
{
    auto owner = find(event.ipp);
    if (!owner)
        return std::unexpected(owner.error());
    qint64 patientId = 0;
    if (*owner) {
        patientId = **owner;
        if (auto s = updatePatient(patientId, event, Tr::tr("Flux PAM %1").arg(event.trigger)); !s)
            return std::unexpected(s.error());
    } else {
        domain::Patient p;
        p.localId = authorityKey(event.ipp).isEmpty() ? event.ipp.id
                                                      : event.ipp.authority.namespaceId.isEmpty()
                                                            ? authorityKey(event.ipp) + u'-' + event.ipp.id
                                                            : event.ipp.authority.namespaceId + u'-' + event.ipp.id;
        applyIdentity(p, event, &m_notes);
        if (auto s = PatientRepository::insert(m_tx, p, m_actor); !s)
            return std::unexpected(asDuplicateKey(s.error(), QStringLiteral("PID^1^3")));
        // Indexed here rather than left to IdentityKeyRepository::syncNew, which indexes only
        // ids above the highest indexed one and only when someone searches.
        if (auto s = storage::IdentityKeyRepository::upsert(m_tx, p); !s)
            return std::unexpected(s.error());
        patientId = p.id;
        if (event.action != PamAction::CreatePatient)
            m_notes << Tr::tr("Patient inconnu créé par l'événement %1.").arg(event.trigger);
    }
    if (auto s = linkEncounterIds(patientId, event); !s)
        return std::unexpected(s.error());
    return patientId;
}

domain::Result<qint64> PamEventApplier::merge(const PamEvent &event)
{
    const PatientIdentifier &source = event.priorIdentifiers.first();
    auto survivorId = find(event.ipp);
    if (!survivorId)
        return std::unexpected(survivorId.error());
    auto duplicateId = find(source);
    if (!duplicateId)
        return std::unexpected(duplicateId.error());
    if (!*duplicateId) {
        m_notes << Tr::tr("Fusion : le dossier absorbé %1 est inconnu, rien à fusionner.").arg(source.id);
        return upsert(event);
    }
    if (!*survivorId) {
        // Unknown target: the known record simply takes the surviving IPP.
        m_notes << Tr::tr("Fusion vers un IPP inconnu : changement d'identifiant %1 → %2.").arg(source.id, event.ipp.id);
        if (auto s = InboundMessageIdentifierRepository::remove(m_tx, toStored(source, **duplicateId)); !s)
            return std::unexpected(s.error());
        if (auto s = InboundMessageIdentifierRepository::link(m_tx, toStored(event.ipp, **duplicateId), m_messageId); !s)
            return std::unexpected(asDuplicateKey(s.error(), QStringLiteral("PID^1^3")));
        if (auto s = updatePatient(**duplicateId, event, Tr::tr("Flux PAM A40")); !s)
            return std::unexpected(s.error());
        return **duplicateId;
    }
    if (**survivorId == **duplicateId) {
        m_notes << Tr::tr("Fusion : les deux identifiants désignent déjà le même patient.");
        return upsert(event);
    }
    // The PID identity first (its own audited update), then the identity module's merge on the
    // records as now stored: same re-attachment, merge log and audit as a merge made at the desk.
    if (auto s = updatePatient(**survivorId, event, Tr::tr("Flux PAM A40 (survivant)")); !s)
        return std::unexpected(s.error());
    auto survivor = PatientRepository::get(m_tx, **survivorId, m_actor);
    if (!survivor)
        return std::unexpected(survivor.error());
    auto duplicate = PatientRepository::get(m_tx, **duplicateId, m_actor);
    if (!duplicate)
        return std::unexpected(duplicate.error());
    const QString reason = Tr::tr("Fusion PAM A40 (message n° %1) : identifiant %2 absorbé par %3")
                               .arg(QString::number(m_messageId), source.id, event.ipp.id);
    auto merged = workflow::identity::MergePatients::applyInTransaction(m_tx, *survivor, *duplicate, m_actor, reason);
    if (!merged) {
        const domain::Error &e = merged.error();
        // Merge rule refusals (merge.*) are about the MRG-1 record; storage errors keep theirs.
        if (e.code.startsWith(u"merge."))
            return std::unexpected(domain::Error{e.code, e.message, QStringLiteral("MRG^1^1")});
        return std::unexpected(e);
    }
    return **survivorId;
}

domain::Result<qint64> PamEventApplier::changeIdentifier(const PamEvent &event)
{
    const PatientIdentifier &old = event.priorIdentifiers.first();
    if (old.isIns()) {
        // INS change, deletion or downgrade: the patient is the one of the IPP.
        auto owner = find(event.ipp);
        if (!owner)
            return std::unexpected(owner.error());
        if (!*owner)
            return domain::fail(interop::hl7v2::errc::UnknownKey,
                                Tr::tr("A47 : patient d'IPP %1 inconnu.").arg(event.ipp.id), QStringLiteral("PID^1^3"));
        if (auto s = updatePatient(**owner, event, Tr::tr("Flux PAM A47 (INS)")); !s)
            return std::unexpected(s.error());
        return **owner;
    }
    auto owner = find(old);
    if (!owner)
        return std::unexpected(owner.error());
    if (!*owner)
        return domain::fail(interop::hl7v2::errc::UnknownKey,
                            Tr::tr("A47 : identifiant %1 (%2) inconnu.").arg(old.id, old.typeCode), QStringLiteral("MRG^1^1"));
    PatientIdentifier replacement;
    for (const PatientIdentifier &id : event.identifiers) {
        if (id.typeCode == old.typeCode && authorityKey(id) == authorityKey(old))
            replacement = id;
    }
    if (replacement.id.isEmpty())
        return domain::fail(interop::hl7v2::errc::MissingRequiredField,
                            Tr::tr("A47 : PID-3 ne contient pas de nouvel identifiant %1 de la même autorité.").arg(old.typeCode),
                            QStringLiteral("PID^1^3"));
    auto newOwner = find(replacement);
    if (!newOwner)
        return std::unexpected(newOwner.error());
    if (*newOwner && **newOwner != **owner)
        return domain::fail(interop::hl7v2::errc::DuplicateKey,
                            Tr::tr("A47 : l'identifiant %1 appartient déjà à un autre patient.").arg(replacement.id),
                            QStringLiteral("PID^1^3"));
    if (auto s = InboundMessageIdentifierRepository::remove(m_tx, toStored(old, **owner)); !s)
        return std::unexpected(s.error());
    if (!*newOwner) {
        if (auto s = InboundMessageIdentifierRepository::link(m_tx, toStored(replacement, **owner), m_messageId); !s)
            return std::unexpected(s.error());
    }
    if (auto s = updatePatient(**owner, event, Tr::tr("Flux PAM A47")); !s)
        return std::unexpected(s.error());
    return **owner;
}

domain::Result<qint64> PamEventApplier::apply(const PamEvent &event)
{
    switch (event.action) {
    case PamAction::MergePatients:
        return merge(event);
    case PamAction::ChangeIdentifier:
        return changeIdentifier(event);
    case PamAction::CreatePatient:
    case PamAction::UpdatePatient:
    case PamAction::Movement:
        return upsert(event);
    }
    return upsert(event);
}

} // namespace sgl::workflow::pam
