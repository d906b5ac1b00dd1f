#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/InsValidator.h"
#include "domain/identity/Patient.h"
#include "domain/identity/TraitComparison.h"
#include "domain/security/UserSession.h"
#include "interop/insi/InsiService.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace sgl::workflow::identity {

/** What the INSi comparison dialog shows. Nothing has been changed when this is returned. */
struct InsiLookup {
    qint64 patientId = 0;
    int patientVersion = 0;                          ///< pass back to accept() (optimistic lock)
    interop::insi::InsiOutcome outcome = interop::insi::InsiOutcome::NotFound;
    std::optional<interop::insi::InsiIndividual> individual; ///< for Found
    std::optional<domain::TraitComparison> comparison;       ///< local vs INSi traits (Found)
    QList<domain::InsHint> hints;                    ///< NIR vs traits inconsistencies (Found)
    bool acceptable = false;                         ///< accept() would succeed (key valid, OID, not fictitious)
    QString message;                                 ///< French summary for the dialog
    QStringList messageIds;                          ///< one per INSi call made
    int calls = 0;
};

/**
 * Retrieves and qualifies the INS of a patient (RNIV, national-services.md §2.1).
 *
 * lookup(): refuses a fictitious identity ("rniv.fictitious") and one without M/F sex; calls
 * INSi once per birth first name (one Prenom per call), then with all first names together;
 * on 02 (several identities) it retries the same call with the birth place COG when known.
 * Stops at the first 00. Audited ("identity.insi_lookup": outcome and MessageIDs, no traits).
 * Any INSi/transport error is returned as is: nothing local changes.
 *
 * accept(): the user accepts the INSi identity: the active INS must pass
 * domain::InsValidator::validate (key, test OID) — a wrong key is refused
 * ("ins.nir_key_mismatch") —, the INSi strict traits replace the local ones (used traits kept),
 * the INS is stored, RnivEvent::InsiIdentityAccepted gives RECUP (or QUAL with a high-trust
 * document), the INS and its history go to patient_ins_history. One transaction, audited.
 *
 * reject(): recorded in the audit trail ("identity.insi_reject") with the reason; nothing else.
 *
 * lookup(), accept() and reject() require Permission::IdentityQualify: a refused call makes no
 * INSi call and changes or audits nothing.
 */
class QualifyIdentity
{
public:
    QualifyIdentity(storage::Database &db, domain::UserSession session, interop::insi::InsiService &insi);

    [[nodiscard]] domain::Result<InsiLookup> lookup(qint64 patientId);
    [[nodiscard]] domain::Result<domain::Patient> accept(const InsiLookup &lookup);
    [[nodiscard]] domain::Status reject(const InsiLookup &lookup, const QString &reason);

    /** The sequence of traits queries lookup() makes for these traits (exposed for tests). */
    [[nodiscard]] static QList<interop::insi::InsiTraitsQuery> plan(const domain::IdentityTraits &traits);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
    interop::insi::InsiService &m_insi;
};

} // namespace sgl::workflow::identity
