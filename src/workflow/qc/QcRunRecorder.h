#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/qc/Westgard.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "storage/QcRunRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::workflow::qc {

/** One control value of a run: the lot and the value as typed or sent. */
struct QcValueInput {
    qint64 lotId = 0;
    QString valueText;
    qint64 qcResultId = 0;   ///< analyzer_qc_results.id when from analyzer traffic
};

/** The levels of one analyzer and analysis measured together. */
struct QcRunRequest {
    QString analyzer;        ///< analyzer profile name (the lots' analyzer)
    QString analysisCode;
    QList<QcValueInput> values;
    QDateTime observedAt;    ///< UTC; invalid: now
    QString source = QStringLiteral("manual"); ///< "manual" or "analyzer"
    QString runGroup;        ///< empty: generated
    QString comment;
};

/** What recording a run did. */
struct QcRunOutcome {
    QList<storage::QcRunRow> runs;          ///< as stored, one per value
    domain::qc::QcOutcome outcome = domain::qc::QcOutcome::Accepted; ///< of the evaluated levels
    QList<domain::qc::QcViolation> violations;
    bool establishing = false;              ///< a level of a computed lot still establishing its target
    int held = 0;                           ///< patient results held now (rejected run)
};

/** A QC row of an analyzer message and what became of it. */
struct QcTrafficItem {
    qint64 qcResultId = 0;
    qint64 runId = 0;                       ///< 0 when not recorded
    std::optional<domain::Error> skipped;   ///< why not recorded (no lot, censored value...)
};

/**
 * Records QC runs and evaluates them (Westgard, domain::qc::Westgard), by hand (record(), permission
 * ResultEnter) or from analyzer traffic (fromMessageIn(), called by AnalyzerIngestion in the
 * message's transaction).
 *
 * Per level: the lot must exist, be active and belong to the run's analyzer and analysis
 * (qc.lot_unknown); the value must be a plain number (qc.censored_value, qc.not_a_number,
 * qc.empty_value). A computed lot without target records its runs as "establishing" until it
 * has `initialRuns` of them, then its mean and SD are computed from them and stored on the lot
 * (refused silently while the SD is 0: the lot stays establishing, the run says why). The
 * established levels are evaluated together against their lots' in-control history (accepted,
 * warning, or rejected and accepted on review; the last 20 runs of each lot) with the rules of
 * the analysis (qc_rule_config, every rule by default). A rejected run gets review_state
 * "pending", its window start (the last run in control of the analyzer and analysis before it),
 * its hold reason, and holds at once every patient result it covers (QcHoldRepository). Audit:
 * qc.run per run, qc.lot_target when a target is computed, qc.hold with the count.
 */
class QcRunRecorder {
public:
    QcRunRecorder(storage::Database &db, domain::UserSession session);

    /** Manual entry: one write transaction; any bad value refuses the whole run. */
    [[nodiscard]] domain::Result<QcRunOutcome> record(const QcRunRequest &request);

    /** record() in the caller's transaction, without permission check. */
    [[nodiscard]] static domain::Result<QcRunOutcome> recordIn(storage::WriteTx &tx, const QcRunRequest &request,
                                                               const domain::AuditActor &actor);

    /**
     * The QC rows of analyzer message `messageId` (analyzer_qc_results), grouped per analysis into
     * runs (run group "msg:<id>:<analysis>"). Lot: the active lot of the profile and analysis
     * whose number is the lot sent, else whose material code is the control id sent, else the
     * only active lot. A row without lot or with an unusable value is skipped with its reason
     * (audited qc.skipped), never failing the message; only storage errors are returned.
     */
    [[nodiscard]] static domain::Result<QList<QcTrafficItem>> fromMessageIn(storage::WriteTx &tx, qint64 messageId,
                                                                            const domain::AuditActor &actor);

    /** "CQ rejeté : GLU, lot L123, règle 1-3s le 06/12/2026 10:42" (time shown in local time). */
    [[nodiscard]] static QString holdReason(const QString &analysisCode, const QString &lotNumber,
                                            const QList<domain::qc::WestgardRule> &rules, const QDateTime &at);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
};

} // namespace sgl::workflow::qc
