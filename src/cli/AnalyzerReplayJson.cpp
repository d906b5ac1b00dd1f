#include "cli/AnalyzerReplayJson.h"

#include "domain/analyzer/SampleKind.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sgl::cli {

using workflow::analyzers::ItemFate;

namespace {

QString fateName(ItemFate fate)
{
    switch (fate) {
    case ItemFate::Stored: return u"stored"_s;
    case ItemFate::Held: return u"held"_s;
    case ItemFate::Qc: return u"qc"_s;
    case ItemFate::Ignored: return u"ignored"_s;
    case ItemFate::Duplicate: return u"duplicate"_s;
    }
    return {};
}

QString severityName(interop::astm::LinkEvent::Severity s)
{
    switch (s) {
    case interop::astm::LinkEvent::Severity::Info: return u"info"_s;
    case interop::astm::LinkEvent::Severity::Warning: return u"warning"_s;
    case interop::astm::LinkEvent::Severity::Error: return u"error"_s;
    }
    return {};
}

} // namespace

QJsonObject AnalyzerReplayJson::error(const domain::Error &error)
{
    QJsonObject o{{u"code"_s, error.code}, {u"message"_s, error.message}};
    if (!error.location.isEmpty())
        o.insert(u"location"_s, error.location);
    return o;
}

QJsonObject AnalyzerReplayJson::linkEvent(const interop::astm::LinkEvent &event)
{
    QJsonObject o{{u"type"_s, u"link"_s}, {u"severity"_s, severityName(event.severity)},
                  {u"code"_s, event.code}, {u"message"_s, event.message}};
    if (!event.location.isEmpty())
        o.insert(u"location"_s, event.location);
    return o;
}

QJsonObject AnalyzerReplayJson::message(const interop::analyzer::DecodedMessage &decoded,
                                        const workflow::analyzers::IngestOutcome &outcome, bool dryRun)
{
    const auto &m = decoded.message;
    QJsonArray problems;
    for (const domain::Error &e : m.problems)
        problems.append(error(e));
    QJsonObject o{{u"type"_s, u"message"_s},
                  {u"message"_s, m.messageIndex},
                  {u"messageType"_s, decoded.messageType},
                  {u"sender"_s, m.senderName},
                  {u"controlId"_s, m.controlId},
                  {u"complete"_s, m.complete},
                  {u"results"_s, int(m.results.size())},
                  {u"queries"_s, int(m.queries.size())},
                  {u"bytes"_s, int(decoded.raw.size())},
                  {u"duplicate"_s, outcome.duplicateMessage},
                  {u"dryRun"_s, dryRun},
                  {u"problems"_s, problems}};
    if (outcome.messageId > 0)
        o.insert(u"messageId"_s, outcome.messageId);
    return o;
}

QJsonObject AnalyzerReplayJson::result(int messageIndex, const workflow::analyzers::IngestedItem &item)
{
    const auto &r = item.result;
    QJsonArray flags;
    for (const QString &f : r.instrumentFlags)
        flags.append(f);
    QJsonObject o{{u"type"_s, u"result"_s},
                  {u"message"_s, messageIndex},
                  {u"source"_s, r.raw.source.toString()},
                  {u"specimen"_s, r.specimenId},
                  {u"test"_s, r.testCode},
                  {u"analysis"_s, r.analysisCode},
                  {u"value"_s, r.valueText},
                  {u"rawValue"_s, r.raw.value},
                  {u"units"_s, r.raw.units},
                  {u"flag"_s, r.abnormalFlag.value_or(QString())},
                  {u"instrumentFlags"_s, flags},
                  {u"kind"_s, domain::analyzer::sampleKindName(r.sampleKind)},
                  {u"observedAt"_s, r.observedAt.isValid() ? r.observedAt.toUTC().toString(Qt::ISODate) : QString()},
                  {u"instrument"_s, r.instrumentId},
                  {u"fate"_s, fateName(item.fate)}};
    if (item.reason)
        o.insert(u"reason"_s, error(*item.reason));
    if (!item.dossierNumber.isEmpty())
        o.insert(u"dossier"_s, item.dossierNumber);
    if (item.resultId > 0)
        o.insert(u"resultId"_s, item.resultId);
    if (item.heldId > 0)
        o.insert(u"heldId"_s, item.heldId);
    return o;
}

QJsonObject AnalyzerReplayJson::query(const domain::analyzer::MappedQuery &query,
                                      const std::optional<QStringList> &orderedTests, bool answered)
{
    QJsonObject o{{u"type"_s, u"query"_s},
                  {u"message"_s, query.raw.source.messageIndex},
                  {u"source"_s, query.raw.source.toString()},
                  {u"specimen"_s, query.specimenId}};
    if (!answered) {
        o.insert(u"answer"_s, QJsonValue::Null);
    } else if (!orderedTests) {
        o.insert(u"answer"_s, u"no_order"_s);
    } else {
        o.insert(u"answer"_s, u"order"_s);
        o.insert(u"tests"_s, QJsonArray::fromStringList(*orderedTests));
    }
    return o;
}

QByteArray AnalyzerReplayJson::line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace sgl::cli
