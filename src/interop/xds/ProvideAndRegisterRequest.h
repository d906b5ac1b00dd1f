#pragma once

#include "interop/xds/XdsMetadata.h"
#include "interop/xml/XmlWriterElement.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::interop::xds {

/** A document part of an ITI-41 request. */
struct SubmissionPart {
    QString entryId;    ///< ExtrinsicObject id it belongs to (Document01, Signature01)
    QString contentId;  ///< MTOM Content-ID, without <> (the xop:Include href is "cid:" + this)
    QByteArray bytes;
};

/**
 * The content of one DMP feed (TD2.1): the submission set, the document entry, the signature
 * entry (XAdES of the submission, always masked) and the associations. Built by makeSubmission()
 * so every request has the same shape as TD2.1_Alimentation_requete.xml.
 */
struct Submission {
    SubmissionSet set;
    DocumentEntry document;
    DocumentEntry signature;
    QList<XdsAssociation> associations;
};

/** How the documents travel in the request body. */
enum class DocumentPayload {
    Xop,           ///< <xds:Document id=…><xop:Include href="cid:…"/></xds:Document> (MTOM, what is sent)
    InlineBase64   ///< base64 text: the XOP infoset, what the XSD validates
};

/** ITI-41 ProvideAndRegisterDocumentSet-b writer (IHE ITI TF-2b §3.41, DMP TD2.1). */
class ProvideAndRegisterRequest {
public:
    /**
     * Completes a document entry into a submission: submission set (same patient, authors,
     * submissionTime = time, contentTypeCode as given), the signature entry (uniqueId
     * signatureUniqueId, "Source", languageCode art, classCode urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1,
     * typeCode E1762, formatCode xmldsig, eventCode 1.2.840.10065.1.12.1.14, confidentiality
     * N + MASQUE_PS + INVISIBLE_PATIENT, same facility and practice setting), HasMember ×2 and
     * signs (SubmissionSetStatus Original), and RPLC document → replacedEntryUuid when given
     * (urn:uuid:… of the registered previous version).
     */
    [[nodiscard]] static Submission makeSubmission(const DocumentEntry &document, const QString &submissionSetUniqueId,
                                                   const QString &signatureUniqueId, const QString &sourceId,
                                                   const XdsCode &contentTypeCode, const QDateTime &time,
                                                   const QString &replacedEntryUuid = {});

    /**
     * Writes <xds:ProvideAndRegisterDocumentSetRequest> under parent (the SOAP Body, or a root):
     * lcm:SubmitObjectsRequest/rim:RegistryObjectList then one xds:Document per part.
     */
    static void write(xml::XmlWriterElement parent, const Submission &submission, const QList<SubmissionPart> &parts,
                      DocumentPayload payload);

    /** "yyyyMMddHHmmss" in UTC (XDS DTM without offset). */
    [[nodiscard]] static QString dtm(const QDateTime &time);
};

} // namespace sgl::interop::xds
