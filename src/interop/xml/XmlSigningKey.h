#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlSignatureTypes.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::xml {

/**
 * A private key and its certificate for XmlSigner, kept as PEM bytes (private key PKCS#8 or
 * PKCS#1, optionally encrypted; certificate X.509). The password is never logged nor put in an
 * error message. Loading checks that the key matches the certificate.
 */
struct XmlSigningKey {
    QByteArray privateKeyPem;
    QByteArray certificatePem;
    QByteArray password;

    /** Reads both files. Errors: "xml.io" (unreadable file), "xml.signing_key" (not a key/cert,
     *  wrong password, key and certificate do not match). */
    [[nodiscard]] static domain::Result<XmlSigningKey> fromFiles(const QString &privateKeyPath,
                                                                const QString &certificatePath,
                                                                const QByteArray &password = {});
    /** Checks the PEM pair (same errors as fromFiles, without "xml.io"). */
    [[nodiscard]] domain::Status check() const;
    /** The certificate described (subject for a SAML Issuer, digest input for XAdES). Error: "xml.signing_key". */
    [[nodiscard]] domain::Result<XmlCertificateInfo> certificate() const;
};

} // namespace sgl::interop::xml
