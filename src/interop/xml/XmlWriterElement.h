#pragma once

#include "interop/xml/XmlWriterNamespace.h"

#include <QLatin1StringView>
#include <QString>

struct _xmlNode;

namespace sgl::interop::xml {

class XmlWriter;
struct XmlWriterState;

/**
 * Non-owning handle on an element of a document being written by an XmlWriter (CDA, SOAP...).
 *
 * Contract:
 * - names (elements, attributes, namespace prefixes) are ASCII/UTF-8 NCNames without a prefix:
 *   the namespace is given as an XmlWriterNamespace handle, never spelled "p:name". An invalid
 *   name is not written; the writer records the first such error ("xml.invalid_name") and
 *   XmlWriter::toBytes() then fails, so a programming mistake never yields a document;
 * - text and attribute values are plain characters, escaped at serialisation (no XML is ever
 *   built by concatenation). A character XML 1.0 cannot carry (control character, lone
 *   surrogate, U+FFFE/U+FFFF, invalid UTF-8) is written as U+FFFD and counted
 *   (XmlWriter::replacedCharacters()): clinical text still reaches the document, visibly marked,
 *   and the output stays well-formed;
 * - every operation on a null handle (a failed add()) is a no-op, so chains never crash;
 * - valid while its XmlWriter is alive (the writer may be moved, handles stay valid).
 */
class XmlWriterElement
{
public:
    XmlWriterElement() = default;

    [[nodiscard]] bool isNull() const { return m_node == nullptr; }

    /** Appends a child element in this element's namespace. */
    XmlWriterElement add(const char *localName);
    /** Appends a child element in the given namespace (lab:statusCode). */
    XmlWriterElement add(XmlWriterNamespace ns, const char *localName);
    /** Appends a child element in this element's namespace holding text. */
    XmlWriterElement addText(const char *localName, const QString &text);

    /** Sets an attribute without namespace; an empty value is still written (see setIf). */
    XmlWriterElement &set(const char *name, const QString &value);
    /** Same, the value being UTF-8 (literals such as "DRIV"). */
    XmlWriterElement &set(const char *name, const char *value);
    /** Sets the attribute only when value is not empty. */
    XmlWriterElement &setIf(const char *name, const QString &value);
    /** Sets a namespaced attribute (xsi:type="IVL_PQ"). */
    XmlWriterElement &set(XmlWriterNamespace ns, const char *name, const QString &value);
    XmlWriterElement &set(XmlWriterNamespace ns, const char *name, const char *value);

    /** Sets xml:lang (the xml prefix is bound by XML itself and cannot be declared). */
    XmlWriterElement &setXmlLang(const QString &language);

    /** Appends text content. */
    XmlWriterElement &text(const QString &value);
    /** Appends text given as Latin-1 bytes (base64 payloads: no UTF-16 round trip). */
    XmlWriterElement &text(QLatin1StringView value);
    /** Appends NUL-terminated UTF-8 text (literals; ASCII is written without any copy). */
    XmlWriterElement &text(const char *utf8);

    /**
     * Declares prefix -> uri on this element (empty prefix = default namespace) and returns its
     * handle. Declaring the same prefix twice on one element, or the reserved "xml"/"xmlns"
     * prefixes, is an error ("xml.invalid_name") and returns a null handle.
     */
    XmlWriterNamespace declareNamespace(const QString &prefix, const QString &uri);
    /** Puts this element itself in ns (typically the default namespace it just declared). */
    XmlWriterElement &setNamespace(XmlWriterNamespace ns);

    /**
     * Appends a pre-built element whose bytes must reach the output unchanged (a signed
     * wsse:Security header: re-serialising it could change what its signature covers). The
     * bytes must be one well-formed, namespace-complete UTF-8 element (a leading BOM and XML
     * declaration are dropped); anything else is recorded as "xml.malformed". XmlWriter::toBytes()
     * writes them verbatim at this place; toDocument() re-parses the output.
     */
    XmlWriterElement &addVerbatim(const QByteArray &element);

private:
    friend class XmlWriter;
    XmlWriterElement(_xmlNode *node, XmlWriterState *state) : m_node(node), m_state(state) {}
    XmlWriterElement child(struct _xmlNs *ns, const char *localName);
    void attribute(struct _xmlNs *ns, const char *name, const QByteArray &utf8Value);
    void appendText(const char *utf8, qsizetype size);

    _xmlNode *m_node = nullptr;
    XmlWriterState *m_state = nullptr;
};

} // namespace sgl::interop::xml
