#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "storage/AutovalEvaluationRepository.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace sgl::workflow::autoval {

/** How many were evaluated and how many the engine released. */
struct AutovalRate {
    int total = 0;
    int released = 0;
    /** released / total in percent, 0 when nothing was evaluated. */
    [[nodiscard]] double percent() const { return total > 0 ? 100.0 * released / total : 0.0; }
};

struct AutovalDayStats {
    QDate day;                       ///< local date of the evaluation
    AutovalRate dossiers;
    AutovalRate analyses;
    int applied = 0;                 ///< dossiers validated by the engine (mode active)
};

struct AutovalBenchStats {
    QString bench;                   ///< bench code ("" shown as « sans paillasse »)
    AutovalRate dossiers;            ///< dossiers with at least one analysis of the bench; released: the whole dossier
    AutovalRate analyses;
};

/** One rule: how often it looked at an analysis and let it through, its holds, and the shadow concordance of its holds. */
struct AutovalRuleStats {
    QString ruleId;
    QString label;
    AutovalRate analyses;            ///< total: analyses the rule looked at; released: those it did not hold
    int holds = 0;                   ///< every hold it made (analyses and whole dossiers)
    int heldThenValidated = 0;       ///< shadow: held by the rule, validated as is by the biologist
    int heldThenHeld = 0;            ///< shadow: held by the rule, held by the biologist too
};

/**
 * Shadow concordance: the engine's verdict per result against the biologist's first decision
 * (validated, or held: sent back to the bench or corrected).
 */
struct AutovalConcordance {
    int releasedValidated = 0;       ///< agreement
    int releasedHeld = 0;            ///< the engine would have released what the biologist held: the dangerous disagreement
    int heldValidated = 0;           ///< a hold the biologist did not need
    int heldHeld = 0;                ///< agreement
    int undecided = 0;               ///< no decision yet
    [[nodiscard]] int decided() const { return releasedValidated + releasedHeld + heldValidated + heldHeld; }
    /** Agreements / decided in percent, 0 when nothing was decided. */
    [[nodiscard]] double percent() const { return decided() > 0 ? 100.0 * (releasedValidated + heldHeld) / decided() : 0.0; }
};

struct AutovalStats {
    QDate from;                      ///< first day (local)
    QDate to;                        ///< last day (local, included)
    AutovalRate dossiers;
    AutovalRate analyses;
    int applied = 0;
    QList<AutovalDayStats> days;     ///< by date
    QList<AutovalBenchStats> benches; ///< by bench code
    QList<AutovalRuleStats> rules;   ///< by rule id
    AutovalConcordance shadow;
};

/**
 * Statistics of auto-validation over a period: share of dossiers and analyses the engine
 * released per day, per bench and per rule, holds per rule and the shadow concordance (from
 * the evaluations in shadow mode), from the current evaluation of each dossier evaluated in the
 * period (storage::AutovalEvaluationRepository::between).
 *
 * compute(): Permission ResultValidate or SystemConfig; period in local days, `to` included
 * (autoval.bad_period when invalid or reversed); one autoval.stats audit row (counts only).
 * aggregate() is the pure part (tests); toCsv() the French CSV (';', decimal comma, UTF-8 with
 * BOM, one section per table, each with its header line).
 */
class AutovalStatistics {
public:
    AutovalStatistics(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<AutovalStats> compute(const QDate &from, const QDate &to);

    /** `labels`: rule id -> French label (current rule set); holds bring their own. */
    [[nodiscard]] static AutovalStats aggregate(const QList<storage::AutovalEvaluationRow> &evaluations,
                                                const QHash<QString, QString> &labels, const QDate &from, const QDate &to);
    [[nodiscard]] static QByteArray toCsv(const AutovalStats &stats);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
};

} // namespace sgl::workflow::autoval
