#pragma once

#include <QByteArray>

namespace sgl::interop::astm {

/**
 * What the receiving side hands upwards, in order: the text of each complete E1381 message
 * (frames up to ETX, FN and checksums removed), and how each transfer ended.
 */
struct LinkDelivery {
    enum class Kind {
        Message,         ///< `text` holds one complete E1381 message
        EndOfTransfer,   ///< EOT (or end of replayed input) after complete messages only
        TransferAborted  ///< receive timeout, lost connection, or a partial message discarded
    };
    Kind kind = Kind::Message;
    QByteArray text;
};

} // namespace sgl::interop::astm
