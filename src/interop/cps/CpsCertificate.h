#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sgl::interop::cps {

/**
 * A certificate read from the card, as the SGL needs it. The IGC-Santé card certificates name the
 * holder in the subject: CN = national identifier of the professional (e.g. 8 + RPPS), SN and GN =
 * names, title = profession. The authentication certificate is the one whose key usage includes
 * digitalSignature (the signature certificate of the card only has nonRepudiation).
 */
struct CpsCertificate {
    QByteArray der;
    QByteArray pem;
    /** RFC 2253 subject ("CN=899900012345,SN=…,C=FR"), UTF-8 kept. */
    QString subject;
    QString issuer;
    QString nationalId;  ///< subject CN
    QString surname;     ///< subject SN
    QString givenName;   ///< subject GN
    QString title;       ///< subject title (profession)
    QDateTime notBefore;
    QDateTime notAfter;
    bool digitalSignature = false;
    bool nonRepudiation = false;
    QString label;       ///< PKCS#11 label of the object on the card

    /** Parses DER. Error: "cps.no_auth_certificate" (not an X.509 certificate). */
    [[nodiscard]] static domain::Result<CpsCertificate> fromDer(const QByteArray &der);
    [[nodiscard]] bool isAuthentication() const { return digitalSignature; }
    /** "Prénom NOM" when the names are present, else the national id. */
    [[nodiscard]] QString holderName() const;
    /** Valid at `at`? Errors: "cps.certificate_expired" (naming the end date dd/MM/yyyy),
     *  "cps.certificate_not_yet_valid". */
    [[nodiscard]] domain::Status checkValidity(const QDateTime &at) const;
};

} // namespace sgl::interop::cps
