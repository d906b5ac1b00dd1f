#include "interop/cda/CdaDocument.h"

#include "interop/cda/CdaOids.h"

namespace sgl::interop::cda {

CdaDocument::CdaDocument(const QString &stylesheetHref)
{
    if (!stylesheetHref.isEmpty()) {
        // The href sits in a pseudo attribute: quotes and angle brackets are removed so the
        // instruction stays well formed whatever the configuration says.
        QString href = stylesheetHref;
        href.remove(QLatin1Char('"')).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        m_writer.addProcessingInstruction(QStringLiteral("xml-stylesheet"),
                                          QStringLiteral("type=\"text/xsl\" href=\"") + href + QLatin1Char('"'));
    }
    m_root = m_writer.createRoot("ClinicalDocument");
    m_root.setNamespace(m_root.declareNamespace(QString(), QString::fromLatin1(oid::kHl7Namespace)));
    m_labNs = m_root.declareNamespace(QStringLiteral("lab"), QString::fromLatin1(oid::kLabNamespace));
    m_xsiNs = m_root.declareNamespace(QStringLiteral("xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    m_root.set(m_xsiNs, "schemaLocation", "urn:hl7-org:v3 CDA_extended.xsd");
}

} // namespace sgl::interop::cda
