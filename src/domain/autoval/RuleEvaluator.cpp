#include "domain/autoval/RuleEvaluator.h"
#include "domain/Overloaded.h"

#include "domain/autoval/ConditionChecks.h"

namespace sgl::domain::autoval {

namespace {

bool singleAnalysis(const RuleCondition &c)
{
    return std::holds_alternative<LimitsCondition>(c) || std::holds_alternative<DeltaCondition>(c)
           || std::holds_alternative<CriticalCondition>(c) || std::holds_alternative<AnalyzerFlagsCondition>(c)
           || std::holds_alternative<SerumIndexCondition>(c);
}

} // namespace

QStringList RuleEvaluator::targets(const Rule &rule, const DossierContext &context)
{
    if (!singleAnalysis(rule.condition) && !std::holds_alternative<ConcordantChangeCondition>(rule.condition))
        return operandCodes(rule.condition);
    QStringList out;
    for (const QString &code : rule.analyses)
        if (!out.contains(code))
            out << code;
    if (!rule.exam.isEmpty() && context.dossier) {
        for (const ResultInput &r : context.dossier->results)
            if (r.examCode == rule.exam && !out.contains(r.analysisCode))
                out << r.analysisCode;
    }
    return out;
}

QList<RuleOutcome> RuleEvaluator::evaluate(const Rule &rule, const DossierContext &ctx)
{
    const QStringList codes = targets(rule, ctx);
    if (singleAnalysis(rule.condition)) {
        QList<RuleOutcome> out;
        for (const QString &code : codes) {
            if (!ctx.judged.contains(code))
                continue;
            const ResultInput &r = *ctx.byCode.value(code);
            out << std::visit(Overloaded{
                                  [&](const LimitsCondition &c) { return checks::limits(rule, c, r); },
                                  [&](const DeltaCondition &c) { return checks::delta(rule, c, r); },
                                  [&](const CriticalCondition &c) { return checks::critical(rule, c, r); },
                                  [&](const AnalyzerFlagsCondition &c) { return checks::analyzerFlags(rule, c, r); },
                                  [&](const SerumIndexCondition &c) { return checks::serumIndex(rule, c, r, ctx.dossier->indices); },
                                  [&](const auto &) { return RuleOutcome{code, true, {}}; },
                              },
                              rule.condition);
        }
        return out;
    }
    return std::visit(Overloaded{
                          [&](const EdtaContaminationCondition &c) { return checks::edta(rule, c, ctx); },
                          [&](const RatioCondition &c) { return checks::ratio(rule, c, ctx); },
                          [&](const AnionGapCondition &c) { return checks::anionGap(rule, c, ctx); },
                          [&](const SumCondition &c) { return checks::sum(rule, c, ctx); },
                          [&](const DeltaScoreCondition &c) { return checks::deltaScore(rule, c, ctx); },
                          [&](const ConcordantChangeCondition &c) { return checks::concordantChange(rule, c, codes, ctx); },
                          [&](const auto &) { return QList<RuleOutcome>{}; },
                      },
                      rule.condition);
}

} // namespace sgl::domain::autoval
