#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlSignatureTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

struct x509_st;

namespace sgl::interop::xml {

/**
 * Internal to sgl_interop_xml: the OpenSSL side of the signature layer (certificate reading and
 * chain validation), kept out of the public headers.
 */
namespace certificates {

/** Subject, issuer, serial, DER and validity of cert. */
[[nodiscard]] XmlCertificateInfo describe(x509_st *cert);
/** DER -> info; error "xml.signature_malformed" when not a certificate. */
[[nodiscard]] domain::Result<XmlCertificateInfo> describeDer(const QByteArray &der);
/** First certificate of a PEM text; error "xml.signing_key". */
[[nodiscard]] domain::Result<XmlCertificateInfo> describePem(const QByteArray &pem);
/**
 * Validates the certificate (DER) against the trusted CA certificates (PEM texts, each possibly
 * holding several), with the other certificates as untrusted intermediates, at the given time.
 * Errors: "xml.certificate_expired" (the certificate or one of its chain is out of its validity
 * window), "xml.certificate_untrusted" (no trusted path, bad CA signature, no CA given).
 */
[[nodiscard]] domain::Status verifyChain(const QByteArray &der, const QList<QByteArray> &intermediatesDer,
                                         const QList<QByteArray> &trustedCaPem, const QDateTime &at);

} // namespace certificates

} // namespace sgl::interop::xml
