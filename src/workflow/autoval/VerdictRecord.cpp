#include "workflow/autoval/VerdictRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sgl::workflow::autoval {

using namespace sgl::domain;
namespace av = sgl::domain::autoval;

namespace {

QJsonArray holdsJson(const QList<av::HoldReason> &holds)
{
    QJsonArray out;
    for (const av::HoldReason &h : holds)
        out.append(QJsonObject{{QStringLiteral("rule"), h.ruleId},
                               {QStringLiteral("label"), h.ruleLabel},
                               {QStringLiteral("analysis"), h.analysisCode},
                               {QStringLiteral("values"), h.values},
                               {QStringLiteral("threshold"), h.threshold},
                               {QStringLiteral("text"), h.text},
                               {QStringLiteral("builtIn"), h.builtIn}});
    return out;
}

} // namespace

QByteArray VerdictRecord::toJson(const av::DossierVerdict &v)
{
    QJsonArray analyses;
    for (const av::AnalysisVerdict &a : v.analyses)
        analyses.append(QJsonObject{{QStringLiteral("resultId"), a.resultId},
                                    {QStringLiteral("analysis"), a.analysisCode},
                                    {QStringLiteral("release"), a.release},
                                    {QStringLiteral("passed"), QJsonArray::fromStringList(a.passedRules)},
                                    {QStringLiteral("holds"), holdsJson(a.holds)},
                                    {QStringLiteral("waived"), holdsJson(a.waived)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("release"), v.release},
                                     {QStringLiteral("analyses"), analyses},
                                     {QStringLiteral("holds"), holdsJson(v.holds)}})
        .toJson(QJsonDocument::Compact);
}

void VerdictRecord::fill(storage::AutovalEvaluationRow &row, const av::DossierVerdict &v, const validation::DossierFacts &f)
{
    row.released = v.release;
    row.verdictJson = toJson(v);
    QHash<QString, qint64> resultOf;
    QHash<qint64, QString> benchOf;
    for (const LabResult &r : f.results) {
        if (r.state == ValidationState::Cancelled)
            continue;
        resultOf.insert(r.analysisCode, r.id);
        benchOf.insert(r.id, r.bench);
    }
    for (const av::AnalysisVerdict &a : v.analyses) {
        storage::AutovalResultVerdictRow r;
        r.resultId = a.resultId;
        r.analysisCode = a.analysisCode;
        r.benchCode = benchOf.value(a.resultId);
        r.released = a.release;
        QSet<QString> held;
        for (const av::HoldReason &h : a.holds)
            if (!held.contains(h.ruleId)) {
                held.insert(h.ruleId);
                r.holdRules << h.ruleId;
            }
        r.appliedRules = a.passedRules;
        for (const QString &id : r.holdRules)
            if (!r.appliedRules.contains(id))
                r.appliedRules << id;
        row.results << r;
    }
    for (const av::HoldReason &h : v.holds)
        row.holds << storage::AutovalHoldRow{h.analysisCode.isEmpty() ? 0 : resultOf.value(h.analysisCode), h.analysisCode,
                                             h.ruleId, h.ruleLabel, h.text};
}

} // namespace sgl::workflow::autoval
