#include "interop/hl7v2/Serializer.h"

namespace sgl::interop::hl7v2 {

domain::Result<QByteArray> Serializer::toBytes(const Message &message)
{
    return encodeText(message.toEr7(u'\r'), message.charset());
}

} // namespace sgl::interop::hl7v2
