#pragma once

#include "domain/Error.h"

#include <QString>

namespace sgl::simulators::pki {

/** What the organisation and mail certificates say about the (synthetic) laboratory. */
struct RsaTestPkiOptions {
    /** O of the organisation certificates (the lab's name). */
    QString organisationName = QStringLiteral("LABORATOIRE SGL TEST");
    /** OU of the organisation certificates: a synthetic structure identifier (FINESS or SIRET). */
    QString structureId = QStringLiteral("10B0152872");
    /** emailAddress and SAN rfc822Name of mail-client.pem: the lab's applicative MSSanté mailbox. */
    QString mailbox = QStringLiteral("laboratoire@sgl-test.mssante.fr");
};

/**
 * A throwaway RSA PKI (2048-bit keys, SHA-256 signatures, OpenSSL 3 EVP) shaped like IGC-Santé for the
 * DMP and MSSanté simulators, the demo and the tests. Nothing of it is trusted anywhere else; keys are
 * written unencrypted (PKCS#8, mode 0600) into the given directory, never into the checkout.
 * Leaf certificates are valid from yesterday for 365 days, except expired-org.pem.
 *
 * Files written (PEM, each cert X.pem with its key X.key.pem):
 * - ca             "SGL TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS" (signs everything below but rogue-org)
 * - server         CN localhost, SAN DNS:localhost + IP:127.0.0.1, serverAuth
 * - org            the "cachet" certificate: CN "DMP SIGN", O organisationName, OU structureId;
 *                  digitalSignature + nonRepudiation, clientAuth (signs VIHF/XAdES, TLS client of the DMP)
 * - expired-org    same subject as org, validity ended yesterday
 * - rogue-ca       "AC NON RECONNUE" (trusted by nobody)
 * - rogue-org      same subject as org, issued by rogue-ca
 * - mail-client    CN = mailbox, emailAddress + SAN email:mailbox, clientAuth (SMTP/IMAP client of MSSanté)
 */
class RsaTestPki
{
public:
    /** Creates the directory if needed and (re)writes every file. Error: sim.pki. */
    [[nodiscard]] static domain::Status create(const QString &directory, const RsaTestPkiOptions &options = {});
    /**
     * Reuses the PKI of directory when it is complete, made with the same options and org.pem
     * still valid for a week; otherwise create(). Serialised between processes by a lock file
     * (parallel test binaries share one PKI instead of generating RSA keys each). Error: sim.pki.
     */
    [[nodiscard]] static domain::Status ensure(const QString &directory, const RsaTestPkiOptions &options = {});
    /** Path helper: directory + "/" + name (e.g. file(dir, "org.pem")). */
    [[nodiscard]] static QString file(const QString &directory, const char *name);
    /** Subject CN of ca.pem. */
    static constexpr const char *CaCommonName = "SGL TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS";
    /** Subject CN of org.pem, expired-org.pem and rogue-org.pem. */
    static constexpr const char *OrgCommonName = "DMP SIGN";
};

} // namespace sgl::simulators::pki
