#include "TestTokenForge.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray bn(EVP_PKEY *key, const char *name)
{
    BIGNUM *b = nullptr;
    EVP_PKEY_get_bn_param(key, name, &b);
    QByteArray out(BN_num_bytes(b), '\0');
    BN_bn2bin(b, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(b);
    return out;
}

} // namespace

QByteArray TestTokenForge::b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

TestTokenForge::TestTokenForge(QString kid) : m_kid(std::move(kid)), m_key(EVP_RSA_gen(2048), EVP_PKEY_free) {}

QJsonObject TestTokenForge::jwk() const
{
    return {{QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("kid"), m_kid},
            {QStringLiteral("n"), QString::fromLatin1(b64(bn(m_key.get(), OSSL_PKEY_PARAM_RSA_N)))},
            {QStringLiteral("e"), QString::fromLatin1(b64(bn(m_key.get(), OSSL_PKEY_PARAM_RSA_E)))}};
}

QByteArray TestTokenForge::rs256(const QJsonObject &payload, QJsonObject header) const
{
    if (!header.contains(QStringLiteral("alg")))
        header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    if (!header.contains(QStringLiteral("kid")))
        header.insert(QStringLiteral("kid"), m_kid);
    const QByteArray input = b64(compact(header)) + '.' + b64(compact(payload));
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    size_t len = 0;
    EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, m_key.get());
    EVP_DigestSign(md, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()),
                   static_cast<size_t>(input.size()));
    QByteArray sig(static_cast<qsizetype>(len), '\0');
    EVP_DigestSign(md, reinterpret_cast<unsigned char *>(sig.data()), &len,
                   reinterpret_cast<const unsigned char *>(input.constData()), static_cast<size_t>(input.size()));
    EVP_MD_CTX_free(md);
    sig.resize(static_cast<qsizetype>(len));
    return input + '.' + b64(sig);
}

QByteArray TestTokenForge::hs256(const QJsonObject &payload, const QByteArray &secret, const QString &kid)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), kid}};
    const QByteArray input = b64(compact(header)) + '.' + b64(compact(payload));
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), secret.constData(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char *>(input.constData()), static_cast<size_t>(input.size()), mac, &len);
    return input + '.' + b64(QByteArray(reinterpret_cast<const char *>(mac), static_cast<qsizetype>(len)));
}

QByteArray TestTokenForge::unsigned_(const QJsonObject &payload, const QString &kid)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("none")}, {QStringLiteral("kid"), kid}};
    return b64(compact(header)) + '.' + b64(compact(payload)) + '.';
}

QByteArray TestTokenForge::jwks(std::initializer_list<QJsonObject> keys)
{
    QJsonArray array;
    for (const QJsonObject &k : keys)
        array.append(k);
    return compact(QJsonObject{{QStringLiteral("keys"), array}});
}
