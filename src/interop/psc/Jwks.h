#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace sgl::interop::psc {

/**
 * The provider's signing keys (JWKS, RFC 7517), RSA only, indexed by "kid". Keys of another type,
 * without kid, or meant for encryption ("use": "enc") are skipped; a provider rotating its keys
 * publishes old and new ones side by side, so a token is matched by kid only, never by position.
 *
 * parse() errors: "psc.jwks" (not JSON, no "keys" array, no usable RSA signing key, modulus or
 * exponent badly encoded). verifyRs256() errors: "psc.token_key_unknown" (kid absent),
 * "psc.token_signature" (RSASSA-PKCS1-v1_5 SHA-256 check failed, with OpenSSL's EVP_DigestVerify).
 */
class Jwks
{
public:
    [[nodiscard]] static domain::Result<Jwks> parse(const QByteArray &json);

    [[nodiscard]] bool contains(const QString &kid) const { return m_keys.contains(kid); }
    [[nodiscard]] QStringList keyIds() const { return m_keys.keys(); }
    [[nodiscard]] domain::Status verifyRs256(const QString &kid, const QByteArray &signingInput,
                                             const QByteArray &signature) const;

private:
    QMap<QString, std::shared_ptr<evp_pkey_st>> m_keys;
};

} // namespace sgl::interop::psc
