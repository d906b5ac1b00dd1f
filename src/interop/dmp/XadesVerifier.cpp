#include "interop/dmp/XadesVerifier.h"

#include "interop/dmp/ErrorCodes.h"
#include "interop/dmp/Tr.h"
#include "interop/dmp/XadesSubmissionSignature.h"
#include "interop/xml/XmlCanonicalizer.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSignatureVerifier.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace sgl::interop::dmp {

namespace {

using xml::XmlNode;
namespace xmldsig = xml::xmldsig;

QString latin(const char *s)
{
    return QString::fromLatin1(s);
}

const xml::XmlNamespaces Ns{{QStringLiteral("ds"), latin(xmldsig::Namespace)},
                            {QStringLiteral("x"), latin(XadesSubmissionSignature::XadesNs)}};

std::unexpected<domain::Error> malformed(const QString &what, const QString &where = {})
{
    return domain::fail(errc::XadesMalformed, Tr::tr("Signature XAdES mal formée : %1").arg(what), where);
}

std::optional<QCryptographicHash::Algorithm> hashFor(const QString &uri, bool allowSha1)
{
    if (uri == QLatin1StringView(xmldsig::Sha256))
        return QCryptographicHash::Sha256;
    if (allowSha1 && uri == QLatin1StringView(xmldsig::Sha1))
        return QCryptographicHash::Sha1;
    return std::nullopt;
}

} // namespace

domain::Result<VerifiedXades> XadesVerifier::verify(const QByteArray &signatureXml, const QList<SignedDocumentRef> &receivedDocuments,
                                                    const XadesVerifierOptions &options)
{
    auto doc = xml::XmlDocument::parse(signatureXml, QStringLiteral("signature XAdES"));
    if (!doc)
        return std::unexpected(doc.error());
    const XmlNode root = doc->root();
    if (root.localName() != QStringLiteral("Signature") || root.namespaceUri() != latin(xmldsig::Namespace))
        return malformed(Tr::tr("l'élément racine n'est pas ds:Signature."), root.path());

    xml::XmlVerifyOptions verifyOptions;
    verifyOptions.trustedCaPem = options.trustedCaPem;
    verifyOptions.idAttributes = XadesSubmissionSignature::idAttributes();
    verifyOptions.allowSha1 = options.allowSha1;
    verifyOptions.at = options.at;
    auto info = xml::XmlSignatureVerifier::verify(*doc, root, verifyOptions);
    if (!info)
        return std::unexpected(info.error());

    XmlNode signedProperties;
    bool manifestCovered = false;
    for (const xml::XmlSignatureReference &r : std::as_const(info->references)) {
        if (r.element.localName() == QStringLiteral("Manifest") && r.element.namespaceUri() == latin(xmldsig::Namespace))
            manifestCovered = true;
        if (r.element.localName() == QStringLiteral("SignedProperties")
            && r.element.namespaceUri() == latin(XadesSubmissionSignature::XadesNs))
            signedProperties = r.element;
    }
    if (!manifestCovered || signedProperties.isNull())
        return malformed(Tr::tr("la signature ne couvre pas le Manifest et les SignedProperties."), root.path());

    VerifiedXades out;
    out.signer = info->signer;
    out.signatureId = info->signatureId;
    out.signatureMethod = info->signatureMethod;
    out.signingTime = QDateTime::fromString(
                          doc->evaluateString(QStringLiteral("string(x:SignedSignatureProperties/x:SigningTime)"), Ns, signedProperties)
                              .value_or(QString())
                              .trimmed(),
                          Qt::ISODateWithMs)
                          .toUTC();
    if (!out.signingTime.isValid())
        return malformed(Tr::tr("SigningTime absent ou invalide."), signedProperties.path());

    // SigningCertificate must name the certificate that signed (the example lists the whole chain).
    auto certs = doc->select(QStringLiteral("x:SignedSignatureProperties/x:SigningCertificate/x:Cert/x:CertDigest"), Ns,
                             signedProperties);
    bool certNamed = false;
    for (const XmlNode &digest : certs.value_or(QList<XmlNode>())) {
        const QString method = doc->evaluateString(QStringLiteral("string(*[local-name()='DigestMethod']/@Algorithm)"), {}, digest)
                                   .value_or(QString());
        const QByteArray value = QByteArray::fromBase64(
            doc->evaluateString(QStringLiteral("string(*[local-name()='DigestValue'])"), {}, digest).value_or(QString()).trimmed().toLatin1());
        const auto hash = hashFor(method, options.allowSha1);
        if (hash && QCryptographicHash::hash(out.signer.der, *hash) == value)
            certNamed = true;
    }
    if (!certNamed)
        return malformed(Tr::tr("SigningCertificate ne désigne pas le certificat de signature."), signedProperties.path());

    auto purpose = doc->selectFirst(QStringLiteral("ds:Object/*[local-name()='SignatureProperties']/*[local-name()='SignatureProperty']"
                                                   "[@Id='purposeOfSignature']"),
                                    Ns, root);
    if (!purpose || purpose->isNull())
        return domain::fail(errc::XadesPurpose, Tr::tr("Signature XAdES : purposeOfSignature absent."), root.path());
    out.purposeOfSignature = purpose->text().trimmed();
    if (out.purposeOfSignature != QLatin1StringView(XadesSubmissionSignature::PurposeOfSignature)
        || purpose->attribute(QStringLiteral("Target")) != QLatin1Char('#') + out.signatureId)
        return domain::fail(errc::XadesPurpose,
                            Tr::tr("Signature XAdES : purposeOfSignature « %1 » (cible « %2 ») au lieu de 1.2.840.10065.1.12.1.14.")
                                .arg(out.purposeOfSignature, purpose->attribute(QStringLiteral("Target"))),
                            purpose->path());

    QHash<QString, xml::XmlSignatureReference> signedDocuments;
    for (const xml::XmlSignatureReference &r : std::as_const(info->manifestReferences)) {
        if (!r.uri.startsWith(QStringLiteral("urn:oid:")))
            return malformed(Tr::tr("référence de Manifest « %1 » qui n'est pas urn:oid:.").arg(r.uri), r.uri);
        const QString uniqueId = r.uri.mid(8);
        if (r.digestValue == QByteArray(1, '\0')) {
            if (!out.submissionSetUniqueId.isEmpty())
                return malformed(Tr::tr("plusieurs références de lot de soumission (AA==)."), r.uri);
            out.submissionSetUniqueId = uniqueId;
        } else if (signedDocuments.contains(uniqueId))
            return malformed(Tr::tr("document « %1 » référencé deux fois.").arg(uniqueId), r.uri);
        else
            signedDocuments.insert(uniqueId, r);
    }
    if (out.submissionSetUniqueId.isEmpty())
        return malformed(Tr::tr("référence du lot de soumission (DigestValue AA==) absente du Manifest."), root.path());

    QSet<QString> received;
    for (const SignedDocumentRef &d : receivedDocuments) {
        received.insert(d.uniqueId);
        const auto it = signedDocuments.constFind(d.uniqueId);
        if (it == signedDocuments.constEnd())
            return domain::fail(errc::XadesDocumentNotSigned,
                                Tr::tr("Signature XAdES : le document « %1 » n'est pas couvert par la signature.").arg(d.uniqueId),
                                d.uniqueId);
        auto digest = xml::XmlCanonicalizer::referenceDigest(d.bytes, it->transforms, it->digestMethod, options.allowSha1);
        if (!digest)
            return std::unexpected(digest.error());
        if (*digest != it->digestValue)
            return domain::fail(errc::XadesDigestMismatch,
                                Tr::tr("Signature XAdES : l'empreinte du document « %1 » ne correspond pas au document reçu.").arg(d.uniqueId),
                                d.uniqueId);
        out.documents.append({d.uniqueId, it->digestMethod, it->digestValue});
    }
    for (auto it = signedDocuments.cbegin(); it != signedDocuments.cend(); ++it)
        if (!received.contains(it.key()))
            return domain::fail(errc::XadesDocumentMissing,
                                Tr::tr("Signature XAdES : le document signé « %1 » n'a pas été reçu.").arg(it.key()), it.key());
    return out;
}

} // namespace sgl::interop::dmp
