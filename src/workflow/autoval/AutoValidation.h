#pragma once

#include "domain/Error.h"
#include "domain/autoval/DossierVerdict.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "workflow/autoval/AutovalMode.h"
#include "workflow/autoval/QcHoldSource.h"
#include "workflow/catalogue/CatalogueCache.h"
#include "workflow/report/IssueReportVersion.h"
#include "workflow/validation/BiologicalValidation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sgl::workflow::autoval {

/** Why a dossier was evaluated. */
enum class AutovalTrigger { TechnicalValidation, OnDemand };

/** What one evaluation did. */
struct EvaluationOutcome {
    qint64 evaluationId = 0;
    qint64 dossierId = 0;
    QString dossierNumber;
    AutovalMode mode = AutovalMode::Off;
    domain::autoval::DossierVerdict verdict;
    bool applied = false;               ///< active mode: validated, report version issued
    QString notApplied;                 ///< active mode, released by the engine but not validated: why (French)
    std::optional<validation::ValidationOutcome> validation;
};

/** One analysis of the verdict as the validation screen shows it. */
struct AutovalAnalysisLine {
    qint64 resultId = 0;
    QString analysisCode;
    bool released = false;
    QStringList holdRules;              ///< rule ids
    QStringList holdTexts;              ///< the engine's French sentences, one per hold
    QString humanDecision;              ///< "", "validated", "held"
};

/** The current verdict on a dossier, as recorded (validation screen: never a black box). */
struct DossierAutovalView {
    qint64 evaluationId = 0;
    AutovalMode mode = AutovalMode::Off;
    QString trigger;                    ///< "technical_validation", "on_demand"
    QDateTime evaluatedAt;              ///< UTC
    qint64 ruleSetId = 0;
    bool released = false;
    bool applied = false;
    QString error;                      ///< why an active release was not applied
    QList<AutovalAnalysisLine> analyses;
    QStringList dossierHolds;           ///< dossier-wide holds (reflex proposal, tube swap...), the engine's sentences
    QStringList dossierHoldRules;       ///< the rule id of each of dossierHolds (same order)
};

/**
 * Auto-validation of dossiers (issue 15): the engine (domain::autoval::AutoValidationEngine)
 * evaluated with the current rule set on the facts the biologist's rules use, the verdict
 * recorded, and, in active mode, a released dossier validated under the responsible
 * biologist's name through BiologicalValidation::validateIn — report version and outbox rows in
 * the SAME transaction as the evaluation, marked "validé selon les règles du laboratoire".
 *
 * One write transaction per dossier: audit row autoval.evaluate on the dossier (its reads are
 * covered by it), facts and engine input read, verdict computed and stored (earlier
 * evaluations of the dossier superseded). In active mode, before validating, the flow checks
 * again what the engine must never release, whatever the rule set says: a critical value, a
 * pending call-back, a QC-held result (QcHoldSource), a result not technically validated, an
 * undecided reflex proposal, a dossier not technically validated. If the validation is refused
 * (report impossible...) everything is rolled back and the evaluation is recorded again, alone,
 * with the refusal (applied false), so the biologist sees why.
 *
 * evaluate(): Permission ResultValidate; follows the mode (off: recorded, never applied).
 * Without rule set: autoval.no_rule_set. A dossier not ready (not technically validated) is
 * evaluated all the same: the engine holds it (SYS.TECHNIQUE). The verdict is the engine's
 * plus the series cross-check for swapped tubes (SeriesNeighbours: SYS.ECHANGE, SYS.SERIE).
 * afterTechnicalValidation(): the hook of bench::TechnicalValidation, called once its
 * transaction committed with the dossiers that became technically validated; Permission
 * ResultTechnicalValidate (the technician's action triggers it); nothing when the mode is off
 * or no rule set exists. A dossier whose evaluation fails does not stop the others: its error is
 * in the list (the technician's validation stands). Then the dossiers of their collection series
 * whose current evaluation waited for them (SYS.SERIE, not applied) are evaluated again; their
 * outcomes follow in the list.
 * current(): Permission ResultValidate; the recorded verdict of the dossier (nullopt when
 * never evaluated), audited autoval.read on the dossier.
 */
class AutoValidation {
public:
    AutoValidation(storage::Database &db, domain::UserSession session, report::IssueReportVersion reports = {},
                   std::shared_ptr<const QcHoldSource> qc = defaultQcHoldSource());

    [[nodiscard]] domain::Result<EvaluationOutcome> evaluate(qint64 dossierId);
    [[nodiscard]] domain::Result<QList<domain::Result<EvaluationOutcome>>> afterTechnicalValidation(const QList<qint64> &dossierIds);
    [[nodiscard]] domain::Result<std::optional<DossierAutovalView>> current(qint64 dossierId);

private:
    [[nodiscard]] domain::Result<EvaluationOutcome> run(qint64 dossierId, AutovalTrigger trigger);

    storage::Database &m_db;
    domain::UserSession m_session;
    report::IssueReportVersion m_reports;
    std::shared_ptr<const QcHoldSource> m_qc;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::autoval
