#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sgl::workflow::bench {

/** One result the technician validates, at the version the screen showed (nullopt: the stored one). */
struct ValidationTarget {
    qint64 resultId = 0;
    std::optional<int> version;
};

/** What one technical validation did. */
struct TechnicalValidationOutcome {
    QList<domain::LabResult> validated;       ///< as stored (state technically_validated)
    QList<domain::Dossier> dossiers;          ///< every dossier touched, after its status moved
    QStringList qcHeld;                       ///< benchRun: results left entered, held by QC ("dossier, analyse : motif")
};

/**
 * Technical validation by the technician (validation technique, SFBC SG3-02): QC in control and
 * flags reviewed, the results go from entered to technically validated with who and when, one
 * result_history row each, then each dossier's status moves with its results (technically
 * validated when every active result is). One write transaction per call: a refusal writes
 * nothing.
 *
 * Three scopes: a list of results (each must be entered: validation.transition_forbidden or
 * validation.empty_value otherwise, naming the analysis; stale version: storage.conflict), a
 * dossier (its entered results, or only those of `analysisCodes`, which must all be entered;
 * bench.not_in_dossier for a code the dossier does not have) and a bench run (every entered
 * result of the bench). bench.nothing_to_validate when the scope holds no entered result.
 *
 * A result held by a rejected QC run (storage::QcHoldRepository) is refused with validation.qc_hold
 * naming the analysis and the run (results and dossier scopes); a bench run leaves it entered and
 * lists it in `qcHeld`.
 *
 * Permission ResultTechnicalValidate (auth.forbidden before anything is read). Audit:
 * result.update per result, dossier.status, plus the reads (dossier.read, result.read...,
 * worklist.read).
 *
 * Ready listener: once a validation committed, the dossiers it made technically validated (every
 * active result validated: ready for biological validation) are handed to the listener, if one
 * is set (auto-validation, workflow::autoval::AutoValidation::afterTechnicalValidation). It runs
 * after the commit, in its own transactions: whatever it does, the technical validation stands.
 */
class TechnicalValidation {
public:
    TechnicalValidation(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<TechnicalValidationOutcome> results(const QList<ValidationTarget> &targets);
    [[nodiscard]] domain::Result<TechnicalValidationOutcome> dossier(qint64 dossierId,
                                                                     const QStringList &analysisCodes = {});
    [[nodiscard]] domain::Result<TechnicalValidationOutcome> benchRun(const QString &bench);

    /** Called with the ids of the dossiers that became technically validated (see above). */
    using ReadyListener = std::function<void(const QList<qint64> &dossierIds)>;
    void setReadyListener(ReadyListener listener);

private:
    void notifyReady(const domain::Result<TechnicalValidationOutcome> &done) const;
    ReadyListener m_ready;
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::bench
