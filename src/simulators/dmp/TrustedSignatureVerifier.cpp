#include "simulators/dmp/TrustedSignatureVerifier.h"

#include "interop/dmp/VihfVerifier.h"
#include "interop/dmp/XadesVerifier.h"
#include "simulators/dmp/ErrorCodes.h"
#include "simulators/dmp/Tr.h"

#include <QFile>

namespace sgl::simulators::dmp {

domain::Result<std::unique_ptr<TrustedSignatureVerifier>> TrustedSignatureVerifier::create(const QString &caBundlePath)
{
    QFile f(caBundlePath);
    const QByteArray pem = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    QList<QByteArray> certs;
    static const QByteArray begin = "-----BEGIN CERTIFICATE-----";
    static const QByteArray end = "-----END CERTIFICATE-----";
    for (qsizetype from = pem.indexOf(begin); from >= 0; from = pem.indexOf(begin, from + 1)) {
        const qsizetype to = pem.indexOf(end, from);
        if (to < 0)
            break;
        certs << pem.mid(from, to + end.size() - from) + '\n';
    }
    if (certs.isEmpty())
        return domain::fail(errc::TrustBundle,
                            Tr::tr("Aucun certificat d'autorité dans %1 (signatures VIHF et XAdES).").arg(caBundlePath),
                            caBundlePath);
    return std::make_unique<TrustedSignatureVerifier>(std::move(certs));
}

TrustedSignatureVerifier::TrustedSignatureVerifier(QList<QByteArray> trustedCaPem) : m_trusted(std::move(trustedCaPem)) {}

domain::Result<VihfFindings> TrustedSignatureVerifier::verifyVihf(const QByteArray &envelope)
{
    interop::dmp::VihfVerifierOptions options;
    options.trustedCaPem = m_trusted;
    const auto verified = interop::dmp::VihfVerifier::verify(envelope, options);
    if (!verified)
        return std::unexpected(verified.error());
    VihfFindings f;
    f.issuerSubject = verified->signer.subject;
    f.nameId = verified->nameId;
    f.resourceId = QStringLiteral("%1^^^&%2&ISO^NH").arg(verified->patientIns, verified->patientInsOid);
    f.attributes = verified->attributes;
    return f;
}

domain::Result<XadesFindings> TrustedSignatureVerifier::verifyXades(const QByteArray &signatureDocument,
                                                                    const QList<SubmittedDocument> &documents)
{
    interop::dmp::XadesVerifierOptions options;
    options.trustedCaPem = m_trusted;
    QList<interop::dmp::SignedDocumentRef> received;
    for (const SubmittedDocument &d : documents)
        received << interop::dmp::SignedDocumentRef{d.uniqueId, d.bytes};
    const auto verified = interop::dmp::XadesVerifier::verify(signatureDocument, received, options);
    if (!verified)
        return std::unexpected(verified.error());
    XadesFindings f;
    f.signatureId = verified->signatureId;
    f.signerSubject = verified->signer.subject;
    f.submissionSetUniqueId = verified->submissionSetUniqueId;
    for (const auto &d : verified->documents)
        f.documentUniqueIds << d.uniqueId;
    return f;
}

} // namespace sgl::simulators::dmp
