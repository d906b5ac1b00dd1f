#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::storage {

/** The engine's verdict on one result of an evaluation, and the biologist's decision after it. */
struct AutovalResultVerdictRow {
    qint64 id = 0;
    qint64 resultId = 0;
    QString analysisCode;
    QString benchCode;
    bool released = false;
    QStringList holdRules;            ///< ids of the rules that held it
    QStringList appliedRules;         ///< ids of the rules that looked at it (held or passed)
    QString humanDecision;            ///< "", "validated", "held"
    QString decidedBy;
    QDateTime decidedAt;
    std::optional<int> autoVersion;   ///< mode active: the result version the engine's validation left
};

/** One hold of an evaluation (per result, or on the whole dossier when resultId is 0). */
struct AutovalHoldRow {
    qint64 resultId = 0;
    QString analysisCode;
    QString ruleId;
    QString ruleLabel;
    QString message;                  ///< the engine's French sentence
};

/** One evaluation of one dossier (autoval_evaluations and its children). */
struct AutovalEvaluationRow {
    qint64 id = 0;
    qint64 dossierId = 0;
    qint64 ruleSetId = 0;             ///< 0: no rule set (error)
    QString mode;                     ///< "off", "shadow", "active"
    QString trigger;                  ///< "technical_validation", "on_demand"
    QDateTime evaluatedAt;            ///< UTC
    QString evaluatedBy;
    bool released = false;            ///< the engine would release (or released) the dossier
    bool applied = false;             ///< mode active: the dossier was validated by the engine
    bool superseded = false;
    QString errorText;                ///< why the evaluation could not conclude (released false)
    QByteArray verdictJson;           ///< the engine's verdict as shown on the validation screen
    QList<AutovalResultVerdictRow> results;
    QList<AutovalHoldRow> holds;
};

/**
 * Evaluations of auto-validation (migration 0330). insert() supersedes the dossier's earlier
 * evaluations (kept for the history; statistics and the screens read the current one).
 * recordDecision() writes the biologist's first decision (validated / held) on the current
 * verdicts of the given results: the shadow concordance. autoValidatedVersions() tells the report
 * which results were validated by the engine and are unchanged since.
 *
 * Verdicts name analyses and values of a dossier: the callers audit their reads (the workflow
 * writes one row per action in the same transaction).
 */
class AutovalEvaluationRepository {
public:
    /** Stores `row` with its result verdicts and holds, supersedes earlier ones; sets the ids. */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, AutovalEvaluationRow &row);
    /** Marks the current evaluation of the dossier as applied and records the auto versions. */
    [[nodiscard]] static domain::Status markApplied(WriteTx &tx, qint64 evaluationId, const QHash<qint64, int> &resultVersions);
    /** The current evaluation of each dossier of `dossierIds` that has one (children included). */
    [[nodiscard]] static domain::Result<QHash<qint64, AutovalEvaluationRow>> current(ReadTx &tx, const QList<qint64> &dossierIds);
    /**
     * The messages of the holds of rule `ruleId` in the dossier's current evaluation when it was
     * not applied, in the order they were recorded; empty when none. One query, no verdict JSON:
     * read for every dossier the validation queue lists (DossierFacts).
     */
    [[nodiscard]] static domain::Result<QStringList> currentHoldMessages(ReadTx &tx, qint64 dossierId, const QString &ruleId);
    /**
     * Sets human_decision (`decision`: "validated" or "held") on the current verdicts of
     * `resultIds` that have none yet; returns how many rows changed (0 without evaluation).
     */
    [[nodiscard]] static domain::Result<int> recordDecision(WriteTx &tx, const QList<qint64> &resultIds, const QString &decision,
                                                           const QString &login, const QDateTime &at);
    /** result id -> the version the engine's validation left, for the results of `resultIds` it validated. */
    [[nodiscard]] static domain::Result<QHash<qint64, int>> autoValidatedVersions(ReadTx &tx, const QList<qint64> &resultIds);
    /** Current evaluations made in [from, to) (UTC), oldest first, children included. */
    [[nodiscard]] static domain::Result<QList<AutovalEvaluationRow>> between(ReadTx &tx, const QDateTime &from, const QDateTime &to);
};

} // namespace sgl::storage
