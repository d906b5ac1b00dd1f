#include "interop/cps/CpsCertificate.h"

#include "interop/cps/ErrorCodes.h"
#include "interop/cps/Tr.h"

#include <QStringList>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

namespace sgl::interop::cps {

namespace {

struct X509Deleter {
    void operator()(X509 *x) const { X509_free(x); }
};
struct BioDeleter {
    void operator()(BIO *b) const { BIO_free(b); }
};

QString nameText(const X509_NAME *name)
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, len);
}

QString entry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, value);
    if (len < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return text;
}

QDateTime asnTime(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

} // namespace

domain::Result<CpsCertificate> CpsCertificate::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Deleter> x(d2i_X509(nullptr, &p, der.size()));
    if (!x)
        return domain::fail(errc::NoAuthCertificate,
                            Tr::tr("La carte CPS contient un certificat illisible."), {});
    CpsCertificate c;
    c.der = der;
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), x.get());
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    c.pem = QByteArray(data, len);
    const X509_NAME *subject = X509_get_subject_name(x.get());
    c.subject = nameText(subject);
    c.issuer = nameText(X509_get_issuer_name(x.get()));
    c.nationalId = entry(subject, NID_commonName);
    c.surname = entry(subject, NID_surname);
    c.givenName = entry(subject, NID_givenName);
    c.title = entry(subject, NID_title);
    c.notBefore = asnTime(X509_get0_notBefore(x.get()));
    c.notAfter = asnTime(X509_get0_notAfter(x.get()));
    const uint32_t usage = X509_get_key_usage(x.get());
    // UINT32_MAX: no keyUsage extension at all, which a card certificate always has.
    c.digitalSignature = usage != UINT32_MAX && (usage & KU_DIGITAL_SIGNATURE) != 0;
    c.nonRepudiation = usage != UINT32_MAX && (usage & KU_NON_REPUDIATION) != 0;
    return c;
}

QString CpsCertificate::holderName() const
{
    const QString name = QStringList{givenName, surname}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? nationalId : name;
}

domain::Status CpsCertificate::checkValidity(const QDateTime &at) const
{
    const QString format = QStringLiteral("dd/MM/yyyy");
    if (!notAfter.isValid() || at >= notAfter)
        return domain::fail(errc::CertificateExpired,
                            Tr::tr("Le certificat de la carte CPS a expiré le %1 : renouvelez la carte auprès de l'Agence du "
                                   "Numérique en Santé. Aucun appel n'a été fait avec cette carte.")
                                .arg(notAfter.toUTC().toString(format)),
                            nationalId);
    if (!notBefore.isValid() || at < notBefore)
        return domain::fail(errc::CertificateNotYetValid,
                            Tr::tr("Le certificat de la carte CPS n'est valide qu'à partir du %1.")
                                .arg(notBefore.toUTC().toString(format)),
                            nationalId);
    return {};
}

} // namespace sgl::interop::cps
