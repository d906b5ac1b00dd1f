#pragma once

#include "domain/Error.h"
#include "interop/astm/LinkEvent.h"
#include "interop/astm/LinkOptions.h"
#include "interop/astm/Message.h"
#include "interop/astm/TextEncoding.h"

#include <QByteArrayView>
#include <QList>

namespace sgl::interop::astm {

/** What a captured stream turned out to be. */
enum class StreamFormat {
    Framed,     ///< E1381 frames (with or without ENQ/EOT, ACK bytes of the other side mixed in)
    BareRecords ///< E1394 records with no low-level protocol
};

/** Everything a replay produced, in order. */
struct ReplayResult {
    StreamFormat format = StreamFormat::Framed;
    QList<Message> messages;
    QList<LinkEvent> linkEvents;        ///< framed only: what the live link would have logged
    QList<domain::Error> problems;      ///< records outside any message
    QByteArray replies;                 ///< framed only: what the live link would have answered
};

/**
 * Decodes a captured byte stream through exactly the live receiving path: a framed stream is
 * fed to a LinkLayer (its replies are collected, not sent; time does not pass, so no timer
 * fires) whose deliveries go to a MessageAssembler; a bare record stream goes to the same
 * MessageAssembler directly, as a link without the low-level protocol would. The format is
 * detected: any STX byte means framed. Fails with astm.empty_stream on empty input.
 */
class ReplayDecoder {
public:
    [[nodiscard]] static StreamFormat detect(QByteArrayView bytes);
    [[nodiscard]] static domain::Result<ReplayResult> replay(QByteArrayView bytes,
                                                             const LinkOptions &options = {},
                                                             TextEncoding encoding = TextEncoding::Latin1);
};

} // namespace sgl::interop::astm
