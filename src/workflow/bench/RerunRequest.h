#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QString>

#include <optional>

namespace sgl::workflow::bench {

/** A result sent back to the bench: measured again as is, after a dilution, or on a new specimen. */
struct RerunOrder {
    enum class Kind { Rerun, Dilution, NewSample };
    qint64 resultId = 0;
    std::optional<int> version;          ///< the version the screen showed; nullopt: the stored one
    Kind kind = Kind::Rerun;
    QString reason;                      ///< required ("hémolyse", "> gamme de mesure"...)
    std::optional<double> dilutionFactor; ///< required for a dilution, above 1 (10 = 1/10)
};

/** The result after the request, and its dossier after the status moved. */
struct RerunOutcome {
    domain::LabResult result;
    domain::Dossier dossier;
    QList<domain::LabResult> dependents;  ///< calculated results sent back with it
};

/**
 * Rerun or dilution (repasse / dilution) of an entered or technically validated result, with
 * its reason. The value measured so far is kept in result_history (who, when, the value, the
 * reason) and cleared from the result, which goes to rerun_requested: it is entered again (the
 * final value, dilution applied) through BenchResultEntry. The result's comment says what was
 * asked. A calculated result computed from this value (DFG from creatinine) is sent back with
 * it, its value kept in its history too: it is computed again when the new value is entered.
 * The dossier goes back to in progress when it was technically validated. One write
 * transaction; a refusal writes nothing.
 *
 * Errors: validation.reason_required (empty reason), bench.bad_dilution (dilution without a
 * factor above 1), validation.transition_forbidden (pending, validated or cancelled result),
 * storage.conflict (stale version), storage.not_found. Permission ResultEnter. Audit:
 * result.update with the reason, dossier.status.
 */
class RerunRequest {
public:
    RerunRequest(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<RerunOutcome> request(const RerunOrder &order);

    /**
     * request() in the caller's transaction (the biologist's send-back, workflow/validation):
     * no permission check (the caller checked its own), `roles` for the state machine. On an
     * error the caller's transaction must be abandoned.
     */
    [[nodiscard]] static domain::Result<RerunOutcome> requestIn(storage::WriteTx &tx, const RerunOrder &order,
                                                                const QList<domain::Role> &roles,
                                                                const domain::AuditActor &actor, CatalogueCache &cache);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::bench
