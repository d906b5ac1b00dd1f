#include "interop/xml/XmlCertificates.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <QTimeZone>

#include <memory>
#include <vector>

namespace sgl::interop::xml::certificates {

namespace {

struct X509Deleter {
    void operator()(X509 *x) const { X509_free(x); }
};
using Cert = std::unique_ptr<X509, X509Deleter>;

QString nameString(const X509_NAME *name)
{
    BIO *bio = BIO_new(BIO_s_mem());
    // RFC 2253 order (most specific first) with UTF-8 kept as is, the form of the SAML Issuer of
    // the CNAM examples.
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QString out = QString::fromUtf8(data, len);
    BIO_free(bio);
    return out;
}

QDateTime asn1Time(const ASN1_TIME *t)
{
    struct tm tm {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     QTimeZone::utc());
}

Cert fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
}

std::vector<Cert> fromPem(const QByteArray &pem)
{
    std::vector<Cert> out;
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    while (X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr))
        out.emplace_back(x);
    BIO_free(bio);
    ERR_clear_error();  // the end of the text ends the loop with a "no start line" error
    return out;
}

} // namespace

XmlCertificateInfo describe(X509 *cert)
{
    XmlCertificateInfo info;
    info.subject = nameString(X509_get_subject_name(cert));
    info.issuer = nameString(X509_get_issuer_name(cert));
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    if (bn != nullptr) {
        char *dec = BN_bn2dec(bn);
        info.serialDecimal = QString::fromLatin1(dec);
        OPENSSL_free(dec);
        BN_free(bn);
    }
    unsigned char *der = nullptr;
    const int len = i2d_X509(cert, &der);
    if (len > 0)
        info.der = QByteArray(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    info.notBefore = asn1Time(X509_get0_notBefore(cert));
    info.notAfter = asn1Time(X509_get0_notAfter(cert));
    return info;
}

domain::Result<XmlCertificateInfo> describeDer(const QByteArray &der)
{
    Cert cert = fromDer(der);
    if (!cert) {
        ERR_clear_error();
        return domain::fail(errc::SignatureMalformed, Tr::tr("Signature XML mal formée : certificat X.509 illisible."), {});
    }
    return describe(cert.get());
}

domain::Result<XmlCertificateInfo> describePem(const QByteArray &pem)
{
    std::vector<Cert> certs = fromPem(pem);
    if (certs.empty())
        return domain::fail(errc::SigningKey, Tr::tr("Certificat de signature illisible (format PEM attendu)."), {});
    return describe(certs.front().get());
}

domain::Status verifyChain(const QByteArray &der, const QList<QByteArray> &intermediatesDer,
                           const QList<QByteArray> &trustedCaPem, const QDateTime &at)
{
    Cert cert = fromDer(der);
    if (!cert) {
        ERR_clear_error();
        return domain::fail(errc::SignatureMalformed, Tr::tr("Signature XML mal formée : certificat X.509 illisible."), {});
    }
    const XmlCertificateInfo info = describe(cert.get());
    X509_STORE *store = X509_STORE_new();
    int trusted = 0;
    for (const QByteArray &pem : trustedCaPem)
        for (const Cert &ca : fromPem(pem))
            trusted += X509_STORE_add_cert(store, ca.get()) == 1 ? 1 : 0;
    STACK_OF(X509) *chain = sk_X509_new_null();
    std::vector<Cert> intermediates;
    for (const QByteArray &d : intermediatesDer)
        if (Cert c = fromDer(d)) {
            sk_X509_push(chain, c.get());
            intermediates.push_back(std::move(c));
        }
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    int ok = 0;
    int error = X509_V_ERR_UNSPECIFIED;
    if (trusted > 0 && ctx != nullptr && X509_STORE_CTX_init(ctx, store, cert.get(), chain) == 1) {
        X509_STORE_CTX_set_time(ctx, 0, (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
        ok = X509_verify_cert(ctx);
        error = X509_STORE_CTX_get_error(ctx);
    }
    X509_STORE_CTX_free(ctx);
    sk_X509_free(chain);
    X509_STORE_free(store);
    // A certificate whose key usage excludes signatures (a CA's keyCertSign only, say) does not sign
    // documents, trusted or not. UINT32_MAX: no keyUsage extension, no restriction.
    const uint32_t usage = X509_get_key_usage(cert.get());
    const bool canSign = usage == UINT32_MAX || (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) != 0;
    ERR_clear_error();
    if (ok == 1 && !canSign)
        return domain::fail(errc::CertificateUntrusted,
                            Tr::tr("Le certificat de signature « %1 » n'est pas émis par une autorité de confiance : %2")
                                .arg(info.subject, Tr::tr("son usage de clé n'autorise pas la signature")),
                            info.subject);
    if (ok == 1)
        return {};
    if (error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID)
        return domain::fail(errc::CertificateExpired,
                            Tr::tr("Le certificat de signature « %1 » n'est pas valide à cette date (expiré ou pas encore valide).")
                                .arg(info.subject),
                            info.subject);
    const QString reason = trusted == 0 ? Tr::tr("aucune autorité de confiance configurée")
                                        : QString::fromUtf8(X509_verify_cert_error_string(error));
    return domain::fail(errc::CertificateUntrusted,
                        Tr::tr("Le certificat de signature « %1 » n'est pas émis par une autorité de confiance : %2")
                            .arg(info.subject, reason),
                        info.issuer);
}

} // namespace sgl::interop::xml::certificates
