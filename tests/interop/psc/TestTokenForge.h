#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

struct evp_pkey_st;

/**
 * Crafts JOSE tokens for the validator tests with OpenSSL directly (independent of the code under
 * test): an RSA key with its kid, its JWK, and compact tokens signed RS256 or HS256, or unsigned.
 */
class TestTokenForge
{
public:
    explicit TestTokenForge(QString kid);

    [[nodiscard]] const QString &kid() const { return m_kid; }
    /** {"kty":"RSA","use":"sig","kid":…,"n":…,"e":…} */
    [[nodiscard]] QJsonObject jwk() const;
    /** RS256 with this key; header gets alg RS256 and this kid unless header already has them. */
    [[nodiscard]] QByteArray rs256(const QJsonObject &payload, QJsonObject header = {}) const;
    /** HS256 keyed with the given secret (the "public key as HMAC secret" confusion attack). */
    [[nodiscard]] static QByteArray hs256(const QJsonObject &payload, const QByteArray &secret, const QString &kid);
    /** alg "none", empty signature. */
    [[nodiscard]] static QByteArray unsigned_(const QJsonObject &payload, const QString &kid);
    /** The JWKS document made of the given JWKs. */
    [[nodiscard]] static QByteArray jwks(std::initializer_list<QJsonObject> keys);

    static QByteArray b64(const QByteArray &data);

private:
    QString m_kid;
    std::shared_ptr<evp_pkey_st> m_key;
};
