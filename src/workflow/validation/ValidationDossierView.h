#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "storage/ActionAudit.h"
#include "storage/Database.h"
#include "workflow/catalogue/CatalogueCache.h"
#include "workflow/validation/ValidationDossier.h"

namespace sgl::workflow::validation {

/**
 * Opens a dossier for biological validation: the read model of the biologist's screen
 * (ValidationDossier) — header (identity and RNIV status, age and sex at collection,
 * prescriber, origin, clinical answers, pregnancy and treatments, sampling time,
 * non-conformities), results grouped by chapter and exam with the range applying to this
 * patient (RangeResolver), flag, analyzer and instrument flags, technical validator, steps and
 * reruns (result_history), the last N validated values of other dossiers per analysis
 * (converted when the unit changed, UnitConversion), the delta check per result (DeltaCheck
 * with the catalogue's rule) and the reflex rules firing now (ReflexTests::proposalsFor).
 *
 * Contract:
 * - Permission::DossierRead first ("auth.*"); storage.not_found for an unknown dossier.
 * - Everything is read in ONE write transaction holding exactly ONE audit row, "dossier.open"
 *   (entity dossier, JSON: patient id, purpose "biological_validation", antériorités per
 *   analysis), written before any patient data is read; the repositories' unaudited variants
 *   (ActionAudit) do the reads. A refused open (permission, unknown dossier) writes nothing.
 * - `version` in the result is the dossier's version as read: actions pass it back (optimistic
 *   lock). Cancelled results are not shown.
 * - Pre-loading (the queue's next dossier, read while the biologist looks at the current one):
 *   preload() reads the same model with NO audit row; show() writes the "dossier.open" row when
 *   the pre-loaded dossier is actually displayed. A pre-load never displayed leaves no trace.
 */
class ValidationDossierView {
public:
    static constexpr int kDefaultPrevious = 5;

    explicit ValidationDossierView(storage::Database &db) : m_db(db) {}

    /** `previousPerAnalysis` antériorités per analysis (1 to 100, default 5). */
    [[nodiscard]] domain::Result<ValidationDossier> open(const domain::UserSession &session, qint64 dossierId,
                                                         int previousPerAnalysis = kDefaultPrevious);

    /**
     * The read model of open(), read in a read transaction without any audit row (a deferred
     * storage::ActionAudit): nobody has looked at it yet. Permission::DossierRead first;
     * storage.not_found for an unknown dossier. `auditSeq` is 0: the caller must not display it
     * before show() returned its audit row.
     */
    [[nodiscard]] domain::Result<ValidationDossier> preload(const domain::UserSession &session, qint64 dossierId,
                                                            int previousPerAnalysis = kDefaultPrevious);

    /**
     * The pre-loaded `dossier` is being displayed: appends its "dossier.open" audit row (same
     * JSON as open(), plus "preloaded": true) in its own write transaction and returns the row's
     * seq, which the caller stores in `dossier.auditSeq`. Refused, writing nothing:
     * Permission::DossierRead (auth.*); storage.not_found; validation.preload_stale when the
     * dossier's version or one of its results changed since the pre-load (added, changed or
     * cancelled): the caller opens it again with open() rather than show stale values.
     */
    [[nodiscard]] domain::Result<qint64> show(const domain::UserSession &session, const ValidationDossier &dossier);

    /**
     * open() inside the caller's write transaction (an action re-reading the dossier it acts
     * on): same audit row, no permission check (the caller checked its own). On an error the
     * caller's transaction must be abandoned.
     */
    [[nodiscard]] static domain::Result<ValidationDossier> openIn(storage::WriteTx &tx, const domain::AuditActor &actor,
                                                                  qint64 dossierId, CatalogueCache &catalogue,
                                                                  int previousPerAnalysis = kDefaultPrevious);

private:
    /** The read model, every read under `audit` (appended in `tx`, or deferred for a pre-load). */
    [[nodiscard]] static domain::Result<ValidationDossier> readIn(storage::ReadTx &tx, qint64 dossierId,
                                                                  CatalogueCache &catalogue, int perAnalysis,
                                                                  const storage::ActionAudit &audit);

    storage::Database &m_db;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::validation
