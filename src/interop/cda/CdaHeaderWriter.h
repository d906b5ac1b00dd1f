#pragma once

#include "domain/report/ReportContent.h"
#include "interop/cda/CdaXmlDocument.h"

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
    CdaHeaderWriter(const domain::ReportContent &content, CdaXmlDocument &doc)
        : m_content(content), m_doc(doc) {}

    void write(CdaLevel level);

private:
    void documentIdentity(CdaXmlNode root, CdaLevel level);
    void recordTarget(CdaXmlNode root);
    void patientName(CdaXmlNode patient);
    void author(CdaXmlNode root);
    void custodian(CdaXmlNode root);
    void recipients(CdaXmlNode root);
    void legalAuthenticator(CdaXmlNode root);
    void authenticators(CdaXmlNode root);
    void prescriber(CdaXmlNode root);
    void serviceEvents(CdaXmlNode root);
    void encounter(CdaXmlNode root);

    const domain::ReportContent &m_content;
    CdaXmlDocument &m_doc;
};

} // namespace sgl::interop::cda
