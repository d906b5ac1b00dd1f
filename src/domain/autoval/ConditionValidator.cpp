#include "domain/autoval/ConditionValidator.h"
#include "domain/Overloaded.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"
#include "domain/autoval/ValueInterval.h"

namespace sgl::domain::autoval {

namespace {

bool unitless(const QString &u)
{
    return u.isEmpty() || u == QStringLiteral("1");
}

/** Collects errors of one rule with its location prefix. */
class Problems {
public:
    Problems(QString where, const Catalogue &catalogue) : m_where(std::move(where)), m_catalogue(catalogue) {}

    void add(QLatin1StringView code, const QString &message, const QString &field)
    {
        m_errors << Error{QString(code), message, QStringLiteral("%1, %2").arg(m_where, field)};
    }

    /** The analysis, or nullptr after reporting it unknown/retired. */
    const Analysis *analysis(const QString &code, const QString &field)
    {
        if (code.isEmpty()) {
            add(errc::AutovalMissingField, Tr::tr("Analyse non renseignée."), field);
            return nullptr;
        }
        const Analysis *a = m_catalogue.analysis(code);
        if (!a) {
            add(errc::AutovalUnknownAnalysis, Tr::tr("L'analyse « %1 » n'existe pas dans le catalogue.").arg(code), field);
            return nullptr;
        }
        if (a->retired) {
            add(errc::AutovalRetiredAnalysis, Tr::tr("L'analyse « %1 » (%2) est retirée du catalogue.").arg(code, a->label), field);
            return nullptr;
        }
        return a;
    }

    const Analysis *numericAnalysis(const QString &code, const QString &field)
    {
        const Analysis *a = analysis(code, field);
        if (a && a->resultType != ResultType::Numeric) {
            add(errc::AutovalNotNumeric,
                Tr::tr("L'analyse « %1 » (%2) n'a pas de résultat numérique : ce seuil ne peut pas s'y appliquer.")
                    .arg(code, a->label),
                field);
            return nullptr;
        }
        return a;
    }

    void unit(const Analysis &a, const QString &unit, const QString &field)
    {
        if (!ConditionValidator::toAnalysisUnit(a, unit))
            add(errc::AutovalUnitMismatch,
                Tr::tr("Unité « %1 » non utilisée par l'analyse « %2 » (unités : %3).")
                    .arg(unit.isEmpty() ? Tr::tr("(aucune)") : unit, a.localCode,
                         a.secondUnit.isEmpty() ? (a.unit.isEmpty() ? Tr::tr("sans unité") : a.unit)
                                                : QStringLiteral("%1, %2").arg(a.unit, a.secondUnit)),
                field);
    }

    void positive(const std::optional<double> &v, const QString &field)
    {
        if (v && !(*v > 0))
            add(errc::AutovalBadThreshold, Tr::tr("Le seuil doit être positif (%1).").arg(frNumber(*v)), field);
    }

    QList<Error> take() { return std::move(m_errors); }

private:
    QString m_where;
    const Catalogue &m_catalogue;
    QList<Error> m_errors;
};

void checkBounds(Problems &p, const std::optional<double> &low, const std::optional<double> &high)
{
    if (low && high && *low > *high)
        p.add(errc::AutovalBadThreshold,
              Tr::tr("Limite basse %1 supérieure à la limite haute %2.").arg(frNumber(*low), frNumber(*high)),
              QStringLiteral("condition.low"));
}

void checkOperand(Problems &p, const Operand &op, const QString &field, bool required)
{
    if (op.analysis.isEmpty() && !required && !op.threshold)
        return;
    const Analysis *a = p.numericAnalysis(op.analysis, field + QStringLiteral(".analysis"));
    if (!op.threshold) {
        p.add(errc::AutovalMissingField, Tr::tr("Seuil non renseigné."), field + QStringLiteral(".threshold"));
        return;
    }
    if (a)
        p.unit(*a, op.unit, field + QStringLiteral(".unit"));
}

} // namespace

std::optional<double> ConditionValidator::toAnalysisUnit(const Analysis &a, const QString &unit)
{
    if (unit == a.unit || (unitless(unit) && unitless(a.unit)))
        return 1.0;
    if (!a.secondUnit.isEmpty() && unit == a.secondUnit && a.secondUnitFactor && *a.secondUnitFactor > 0)
        return 1.0 / *a.secondUnitFactor;
    return std::nullopt;
}

QStringList ConditionValidator::scope(const Rule &rule, const Catalogue &catalogue)
{
    const bool single = std::holds_alternative<LimitsCondition>(rule.condition) || std::holds_alternative<DeltaCondition>(rule.condition)
                        || std::holds_alternative<CriticalCondition>(rule.condition)
                        || std::holds_alternative<AnalyzerFlagsCondition>(rule.condition)
                        || std::holds_alternative<SerumIndexCondition>(rule.condition)
                        || std::holds_alternative<ConcordantChangeCondition>(rule.condition);
    if (!single)
        return operandCodes(rule.condition);
    QStringList out = rule.analyses;
    if (const Exam *e = catalogue.exam(rule.exam))
        for (const QString &c : e->analysisCodes)
            if (!out.contains(c))
                out << c;
    return out;
}

QList<Error> ConditionValidator::problems(const Rule &rule, const QString &where, const Catalogue &catalogue)
{
    Problems p(where, catalogue);
    const bool multi = !operandCodes(rule.condition).isEmpty() || std::holds_alternative<EdtaContaminationCondition>(rule.condition)
                       || std::holds_alternative<RatioCondition>(rule.condition)
                       || std::holds_alternative<AnionGapCondition>(rule.condition)
                       || std::holds_alternative<SumCondition>(rule.condition)
                       || std::holds_alternative<DeltaScoreCondition>(rule.condition);
    QList<const Analysis *> targets;
    if (!multi) {
        if (rule.analyses.isEmpty() && rule.exam.isEmpty())
            p.add(errc::AutovalMissingField, Tr::tr("La règle ne nomme ni analyse ni examen."), QStringLiteral("analyses"));
        for (qsizetype i = 0; i < rule.analyses.size(); ++i)
            if (const Analysis *a = p.analysis(rule.analyses.at(i), QStringLiteral("analyses[%1]").arg(i)))
                targets << a;
        if (!rule.exam.isEmpty()) {
            const Exam *e = catalogue.exam(rule.exam);
            if (!e)
                p.add(errc::AutovalUnknownExam, Tr::tr("L'examen « %1 » n'existe pas dans le catalogue.").arg(rule.exam),
                      QStringLiteral("exam"));
            else if (e->retired)
                p.add(errc::AutovalRetiredAnalysis, Tr::tr("L'examen « %1 » (%2) est retiré du catalogue.").arg(e->code, e->label),
                      QStringLiteral("exam"));
            else
                for (const QString &code : e->analysisCodes)
                    if (const Analysis *a = catalogue.analysis(code); a && !a->retired)
                        targets << a;
        }
    }
    auto numericTargets = [&](const QString &field) {
        QList<const Analysis *> out;
        for (const Analysis *a : targets) {
            if (a->resultType == ResultType::Numeric)
                out << a;
            else if (rule.exam.isEmpty() || rule.analyses.contains(a->localCode))
                p.add(errc::AutovalNotNumeric,
                      Tr::tr("L'analyse « %1 » (%2) n'a pas de résultat numérique : cette condition ne peut pas s'y appliquer.")
                          .arg(a->localCode, a->label),
                      field);
        }
        return out;
    };
    auto unitFor = [&](const QList<const Analysis *> &as, const QString &unit, const QString &field) {
        for (const Analysis *a : as) {
            if (unit.isEmpty() && !unitless(a->unit)) {
                p.add(errc::AutovalMissingField, Tr::tr("Unité du seuil non renseignée."), field);
                return;
            }
        }
        for (const Analysis *a : as)
            p.unit(*a, unit, field);
    };
    std::visit(Overloaded{
                   [&](const LimitsCondition &c) {
                       checkBounds(p, c.low, c.high);
                       if (c.low || c.high) {
                           if (!c.acceptedCodes.isEmpty())
                               p.add(errc::AutovalNotNumeric, Tr::tr("Des limites numériques et des réponses admises dans la même règle."),
                                     QStringLiteral("condition.accepted_codes"));
                           unitFor(numericTargets(QStringLiteral("condition.low")), c.unit, QStringLiteral("condition.unit"));
                       }
                       for (const Analysis *a : targets) {
                           if (c.acceptedCodes.isEmpty())
                               continue;
                           if (a->resultType != ResultType::Coded) {
                               p.add(errc::AutovalNotNumeric,
                                     Tr::tr("Réponses admises pour l'analyse « %1 », qui n'est pas codée.").arg(a->localCode),
                                     QStringLiteral("condition.accepted_codes"));
                               continue;
                           }
                           for (const QString &code : c.acceptedCodes) {
                               bool known = false;
                               for (const ValueOption &o : a->valueOptions)
                                   known = known || o.code == code;
                               if (!known)
                                   p.add(errc::AutovalBadThreshold,
                                         Tr::tr("Réponse « %1 » absente de la liste de l'analyse « %2 ».").arg(code, a->localCode),
                                         QStringLiteral("condition.accepted_codes"));
                           }
                       }
                   },
                   [&](const DeltaCondition &c) {
                       if (!c.absolute && !c.relativePercent)
                           p.add(errc::AutovalBadThreshold, Tr::tr("Contrôle delta sans seuil absolu ni relatif."),
                                 QStringLiteral("condition.absolute"));
                       p.positive(c.absolute, QStringLiteral("condition.absolute"));
                       p.positive(c.relativePercent, QStringLiteral("condition.relative_percent"));
                       if (c.windowDays <= 0)
                           p.add(errc::AutovalBadThreshold, Tr::tr("La fenêtre du contrôle delta doit être d'au moins un jour."),
                                 QStringLiteral("condition.window_days"));
                       const auto numeric = numericTargets(QStringLiteral("analyses"));
                       if (c.absolute)
                           unitFor(numeric, c.unit, QStringLiteral("condition.unit"));
                   },
                   [&](const CriticalCondition &c) {
                       if (!c.low && !c.high)
                           p.add(errc::AutovalBadThreshold, Tr::tr("Seuil critique sans limite basse ni haute."),
                                 QStringLiteral("condition.low"));
                       checkBounds(p, c.low, c.high);
                       unitFor(numericTargets(QStringLiteral("analyses")), c.unit, QStringLiteral("condition.unit"));
                   },
                   [&](const AnalyzerFlagsCondition &) {},
                   [&](const SerumIndexCondition &c) {
                       if (c.maximum < 0)
                           p.add(errc::AutovalBadThreshold, Tr::tr("Le seuil d'indice sérique ne peut pas être négatif."),
                                 QStringLiteral("condition.maximum"));
                   },
                   [&](const EdtaContaminationCondition &c) {
                       checkOperand(p, c.potassium, QStringLiteral("condition.potassium"), true);
                       checkOperand(p, c.calcium, QStringLiteral("condition.calcium"), false);
                       checkOperand(p, c.alkalinePhosphatase, QStringLiteral("condition.alkaline_phosphatase"), false);
                       checkOperand(p, c.magnesium, QStringLiteral("condition.magnesium"), false);
                       if (c.calcium.analysis.isEmpty() && c.alkalinePhosphatase.analysis.isEmpty() && c.magnesium.analysis.isEmpty())
                           p.add(errc::AutovalMissingField, Tr::tr("Profil EDTA sans calcium, phosphatases alcalines ni magnésium."),
                                 QStringLiteral("condition.calcium"));
                   },
                   [&](const RatioCondition &c) {
                       p.numericAnalysis(c.numerator, QStringLiteral("condition.numerator"));
                       p.numericAnalysis(c.denominator, QStringLiteral("condition.denominator"));
                       if (c.minimum < 0 || c.minimum > c.maximum)
                           p.add(errc::AutovalBadThreshold,
                                 Tr::tr("Rapport attendu entre %1 et %2 : bornes impossibles.").arg(frNumber(c.minimum), frNumber(c.maximum)),
                                 QStringLiteral("condition.minimum"));
                   },
                   [&](const AnionGapCondition &c) {
                       QList<std::pair<QString, QString>> ops{{c.sodium, QStringLiteral("condition.sodium")},
                                                              {c.chloride, QStringLiteral("condition.chloride")},
                                                              {c.bicarbonate, QStringLiteral("condition.bicarbonate")}};
                       if (c.withPotassium)
                           ops.append({c.potassium, QStringLiteral("condition.potassium")});
                       bool unitChecked = false; // one unit error is enough for the three terms
                       for (const auto &[code, field] : ops) {
                           const Analysis *a = p.numericAnalysis(code, field);
                           if (a && !unitChecked && !toAnalysisUnit(*a, c.unit)) {
                               p.unit(*a, c.unit, QStringLiteral("condition.unit"));
                               unitChecked = true;
                           }
                       }
                       if (c.low > c.high)
                           p.add(errc::AutovalBadThreshold,
                                 Tr::tr("Trou anionique attendu entre %1 et %2 : bornes inversées.").arg(frNumber(c.low), frNumber(c.high)),
                                 QStringLiteral("condition.low"));
                   },
                   [&](const SumCondition &c) {
                       const Analysis *total = p.numericAnalysis(c.total, QStringLiteral("condition.total"));
                       if (c.parts.isEmpty())
                           p.add(errc::AutovalMissingField, Tr::tr("Somme sans analyse."), QStringLiteral("condition.parts"));
                       for (qsizetype i = 0; i < c.parts.size(); ++i) {
                           const QString field = QStringLiteral("condition.parts[%1]").arg(i);
                           const Analysis *a = p.numericAnalysis(c.parts.at(i), field);
                           if (a && total && a->unit != total->unit)
                               p.add(errc::AutovalUnitMismatch,
                                     Tr::tr("L'analyse « %1 » (%2) n'est pas dans l'unité du total « %3 » (%4).")
                                         .arg(a->localCode, a->unit, total->localCode, total->unit),
                                     field);
                       }
                       if (!(c.tolerancePercent > 0))
                           p.add(errc::AutovalBadThreshold, Tr::tr("La tolérance doit être positive."),
                                 QStringLiteral("condition.tolerance_percent"));
                   },
                   [&](const DeltaScoreCondition &c) {
                       if (c.terms.isEmpty())
                           p.add(errc::AutovalMissingField, Tr::tr("Score de variation sans analyse."), QStringLiteral("condition.terms"));
                       for (qsizetype i = 0; i < c.terms.size(); ++i) {
                           const QString field = QStringLiteral("condition.terms[%1]").arg(i);
                           p.numericAnalysis(c.terms.at(i).analysis, field + QStringLiteral(".analysis"));
                           if (!(c.terms.at(i).usualPercent > 0))
                               p.add(errc::AutovalBadThreshold, Tr::tr("La variation habituelle doit être positive."),
                                     field + QStringLiteral(".usual_percent"));
                       }
                       if (!(c.maxScore > 0))
                           p.add(errc::AutovalBadThreshold, Tr::tr("Le score maximal doit être positif."), QStringLiteral("condition.max_score"));
                       if (c.minAnalyses < 2)
                           p.add(errc::AutovalBadThreshold, Tr::tr("Il faut au moins deux analyses pour un score de variation."),
                                 QStringLiteral("condition.min_analyses"));
                       if (c.windowDays <= 0)
                           p.add(errc::AutovalBadThreshold, Tr::tr("La fenêtre doit être d'au moins un jour."),
                                 QStringLiteral("condition.window_days"));
                   },
                   [&](const ConcordantChangeCondition &c) {
                       numericTargets(QStringLiteral("analyses"));
                       if (!(c.relativePercent > 0))
                           p.add(errc::AutovalBadThreshold, Tr::tr("La variation relative doit être positive."),
                                 QStringLiteral("condition.relative_percent"));
                       if (c.minAnalyses < 2)
                           p.add(errc::AutovalBadThreshold, Tr::tr("Il faut au moins deux analyses pour une variation concordante."),
                                 QStringLiteral("condition.min_analyses"));
                       if (c.windowDays <= 0)
                           p.add(errc::AutovalBadThreshold, Tr::tr("La fenêtre doit être d'au moins un jour."),
                                 QStringLiteral("condition.window_days"));
                   },
               },
               rule.condition);
    return p.take();
}

} // namespace sgl::domain::autoval
