#pragma once

#include "interop/astm/LinkOptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace sgl::interop::astm {

/** One outgoing frame's text and whether it closes its E1381 message (ETX) or not (ETB). */
struct FrameText {
    QByteArray text;
    bool last = true;
};

/**
 * E1381 frame arithmetic, shared by the sending side of LinkLayer, the simulators and the tests:
 * `STX FN text ETX|ETB C1 C2 CR LF`, checksum = sum of the bytes from FN through ETX/ETB
 * modulo 256 as two uppercase hex digits.
 */
class FrameCodec {
public:
    /** Sum modulo 256 of `bytes` (FN, text and the ETX/ETB byte). */
    [[nodiscard]] static quint8 checksum(QByteArrayView bytes);
    /** Two uppercase hex digits. */
    [[nodiscard]] static QByteArray checksumText(quint8 sum);
    /** Value of two hex digits, either case; nullopt when they are not hex. */
    [[nodiscard]] static std::optional<quint8> parseChecksum(char high, char low);
    /** A complete frame with frame number `fn` (0-7), CR LF trailer included. */
    [[nodiscard]] static QByteArray buildFrame(int fn, QByteArrayView text, bool last);
    /**
     * Cuts an E1394 message (records ended by CR) into frame texts of at most `maxText`
     * characters: one E1381 message per record or one for the whole, as `framing` says.
     */
    [[nodiscard]] static QList<FrameText> split(QByteArrayView message, int maxText,
                                                SendFraming framing);
};

} // namespace sgl::interop::astm
