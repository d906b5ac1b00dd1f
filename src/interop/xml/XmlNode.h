#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>

struct _xmlNode;

namespace sgl::interop::xml {

/**
 * Non-owning handle on an element (or other node) of an XmlDocument.
 *
 * Contract: valid only while the XmlDocument it came from is alive and unmodified; a
 * default-constructed handle is "null" and every accessor on it returns an empty value
 * (never crashes), so chains like doc.root().firstChild(ns, "A").text() are safe.
 * Texts are returned as QString decoded from the document's UTF-8.
 */
class XmlNode
{
public:
    XmlNode() = default;

    [[nodiscard]] bool isNull() const { return m_node == nullptr; }
    [[nodiscard]] bool isElement() const;
    /** Local name without prefix. */
    [[nodiscard]] QString localName() const;
    /** Namespace URI, empty when the node has none. */
    [[nodiscard]] QString namespaceUri() const;
    /** Concatenated text content of the node and its descendants (as XPath string()). */
    [[nodiscard]] QString text() const;
    /** Attribute value by local name and namespace (empty URI = attribute without namespace). */
    [[nodiscard]] QString attribute(const QString &localName, const QString &namespaceUri = {}) const;
    [[nodiscard]] bool hasAttribute(const QString &localName, const QString &namespaceUri = {}) const;
    /** Source line number (1-based), 0 when unknown. */
    [[nodiscard]] int line() const;
    /** Positional path such as /soap:Envelope/soap:Body/RESULTAT[1], for error locations. */
    [[nodiscard]] QString path() const;

    [[nodiscard]] XmlNode parent() const;
    /** Child elements, all or only those matching namespace + local name. */
    [[nodiscard]] QList<XmlNode> childElements() const;
    [[nodiscard]] QList<XmlNode> childElements(const QString &namespaceUri, const QString &localName) const;
    /** First matching child element, or a null node. */
    [[nodiscard]] XmlNode firstChild(const QString &namespaceUri, const QString &localName) const;
    /** Text of the first matching child element, empty when absent. */
    [[nodiscard]] QString childText(const QString &namespaceUri, const QString &localName) const;

    /** Same node (identity, not content equality). */
    friend bool operator==(const XmlNode &a, const XmlNode &b) { return a.m_node == b.m_node; }
    /** Identity hash, so a node can key a QHash (e.g. grouping entries by their organizer). */
    friend size_t qHash(const XmlNode &n, size_t seed = 0) noexcept { return ::qHash(static_cast<const void *>(n.m_node), seed); }

private:
    friend class XmlDocument;
    explicit XmlNode(_xmlNode *node) : m_node(node) {}
    friend class XmlSchema;
    friend struct XmlNodeHandles;
    friend class XmlSignatureVerifier;
    [[nodiscard]] _xmlNode *raw() const { return m_node; }

    _xmlNode *m_node = nullptr;
};

} // namespace sgl::interop::xml
