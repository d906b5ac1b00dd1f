#include "interop/dmp/XadesSubmissionSignature.h"

#include "interop/dmp/ErrorCodes.h"
#include "interop/dmp/Tr.h"
#include "interop/xml/XmlCanonicalizer.h"
#include "interop/xml/XmlSigner.h"
#include "interop/xml/XmlWriter.h"

#include <QCryptographicHash>

namespace sgl::interop::dmp {

namespace {

using xml::XmlWriterElement;
using xml::XmlWriterNamespace;
namespace xmldsig = xml::xmldsig;

QString latin(const char *s)
{
    return QString::fromLatin1(s);
}

void reference(XmlWriterElement parent, XmlWriterNamespace ds, const QString &uri, const char *type,
               const QStringList &transforms, const QByteArray &digest)
{
    XmlWriterElement ref = parent.add(ds, "Reference");
    if (type != nullptr)
        ref.set("Type", type);
    ref.set("URI", uri);
    if (!transforms.isEmpty()) {
        XmlWriterElement list = ref.add(ds, "Transforms");
        for (const QString &t : transforms)
            list.add(ds, "Transform").set("Algorithm", t);
    }
    ref.add(ds, "DigestMethod").set("Algorithm", xmldsig::Sha256);
    XmlWriterElement value = ref.add(ds, "DigestValue");
    if (!digest.isNull())
        value.text(QString::fromLatin1(digest.toBase64()));
}

} // namespace

QList<xml::XmlIdAttribute> XadesSubmissionSignature::idAttributes()
{
    return {{latin(xmldsig::Namespace), QStringLiteral("Manifest"), QStringLiteral("Id")},
            {latin(XadesNs), QStringLiteral("SignedProperties"), QStringLiteral("Id")}};
}

XadesSubmissionSignature::DocumentDigest XadesSubmissionSignature::documentDigest(const QByteArray &bytes)
{
    const QStringList c14n{latin(xmldsig::C14nWithComments)};
    auto digest = xml::XmlCanonicalizer::referenceDigest(bytes, c14n, latin(xmldsig::Sha256), false);
    if (digest)
        return {c14n, *digest};
    // Not XML (a PDF, say): the Reference digests the bytes themselves, without transform.
    return {{}, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256)};
}

domain::Result<QByteArray> XadesSubmissionSignature::buildTemplate(const SubmissionSignatureInput &input,
                                                                   const xml::XmlCertificateInfo &signer)
{
    const auto invalid = [](const QString &what) {
        return domain::fail(errc::XadesInvalidInput, Tr::tr("Signature XAdES impossible : %1").arg(what), {});
    };
    if (input.signatureId.trimmed().isEmpty())
        return invalid(Tr::tr("identifiant de signature absent."));
    if (input.submissionSetUniqueId.trimmed().isEmpty())
        return invalid(Tr::tr("identifiant unique du lot de soumission absent."));
    if (input.documents.isEmpty())
        return invalid(Tr::tr("aucun document à signer."));
    for (const SignedDocumentRef &d : input.documents)
        if (d.uniqueId.trimmed().isEmpty())
            return invalid(Tr::tr("document sans identifiant unique."));
    if (!input.signingTime.isValid())
        return invalid(Tr::tr("date de signature invalide."));

    xml::XmlWriter writer;
    XmlWriterElement signature = writer.createRoot("Signature");
    const XmlWriterNamespace ds = signature.declareNamespace({}, latin(xmldsig::Namespace));
    signature.setNamespace(ds);
    signature.set("Id", input.signatureId);
    XmlWriterElement signedInfo = signature.add(ds, "SignedInfo");
    signedInfo.add(ds, "CanonicalizationMethod").set("Algorithm", xmldsig::C14nWithComments);
    signedInfo.add(ds, "SignatureMethod").set("Algorithm", xmldsig::RsaSha256);
    reference(signedInfo, ds, QStringLiteral("#") + latin(ManifestId), xmldsig::ManifestType, {}, {});
    reference(signedInfo, ds, QStringLiteral("#") + latin(SignedPropertiesId), SignedPropertiesType, {}, {});
    signature.add(ds, "SignatureValue");
    signature.add(ds, "KeyInfo").add(ds, "X509Data").add(ds, "X509Certificate");

    XmlWriterElement manifest = signature.add(ds, "Object").add(ds, "Manifest");
    manifest.set("Id", ManifestId);
    // The submission set is referenced, not digested: a single zero byte, as the ANS kit writes.
    reference(manifest, ds, QStringLiteral("urn:oid:") + input.submissionSetUniqueId, nullptr, {}, QByteArray(1, '\0'));
    for (const SignedDocumentRef &d : input.documents) {
        const DocumentDigest dd = documentDigest(d.bytes);
        reference(manifest, ds, QStringLiteral("urn:oid:") + d.uniqueId, nullptr, dd.transforms, dd.digest);
    }

    XmlWriterElement property = signature.add(ds, "Object").add(ds, "SignatureProperties").add(ds, "SignatureProperty");
    property.set("Id", "purposeOfSignature").set("Target", QStringLiteral("#") + input.signatureId).text(PurposeOfSignature);

    XmlWriterElement qualifying = signature.add(ds, "Object").add("QualifyingProperties");
    const XmlWriterNamespace xades = qualifying.declareNamespace({}, latin(XadesNs));
    qualifying.setNamespace(xades);
    qualifying.set("Target", QStringLiteral("#") + input.signatureId);
    XmlWriterElement signedProperties = qualifying.add(xades, "SignedProperties");
    signedProperties.set("Id", SignedPropertiesId);
    XmlWriterElement ssp = signedProperties.add(xades, "SignedSignatureProperties");
    ssp.add(xades, "SigningTime").text(input.signingTime.toUTC().toString(Qt::ISODate));
    XmlWriterElement cert = ssp.add(xades, "SigningCertificate").add(xades, "Cert");
    XmlWriterElement certDigest = cert.add(xades, "CertDigest");
    certDigest.add(xades, "DigestMethod").set("Algorithm", xmldsig::Sha256);
    certDigest.add(xades, "DigestValue")
        .text(QString::fromLatin1(QCryptographicHash::hash(signer.der, QCryptographicHash::Sha256).toBase64()));
    XmlWriterElement issuerSerial = cert.add(xades, "IssuerSerial");
    // Back in the XML-DSig namespace under a XAdES default namespace: declared on each element,
    // as the example does.
    XmlWriterElement issuerName = issuerSerial.add("X509IssuerName");
    issuerName.setNamespace(issuerName.declareNamespace({}, latin(xmldsig::Namespace))).text(signer.issuer);
    XmlWriterElement serial = issuerSerial.add("X509SerialNumber");
    serial.setNamespace(serial.declareNamespace({}, latin(xmldsig::Namespace))).text(signer.serialDecimal);
    ssp.add(xades, "SignaturePolicyIdentifier").add(xades, "SignaturePolicyImplied");
    signedProperties.add(xades, "SignedDataObjectProperties");

    auto bytes = writer.toBytes();
    if (!bytes)
        return std::unexpected(bytes.error());
    return *bytes;
}

domain::Result<QByteArray> XadesSubmissionSignature::sign(const SubmissionSignatureInput &input, const xml::XmlSigningKey &key)
{
    auto signer = key.certificate();
    if (!signer)
        return std::unexpected(signer.error());
    auto tmpl = buildTemplate(input, *signer);
    if (!tmpl)
        return std::unexpected(tmpl.error());
    return xml::XmlSigner::signTemplates(*tmpl, key, idAttributes());
}

} // namespace sgl::interop::dmp
