#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::simulators::dmp {

/** What a verified VIHF (SAML 2.0 assertion in wsse:Security) says, as far as the simulator uses it. */
struct VihfFindings {
    QString issuerSubject;                    ///< X509SubjectName of the signing certificate
    QString nameId;                           ///< Subject/NameID
    QString resourceId;                       ///< "<INS>^^^&<OID>&ISO^NH" (…:resource:resource-id)
    QHash<QString, QStringList> attributes;   ///< attribute name -> values (text)
};

/** A document of the submission as received (signature entry excluded). */
struct SubmittedDocument {
    QString uniqueId;
    QByteArray bytes;
};

/** What a verified XAdES submission-set signature covers. */
struct XadesFindings {
    QString signatureId;
    QString signerSubject;
    QString submissionSetUniqueId;   ///< the Manifest reference with DigestValue AA==
    QStringList documentUniqueIds;   ///< the other Manifest references (each digest checked by the verifier)
};

/**
 * The seam where signature and trust checks plug in: the simulator never checks an XML
 * signature itself. The real implementation adapts interop::dmp::VihfVerifier / XadesVerifier
 * (xmlsec1 over the trusted CA bundle); tests that exercise everything else use
 * UncheckedSignatureVerifier. The XAdES verifier also checks the Manifest against the received
 * documents (digest of each, every document covered). Errors carry the verifier's code and French message; the handler
 * turns a VIHF error into a SOAP fault (wsse:InvalidSecurity) and a XAdES error into a registry
 * error, as the DMP does.
 *
 * Called from the simulator's thread only, one request at a time.
 */
class DmpSignatureVerifier
{
public:
    virtual ~DmpSignatureVerifier() = default;
    /** envelope: the whole request envelope (the assertion is verified in place, enveloped signature). */
    [[nodiscard]] virtual domain::Result<VihfFindings> verifyVihf(const QByteArray &envelope) = 0;
    /** signatureDocument: the XAdES part as received; documents: the submission's other documents. */
    [[nodiscard]] virtual domain::Result<XadesFindings> verifyXades(const QByteArray &signatureDocument,
                                                                    const QList<SubmittedDocument> &documents) = 0;
};

} // namespace sgl::simulators::dmp
