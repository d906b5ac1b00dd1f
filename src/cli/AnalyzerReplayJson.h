#pragma once

#include "interop/analyzer/DecodedMessage.h"
#include "interop/astm/LinkEvent.h"
#include "workflow/analyzers/AnalyzerIngestion.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace sgl::cli {

/**
 * The JSON lines `sgl analyzer replay` prints (documented in docs/cli.md, "sgl analyzer replay"):
 * one object per line, member "type" first in meaning: "link" (an E1381 event the live link would
 * log), "message" (one instrument message: index, format, type, counts, problems), "result"
 * (one result with its fate: stored, held, qc, ignored, duplicate), "query" (one host query and
 * the answer), "summary" (totals). Keys are stable; values from the instrument are as read.
 */
class AnalyzerReplayJson {
public:
    [[nodiscard]] static QJsonObject linkEvent(const interop::astm::LinkEvent &event);
    [[nodiscard]] static QJsonObject message(const interop::analyzer::DecodedMessage &decoded,
                                             const workflow::analyzers::IngestOutcome &outcome, bool dryRun);
    [[nodiscard]] static QJsonObject result(int messageIndex, const workflow::analyzers::IngestedItem &item);
    [[nodiscard]] static QJsonObject query(const domain::analyzer::MappedQuery &query,
                                           const std::optional<QStringList> &orderedTests, bool answered);
    [[nodiscard]] static QJsonObject error(const domain::Error &error);
    [[nodiscard]] static QByteArray line(const QJsonObject &object);
};

} // namespace sgl::cli
