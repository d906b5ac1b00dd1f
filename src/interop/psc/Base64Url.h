#pragma once

#include <QByteArray>

#include <optional>

namespace sgl::interop::psc {

/**
 * base64url without padding (RFC 7515 §2), as JOSE uses it.
 *
 * decode() is strict: only [A-Za-z0-9_-], no '=' padding, no whitespace, a length that is not
 * 1 modulo 4, and canonical trailing bits (re-encoding gives back the input). Anything else gives
 * nullopt: two spellings of one signature would let a tampered token pass a cache or a log check.
 */
class Base64Url
{
public:
    [[nodiscard]] static QByteArray encode(const QByteArray &data);
    [[nodiscard]] static std::optional<QByteArray> decode(QByteArrayView text);
};

} // namespace sgl::interop::psc
