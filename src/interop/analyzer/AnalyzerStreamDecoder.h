#pragma once

#include "domain/Error.h"
#include "domain/analyzer/AnalyzerProfile.h"
#include "interop/analyzer/DecodedMessage.h"
#include "interop/astm/LinkEvent.h"
#include "interop/astm/LinkOptions.h"
#include "interop/astm/Message.h"
#include "interop/astm/TextEncoding.h"

#include <QByteArray>
#include <QList>

namespace sgl::interop::analyzer {

/** Everything one captured stream gave, in order. */
struct DecodedStream {
    QList<DecodedMessage> messages;
    QList<astm::LinkEvent> linkEvents;   ///< ASTM framed streams: what the live link would have logged
    QList<domain::Error> problems;       ///< bytes outside any message (ASTM records before an H...)
    QByteArray replies;                  ///< ASTM framed streams: what the live link would have answered
    QString format;                      ///< "astm-framed", "astm-bare", "hl7-mllp", "hl7-bare"
};

/**
 * Reads instrument bytes into neutral messages, the same way for a live link and for a replayed
 * capture (issue 11 §7: "exactly the code path of a live link").
 *
 * Contract: decode() takes a whole captured stream of the profile's protocol — ASTM through
 * astm::ReplayDecoder (a LinkLayer with the profile's frame number policy and text encoding,
 * then the MessageAssembler), HL7 through Hl7StreamSplitter — and returns one DecodedMessage per
 * message, never fewer; fails only on an empty stream (astm.empty_stream, analyzer.empty_capture for HL7). fromAstm() and
 * fromHl7() are the per-message steps the live gateway calls: an HL7 message that does not
 * parse, or whose type is neither OUL^R22 nor QBP^Q11, gives a DecodedMessage whose problems
 * name the error (code, ERL location) and whose `complete` is false.
 */
class AnalyzerStreamDecoder {
public:
    [[nodiscard]] static domain::Result<DecodedStream> decode(QByteArrayView bytes,
                                                              const domain::analyzer::AnalyzerProfile &profile);
    [[nodiscard]] static DecodedMessage fromAstm(const astm::Message &message);
    [[nodiscard]] static DecodedMessage fromHl7(const QByteArray &raw, int messageIndex);

    [[nodiscard]] static astm::LinkOptions linkOptionsFor(const domain::analyzer::AnalyzerProfile &profile);
    [[nodiscard]] static astm::TextEncoding encodingFor(const domain::analyzer::AnalyzerProfile &profile);
};

} // namespace sgl::interop::analyzer
