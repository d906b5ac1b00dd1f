#pragma once

#include "interop/xml/XmlNode.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::interop::xml {

/**
 * An attribute that carries an XML ID for signature references ("#id"): xmlsec resolves a
 * same-document URI only through IDs registered beforehand (SAML `ID`, XAdES/XMLDSig `Id`).
 * elementLocalName empty = the attribute counts on any element (elementNamespace then ignored).
 * Registration refuses a document where two elements carry the same ID value (ID wrapping).
 */
struct XmlIdAttribute {
    QString elementNamespace;
    QString elementLocalName;
    QString attributeName;
};

/** Digest algorithms the signer can use (the verifier reads any it accepts from the document). */
enum class XmlDigestAlgorithm { Sha1, Sha256 };

namespace xmldsig {
inline constexpr const char *Namespace = "http://www.w3.org/2000/09/xmldsig#";
inline constexpr const char *RsaSha1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
inline constexpr const char *RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
inline constexpr const char *Sha1 = "http://www.w3.org/2000/09/xmldsig#sha1";
inline constexpr const char *Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";
inline constexpr const char *C14n = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
inline constexpr const char *C14nWithComments = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments";
inline constexpr const char *ExcC14n = "http://www.w3.org/2001/10/xml-exc-c14n#";
inline constexpr const char *ExcC14nWithComments = "http://www.w3.org/2001/10/xml-exc-c14n#WithComments";
inline constexpr const char *Enveloped = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
inline constexpr const char *ManifestType = "http://www.w3.org/2000/09/xmldsig#Manifest";
} // namespace xmldsig

/** One ds:Reference as read from the document (after verification for SignedInfo ones). */
struct XmlSignatureReference {
    QString uri;
    QString type;
    /** Transform Algorithm URIs, in order. */
    QStringList transforms;
    QString digestMethod;
    /** Decoded DigestValue. */
    QByteArray digestValue;
    /** For a same-document "#id" reference: the element carrying that ID (the one whose digest was
     *  checked; null otherwise). Read the signed content through this node, never by searching the
     *  document again (ID wrapping). */
    XmlNode element;
};

/** An X.509 certificate as the signature layer describes it. */
struct XmlCertificateInfo {
    /** RFC 2253 string ("CN=DMP SIGN,OU=10B0152872,O=LABO,C=FR"), UTF-8 kept as is. */
    QString subject;
    QString issuer;
    /** Serial number in decimal (XAdES X509SerialNumber). */
    QString serialDecimal;
    QByteArray der;
    QDateTime notBefore;
    QDateTime notAfter;
};

/** What a successful verification found out. */
struct XmlSignatureInfo {
    /** The ds:Signature element verified. */
    XmlNode signature;
    /** Its Id attribute (empty when absent). */
    QString signatureId;
    QString canonicalizationMethod;
    QString signatureMethod;
    /** SignedInfo references: every digest was checked. */
    QList<XmlSignatureReference> references;
    /** References of the ds:Manifest elements a SignedInfo reference covers: NOT dereferenced nor checked (e.g. `urn:oid:` of XAdES
     *  for XDS); the caller compares them to its documents (XmlCanonicalizer::referenceDigest). */
    QList<XmlSignatureReference> manifestReferences;
    /** The signing certificate (the first X509Certificate of KeyInfo), chain-checked. */
    XmlCertificateInfo signer;
};

} // namespace sgl::interop::xml
