#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlWriterElement.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sgl::interop::xml {

struct XmlWriterState;

/**
 * Owns an XML document being written element by element (the CDA writers, later SOAP, XDS
 * metadata, VIHF), through XmlWriterElement handles. The imperative counterpart of XmlElement:
 * no intermediate value tree, so a 40-result CR-BIO is built in one pass.
 *
 * Output contract (toBytes): UTF-8, XML declaration `<?xml version="1.0" encoding="UTF-8"?>`,
 * top-level processing instructions then the root, each on its own line, no indentation, empty
 * elements as `<a/>`, namespace declarations in declaration order before the attributes in
 * setting order, `&`, `<`, `>` escaped in text, `"`, `&`, `<`, `>`, CR, LF and TAB escaped in attribute values.
 * The bytes are stable for a given sequence of calls (stored documents are re-checked byte for
 * byte). Errors: the first misuse ("xml.invalid_name", "xml.unbound_prefix", "xml.malformed"
 * for a second root or a bad processing instruction) is kept and makes toBytes()/toDocument()
 * fail; later calls are ignored.
 *
 * Move-only. Not thread-safe (one writer per thread), like any document.
 */
class XmlWriter
{
public:
    XmlWriter();
    XmlWriter(XmlWriter &&) noexcept;
    XmlWriter &operator=(XmlWriter &&) noexcept;
    XmlWriter(const XmlWriter &) = delete;
    XmlWriter &operator=(const XmlWriter &) = delete;
    ~XmlWriter();

    /**
     * Appends a processing instruction at document level (before the root when called first):
     * <?target data?>. The target must be a name other than "xml"; data must not contain "?>".
     */
    void addProcessingInstruction(const QString &target, const QString &data);
    /** Creates the root element (no namespace until setNamespace()); a second call is an error. */
    XmlWriterElement createRoot(const char *localName);

    /** First error recorded, or success. */
    [[nodiscard]] domain::Status status() const;
    /** Number of characters written as U+FFFD because XML 1.0 cannot carry them. */
    [[nodiscard]] int replacedCharacters() const;

    /** Serialises as stated above; fails with the first recorded error. */
    [[nodiscard]] domain::Result<QByteArray> toBytes() const;
    /**
     * Hands the tree over as a read-only XmlDocument (XPath, XSD, XSLT) without re-parsing; the
     * writer is empty afterwards and its element handles are invalid.
     */
    [[nodiscard]] domain::Result<XmlDocument> toDocument(const QString &sourceName = {}) &&;

private:
    std::unique_ptr<XmlWriterState> m_state;
};

} // namespace sgl::interop::xml
