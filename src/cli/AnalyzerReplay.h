#pragma once

#include "cli/CommandContext.h"

#include <QStringList>

namespace sgl::cli {

/**
 * `sgl analyzer replay --profile NAME FILE [--dry-run] [--user LOGIN]`: a captured byte stream
 * fed through the live gateway's code path (interop::analyzer::AnalyzerStreamDecoder, the
 * profile's ProfileMapper, workflow::analyzers::AnalyzerIngestion, AnalyzerOrders for queries),
 * printed as JSON lines (AnalyzerReplayJson). With --dry-run nothing is written (queries are then
 * not answered: answering reads patient data and is audited).
 */
class AnalyzerReplay {
public:
    [[nodiscard]] static int run(CommandContext &ctx, const QStringList &args);
};

} // namespace sgl::cli
