#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QJsonObject>

namespace sgl::interop::psc {

/**
 * A compact JWS (header.payload.signature) split and decoded, NOT verified: only Jwks::verify and
 * IdTokenValidator say whether it can be trusted.
 *
 * parse() errors: "psc.token_malformed" (not three parts, strict base64url refused, header or
 * payload not a JSON object, signature not base64url). The message names the part at fault.
 */
struct Jwt {
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; ///< "<header b64>.<payload b64>" exactly as received (what was signed)
    QByteArray signature;    ///< raw signature bytes

    [[nodiscard]] QString algorithm() const;
    [[nodiscard]] QString keyId() const;

    [[nodiscard]] static domain::Result<Jwt> parse(const QByteArray &compact);
};

} // namespace sgl::interop::psc
