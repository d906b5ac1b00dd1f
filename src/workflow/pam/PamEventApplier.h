#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "interop/hl7v2/PamEvent.h"
#include "storage/Transaction.h"

#include <QStringList>

namespace sgl::workflow::pam {

/**
 * Applies one validated PAM France event to the patients, inside the caller's write transaction
 * (ProcessPamMessage): on any error the caller rolls everything back.
 *
 * Patients are found by the identifiers the sender gives them (patient_external_ids: IPP under
 * its assigning authority). A28/A31/Z99/movements create or update the identity (an update of an
 * unknown patient creates it); A40 merges MRG-1 into PID-3 (unknown source: nothing to merge;
 * unknown target: the source takes the new IPP); A47 replaces the MRG-1 identifier by the PID-3
 * one (INS change, deletion or downgrade when MRG-1 is an INS).
 *
 * A40 with both records known: the survivor first takes the PID identity, then
 * workflow::identity::MergePatients::applyInTransaction() does the merge exactly as at the desk
 * (domain::PatientMerge rules; dossiers with their specimens, results, external identifiers and
 * inbound messages re-attached to the survivor; patient_merges log and "patient.merge" audit);
 * merge.* refusals are reported at MRG^1^1. Every created or changed patient gets its phonetic
 * search keys (storage::IdentityKeyRepository::upsert) in the same transaction.
 *
 * Identity rules (shared/specs/hl7v2.md §2.2-2.3): PID-32 VALI with a retained INS gives QUAL,
 * VALI without INS gives VALI, anything else PROV and no INS; DOUB/DOUT, FICT and HOMA/HOMD set
 * the RNIV attributes (a doubtful or fictitious identity stays PROV); absent values keep what is
 * stored, `""` deletes (used name, INS).
 *
 * Errors: hl7v2.unknown_key (204) for an A47 on an unknown identifier, hl7v2.duplicate_key (205)
 * when an identifier belongs to another patient, storage errors as they come.
 */
class PamEventApplier {
public:
    PamEventApplier(storage::WriteTx &tx, domain::AuditActor actor, qint64 messageId);

    /** Returns the id of the patient the event ended on (survivor for a merge; 0 for a no-op). */
    [[nodiscard]] domain::Result<qint64> apply(const interop::hl7v2::PamEvent &event);
    /** Notes made while applying (French), stored with the message. */
    [[nodiscard]] const QStringList &notes() const { return m_notes; }

    /** Authority key of a CX: universal id (OID, FINESS) when given, else the namespace. */
    [[nodiscard]] static QString authorityKey(const interop::hl7v2::PatientIdentifier &id);
    /** Copies the event's identity onto the patient (rules above). */
    static void applyIdentity(domain::Patient &patient, const interop::hl7v2::PamEvent &event,
                              QStringList *notes);

private:
    domain::Result<std::optional<qint64>> find(const interop::hl7v2::PatientIdentifier &id);
    domain::Result<qint64> upsert(const interop::hl7v2::PamEvent &event);
    domain::Result<qint64> merge(const interop::hl7v2::PamEvent &event);
    domain::Result<qint64> changeIdentifier(const interop::hl7v2::PamEvent &event);
    domain::Status linkEncounterIds(qint64 patientId, const interop::hl7v2::PamEvent &event);
    domain::Status updatePatient(qint64 patientId, const interop::hl7v2::PamEvent &event,
                                 const QString &reason);

    storage::WriteTx &m_tx;
    domain::AuditActor m_actor;
    qint64 m_messageId;
    QStringList m_notes;
};

} // namespace sgl::workflow::pam
