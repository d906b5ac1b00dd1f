#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlExternalSigningKey.h"
#include "interop/xml/XmlSignatureTypes.h"
#include "interop/xml/XmlSigningKey.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sgl::interop::xml {

/** Where and how XmlSigner::signEnveloped places its enveloped signature. */
struct XmlEnvelopedSignatureSpec {
    /** The ID attribute of the element to sign (SAML: {assertion ns, "Assertion", "ID"}). */
    XmlIdAttribute idAttribute;
    /** Value of that attribute on the element to sign (one element only, else "xml.signature_duplicate_id"). */
    QString targetId;
    /** The signature goes right after this child of the signed element (SAML: saml:Issuer);
     *  empty local name: appended as its last child. */
    QString insertAfterNamespace;
    QString insertAfterLocalName;
    /** PrefixList of the exc-c14n transform's InclusiveNamespaces (ANS automate example:
     *  "ds saml #default xsi"); empty: no InclusiveNamespaces element. */
    QString inclusiveNamespaces;
    XmlDigestAlgorithm digest = XmlDigestAlgorithm::Sha256;
};

/**
 * XML-DSig signing with xmlsec1 (OpenSSL backend), RSA keys: rsa-sha256 (rsa-sha1 only if the
 * spec asks for Sha1, for legacy tests), KeyInfo/X509Data/X509Certificate with the signing
 * certificate. Input and output are bytes; output is the serialised signed document, UTF-8,
 * without XML declaration (it is meant to be embedded: SOAP header, XDS document part).
 *
 * Errors: parse errors of XmlDocument, "xml.signing_key" (key/certificate unusable),
 * "xml.signature_missing" (no element with targetId / no template), "xml.signature_duplicate_id",
 * "xml.signing_failed" (xmlsec refused, with its reason).
 */
class XmlSigner
{
public:
    /**
     * Enveloped signature of the element whose ID is spec.targetId: one Reference "#id" with the
     * enveloped-signature and exc-c14n transforms, CanonicalizationMethod exc-c14n, the ds:Signature
     * element in the default XML-DSig namespace (as the official SAML examples).
     */
    [[nodiscard]] static domain::Result<QByteArray> signEnveloped(const QByteArray &xml, const XmlSigningKey &key,
                                                                 const XmlEnvelopedSignatureSpec &spec);
    /**
     * Same enveloped signature, computed by a key that stays outside the process (the professional's
     * card through PKCS#11): rsa-sha256 only (spec.digest Sha256, else "xml.signing_key"); the key is
     * borrowed for the call. Errors: as above; "xml.signing_key" also for a null or non-RSA key, and
     * "xml.signing_failed" when the card refuses to sign (removed meanwhile, session closed).
     */
    [[nodiscard]] static domain::Result<QByteArray> signEnveloped(const QByteArray &xml, const XmlExternalSigningKey &key,
                                                                 const XmlEnvelopedSignatureSpec &spec);
    /**
     * Signs every prepared ds:Signature template of the document (SignedInfo with its References,
     * an empty SignatureValue, KeyInfo/X509Data with an empty X509Certificate filled with the
     * signing certificate): xmlsec computes the SignedInfo digests and the signature value. ids
     * are the ID attributes the "#id" references point at. Manifest references are left as the
     * template wrote them (their digests are the caller's, see XmlCanonicalizer::referenceDigest).
     */
    [[nodiscard]] static domain::Result<QByteArray> signTemplates(const QByteArray &xml, const XmlSigningKey &key,
                                                                 const QList<XmlIdAttribute> &ids);
};

} // namespace sgl::interop::xml
