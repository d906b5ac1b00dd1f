#pragma once

#include "interop/dmp/DmpSecurity.h"
#include "interop/dmp/VihfProfile.h"
#include "interop/xml/XmlSigningKey.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace sgl::interop::dmp {

/**
 * DmpSecurity with the structure's "cachet" certificate (IGC-Santé organisation certificate,
 * CN "DMP SIGN" for the automate profile): the VIHF is built by VihfAssertionBuilder and signed
 * enveloped (exc-c14n, InclusiveNamespaces "ds saml #default xsi", rsa-sha256, signature right
 * after Issuer), the XAdES by XadesSubmissionSignature. Each VIHF gets a fresh ID ("_" + UUID)
 * and is issued at clock() (UTC).
 *
 * Holds no mutable state: one instance may sign from several threads at once (the clock must be
 * thread-safe too; the default one is). Holds no network resource. Errors: those of the builders and of
 * XmlSigner ("xml.signing_key", "xml.signing_failed").
 */
class SignedDmpSecurity final : public DmpSecurity
{
public:
    using Clock = std::function<QDateTime()>;

    /** Checks the profile and the key ("dmp.security_config", "xml.signing_key"). */
    [[nodiscard]] static domain::Result<std::unique_ptr<SignedDmpSecurity>> create(VihfProfile profile, xml::XmlSigningKey key,
                                                                                   Clock clock = {});
    /** Same, reading the PEM key and certificate ("xml.io" when a file is unreadable). */
    [[nodiscard]] static domain::Result<std::unique_ptr<SignedDmpSecurity>> fromFiles(VihfProfile profile,
                                                                                      const QString &privateKeyPath,
                                                                                      const QString &certificatePath,
                                                                                      const QByteArray &password = {},
                                                                                      Clock clock = {});

    [[nodiscard]] domain::Result<QByteArray> wsSecurityHeader(const VihfContext &context) override;
    [[nodiscard]] domain::Result<QByteArray> submissionSignature(const SubmissionSignatureInput &input) override;

    /** Subject of the signing certificate (the VIHF Issuer). */
    [[nodiscard]] const QString &issuerSubject() const { return m_issuer; }

private:
    SignedDmpSecurity(VihfProfile profile, xml::XmlSigningKey key, QString issuer, Clock clock);

    VihfProfile m_profile;
    xml::XmlSigningKey m_key;
    QString m_issuer;
    Clock m_clock;
};

} // namespace sgl::interop::dmp
