#pragma once

#include "domain/Error.h"
#include "interop/dmp/DmpSecurity.h"
#include "interop/xml/XmlSignatureTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::interop::dmp {

/** What a receiver of XAdES submission signatures (the DMP simulator) trusts. */
struct XadesVerifierOptions {
    QList<QByteArray> trustedCaPem;
    /** rsa-sha1/sha1 accepted as legacy (the TD2.1 example is sha1). */
    bool allowSha1 = true;
    /** Verification time; null = now. */
    QDateTime at;
};

/** What a verified XAdES submission signature covers. */
struct VerifiedXades {
    xml::XmlCertificateInfo signer;
    QString signatureId;
    QString signatureMethod;
    QString purposeOfSignature;
    QDateTime signingTime;
    /** The Manifest reference whose DigestValue is AA== (a zero byte). */
    QString submissionSetUniqueId;
    struct Document {
        QString uniqueId;
        QString digestMethod;
        QByteArray digest;
    };
    /** The other Manifest references, each matched against a received document. */
    QList<Document> documents;
};

/**
 * Checks a XAdES submission signature against the documents received with it:
 * 1. the enveloping ds:Signature (root element) with XmlSignatureVerifier (cryptography, then
 *    trust); its SignedInfo must cover a ds:Manifest (Type ...#Manifest) and the XAdES
 *    SignedProperties (IDs registered, duplicates refused);
 * 2. SigningCertificate names the signing certificate (one Cert's CertDigest = digest of it);
 * 3. SignatureProperty Id="purposeOfSignature" Target="#<signature Id>" = 1.2.840.10065.1.12.1.14
 *    (in the XML-DSig namespace or, as the TD2.1 example, in none);
 * 4. Manifest: exactly one `urn:oid:` reference with DigestValue AA== (the submission set); every
 *    other reference names a received document (uniqueId) whose digest, recomputed with the
 *    reference's transforms (c14n) and DigestMethod, is equal; every received document is covered.
 *
 * Errors: XmlSignatureVerifier's codes, "dmp.xades_malformed", "dmp.xades_purpose",
 * "dmp.xades_digest_mismatch", "dmp.xades_document_missing", "dmp.xades_document_not_signed".
 */
class XadesVerifier
{
public:
    [[nodiscard]] static domain::Result<VerifiedXades> verify(const QByteArray &signatureXml,
                                                              const QList<SignedDocumentRef> &receivedDocuments,
                                                              const XadesVerifierOptions &options);
};

} // namespace sgl::interop::dmp
