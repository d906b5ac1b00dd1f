#include "interop/psc/Base64Url.h"

namespace sgl::interop::psc {

QByteArray Base64Url::encode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> Base64Url::decode(QByteArrayView text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_';
        if (!ok)
            return std::nullopt;
    }
    const QByteArray input = text.toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(input, QByteArray::Base64UrlEncoding
                                                             | QByteArray::OmitTrailingEquals
                                                             | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    if (encode(decoded.decoded) != input) // non-zero trailing bits: not the canonical spelling
        return std::nullopt;
    return decoded.decoded;
}

} // namespace sgl::interop::psc
