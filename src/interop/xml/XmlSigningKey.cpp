#include "interop/xml/XmlSigningKey.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/XmlCertificates.h"
#include "interop/xml/Tr.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace sgl::interop::xml {

namespace {

domain::Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return domain::fail(errc::Io, Tr::tr("Impossible de lire le fichier : %1").arg(f.errorString()), path);
    return f.readAll();
}

// The password callback hands OpenSSL the caller's bytes; an empty password with an encrypted
// key fails instead of prompting on a terminal.
int passwordCallback(char *buf, int size, int /*rwflag*/, void *userdata)
{
    const auto *password = static_cast<const QByteArray *>(userdata);
    if (password == nullptr || password->isEmpty() || password->size() > size)
        return 0;
    memcpy(buf, password->constData(), static_cast<size_t>(password->size()));
    return static_cast<int>(password->size());
}

} // namespace

domain::Result<XmlSigningKey> XmlSigningKey::fromFiles(const QString &privateKeyPath, const QString &certificatePath,
                                                      const QByteArray &password)
{
    auto key = readFile(privateKeyPath);
    if (!key)
        return std::unexpected(key.error());
    auto cert = readFile(certificatePath);
    if (!cert)
        return std::unexpected(cert.error());
    XmlSigningKey out{*key, *cert, password};
    auto st = out.check();
    if (!st)
        return std::unexpected(st.error());
    return out;
}

domain::Status XmlSigningKey::check() const
{
    BIO *keyBio = BIO_new_mem_buf(privateKeyPem.constData(), static_cast<int>(privateKeyPem.size()));
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(keyBio, nullptr, passwordCallback, const_cast<QByteArray *>(&password));
    BIO_free(keyBio);
    if (pkey == nullptr) {
        ERR_clear_error();
        return domain::fail(errc::SigningKey,
                            Tr::tr("Clé privée de signature illisible (format PEM attendu, ou mot de passe incorrect)."), {});
    }
    BIO *certBio = BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size()));
    X509 *cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    BIO_free(certBio);
    domain::Status st;
    if (cert == nullptr)
        st = domain::fail(errc::SigningKey, Tr::tr("Certificat de signature illisible (format PEM attendu)."), {});
    else if (X509_check_private_key(cert, pkey) != 1)
        st = domain::fail(errc::SigningKey, Tr::tr("La clé privée ne correspond pas au certificat de signature."), {});
    X509_free(cert);
    EVP_PKEY_free(pkey);
    ERR_clear_error();
    return st;
}

domain::Result<XmlCertificateInfo> XmlSigningKey::certificate() const
{
    return certificates::describePem(certificatePem);
}

} // namespace sgl::interop::xml
