#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlNamespaces.h"
#include "interop/xml/XmlNode.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct _xmlDoc;

namespace sgl::interop::xml {

/** Parsing switches; the defaults are the only ones product code should need. */
struct XmlParseOptions {
    /// A document with a DOCTYPE (internal or external subset) is refused unless this is set.
    /// SOAP forbids DTDs and CDA never has one; refusing them closes entity-expansion attacks.
    bool allowDoctype = false;
};

/**
 * An owned, parsed XML document (libxml2 tree).
 *
 * Security contract of parse(): XML_PARSE_NONET (no network), no entity substitution
 * (no XML_PARSE_NOENT), no DTD loading or attribute defaulting, DOCTYPE refused by default,
 * parser messages captured (never printed to stderr). Input is bytes (UTF-8 or the encoding its
 * declaration names).
 *
 * Error codes (domain::Error::code):
 * - "xml.empty": no input bytes
 * - "xml.malformed": not well-formed; location = "<source>:<line>:<column>"
 * - "xml.doctype_forbidden": the document has a DOCTYPE and XmlParseOptions::allowDoctype is off
 * - "xml.io": parseFile could not read the file
 * - "xml.xpath": the XPath expression is invalid or uses an unbound prefix
 *
 * Move-only. Nodes (XmlNode) obtained from it must not outlive it. No libxml2 type is visible:
 * other libraries see only this wrapper (tests/architecture/check_xml_confined.sh).
 */
class XmlDocument
{
public:
    XmlDocument() = default;
    XmlDocument(XmlDocument &&) noexcept = default;
    XmlDocument &operator=(XmlDocument &&) noexcept = default;
    XmlDocument(const XmlDocument &) = delete;
    XmlDocument &operator=(const XmlDocument &) = delete;
    ~XmlDocument() = default;

    /** Parses bytes held in memory; sourceName appears in error locations (file name, "réponse INSi"...). */
    [[nodiscard]] static domain::Result<XmlDocument> parse(const QByteArray &data,
                                                           const QString &sourceName = {},
                                                           XmlParseOptions options = {});
    /** Reads the file then parse(); the path is used as sourceName. */
    [[nodiscard]] static domain::Result<XmlDocument> parseFile(const QString &path,
                                                               XmlParseOptions options = {});
    [[nodiscard]] bool isNull() const { return !m_doc; }
    [[nodiscard]] XmlNode root() const;
    [[nodiscard]] QString sourceName() const { return m_sourceName; }

    /**
     * Evaluates an XPath 1.0 expression that returns a node-set, relative to context (the
     * document when context is null). Prefixes used in the expression must be bound in ns.
     */
    [[nodiscard]] domain::Result<QList<XmlNode>> select(const QString &xpath,
                                                        const XmlNamespaces &ns = {},
                                                        XmlNode context = XmlNode()) const;
    /** First node of select(), or a null XmlNode when the node-set is empty. */
    [[nodiscard]] domain::Result<XmlNode> selectFirst(const QString &xpath,
                                                      const XmlNamespaces &ns = {},
                                                      XmlNode context = XmlNode()) const;
    /** XPath string() of the expression (e.g. "string(//a:Id)" or "count(//x)"). */
    [[nodiscard]] domain::Result<QString> evaluateString(const QString &xpath,
                                                         const XmlNamespaces &ns = {},
                                                         XmlNode context = XmlNode()) const;

    /** Serialises as UTF-8 with an XML declaration; indent adds line breaks/indentation. */
    [[nodiscard]] QByteArray toBytes(bool indent = false) const;

private:
    // The libxml2 tree stays inside this library: only its sibling wrappers reach it.
    friend class XmlSchema;
    friend class XmlElement;
    friend class XmlWriter;
    friend class XsltStylesheet;
    friend class XmlCanonicalizer;
    friend class XmlSigner;
    friend class XmlSignatureVerifier;
    /** Takes ownership of a tree built here (writer, XSLT result); nullptr gives a null document. */
    [[nodiscard]] static XmlDocument adopt(_xmlDoc *doc, const QString &sourceName = {});
    [[nodiscard]] _xmlDoc *raw() const { return m_doc.get(); }
    /** Gives up ownership (a compiled stylesheet keeps its source tree). */
    [[nodiscard]] _xmlDoc *release() { return m_doc.release(); }

    struct Deleter {
        void operator()(_xmlDoc *doc) const;
    };
    std::unique_ptr<_xmlDoc, Deleter> m_doc;
    QString m_sourceName;
};

} // namespace sgl::interop::xml
