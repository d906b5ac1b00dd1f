#include "domain/autoval/RuleCondition.h"
#include "domain/Overloaded.h"

#include "domain/Tr.h"

namespace sgl::domain::autoval {

QString conditionTypeCode(const RuleCondition &condition)
{
    return std::visit(Overloaded{
                          [](const LimitsCondition &) { return QStringLiteral("limits"); },
                          [](const DeltaCondition &) { return QStringLiteral("delta"); },
                          [](const CriticalCondition &) { return QStringLiteral("critical"); },
                          [](const AnalyzerFlagsCondition &) { return QStringLiteral("analyzer_flags"); },
                          [](const SerumIndexCondition &) { return QStringLiteral("serum_index"); },
                          [](const EdtaContaminationCondition &) { return QStringLiteral("edta_contamination"); },
                          [](const RatioCondition &) { return QStringLiteral("ratio"); },
                          [](const AnionGapCondition &) { return QStringLiteral("anion_gap"); },
                          [](const SumCondition &) { return QStringLiteral("sum"); },
                          [](const ConcordantChangeCondition &) { return QStringLiteral("concordant_change"); },
                          [](const DeltaScoreCondition &) { return QStringLiteral("delta_score"); },
                      },
                      condition);
}

QString serumIndexCode(SerumIndex index)
{
    switch (index) {
    case SerumIndex::Haemolysis:
        return QStringLiteral("h");
    case SerumIndex::Icterus:
        return QStringLiteral("i");
    case SerumIndex::Lipaemia:
        return QStringLiteral("l");
    }
    return {};
}

std::optional<SerumIndex> serumIndexFromCode(const QString &code)
{
    for (SerumIndex i : {SerumIndex::Haemolysis, SerumIndex::Icterus, SerumIndex::Lipaemia})
        if (serumIndexCode(i) == code)
            return i;
    return std::nullopt;
}

QString serumIndexLabel(SerumIndex index)
{
    switch (index) {
    case SerumIndex::Haemolysis:
        return Tr::tr("indice d'hémolyse");
    case SerumIndex::Icterus:
        return Tr::tr("indice d'ictère");
    case SerumIndex::Lipaemia:
        return Tr::tr("indice de lipémie");
    }
    return {};
}

QStringList operandCodes(const RuleCondition &condition)
{
    QStringList out;
    auto add = [&out](const QString &code) {
        if (!code.isEmpty() && !out.contains(code))
            out << code;
    };
    if (const auto *e = std::get_if<EdtaContaminationCondition>(&condition)) {
        for (const Operand *o : {&e->potassium, &e->calcium, &e->alkalinePhosphatase, &e->magnesium})
            add(o->analysis);
    } else if (const auto *r = std::get_if<RatioCondition>(&condition)) {
        add(r->numerator);
        add(r->denominator);
    } else if (const auto *a = std::get_if<AnionGapCondition>(&condition)) {
        add(a->sodium);
        add(a->chloride);
        add(a->bicarbonate);
        if (a->withPotassium)
            add(a->potassium);
    } else if (const auto *d = std::get_if<DeltaScoreCondition>(&condition)) {
        for (const DeltaScoreTerm &t : d->terms)
            add(t.analysis);
    } else if (const auto *s = std::get_if<SumCondition>(&condition)) {
        add(s->total);
        for (const QString &p : s->parts)
            add(p);
    }
    return out;
}

} // namespace sgl::domain::autoval
