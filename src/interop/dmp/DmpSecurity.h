#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::interop::dmp {

/** What the VIHF (SAML assertion of the "automate" profile) needs to know about one call. */
struct VihfContext {
    QString patientIns;    ///< 15-character INS of the patient
    /** OID of that INS: .8 NIR / .9 NIA in production, .10 / .11 on test platforms (interop::dmp::PatientIns). */
    QString patientInsOid = QStringLiteral("1.2.250.1.213.1.4.10");
};

/** One document of a submission, as it will be sent (the bytes are digested after c14n). */
struct SignedDocumentRef {
    QString uniqueId;
    QByteArray bytes;
};

/** Input of the XAdES signature of an ITI-41 submission (TD2.1-SignatureXades.xml shape). */
struct SubmissionSignatureInput {
    QString signatureId;              ///< ds:Signature/@Id = uniqueId of the signature entry
    QString submissionSetUniqueId;    ///< Manifest reference urn:oid:<this>, DigestValue AA==
    QList<SignedDocumentRef> documents; ///< Manifest references urn:oid:<uniqueId>, digest after c14n
    QDateTime signingTime;            ///< UTC
};

/**
 * The security material of DMP calls. The DMP client never builds signatures itself: it asks an
 * implementation of this interface (SignedDmpSecurity, with the structure's "cachet"
 * certificate; a fixed header in tests) and inserts what it returns without changing a byte.
 */
class DmpSecurity {
public:
    virtual ~DmpSecurity() = default;
    /**
     * The complete <wsse:Security> element (signed VIHF "automate" assertion inside), UTF-8
     * bytes, to be placed as a child of soap:Header.
     */
    [[nodiscard]] virtual domain::Result<QByteArray> wsSecurityHeader(const VihfContext &context) = 0;
    /** The XAdES signature document (enveloping ds:Signature, TD2.1-SignatureXades.xml shape), UTF-8 bytes. */
    [[nodiscard]] virtual domain::Result<QByteArray> submissionSignature(const SubmissionSignatureInput &input) = 0;
};

} // namespace sgl::interop::dmp
