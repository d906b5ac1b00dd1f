#pragma once

#include "interop/cda/CdaXmlNode.h"

#include <QByteArray>
#include <QString>

#include <libxml/tree.h>

#include <memory>

namespace sgl::interop::cda {

/**
 * Owns the libxml2 tree of one CDA document under construction: root <ClinicalDocument> in
 * urn:hl7-org:v3 with the lab: and xsi: namespaces declared, optional xml-stylesheet
 * processing instruction. Move-only.
 */
class CdaXmlDocument {
public:
    /** Creates the prologue and the root; stylesheetHref empty = no processing instruction. */
    explicit CdaXmlDocument(const QString &stylesheetHref = {});

    [[nodiscard]] CdaXmlNode root() const { return CdaXmlNode(m_root); }
    [[nodiscard]] xmlNsPtr labNs() const { return m_labNs; }
    [[nodiscard]] xmlNsPtr xsiNs() const { return m_xsiNs; }
    [[nodiscard]] xmlDocPtr raw() const { return m_doc.get(); }

    /** UTF-8 serialization with XML declaration (libxml2 xmlDocDumpMemoryEnc). */
    [[nodiscard]] QByteArray serialize() const;

private:
    struct DocFree {
        void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
    };
    std::unique_ptr<xmlDoc, DocFree> m_doc;
    xmlNodePtr m_root = nullptr;
    xmlNsPtr m_labNs = nullptr;
    xmlNsPtr m_xsiNs = nullptr;
};

} // namespace sgl::interop::cda
