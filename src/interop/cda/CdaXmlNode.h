#pragma once

#include <QString>

#include <libxml/tree.h>

namespace sgl::interop::cda {

/**
 * A non-owning handle on one element of a libxml2 tree being built (the owning document is
 * CdaXmlDocument). Children are created in the element's namespace; text and attribute values
 * go through libxml2's tree API, which escapes them on serialization, so no XML is ever built
 * by string concatenation.
 */
class CdaXmlNode {
public:
    explicit CdaXmlNode(xmlNodePtr node) : m_node(node) {}

    /** Appends a child element in the same namespace as this one. */
    CdaXmlNode add(const char *name);
    /** Appends a child element in the given namespace (lab:statusCode). */
    CdaXmlNode addNs(xmlNsPtr ns, const char *name);
    /** Sets an attribute; an empty value is still written (use setIf to skip empties). */
    CdaXmlNode &set(const char *name, const QString &value);
    CdaXmlNode &set(const char *name, const char *value);
    /** Sets the attribute only when value is not empty. */
    CdaXmlNode &setIf(const char *name, const QString &value);
    /** Sets a namespaced attribute (xsi:type). */
    CdaXmlNode &setNs(xmlNsPtr ns, const char *name, const char *value);
    /** Appends text content (escaped on output). */
    CdaXmlNode &text(const QString &value);
    CdaXmlNode &text(const char *value);
    /** Shorthand: add(name) with text. */
    CdaXmlNode addText(const char *name, const QString &value);

    [[nodiscard]] xmlNodePtr raw() const { return m_node; }

private:
    xmlNodePtr m_node;
};

} // namespace sgl::interop::cda
