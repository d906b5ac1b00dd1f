#include "interop/insi/OrganisationCertificate.h"

#include "interop/insi/ErrorCodes.h"
#include "interop/insi/Tr.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace sgl::interop::insi {

namespace {

struct X509Deleter {
    void operator()(X509 *x) const { X509_free(x); }
};
struct PkeyDeleter {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct BioDeleter {
    void operator()(BIO *b) const { BIO_free(b); }
};

QString entry(const X509_NAME *name, int nid)
{
    const int idx = X509_NAME_get_index_by_NID(name, nid, -1);
    if (idx < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return {};
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

QDateTime asnTime(const ASN1_TIME *t)
{
    struct tm tm {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

std::unique_ptr<BIO, BioDeleter> openFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray data = f.readAll();
    BIO *bio = BIO_new(BIO_s_mem());
    BIO_write(bio, data.constData(), static_cast<int>(data.size()));
    return std::unique_ptr<BIO, BioDeleter>(bio);
}

} // namespace

bool OrganisationCertificate::isInsiCommonName(const QString &cn)
{
    return cn == QLatin1String("INSI-AUTO") || cn == QLatin1String("INSI-MANU");
}

domain::Result<OrganisationCertificate> OrganisationCertificate::read(const QString &path)
{
    auto bio = openFile(path);
    if (!bio)
        return domain::fail(errc::CertificateRead,
                            Tr::tr("Certificat d'organisation INSi introuvable ou illisible."), path);
    std::unique_ptr<X509, X509Deleter> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return domain::fail(errc::CertificateRead,
                            Tr::tr("Le fichier n'est pas un certificat PEM."), path);
    OrganisationCertificate out;
    const X509_NAME *subject = X509_get_subject_name(cert.get());
    out.commonName = entry(subject, NID_commonName);
    out.organisationalUnit = entry(subject, NID_organizationalUnitName);
    out.organisation = entry(subject, NID_organizationName);
    out.issuerCommonName = entry(X509_get_issuer_name(cert.get()), NID_commonName);
    out.notBefore = asnTime(X509_get0_notBefore(cert.get()));
    out.notAfter = asnTime(X509_get0_notAfter(cert.get()));
    return out;
}

domain::Result<OrganisationCertificate> OrganisationCertificate::load(const QString &certPath,
                                                                      const QString &keyPath,
                                                                      const QString &keyPassword)
{
    auto info = read(certPath);
    if (!info)
        return info;
    if (!isInsiCommonName(info->commonName))
        return domain::fail(errc::CertificateCn,
                            Tr::tr("Le certificat d'organisation a pour nom commun « %1 » : INSi n'accepte que "
                               "INSI-AUTO (appels automatiques) ou INSI-MANU (appels à l'initiative d'un utilisateur).")
                                .arg(info->commonName),
                            certPath);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!info->notAfter.isValid() || now > info->notAfter || now < info->notBefore)
        return domain::fail(errc::CertificateExpired,
                            Tr::tr("Le certificat d'organisation INSi n'est pas en cours de validité (valide du %1 au %2).")
                                .arg(info->notBefore.toString(QStringLiteral("dd/MM/yyyy")),
                                     info->notAfter.toString(QStringLiteral("dd/MM/yyyy"))),
                            certPath);
    if (!keyPath.isEmpty()) {
        auto certBio = openFile(certPath);
        auto keyBio = openFile(keyPath);
        std::unique_ptr<X509, X509Deleter> cert(
            certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr);
        QByteArray pass = keyPassword.toUtf8();
        std::unique_ptr<EVP_PKEY, PkeyDeleter> key(
            keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr,
                                             pass.isEmpty() ? nullptr : pass.data())
                   : nullptr);
        if (!cert || !key || X509_check_private_key(cert.get(), key.get()) != 1)
            return domain::fail(errc::CertificateKeyMismatch,
                                Tr::tr("La clé privée est illisible ou ne correspond pas au certificat d'organisation INSi."),
                                keyPath);
    }
    return info;
}

} // namespace sgl::interop::insi
