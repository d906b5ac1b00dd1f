#pragma once

#include "domain/Error.h"
#include "interop/hl7v2/Message.h"

#include <QByteArray>

namespace sgl::interop::hl7v2 {

/**
 * Writes a Message as ER7 bytes: segments terminated by CR (never LF on the wire), text encoded
 * in the message charset. Fails rather than substituting when a character cannot be encoded.
 */
class Serializer {
public:
    [[nodiscard]] static domain::Result<QByteArray> toBytes(const Message &message);
};

} // namespace sgl::interop::hl7v2
