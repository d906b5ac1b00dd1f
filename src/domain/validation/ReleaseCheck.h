#pragma once

#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/ResultHistoryEntry.h"
#include "domain/lab/ValidationState.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::domain {

/** One result of the dossier as the release rules see it (read by workflow from the database). */
struct ReleaseResultFact {
    qint64 resultId = 0;
    QString analysisCode;
    QString analysisLabel;          ///< catalogue label, for the messages; the code when unknown
    ValidationState state = ValidationState::Pending;
    QString valueText;              ///< as displayed ("5,4")
    std::optional<AbnormalFlag> flag;
    bool critical = false;          ///< CriticalValue::isCritical
    bool callBackRecorded = false;  ///< a satisfying CallBack record exists for this result
    QStringList instrumentFlags;    ///< the analyzer's flags on the current value
    bool edited = false;            ///< ReleaseCheck::wasEdited on its history
    QString qcHold;                 ///< held by a rejected QC run: its reason ("CQ rejeté : GLU, lot …"); empty otherwise
};

/** A delta check that fired (change against the patient's previous value beyond the threshold). */
struct ReleaseDeltaFact {
    QString analysisCode;
    QString text;                   ///< French: "précédent 80 le 01/12/2026, +45 %"
};

/** A non-conformity recorded on one of the dossier's tubes. */
struct ReleaseNonConformityFact {
    QString reasonLabel;            ///< "Échantillon hémolysé"
    QStringList analysisCodes;      ///< analyses it concerns
};

/** A reflex rule firing on the dossier that the biologist has neither accepted nor declined. */
struct ReleaseReflexFact {
    QString ruleCode;
    QString ruleLabel;
    QString triggerCode;
    QStringList analysisCodes;
    QString reason;
};

/** Everything the release decision depends on, for one dossier. */
struct ReleaseFacts {
    QString dossierNumber;
    QList<ReleaseResultFact> results;   ///< cancelled results left out by the caller or ignored here
    QList<ReleaseDeltaFact> deltaAlerts;
    QList<ReleaseNonConformityFact> nonConformities;
    QList<ReleaseReflexFact> pendingReflexes;
    /** The auto-validation's current SYS.ECHANGE holds on the dossier (French sentences naming the
     *  other dossier of the series): a suspected tube swap is never released unopened. */
    QStringList suspectedSwaps;
};

/** Why a dossier cannot be released without being opened. */
struct ReleaseExclusion {
    enum class Reason {
        NothingToValidate, ///< no result left to validate biologically
        PendingResult,     ///< a result not yet technically validated (pending, entered, rerun)
        Critical,          ///< a critical value (with or without its call-back)
        Abnormal,          ///< a result outside its reference range (L, H, A, <, >)
        DeltaAlert,        ///< a delta check fired against the patient's previous value
        InstrumentFlag,    ///< the analyzer flagged the value
        NonConformity,     ///< a pre-analytical non-conformity on a tube
        EditedValue,       ///< a value corrected, or an entered value changed by hand
        ReflexProposal,    ///< a reflex proposal not yet accepted or declined
        QcHold,            ///< a result held by a rejected internal QC run, not reviewed yet
        SuspectedSwap      ///< the auto-validation suspects a tube swap with a dossier of the same series
    };
    Reason reason = Reason::PendingResult;
    QString analysisCode;   ///< the analysis concerned; empty for a dossier-wide reason
    QString text;           ///< French sentence naming the analysis

    friend bool operator==(const ReleaseExclusion &, const ReleaseExclusion &) = default;
};

/** "nothing_to_validate", "pending_result", "critical", "abnormal", "delta_alert", "instrument_flag",
 *  "non_conformity", "edited_value", "reflex_proposal", "qc_hold", "suspected_swap" (stable: shown in the CLI, filtered
 *  in the queue). */
[[nodiscard]] QString releaseExclusionCode(ReleaseExclusion::Reason reason);

/**
 * The batch release rule (libération par lot, issue 12 item 4): a dossier may be released
 * without being opened only when every result still to validate is technically validated,
 * within its reference range (flag N or none), without delta alert, critical value, analyzer
 * flag, edited value or QC hold, with no non-conformity on its tubes, no reflex proposal pending and
 * no tube swap suspected by the auto-validation (its current SYS.ECHANGE holds).
 * exclusions() lists every reason that stands, in the order of the results then dossier-wide
 * reasons; empty means eligible. Results already validated or cancelled are not checked again
 * (a biologist has already looked at them); a dossier with nothing left to validate is
 * excluded as such. Pure function: workflow reads the facts inside the release transaction.
 */
class ReleaseCheck {
public:
    [[nodiscard]] static QList<ReleaseExclusion> exclusions(const ReleaseFacts &facts);
    [[nodiscard]] static bool eligible(const ReleaseFacts &facts) { return exclusions(facts).isEmpty(); }
    /**
     * True when a result's history (oldest first) shows a correction after validation
     * ("correct"), or a value entered over another entered value without a rerun in between
     * (an analyzer or typed value changed by hand).
     */
    [[nodiscard]] static bool wasEdited(const QList<ResultHistoryEntry> &history);
};

} // namespace sgl::domain
