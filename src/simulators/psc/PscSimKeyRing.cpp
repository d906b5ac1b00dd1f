#include "simulators/psc/PscSimKeyRing.h"

#include "simulators/psc/ErrorCodes.h"
#include "simulators/psc/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace sgl::simulators::psc {

using namespace Qt::StringLiterals;

namespace {

QByteArray bigNumber(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

} // namespace

domain::Result<PscSimKeyRing> PscSimKeyRing::create()
{
    PscSimKeyRing ring;
    if (auto ok = ring.rotate(); !ok)
        return std::unexpected(ok.error());
    return ring;
}

domain::Status PscSimKeyRing::rotate()
{
    EVP_PKEY *key = EVP_RSA_gen(2048);
    if (key == nullptr)
        return domain::fail(errc::SimPscKeys, Tr::tr("Le simulateur PSC ne peut pas générer sa clé de signature RSA."));
    ++m_generation;
    // Keycloak kids are opaque; a generation prefix makes rotations readable in test logs.
    const QString kid = QStringLiteral("sim-%1-%2").arg(m_generation).arg(
        QUuid::createUuid().toString(QUuid::Id128).left(12));
    m_keys.prepend({kid, std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free)});
    while (m_keys.size() > 3) // old enough keys leave the JWKS, as in a real rotation
        m_keys.removeLast();
    return {};
}

QString PscSimKeyRing::currentKeyId() const
{
    return m_keys.isEmpty() ? QString() : m_keys.first().kid;
}

QByteArray PscSimKeyRing::sign(const QJsonObject &payload, const QByteArray &type) const
{
    const Key &key = m_keys.first();
    const QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"typ"_s, QString::fromLatin1(type)}, {u"kid"_s, key.kid}};
    const QByteArray input = PscSimKeyRing::base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + PscSimKeyRing::base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (md != nullptr && EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, key.pkey.get()) == 1
        && EVP_DigestSign(md, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                          static_cast<size_t>(input.size())) == 1) {
        signature.resize(static_cast<qsizetype>(length));
        if (EVP_DigestSign(md, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<size_t>(input.size())) == 1)
            signature.resize(static_cast<qsizetype>(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(md);
    return input + '.' + PscSimKeyRing::base64Url(signature);
}

QByteArray PscSimKeyRing::jwks() const
{
    QJsonArray keys;
    for (const Key &key : m_keys)
        keys.append(QJsonObject{{u"kty"_s, u"RSA"_s},
                                {u"use"_s, u"sig"_s},
                                {u"alg"_s, u"RS256"_s},
                                {u"kid"_s, key.kid},
                                {u"n"_s, QString::fromLatin1(PscSimKeyRing::base64Url(bigNumber(key.pkey.get(), OSSL_PKEY_PARAM_RSA_N)))},
                                {u"e"_s, QString::fromLatin1(PscSimKeyRing::base64Url(bigNumber(key.pkey.get(), OSSL_PKEY_PARAM_RSA_E)))}});
    return QJsonDocument(QJsonObject{{u"keys"_s, keys}}).toJson(QJsonDocument::Compact);
}

QByteArray PscSimKeyRing::publicKeyPem(const QString &kid) const
{
    for (const Key &key : m_keys) {
        if (key.kid != kid)
            continue;
        BIO *bio = BIO_new(BIO_s_mem());
        QByteArray pem;
        if (bio != nullptr && PEM_write_bio_PUBKEY(bio, key.pkey.get()) == 1) {
            char *data = nullptr;
            const long n = BIO_get_mem_data(bio, &data);
            pem = QByteArray(data, static_cast<qsizetype>(n));
        }
        BIO_free(bio);
        return pem;
    }
    return {};
}

QByteArray PscSimKeyRing::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace sgl::simulators::psc
