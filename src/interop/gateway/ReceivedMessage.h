#pragma once

#include "domain/analyzer/AnalyzerMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sgl::interop::gateway {

/**
 * One message an analyzer sent, as the connection hands it to the gateway's handler.
 * `raw` is the E1394 text of the message (records ended by CR, frames and checksums removed) or
 * the HL7 bytes without MLLP framing; `decoded` is the neutral reading (astm::ResultExtractor,
 * hl7v2::LawResultReader / LawQueryReader). An HL7 message the parser refused arrives too, with
 * the parser's error in decoded.problems and decoded.complete false: nothing is dropped.
 */
struct ReceivedMessage {
    QByteArray raw;
    QString peer;                                ///< "127.0.0.1:40312", "/dev/ttyUSB0"
    QDateTime receivedAt;                        ///< UTC
    domain::analyzer::AnalyzerMessage decoded;
};

} // namespace sgl::interop::gateway
