#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::domain::autoval {

/**
 * Why the engine held an analysis or a dossier. Every hold names the rule (id + French label),
 * the analysis, the values compared and the threshold, and says it in one French sentence:
 * « K.HEMOLYSE (Potassium et hémolyse) : Potassium (K) 5,0 mmol/L avec indice d'hémolyse 120 >
 * seuil 50 : résultat retenu. »
 */
struct HoldReason {
    QString ruleId;              ///< a rule of the set, or a built-in "SYS.*" id
    QString ruleLabel;           ///< French
    QString analysisCode;        ///< empty for a dossier-wide hold
    QString values;              ///< the values compared, French ("K 6,2 mmol/L ; CA 1,52 mmol/L")
    QString threshold;           ///< the threshold, French ("≥ 5,5 mmol/L et ≤ 2,0 mmol/L")
    QString text;                ///< the whole French sentence
    bool builtIn = false;        ///< a safety hold no rule set can remove (critical, QC, call-back…)
    friend bool operator==(const HoldReason &, const HoldReason &) = default;
};

/** The verdict on one result still to validate. */
struct AnalysisVerdict {
    qint64 resultId = 0;
    QString analysisCode;
    bool release = false;        ///< no hold left
    QStringList passedRules;     ///< ids of the applicable rules that passed (in rule-set order)
    QList<HoldReason> holds;     ///< holds that stand
    QList<HoldReason> waived;    ///< holds lifted by a waiver (ruleId = the rule lifted; text names the waiver)
    friend bool operator==(const AnalysisVerdict &, const AnalysisVerdict &) = default;
};

/**
 * The verdict on one dossier: released only when every result still to validate is released and
 * no dossier-wide hold stands. `holds` lists every hold that stands: the analyses' ones (in
 * result order) then the dossier-wide ones.
 */
struct DossierVerdict {
    bool release = false;
    QList<AnalysisVerdict> analyses;
    QList<HoldReason> holds;
    friend bool operator==(const DossierVerdict &, const DossierVerdict &) = default;
};

} // namespace sgl::domain::autoval
