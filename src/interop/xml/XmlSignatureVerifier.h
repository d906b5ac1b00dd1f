#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSignatureTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace sgl::interop::xml {

/** What the verifier trusts and accepts. */
struct XmlVerifyOptions {
    /** Trusted CA certificates, PEM texts (each may hold several). Empty: every signer is untrusted. */
    QList<QByteArray> trustedCaPem;
    /** The ID attributes "#id" references may point at (registered before verification). */
    QList<XmlIdAttribute> idAttributes;
    /** rsa-sha1 / sha1 accepted (legacy CNAM tokens and TD2.1 example); refused otherwise. */
    bool allowSha1 = false;
    /** Time at which the certificate must be valid; null = now. */
    QDateTime at;
};

/**
 * Verifies XML-DSig signatures with xmlsec1, using the certificate found in the signature's
 * KeyInfo, then checks that certificate against the trusted CAs (OpenSSL chain validation at
 * `at`). Cryptography is checked before trust, so an unknown CA's well-formed signature
 * reports "untrusted", a tampered one "digest mismatch"/"invalid".
 *
 * Accepted algorithms: SignatureMethod rsa-sha256 (rsa-sha1 with allowSha1); DigestMethod sha256
 * (sha1 with allowSha1); CanonicalizationMethod and Transforms: c14n 1.0 and exc-c14n, with or
 * without comments, enveloped-signature. References: "" or "#id" only (no external URI is ever
 * fetched). ds:Manifest references are read, not checked (XmlSignatureInfo::manifestReferences).
 *
 * Anti ID-wrapping: IDs are registered with duplicates refused, and every "#id" reference comes
 * back with the element whose digest was checked (XmlSignatureReference::element): callers read
 * signed content through it.
 *
 * Errors: "xml.signature_missing", "xml.signature_malformed", "xml.signature_duplicate_id",
 * "xml.signature_reference_unresolved", "xml.signature_unsupported_algorithm",
 * "xml.signature_digest_mismatch", "xml.signature_invalid", "xml.certificate_untrusted",
 * "xml.certificate_expired".
 *
 * The XmlNode handles returned point into doc: they live as long as it.
 */
class XmlSignatureVerifier
{
public:
    /** Every ds:Signature of the document, in document order; fails on the first one that fails. */
    [[nodiscard]] static domain::Result<QList<XmlSignatureInfo>> verifyAll(const XmlDocument &doc, const XmlVerifyOptions &options);
    /** One ds:Signature element of doc. */
    [[nodiscard]] static domain::Result<XmlSignatureInfo> verify(const XmlDocument &doc, XmlNode signature,
                                                               const XmlVerifyOptions &options);
};

} // namespace sgl::interop::xml
