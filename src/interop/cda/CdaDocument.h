#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlWriter.h"
#include "interop/xml/XmlWriterElement.h"
#include "interop/xml/XmlWriterNamespace.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::cda {

/**
 * One CDA document under construction, on the interop/xml writer: root <ClinicalDocument> in
 * urn:hl7-org:v3 with the lab: and xsi: namespaces declared and xsi:schemaLocation set,
 * optional xml-stylesheet processing instruction before it. The header, body and battery
 * writers add to root(). Move-only; element handles stay valid when it is moved.
 */
class CdaDocument {
public:
    /** Creates the prologue and the root; stylesheetHref empty = no processing instruction. */
    explicit CdaDocument(const QString &stylesheetHref = {});

    [[nodiscard]] xml::XmlWriterElement root() const { return m_root; }
    [[nodiscard]] xml::XmlWriterNamespace labNs() const { return m_labNs; }
    [[nodiscard]] xml::XmlWriterNamespace xsiNs() const { return m_xsiNs; }

    /**
     * UTF-8 with XML declaration (the byte layout of xml::XmlWriter::toBytes). Fails only on a
     * programming error of the writers (an invalid constant name), which their tests catch.
     */
    [[nodiscard]] domain::Result<QByteArray> serialize() const { return m_writer.toBytes(); }
    /** Characters of the content written as U+FFFD (control characters pasted in a comment...). */
    [[nodiscard]] int replacedCharacters() const { return m_writer.replacedCharacters(); }

private:
    xml::XmlWriter m_writer;
    xml::XmlWriterElement m_root;
    xml::XmlWriterNamespace m_labNs;
    xml::XmlWriterNamespace m_xsiNs;
};

} // namespace sgl::interop::cda
