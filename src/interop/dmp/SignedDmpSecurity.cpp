#include "interop/dmp/SignedDmpSecurity.h"

#include "interop/dmp/VihfAssertionBuilder.h"
#include "interop/dmp/VihfNames.h"
#include "interop/dmp/XadesSubmissionSignature.h"
#include "interop/xml/XmlSigner.h"

#include <QUuid>

namespace sgl::interop::dmp {

SignedDmpSecurity::SignedDmpSecurity(VihfProfile profile, xml::XmlSigningKey key, QString issuer, Clock clock)
    : m_profile(std::move(profile)), m_key(std::move(key)), m_issuer(std::move(issuer)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

domain::Result<std::unique_ptr<SignedDmpSecurity>> SignedDmpSecurity::create(VihfProfile profile, xml::XmlSigningKey key,
                                                                             Clock clock)
{
    auto profileOk = VihfAssertionBuilder::checkProfile(profile);
    if (!profileOk)
        return std::unexpected(profileOk.error());
    auto keyOk = key.check();
    if (!keyOk)
        return std::unexpected(keyOk.error());
    auto cert = key.certificate();
    if (!cert)
        return std::unexpected(cert.error());
    return std::unique_ptr<SignedDmpSecurity>(
        new SignedDmpSecurity(std::move(profile), std::move(key), cert->subject, std::move(clock)));
}

domain::Result<std::unique_ptr<SignedDmpSecurity>> SignedDmpSecurity::fromFiles(VihfProfile profile, const QString &privateKeyPath,
                                                                                const QString &certificatePath,
                                                                                const QByteArray &password, Clock clock)
{
    auto key = xml::XmlSigningKey::fromFiles(privateKeyPath, certificatePath, password);
    if (!key)
        return std::unexpected(key.error());
    return create(std::move(profile), std::move(*key), std::move(clock));
}

domain::Result<QByteArray> SignedDmpSecurity::wsSecurityHeader(const VihfContext &context)
{
    const QString id = QStringLiteral("_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto unsignedXml = VihfAssertionBuilder::build(m_profile, m_issuer, context, m_clock(), id);
    if (!unsignedXml)
        return std::unexpected(unsignedXml.error());
    const QString saml = QString::fromLatin1(vihf::SamlNs);
    xml::XmlEnvelopedSignatureSpec spec;
    spec.idAttribute = {saml, QStringLiteral("Assertion"), QStringLiteral("ID")};
    spec.targetId = id;
    spec.insertAfterNamespace = saml;
    spec.insertAfterLocalName = QStringLiteral("Issuer");
    spec.inclusiveNamespaces = QString::fromLatin1(vihf::InclusivePrefixes);
    return xml::XmlSigner::signEnveloped(*unsignedXml, m_key, spec);
}

domain::Result<QByteArray> SignedDmpSecurity::submissionSignature(const SubmissionSignatureInput &input)
{
    return XadesSubmissionSignature::sign(input, m_key);
}

} // namespace sgl::interop::dmp
