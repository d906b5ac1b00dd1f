#include "domain/autoval/RuleSetValidator.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"
#include "domain/autoval/ConditionValidator.h"
#include "domain/autoval/ValueInterval.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>

namespace sgl::domain::autoval {

namespace {

QString where(const Rule &rule, qsizetype index)
{
    return rule.id.isEmpty() ? Tr::tr("règle n° %1").arg(index + 1) : Tr::tr("règle %1").arg(rule.id);
}

Error error(QLatin1StringView code, const QString &message, const QString &location)
{
    return Error{QString(code), message, location};
}

void checkApplicability(const Rule &rule, const QString &w, QList<Error> &out)
{
    const Applicability &a = rule.when;
    if (a.sex && *a.sex == Sex::Unknown)
        out << error(errc::AutovalBadThreshold, Tr::tr("Condition de sexe « U » : attendu F ou M."), w + QStringLiteral(", when.sex"));
    if (a.ageMin && a.ageMax && a.ageMin->approximateDays() >= a.ageMax->approximateDays())
        out << error(errc::AutovalBadThreshold,
                     Tr::tr("Âge minimal %1 supérieur ou égal à l'âge maximal %2.").arg(a.ageMin->toString(), a.ageMax->toString()),
                     w + QStringLiteral(", when.age_min"));
    for (const QString &o : a.origins)
        if (o != QStringLiteral("external") && o != QStringLiteral("ward"))
            out << error(errc::AutovalBadThreshold, Tr::tr("Origine « %1 » inconnue (attendu external ou ward).").arg(o),
                         w + QStringLiteral(", when.origins"));
}

/** The patients of a catalogue range, as an applicability (to compare with a rule's). */
Applicability rangePatients(const ReferenceRange &r)
{
    Applicability a;
    a.sex = r.sex;
    if (r.ageMin.value > 0)
        a.ageMin = r.ageMin;
    a.ageMax = r.ageMax;
    return a;
}

/** Custom limits of a limits rule in the analysis unit; nullopt for reference-range rules. */
std::optional<std::pair<double, double>> customLimits(const Rule &rule, const Analysis &a)
{
    const auto *c = std::get_if<LimitsCondition>(&rule.condition);
    if (!c || (!c->low && !c->high))
        return std::nullopt;
    const auto f = ConditionValidator::toAnalysisUnit(a, c->unit);
    if (!f)
        return std::nullopt;
    return std::pair{c->low ? *c->low * *f : -std::numeric_limits<double>::infinity(),
                     c->high ? *c->high * *f : std::numeric_limits<double>::infinity()};
}

void checkContradictions(const RuleSet &set, const Catalogue &catalogue, QList<Error> &out)
{
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const Rule &r = set.rules.at(i);
        if (!r.enabled || r.isWaiver() || !std::holds_alternative<LimitsCondition>(r.condition))
            continue;
        const QStringList scope = ConditionValidator::scope(r, catalogue);
        for (const QString &code : scope) {
            const Analysis *a = catalogue.analysis(code);
            if (!a)
                continue;
            const auto lim = customLimits(r, *a);
            if (!lim)
                continue;
            // (2) limits letting through a value the catalogue calls critical for these patients.
            for (const ReferenceRange &range : a->ranges) {
                if (!r.when.overlaps(rangePatients(range)))
                    continue;
                if ((range.criticalHigh && lim->second > *range.criticalHigh)
                    || (range.criticalLow && lim->first < *range.criticalLow))
                    out << error(errc::AutovalContradictoryRules,
                                 Tr::tr("Les limites [%1 ; %2] %3 de l'analyse « %4 » laissent passer des valeurs critiques du "
                                        "catalogue (%5 : seuils critiques %6 / %7).")
                                     .arg(frNumber(lim->first), frNumber(lim->second), a->unit, code, range.bracketLabel(),
                                          range.criticalLow ? frNumber(*range.criticalLow) : QStringLiteral("—"),
                                          range.criticalHigh ? frNumber(*range.criticalHigh) : QStringLiteral("—")),
                                 where(r, i) + QStringLiteral(", condition.high"));
            }
            // (1) two limits rules on one analysis, same patients, no value passing both.
            for (qsizetype j = i + 1; j < set.rules.size(); ++j) {
                const Rule &s = set.rules.at(j);
                if (!s.enabled || s.isWaiver() || !std::holds_alternative<LimitsCondition>(s.condition)
                    || !ConditionValidator::scope(s, catalogue).contains(code) || !r.when.overlaps(s.when))
                    continue;
                const auto other = customLimits(s, *a);
                if (!other)
                    continue;
                if (std::max(lim->first, other->first) > std::min(lim->second, other->second))
                    out << error(errc::AutovalContradictoryRules,
                                 Tr::tr("Les règles %1 et %2 fixent à l'analyse « %3 » des limites disjointes pour les mêmes "
                                        "patients : aucune valeur ne peut passer les deux.")
                                     .arg(r.id, s.id, code),
                                 where(s, j) + QStringLiteral(", condition"));
            }
        }
    }
}

void checkWaivers(const RuleSet &set, const Catalogue &catalogue, QList<Error> &out)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < set.rules.size(); ++i)
        if (!index.contains(set.rules.at(i).id))
            index.insert(set.rules.at(i).id, i);
    // Cycles first (depth-first search on "waives" edges), each reported once.
    QHash<QString, int> state; // 0 new, 1 on the path, 2 done
    QSet<QString> reported;
    std::function<void(const QString &, QStringList &)> visit = [&](const QString &id, QStringList &path) {
        state[id] = 1;
        path << id;
        const Rule &r = set.rules.at(index.value(id));
        for (const QString &next : r.waives) {
            if (!index.contains(next))
                continue;
            if (state.value(next) == 1) {
                const QStringList cycle = path.mid(path.indexOf(next)) << next;
                if (!reported.contains(next)) {
                    reported.insert(next);
                    out << error(errc::AutovalCircularRules,
                                 Tr::tr("Dérogations circulaires : %1.").arg(cycle.join(QStringLiteral(" → "))),
                                 where(r, index.value(id)) + QStringLiteral(", waives"));
                }
            } else if (state.value(next) == 0) {
                visit(next, path);
            }
        }
        path.removeLast();
        state[id] = 2;
    };
    for (const Rule &r : set.rules)
        if (!r.id.isEmpty() && state.value(r.id) == 0) {
            QStringList path;
            visit(r.id, path);
        }
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const Rule &w = set.rules.at(i);
        for (const QString &target : w.waives) {
            const QString loc = where(w, i) + QStringLiteral(", waives");
            if (!index.contains(target)) {
                out << error(errc::AutovalUnknownRule, Tr::tr("La règle « %1 » levée par cette dérogation n'existe pas.").arg(target), loc);
                continue;
            }
            if (target == w.id)
                continue; // reported as a cycle
            const Rule &t = set.rules.at(index.value(target));
            if (t.isWaiver()) {
                if (!reported.contains(target))
                    out << error(errc::AutovalCircularRules,
                                 Tr::tr("La dérogation %1 lève la dérogation %2 : une dérogation ne retient rien, la lever n'a pas de "
                                        "sens et ouvre la voie aux cycles.")
                                     .arg(w.id, target),
                                 loc);
                continue;
            }
            if (std::holds_alternative<CriticalCondition>(t.condition)) {
                out << error(errc::AutovalContradictoryRules,
                             Tr::tr("La dérogation %1 lève le seuil critique %2 : une valeur critique n'est jamais validée "
                                    "automatiquement.")
                                 .arg(w.id, target),
                             loc);
                continue;
            }
            const QStringList a = ConditionValidator::scope(w, catalogue);
            const QStringList b = ConditionValidator::scope(t, catalogue);
            const bool common = std::any_of(a.begin(), a.end(), [&](const QString &c) { return b.contains(c); });
            if (!common || !w.when.overlaps(t.when))
                out << error(errc::AutovalContradictoryRules,
                             Tr::tr("La dérogation %1 et la règle %2 n'ont aucune analyse ou aucun patient en commun : elle ne "
                                    "peut jamais la lever.")
                                 .arg(w.id, target),
                             loc);
        }
    }
}

} // namespace

QList<Error> RuleSetValidator::problems(const RuleSet &ruleSet, const Catalogue &catalogue)
{
    QList<Error> out;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Z0-9._-]{1,40}$"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < ruleSet.rules.size(); ++i) {
        const Rule &r = ruleSet.rules.at(i);
        const QString w = where(r, i);
        if (r.id.isEmpty())
            out << error(errc::AutovalMissingField, Tr::tr("Règle sans identifiant."), w + QStringLiteral(", id"));
        else if (!idPattern.match(r.id).hasMatch())
            out << error(errc::AutovalBadRuleId,
                         Tr::tr("Identifiant « %1 » invalide : majuscules, chiffres, « . », « _ » et « - », 40 caractères au plus.")
                             .arg(r.id),
                         w + QStringLiteral(", id"));
        else if (seen.contains(r.id))
            out << error(errc::AutovalDuplicateRule, Tr::tr("Identifiant « %1 » déjà utilisé par une autre règle.").arg(r.id),
                         w + QStringLiteral(", id"));
        seen.insert(r.id);
        if (r.label.trimmed().isEmpty())
            out << error(errc::AutovalMissingField, Tr::tr("Règle sans libellé."), w + QStringLiteral(", label"));
        checkApplicability(r, w, out);
        out += ConditionValidator::problems(r, w, catalogue);
    }
    checkWaivers(ruleSet, catalogue, out);
    checkContradictions(ruleSet, catalogue, out);
    return out;
}

Status RuleSetValidator::validate(const RuleSet &ruleSet, const Catalogue &catalogue)
{
    const QList<Error> all = problems(ruleSet, catalogue);
    if (!all.isEmpty())
        return std::unexpected(all.first());
    return {};
}

} // namespace sgl::domain::autoval
