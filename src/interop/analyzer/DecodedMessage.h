#pragma once

#include "domain/analyzer/AnalyzerMessage.h"

#include <QByteArray>

namespace sgl::interop::analyzer {

/**
 * One instrument message as received and as read: `raw` is what is stored and shown for
 * diagnosis (ASTM: the E1394 records, each followed by CR; HL7: the message without MLLP
 * framing), `message` the neutral content. A message that could not be read at all still gives
 * a DecodedMessage whose `message.problems` say why and whose `complete` is false: nothing the
 * instrument sent is dropped.
 */
struct DecodedMessage {
    QByteArray raw;
    domain::analyzer::AnalyzerMessage message;
    QString messageType;   ///< HL7 MSH-9 ("OUL^R22"); ASTM record shape ("HPORRL")
};

} // namespace sgl::interop::analyzer
