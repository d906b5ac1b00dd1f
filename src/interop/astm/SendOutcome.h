#pragma once

#include <QString>

namespace sgl::interop::astm {

/** Fate of one message queued with LinkLayer::send(). */
struct SendOutcome {
    quint64 id = 0;
    bool delivered = false;
    QString errorCode; ///< errc code when not delivered (send_aborted, reply_timeout, connection_lost)
};

} // namespace sgl::interop::astm
