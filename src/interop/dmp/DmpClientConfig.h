#pragma once

#include <QString>

namespace sgl::interop::dmp {

/**
 * Settings of DmpClient (section [dmp] of the workstation settings). Secrets (key password) are
 * never logged nor put in errors.
 */
struct DmpClientConfig {
    /** Base URL of the services, https only: …/si-dmp-server/v2/services (paths /patients, /registry, /repository appended). */
    QString endpoint;
    QString certificatePath;   ///< PEM organisation authentication certificate (TLS client)
    QString privateKeyPath;    ///< PEM key of that certificate
    QString keyPassword;       ///< optional
    QString caBundlePath;      ///< PEM CA(s) trusted for the DMP server certificate
    int timeoutMs = 60000;     ///< whole call (an ITI-41 carries the CR-BIO and its PDF)
    int connectTimeoutMs = 10000;
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    /** OID root of the lab's system: XDSSubmissionSet.sourceId and the submission/signature uniqueIds below it. */
    QString sourceOid;
    /** contentTypeCode of the submission sets (JDV_J59, codingScheme 1.2.250.1.213.2.2); every official example uses 04. */
    QString contentTypeCode = QStringLiteral("04");
    QString contentTypeDisplay = QStringLiteral("Hospitalisation de jour");
    /** PDT-INF-617 fallback for an author without family/given name: certificate O and CN. */
    QString authorFallbackFamily;
    QString authorFallbackGiven;
};

} // namespace sgl::interop::dmp
