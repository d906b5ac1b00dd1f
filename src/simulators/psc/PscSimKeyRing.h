#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace sgl::simulators::psc {

/**
 * The simulator's RS256 signing keys (RSA 2048, generated with OpenSSL at start, never written
 * anywhere). rotate() makes a new current key; the JWKS keeps the previous ones so that tokens
 * already issued still verify, as a real provider does during a rotation. Not thread-safe: the
 * handler locks around it.
 */
class PscSimKeyRing
{
public:
    /** Error: "sim.psc_keys" (OpenSSL could not generate the key). */
    [[nodiscard]] static domain::Result<PscSimKeyRing> create();
    [[nodiscard]] domain::Status rotate();

    [[nodiscard]] QString currentKeyId() const;
    /** base64url without padding (RFC 7515 §2), as in the JWS and JWKS members. */
    [[nodiscard]] static QByteArray base64Url(const QByteArray &data);
    /** Compact JWS: base64url(header {alg RS256, typ, kid}) . base64url(payload) . RS256 signature. */
    [[nodiscard]] QByteArray sign(const QJsonObject &payload, const QByteArray &type = QByteArrayLiteral("JWT")) const;
    /** {"keys":[{kty RSA, use sig, alg RS256, kid, n, e}, …]}, newest first. */
    [[nodiscard]] QByteArray jwks() const;
    /** PEM public key of a kid (for the openssl command line check in the tests). */
    [[nodiscard]] QByteArray publicKeyPem(const QString &kid) const;

private:
    struct Key {
        QString kid;
        std::shared_ptr<evp_pkey_st> pkey;
    };
    QList<Key> m_keys; ///< newest first
    int m_generation = 0;
};

} // namespace sgl::simulators::psc
