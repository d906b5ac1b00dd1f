#pragma once

#include "domain/report/ReportContent.h"
#include "interop/cda/CdaDocument.h"

namespace sgl::interop::cda {

/**
 * Writes one battery as a CR-BIO sub-chapter (FR-CR-BIO-Sous-Chapitre): its narrative block
 * and its Laboratory Report Data Processing Entry are produced in the same pass over the
 * observations, so every coded result points (originalText/reference) at the narrative cell
 * that shows it. Pending results (partial report) appear in the narrative only, since CR-BIO
 * allows observations only as completed or aborted.
 */
class CdaBatteryWriter {
public:
    /** nextId is the document-wide counter for narrative IDs ("res-12"). */
    CdaBatteryWriter(const domain::ReportContent &content, CdaDocument &doc, int &nextId)
        : m_content(content), m_doc(doc), m_nextId(nextId) {}

    /** Appends <component><section> for the battery under the chapter section. */
    void write(xml::XmlWriterElement chapterSection, const domain::ReportChapter &chapter,
               const domain::ReportBattery &battery, const QString &chapterComment);

private:
    QString newId(const char *prefix);
    void observation(xml::XmlWriterElement parent, const char *relation, const domain::ReportObservation &obs,
                     const QString &code, const QString &display, const domain::ResultValue &value,
                     const QString &refId, const QString &methodId, const QString &commentId);
    void value(xml::XmlWriterElement obsNode, const domain::ResultValue &value);
    void referenceRange(xml::XmlWriterElement obsNode, const domain::ReportObservation &obs, const QString &unit);
    void subcontractor(xml::XmlWriterElement obsNode, const domain::ReportObservation &obs);
    void validator(xml::XmlWriterElement obsNode, const domain::ReportObservation &obs);
    void previous(xml::XmlWriterElement obsNode, const domain::ReportObservation &obs, const QString &code,
                  const QString &display);
    void specimen(xml::XmlWriterElement act, const domain::ReportBattery &battery);
    void comment(xml::XmlWriterElement parent, const char *relation, const char *relationType,
                 const QString &refId);

    const domain::ReportContent &m_content;
    CdaDocument &m_doc;
    int &m_nextId;
};

} // namespace sgl::interop::cda
