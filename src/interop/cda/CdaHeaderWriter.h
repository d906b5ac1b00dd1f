#pragma once

#include "domain/report/ReportContent.h"
#include "interop/cda/CdaDocument.h"

namespace sgl::interop::cda {

/** Which CDA flavour the header belongs to (they differ only in document templateIds). */
enum class CdaLevel { N3, N1 };

/**
 * Writes the CR-BIO header (everything before <component>) shared by N3 and N1, in the
 * element order of the CDA R2 schema: templates, ids, code 11502-2, patient (INS and INS
 * traits only for a qualified identity), author, custodian, recipients, legal authenticator,
 * result validators, prescriber, order, service events per chapter, RPLC, encounter.
 * Assumes CdaRequirementsCheck passed.
 */
class CdaHeaderWriter {
public:
    CdaHeaderWriter(const domain::ReportContent &content, CdaDocument &doc)
        : m_content(content), m_doc(doc) {}

    void write(CdaLevel level);

private:
    void documentIdentity(xml::XmlWriterElement root, CdaLevel level);
    void recordTarget(xml::XmlWriterElement root);
    void patientName(xml::XmlWriterElement patient);
    void author(xml::XmlWriterElement root);
    void custodian(xml::XmlWriterElement root);
    void recipients(xml::XmlWriterElement root);
    void legalAuthenticator(xml::XmlWriterElement root);
    void authenticators(xml::XmlWriterElement root);
    void prescriber(xml::XmlWriterElement root);
    void serviceEvents(xml::XmlWriterElement root);
    void encounter(xml::XmlWriterElement root);

    const domain::ReportContent &m_content;
    CdaDocument &m_doc;
};

} // namespace sgl::interop::cda
