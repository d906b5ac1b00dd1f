#pragma once

#include "domain/report/ReportContent.h"
#include "interop/cda/CdaDocument.h"

namespace sgl::interop::cda {

/**
 * Writes the N3 structuredBody: one FR-CR-BIO-Chapitre per chapter with a sub-chapter per
 * battery, the subcontractors' documents (second-line results section), the general comment
 * (FR-Commentaire-non-code) and the mandatory FR-Document-PDF-copie.
 */
class CdaBodyWriter {
public:
    CdaBodyWriter(const domain::ReportContent &content, CdaDocument &doc)
        : m_content(content), m_doc(doc) {}

    void write();

private:
    void chapter(xml::XmlWriterElement body, const domain::ReportChapter &chapter);
    void generalComment(xml::XmlWriterElement body);
    void attachments(xml::XmlWriterElement body);
    void pdfCopy(xml::XmlWriterElement body);
    /** Document-attached organizer (FR-Document-attache) with the base64 bytes. */
    void attachedDocument(xml::XmlWriterElement section, const QString &idSuffix, const QString &mediaType,
                          const QByteArray &bytes, const QString &mediaId, bool pdfCopy,
                          const QString &titleRef);

    const domain::ReportContent &m_content;
    CdaDocument &m_doc;
    int m_nextId = 0;
};

} // namespace sgl::interop::cda
