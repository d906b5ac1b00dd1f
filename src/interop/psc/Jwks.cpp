#include "interop/psc/Jwks.h"

#include "interop/psc/Base64Url.h"
#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace sgl::interop::psc {

namespace {

struct BnFree {
    void operator()(BIGNUM *b) const { BN_free(b); }
};
struct BldFree {
    void operator()(OSSL_PARAM_BLD *b) const { OSSL_PARAM_BLD_free(b); }
};
struct ParamFree {
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
};
struct CtxFree {
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

std::shared_ptr<EVP_PKEY> rsaPublicKey(const QByteArray &n, const QByteArray &e)
{
    std::unique_ptr<BIGNUM, BnFree> bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()),
                                                 static_cast<int>(n.size()), nullptr));
    std::unique_ptr<BIGNUM, BnFree> be(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()),
                                                 static_cast<int>(e.size()), nullptr));
    std::unique_ptr<OSSL_PARAM_BLD, BldFree> bld(OSSL_PARAM_BLD_new());
    if (!bn || !be || !bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bn.get()) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, be.get()) != 1)
        return nullptr;
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld.get()));
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

} // namespace

domain::Result<Jwks> Jwks::parse(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(u"keys").isArray())
        return domain::fail(errc::Jwks, Tr::tr("Jeu de clés (JWKS) Pro Santé Connect illisible : "
                                               "objet JSON avec un tableau « keys » attendu."));
    Jwks jwks;
    for (const QJsonValue &value : doc.object().value(u"keys").toArray()) {
        const QJsonObject key = value.toObject();
        const QString kid = key.value(u"kid").toString();
        if (key.value(u"kty").toString() != QLatin1String("RSA") || kid.isEmpty()
            || key.value(u"use").toString(QStringLiteral("sig")) != QLatin1String("sig"))
            continue;
        const auto n = Base64Url::decode(key.value(u"n").toString().toLatin1());
        const auto e = Base64Url::decode(key.value(u"e").toString().toLatin1());
        if (!n || !e || n->isEmpty() || e->isEmpty())
            return domain::fail(errc::Jwks,
                                Tr::tr("Jeu de clés (JWKS) Pro Santé Connect illisible : module ou exposant de la "
                                       "clé kid=%1 mal encodé.").arg(kid), kid);
        auto pkey = rsaPublicKey(*n, *e);
        if (!pkey)
            return domain::fail(errc::Jwks,
                                Tr::tr("Jeu de clés (JWKS) Pro Santé Connect illisible : clé RSA kid=%1 refusée "
                                       "par OpenSSL.").arg(kid), kid);
        jwks.m_keys.insert(kid, std::move(pkey));
    }
    if (jwks.m_keys.isEmpty())
        return domain::fail(errc::Jwks, Tr::tr("Jeu de clés (JWKS) Pro Santé Connect sans clé RSA de signature."));
    return jwks;
}

domain::Status Jwks::verifyRs256(const QString &kid, const QByteArray &signingInput, const QByteArray &signature) const
{
    const auto found = m_keys.constFind(kid);
    if (found == m_keys.constEnd())
        return domain::fail(errc::TokenKeyUnknown, Tr::tr("clé kid=%1 absente du JWKS de Pro Santé Connect "
                                                          "(clés connues : %2)")
                                                       .arg(kid, keyIds().join(QStringLiteral(", "))), kid);
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> md(EVP_MD_CTX_new());
    // EVP_DigestVerifyInit with an RSA key defaults to PKCS#1 v1.5 padding: exactly RS256.
    const bool ok = md && EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, found->get()) == 1
                    && EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                        static_cast<size_t>(signature.size()),
                                        reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                        static_cast<size_t>(signingInput.size())) == 1;
    if (!ok)
        return domain::fail(errc::TokenSignature,
                            Tr::tr("Signature du jeton invalide (jeton altéré ou signé par une autre clé que kid=%1).")
                                .arg(kid), kid);
    return {};
}

} // namespace sgl::interop::psc
