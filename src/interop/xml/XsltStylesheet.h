#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlDocument.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct _xsltStylesheet;

namespace sgl::interop::xml {

/**
 * A compiled XSLT 1.0 stylesheet (libxslt), applied to XmlDocument trees: the in-app CDA view
 * today, any later presentation or mapping stylesheet.
 *
 * Security contract (the stylesheet and the document are both treated as untrusted):
 * - the stylesheet text is parsed like any document here (no network, no entity substitution,
 *   DOCTYPE refused) and compiled without reading anything else: xsl:import/xsl:include are
 *   refused;
 * - during a transform nothing outside the document and the stylesheet is read or written:
 *   document() on any URI (file:, http:, relative path...) is refused, except document('')
 *   (the stylesheet itself, already in memory); xsl:document / exsl:document output, directory
 *   creation and network access are refused. A refused access fails the transform with
 *   "xml.xslt_forbidden" naming the resource. libxslt's document loader is replaced
 *   process-wide by one that loads nothing, so no code path can fetch a resource;
 * - libxslt/libxml2 messages are captured into the error message, never printed.
 *
 * Error codes: "xml.malformed"/"xml.doctype_forbidden" (stylesheet not parsable),
 * "xml.xslt_invalid" (not a valid XSLT 1.0 stylesheet), "xml.xslt_forbidden" (access refused),
 * "xml.xslt_failed" (runtime error, xsl:message terminate="yes"...).
 *
 * A compiled stylesheet is immutable: copies share it and it may be applied from several
 * threads at once (each transform has its own context).
 */
class XsltStylesheet
{
public:
    XsltStylesheet() = default;

    /** Parses and compiles; sourceName is the stylesheet's base URI and appears in errors. */
    [[nodiscard]] static domain::Result<XsltStylesheet> compile(const QByteArray &xsl, const QString &sourceName);

    [[nodiscard]] bool isNull() const { return !m_style; }

    /**
     * Applies the stylesheet to doc and serialises the result as its xsl:output asks (method,
     * encoding, indentation). An empty result (the stylesheet output nothing) is not an error.
     */
    [[nodiscard]] domain::Result<QByteArray> transform(const XmlDocument &doc) const;

private:
    std::shared_ptr<_xsltStylesheet> m_style;
    QString m_sourceName;
};

} // namespace sgl::interop::xml
