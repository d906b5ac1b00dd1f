#pragma once

#include <QByteArray>
#include <QList>

namespace sgl::interop::analyzer {

/**
 * Cuts a captured HL7 v2 stream into messages: MLLP-framed (VT ... FS CR, through
 * hl7v2::MllpCodec, bytes outside frames discarded) when it holds a VT byte, otherwise bare
 * ER7 text where each message starts at a segment "MSH" at the beginning of a line (CR, LF or
 * CRLF). Leading blank lines and a UTF-8 BOM before the first MSH are skipped; any other bytes
 * before it are returned as a message of their own so the parser refuses them by name.
 */
class Hl7StreamSplitter {
public:
    [[nodiscard]] static QList<QByteArray> split(const QByteArray &stream);
};

} // namespace sgl::interop::analyzer
