#pragma once

#include "domain/Error.h"
#include "simulators/dmp/DmpSignatureVerifier.h"

#include <QByteArray>
#include <QList>

namespace sgl::simulators::dmp {

/**
 * The real DmpSignatureVerifier: interop::dmp::VihfVerifier and XadesVerifier (xmlsec1) against
 * a trusted CA bundle. SHA-1 is accepted as legacy (CNAM tokens, TD2.1 example), the VIHF must
 * carry a validity window (±5 min) and a test INS (.10/.11) in resource-id.
 *
 * create() error: "dmpsim.trust_bundle" (no certificate in the PEM file).
 */
class TrustedSignatureVerifier final : public DmpSignatureVerifier
{
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<TrustedSignatureVerifier>> create(const QString &caBundlePath);
    explicit TrustedSignatureVerifier(QList<QByteArray> trustedCaPem);

    domain::Result<VihfFindings> verifyVihf(const QByteArray &envelope) override;
    domain::Result<XadesFindings> verifyXades(const QByteArray &signatureDocument,
                                              const QList<SubmittedDocument> &documents) override;

private:
    QList<QByteArray> m_trusted;
};

} // namespace sgl::simulators::dmp
