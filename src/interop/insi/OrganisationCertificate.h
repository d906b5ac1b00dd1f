#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QString>

namespace sgl::interop::insi {

/**
 * The IGC-Santé organisation authentication certificate used for INSi in organisation mode.
 *
 * load() reads a PEM certificate (and optionally checks that the PEM private key belongs to it)
 * with OpenSSL and enforces the INSi rules: subject CN exactly "INSI-AUTO" (automatic/batch
 * calls) or "INSI-MANU" (user-triggered calls), otherwise the service answers DESIR_560; the
 * certificate must be valid now. The subject OU (structure identifier) becomes
 * ContexteLPS/Emetteur.
 *
 * Errors: "insi.certificate_read" (file missing/not PEM), "insi.certificate_cn",
 * "insi.certificate_expired", "insi.certificate_key_mismatch".
 */
struct OrganisationCertificate {
    QString commonName;
    QString organisationalUnit;
    QString organisation;
    QString issuerCommonName;
    QDateTime notBefore;
    QDateTime notAfter;

    [[nodiscard]] static domain::Result<OrganisationCertificate> load(const QString &certificatePemPath,
                                                                      const QString &privateKeyPemPath = {},
                                                                      const QString &keyPassword = {});
    /** Reads subject/issuer/validity without enforcing the INSi rules. */
    [[nodiscard]] static domain::Result<OrganisationCertificate> read(const QString &certificatePemPath);
    [[nodiscard]] static bool isInsiCommonName(const QString &cn);
};

} // namespace sgl::interop::insi
