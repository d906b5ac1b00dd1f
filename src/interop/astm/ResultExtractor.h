#pragma once

#include "domain/analyzer/AnalyzerMessage.h"
#include "interop/astm/Message.h"

namespace sgl::interop::astm {

/**
 * Reads the neutral, unmapped content of an E1394 message: one AnalyzerResult per R record
 * (with the P and O records above it and the C records after it), one AnalyzerQuery per
 * repeat of each Q record's start range. Positions are the LIS2-A2 ones (specimen O-3.1,
 * test code, value R-4...); a profile picks other positions later. The message's errors
 * and warnings become `problems`; `complete` is false without an L record or when aborted.
 */
class ResultExtractor {
public:
    [[nodiscard]] static domain::analyzer::AnalyzerMessage extract(const Message &message);
};

} // namespace sgl::interop::astm
