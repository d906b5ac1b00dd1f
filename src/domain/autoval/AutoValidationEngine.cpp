#include "domain/autoval/AutoValidationEngine.h"

#include "domain/Tr.h"
#include "domain/autoval/RuleEvaluator.h"
#include "domain/autoval/ValueInterval.h"

#include <QHash>
#include <QSet>

namespace sgl::domain::autoval {

namespace {

QString builtinLabel(const char *id)
{
    const QString s = QString::fromLatin1(id);
    if (s == QLatin1String(builtin::Technical))
        return Tr::tr("Résultat non validé techniquement");
    if (s == QLatin1String(builtin::Critical))
        return Tr::tr("Valeur critique");
    if (s == QLatin1String(builtin::CallBack))
        return Tr::tr("Appel du prescripteur en attente");
    if (s == QLatin1String(builtin::Qc))
        return Tr::tr("Résultat bloqué par le contrôle de qualité");
    if (s == QLatin1String(builtin::NonConformity))
        return Tr::tr("Non-conformité pré-analytique");
    if (s == QLatin1String(builtin::Edited))
        return Tr::tr("Valeur corrigée ou modifiée à la main");
    if (s == QLatin1String(builtin::NotCovered))
        return Tr::tr("Analyse sans règle de limites applicable");
    if (s == QLatin1String(builtin::Value))
        return Tr::tr("Résultat sans valeur exploitable");
    if (s == QLatin1String(builtin::Reflex))
        return Tr::tr("Test réflexe proposé, non décidé");
    if (s == QLatin1String(builtin::Empty))
        return Tr::tr("Aucun résultat à valider");
    if (s == QLatin1String(builtin::Swap))
        return Tr::tr("Échange de tubes suspecté dans la série de prélèvement");
    if (s == QLatin1String(builtin::Series))
        return Tr::tr("Série de prélèvement incomplète");
    return s;
}

HoldReason builtinHold(const char *id, const QString &analysis, const QString &values, const QString &threshold,
                       const QString &sentence)
{
    HoldReason h;
    h.ruleId = QString::fromLatin1(id);
    h.ruleLabel = builtinLabel(id);
    h.analysisCode = analysis;
    h.values = values;
    h.threshold = threshold;
    h.text = Tr::tr("%1 (%2) : %3.").arg(h.ruleId, h.ruleLabel, sentence);
    h.builtIn = true;
    return h;
}

/** "critical" in the engine's sense: flagged, said so by the caller, or POSSIBLY beyond a limit. */
std::optional<QString> criticalReason(const ResultInput &r)
{
    if (r.flag && isCritical(*r.flag))
        return Tr::tr("drapeau %1").arg(abnormalFlagCode(*r.flag));
    if (r.critical)
        return Tr::tr("valeur critique");
    if (r.value.kind != ResultValue::Kind::Numeric || (!r.criticalLow && !r.criticalHigh))
        return std::nullopt;
    const auto v = ValueInterval::of(r.value, r, r.analysisUnit);
    if (!v)
        return Tr::tr("valeur non comparable aux seuils critiques");
    if (r.criticalLow && v->someBelow(*r.criticalLow))
        return Tr::tr("seuil critique bas %1").arg(frQuantity(*r.criticalLow, r.analysisUnit));
    if (r.criticalHigh && v->someAbove(*r.criticalHigh))
        return Tr::tr("seuil critique haut %1").arg(frQuantity(*r.criticalHigh, r.analysisUnit));
    return std::nullopt;
}

/** The built-in holds of one result still to validate; `stop` when rules need not be read. */
QList<HoldReason> builtinHolds(const ResultInput &r, const DossierInput &d, bool &stop)
{
    QList<HoldReason> out;
    stop = false;
    const std::optional<QString> critical =
        r.state == ValidationState::TechnicallyValidated ? criticalReason(r) : std::nullopt;
    const bool clear = r.state == ValidationState::TechnicallyValidated && r.value.kind != ResultValue::Kind::Empty
                       && r.value.kind != ResultValue::Kind::Text && !critical && !r.callBackPending && !r.qcHeld
                       && !r.edited && d.nonConformities.isEmpty();
    if (clear) // the usual case: no text to build
        return out;
    const QString who = analysisName(r);
    const QString value = frValue(r.value);
    const auto qcHold = [&] {
        return builtinHold(builtin::Qc, r.analysisCode, value, Tr::tr("série de CQ acceptée"),
                           r.qcReason.isEmpty() ? Tr::tr("%1 : résultat bloqué par le CQ").arg(who)
                                                : Tr::tr("%1 : %2").arg(who, r.qcReason));
    };
    if (r.state != ValidationState::TechnicallyValidated) {
        out << builtinHold(builtin::Technical, r.analysisCode, value, Tr::tr("validé techniquement"),
                           Tr::tr("%1 : résultat %2").arg(who, validationStateLabel(r.state).toLower()));
        // A QC hold is what keeps such a result from its technical validation: say so too.
        if (r.qcHeld)
            out << qcHold();
        stop = true;
        return out;
    }
    if (r.value.kind == ResultValue::Kind::Empty || r.value.kind == ResultValue::Kind::Text) {
        out << builtinHold(builtin::Value, r.analysisCode, value, Tr::tr("valeur numérique ou codée"),
                           r.value.kind == ResultValue::Kind::Empty
                               ? Tr::tr("%1 : pas de valeur").arg(who)
                               : Tr::tr("%1 : résultat en texte libre, à lire par le biologiste").arg(who));
        stop = true;
    }
    if (critical)
        out << builtinHold(builtin::Critical, r.analysisCode, value, *critical,
                           Tr::tr("%1 %2 : %3, jamais validée automatiquement").arg(who, value, *critical));
    if (r.callBackPending)
        out << builtinHold(builtin::CallBack, r.analysisCode, value, Tr::tr("appel enregistré"),
                           Tr::tr("%1 %2 : appel du prescripteur non enregistré").arg(who, value));
    if (r.qcHeld)
        out << qcHold();
    for (const NonConformityInput &n : d.nonConformities)
        if (n.analysisCodes.contains(r.analysisCode))
            out << builtinHold(builtin::NonConformity, r.analysisCode, n.reasonLabel, Tr::tr("aucune non-conformité"),
                               Tr::tr("%1 : non-conformité « %2 » sur le tube").arg(who, n.reasonLabel));
    if (r.edited)
        out << builtinHold(builtin::Edited, r.analysisCode, value, Tr::tr("valeur telle que mesurée"),
                           Tr::tr("%1 %2 : valeur corrigée ou modifiée à la main").arg(who, value));
    return out;
}

} // namespace

DossierVerdict AutoValidationEngine::evaluate(const DossierInput &d, const RuleSet &ruleSet)
{
    DossierContext ctx;
    ctx.dossier = &d;
    for (const ResultInput &r : d.results)
        if (r.state != ValidationState::Cancelled)
            ctx.byCode.insert(r.analysisCode, &r); // the last one counts
    QList<const ResultInput *> judged;
    for (const ResultInput &r : d.results) {
        if (ctx.byCode.value(r.analysisCode) != &r || r.state == ValidationState::Validated)
            continue;
        judged << &r;
        ctx.judged.insert(r.analysisCode);
    }

    QHash<QString, QList<HoldReason>> holds;        // per analysis, built-in first
    QHash<QString, QStringList> passed;
    QHash<QString, QHash<QString, QString>> lifts;   // analysis -> lifted rule id -> waiver id
    QSet<QString> covered;
    QSet<QString> stopped;
    for (const ResultInput *r : judged) {
        bool stop = false;
        holds[r->analysisCode] = builtinHolds(*r, d, stop);
        if (stop)
            stopped.insert(r->analysisCode);
    }
    // Rules read only the analyses whose value they can judge.
    DossierContext ruleCtx = ctx;
    for (const QString &code : stopped)
        ruleCtx.judged.remove(code);

    // Most rules share a few applicabilities ("18 ans et plus", by sex): each is decided once.
    QList<std::pair<const Applicability *, bool>> decided;
    const auto applies = [&](const Applicability &when) {
        if (when.isEmpty())
            return true;
        for (const auto &[a, yes] : decided)
            if (*a == when)
                return yes;
        const bool yes = when.matches(d.sex, d.birthDate, d.collectionDate, d.origin, d.ward);
        decided.append({&when, yes});
        return yes;
    };
    for (const Rule &rule : ruleSet.rules) {
        if (!rule.enabled || !applies(rule.when))
            continue;
        const QList<RuleOutcome> outcomes = RuleEvaluator::evaluate(rule, ruleCtx);
        const bool isLimits = std::holds_alternative<LimitsCondition>(rule.condition);
        for (const RuleOutcome &o : outcomes) {
            if (isLimits)
                covered.insert(o.analysisCode);
            if (o.passed) {
                if (!passed[o.analysisCode].contains(rule.id))
                    passed[o.analysisCode] << rule.id;
                if (rule.isWaiver())
                    for (const QString &w : rule.waives)
                        lifts[o.analysisCode].insert(w, rule.id);
            } else if (!rule.isWaiver()) {
                holds[o.analysisCode] << o.hold;
            }
        }
    }

    DossierVerdict verdict;
    verdict.release = true;
    for (const ResultInput *r : judged) {
        AnalysisVerdict av;
        av.resultId = r->resultId;
        av.analysisCode = r->analysisCode;
        av.passedRules = passed.value(r->analysisCode);
        const auto &lifted = lifts[r->analysisCode];
        for (const HoldReason &h : holds.value(r->analysisCode)) {
            if (!h.builtIn && lifted.contains(h.ruleId)) {
                HoldReason w = h;
                const Rule *waiver = ruleSet.rule(lifted.value(h.ruleId));
                w.text = Tr::tr("%1 Levée par %2 (%3).")
                             .arg(h.text, lifted.value(h.ruleId), waiver ? waiver->label : QString());
                av.waived << w;
            } else {
                av.holds << h;
            }
        }
        if (!stopped.contains(r->analysisCode) && !covered.contains(r->analysisCode))
            av.holds << builtinHold(builtin::NotCovered, r->analysisCode, frValue(r->value), {},
                                    Tr::tr("%1 : aucune règle de limites ne s'applique à ce patient, validation par le "
                                           "biologiste")
                                        .arg(analysisName(*r)));
        av.release = av.holds.isEmpty();
        verdict.release = verdict.release && av.release;
        verdict.holds += av.holds;
        verdict.analyses << av;
    }
    QList<HoldReason> dossierWide;
    if (judged.isEmpty())
        dossierWide << builtinHold(builtin::Empty, {}, {}, {},
                                   Tr::tr("dossier %1 : aucun résultat à valider").arg(d.dossierNumber));
    for (const NonConformityInput &n : d.nonConformities)
        if (n.analysisCodes.isEmpty())
            dossierWide << builtinHold(builtin::NonConformity, {}, n.reasonLabel, Tr::tr("aucune non-conformité"),
                                       Tr::tr("non-conformité « %1 » sur le dossier").arg(n.reasonLabel));
    for (const QString &p : d.pendingReflexes)
        dossierWide << builtinHold(builtin::Reflex, {}, p, Tr::tr("proposition acceptée ou refusée"),
                                   Tr::tr("test réflexe proposé, ni accepté ni refusé : %1").arg(p));
    if (!dossierWide.isEmpty())
        verdict.release = false;
    verdict.holds += dossierWide;
    return verdict;
}

} // namespace sgl::domain::autoval
