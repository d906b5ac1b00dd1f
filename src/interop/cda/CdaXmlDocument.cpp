#include "interop/cda/CdaXmlDocument.h"

#include "interop/cda/CdaOids.h"

namespace sgl::interop::cda {

namespace {
const xmlChar *x(const char *s) { return reinterpret_cast<const xmlChar *>(s); }
} // namespace

CdaXmlDocument::CdaXmlDocument(const QString &stylesheetHref)
    : m_doc(xmlNewDoc(x("1.0")))
{
    if (!stylesheetHref.isEmpty()) {
        // The href is put in an attribute-like pseudo attribute: reject quotes so the PI
        // stays well formed whatever the configuration says.
        QString href = stylesheetHref;
        href.remove(QLatin1Char('"')).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        const QByteArray content =
            QByteArrayLiteral("type=\"text/xsl\" href=\"") + href.toUtf8() + QByteArrayLiteral("\"");
        xmlNodePtr pi = xmlNewDocPI(m_doc.get(), x("xml-stylesheet"), x(content.constData()));
        xmlAddChild(reinterpret_cast<xmlNodePtr>(m_doc.get()), pi);
    }
    m_root = xmlNewDocNode(m_doc.get(), nullptr, x("ClinicalDocument"), nullptr);
    xmlNsPtr hl7 = xmlNewNs(m_root, x(oid::kHl7Namespace), nullptr);
    xmlSetNs(m_root, hl7);
    m_labNs = xmlNewNs(m_root, x(oid::kLabNamespace), x("lab"));
    m_xsiNs = xmlNewNs(m_root, x("http://www.w3.org/2001/XMLSchema-instance"), x("xsi"));
    xmlNewNsProp(m_root, m_xsiNs, x("schemaLocation"), x("urn:hl7-org:v3 CDA_extended.xsd"));
    xmlDocSetRootElement(m_doc.get(), m_root);
}

QByteArray CdaXmlDocument::serialize() const
{
    xmlChar *buffer = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(m_doc.get(), &buffer, &size, "UTF-8");
    QByteArray out(reinterpret_cast<const char *>(buffer), size);
    xmlFree(buffer);
    return out;
}

} // namespace sgl::interop::cda
