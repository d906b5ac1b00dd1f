#include "interop/cps/CpsCard.h"

#include "interop/cps/CpsFailure.h"
#include "interop/cps/ErrorCodes.h"
#include "interop/cps/Tr.h"

#include <QFile>
#include <QFileInfo>

#include <libp11.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace sgl::interop::cps {

struct CpsCard::Impl {
    PKCS11_CTX *ctx = nullptr;
    bool loaded = false;
    PKCS11_SLOT *slotList = nullptr;
    unsigned int slotCount = 0;
    PKCS11_SLOT *slot = nullptr;
    PKCS11_CERT *cert = nullptr;
    EVP_PKEY *privateKey = nullptr;
    bool loggedIn = false;
    CpsCertificate certificate;

    ~Impl()
    {
        // The key handle refers to the session: free it first, log out, then drop slotList and module.
        if (privateKey != nullptr)
            EVP_PKEY_free(privateKey);
        if (loggedIn && slot != nullptr)
            PKCS11_logout(slot);
        if (slotList != nullptr)
            PKCS11_release_all_slots(ctx, slotList, slotCount);
        if (loaded)
            PKCS11_CTX_unload(ctx);
        if (ctx != nullptr)
            PKCS11_CTX_free(ctx);
        ERR_clear_error();
    }
};

namespace {

QByteArray certificateDer(X509 *x)
{
    unsigned char *der = nullptr;
    const int len = i2d_X509(x, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace

CpsCard::CpsCard(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

CpsCard::~CpsCard() = default;

domain::Result<std::unique_ptr<CpsCard::Impl>> CpsCard::openToken(const CpsSettings &settings, const QDateTime &at)
{
    const QString path = settings.modulePath.trimmed();
    if (path.isEmpty())
        return domain::fail(errc::NoModule,
                            Tr::tr("Aucun module PKCS#11 de carte CPS n'est paramétré sur ce poste (Réglages ▸ Carte CPS)."),
                            {});
    if (!QFileInfo(path).isFile())
        return domain::fail(errc::NoModule,
                            Tr::tr("Module PKCS#11 de la carte CPS introuvable : %1 (vérifiez l'installation du logiciel "
                                   "de la carte CPS).").arg(path),
                            path);
    auto impl = std::make_unique<Impl>();
    impl->ctx = PKCS11_CTX_new();
    if (impl->ctx == nullptr)
        return std::unexpected(CpsFailure::fromCkr(CpsFailure::lastCkr()));
    ERR_clear_error();
    if (PKCS11_CTX_load(impl->ctx, QFile::encodeName(path).constData()) != 0)
        return domain::fail(errc::NoModule,
                            Tr::tr("Le fichier %1 n'est pas un module PKCS#11 utilisable pour la carte CPS.").arg(path), path);
    impl->loaded = true;
    if (PKCS11_enumerate_slots(impl->ctx, &impl->slotList, &impl->slotCount) != 0)
        return std::unexpected(CpsFailure::fromCkr(CpsFailure::lastCkr()));
    const QByteArray wanted = settings.tokenLabel.trimmed().toUtf8();
    for (unsigned int i = 0; i < impl->slotCount && impl->slot == nullptr; ++i) {
        PKCS11_SLOT *s = &impl->slotList[i];
        // A reader without card has no token; a blank token (SoftHSM's free slot) is no card either.
        if (s->token == nullptr || s->token->initialized == 0)
            continue;
        if (!wanted.isEmpty() && QByteArray(s->token->label).trimmed() != wanted)
            continue;
        impl->slot = s;
    }
    if (impl->slot == nullptr)
        return std::unexpected(CpsFailure::removed());

    PKCS11_CERT *certs = nullptr;
    unsigned int certCount = 0;
    ERR_clear_error();
    if (PKCS11_enumerate_certs(impl->slot->token, &certs, &certCount) != 0)
        return std::unexpected(CpsFailure::fromCkr(CpsFailure::lastCkr()));
    for (unsigned int i = 0; i < certCount && impl->cert == nullptr; ++i) {
        if (certs[i].x509 == nullptr)
            continue;
        auto parsed = CpsCertificate::fromDer(certificateDer(certs[i].x509));
        if (!parsed || !parsed->isAuthentication())
            continue;
        parsed->label = QString::fromUtf8(certs[i].label);
        impl->cert = &certs[i];
        impl->certificate = std::move(*parsed);
    }
    if (impl->cert == nullptr)
        return domain::fail(errc::NoAuthCertificate,
                            Tr::tr("La carte CPS ne contient aucun certificat d'authentification lisible."), {});
    if (auto valid = impl->certificate.checkValidity(at); !valid)
        return std::unexpected(valid.error());
    return impl;
}

domain::Result<CpsCertificate> CpsCard::inspect(const CpsSettings &settings, const QDateTime &at)
{
    auto impl = openToken(settings, at);
    if (!impl)
        return std::unexpected(impl.error());
    return (*impl)->certificate;
}

domain::Result<std::unique_ptr<CpsCard>> CpsCard::open(const CpsSettings &settings, CpsPin pin, const QDateTime &at)
{
    auto opened = openToken(settings, at);
    if (!opened) {
        pin.wipe();
        return std::unexpected(opened.error());
    }
    std::unique_ptr<Impl> impl = std::move(*opened);
    if (impl->slot->token->userPinLocked != 0) {
        pin.wipe();
        return std::unexpected(CpsFailure::locked());
    }
    if (pin.isEmpty())
        return domain::fail(errc::PinRequired, Tr::tr("Saisissez le code porteur de la carte CPS."), {});
    ERR_clear_error();
    int rc = PKCS11_open_session(impl->slot, 0);
    if (rc == 0)
        rc = PKCS11_login(impl->slot, 0, pin.data());
    pin.wipe();
    if (rc != 0)
        return std::unexpected(CpsFailure::fromCkr(CpsFailure::lastCkr()));
    impl->loggedIn = true;
    PKCS11_KEY *key = PKCS11_find_key(impl->cert);
    EVP_PKEY *pkey = key != nullptr ? PKCS11_get_private_key(key) : nullptr;
    if (pkey == nullptr)
        return domain::fail(errc::PrivateKeyMissing,
                            Tr::tr("La clé privée du certificat d'authentification est introuvable sur la carte CPS."), {});
    impl->privateKey = pkey;
    return std::unique_ptr<CpsCard>(new CpsCard(std::move(impl)));
}

const CpsCertificate &CpsCard::certificate() const
{
    return m_impl->certificate;
}

domain::Result<QByteArray> CpsCard::sign(const QByteArray &data) const
{
    ERR_clear_error();
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    bool ok = md != nullptr && EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, m_impl->privateKey) == 1
              && EVP_DigestSignUpdate(md, data.constData(), static_cast<size_t>(data.size())) == 1
              && EVP_DigestSignFinal(md, nullptr, &length) == 1;
    if (ok) {
        signature.resize(static_cast<qsizetype>(length));
        ok = EVP_DigestSignFinal(md, reinterpret_cast<unsigned char *>(signature.data()), &length) == 1;
        signature.resize(static_cast<qsizetype>(length));
    }
    EVP_MD_CTX_free(md);
    if (!ok) {
        const unsigned long ckr = CpsFailure::lastCkr();
        domain::Error e = CpsFailure::fromCkr(ckr);
        if (e.code == errc::TokenError)
            e = {errc::SigningFailed, Tr::tr("La carte CPS n'a pas pu signer (code 0x%1).").arg(ckr, 0, 16), {}};
        return std::unexpected(e);
    }
    return signature;
}

xml::XmlExternalSigningKey CpsCard::signingKey() const
{
    return {m_impl->privateKey, m_impl->certificate.pem};
}

} // namespace sgl::interop::cps
