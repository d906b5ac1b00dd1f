#pragma once

#include "domain/analyzer/AnalyzerQuery.h"
#include "domain/Error.h"
#include "interop/hl7v2/Message.h"

namespace sgl::interop::hl7v2 {

/**
 * Reads an IHE LAW LAB-27 query QBP^Q11 (also sent as QBP^WOS by some analyzers): query name
 * QPD-1.1, tag QPD-2 (echoed in QAK-1), specimen QPD-3.1. Fails with
 * hl7v2.unsupported_message_type (MSH^1^9), hl7v2.missing_segment (QPD^1) or
 * hl7v2.missing_required_field (QPD^1^2 tag, QPD^1^3 specimen).
 */
class LawQueryReader {
public:
    [[nodiscard]] static domain::Result<domain::analyzer::AnalyzerQuery> read(const Message &message);
};

} // namespace sgl::interop::hl7v2
