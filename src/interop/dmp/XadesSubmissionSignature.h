#pragma once

#include "domain/Error.h"
#include "interop/dmp/DmpSecurity.h"
#include "interop/xml/XmlSignatureTypes.h"
#include "interop/xml/XmlSigningKey.h"

#include <QByteArray>
#include <QList>

namespace sgl::interop::dmp {

/**
 * The XAdES signature of an ITI-41 submission (the "signature" DocumentEntry of the DMP), in the
 * shape of the official TD2.1-SignatureXades.xml: an enveloping ds:Signature Id=<signatureId>,
 * CanonicalizationMethod c14n 1.0 WithComments, rsa-sha256, References to #IHEManifest
 * (Type ...#Manifest) and #S0-SignedProperties (Type XAdES 1.1.1 SignedProperties), KeyInfo with
 * the certificate, then three ds:Object: the Manifest (urn:oid:<submissionSet> with DigestValue
 * AA==, then urn:oid:<document> per document: sha256 after c14n-with-comments, or of the raw
 * bytes when a document is not XML), SignatureProperties/SignatureProperty Id="purposeOfSignature"
 * Target="#<signatureId>" = 1.2.840.10065.1.12.1.14, and XAdES 1.1.1 QualifyingProperties
 * (SigningTime, SigningCertificate/Cert/{CertDigest sha256, IssuerSerial}, SignaturePolicyImplied).
 *
 * Deviations from the example, on purpose: sha256 instead of sha1; SignatureProperties in the
 * XML-DSig namespace (the example writes xmlns="" there, which XML-DSig does not define).
 *
 * Errors: "dmp.xades_invalid_input" (empty ids, no document, invalid signing time), the signing
 * errors of XmlSigner.
 */
class XadesSubmissionSignature
{
public:
    static constexpr const char *PurposeOfSignature = "1.2.840.10065.1.12.1.14";
    static constexpr const char *XadesNs = "http://uri.etsi.org/01903/v1.1.1#";
    static constexpr const char *SignedPropertiesType = "http://uri.etsi.org/01903/v1.1.1#SignedProperties";
    static constexpr const char *ManifestId = "IHEManifest";
    static constexpr const char *SignedPropertiesId = "S0-SignedProperties";

    /** The unsigned template (empty SignedInfo digests and SignatureValue). */
    [[nodiscard]] static domain::Result<QByteArray> buildTemplate(const SubmissionSignatureInput &input,
                                                                  const xml::XmlCertificateInfo &signer);
    /** Template then xmlsec signature with key. */
    [[nodiscard]] static domain::Result<QByteArray> sign(const SubmissionSignatureInput &input, const xml::XmlSigningKey &key);
    /** The ID attributes the references point at (ds:Manifest/@Id, xades:SignedProperties/@Id). */
    [[nodiscard]] static QList<xml::XmlIdAttribute> idAttributes();
    /** The Manifest digest of one document: sha256 of its c14n-with-comments form, of the bytes if not XML. */
    struct DocumentDigest {
        QStringList transforms;
        QByteArray digest;
    };
    [[nodiscard]] static DocumentDigest documentDigest(const QByteArray &bytes);
};

} // namespace sgl::interop::dmp
