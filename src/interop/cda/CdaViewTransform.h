#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::cda {

/**
 * Renders a CDA (N3 or N1, ours or a subcontractor's) to HTML for the in-app viewer with the
 * project's own XSLT 1.0 stylesheet (resources/cda/sgl-crbio.xsl, embedded), compiled once
 * with xml::XsltStylesheet.
 *
 * Security (interop/xml): the CDA is parsed without network, entities or DTD; the transform
 * can read or write nothing but the document and the stylesheet (xml::XsltStylesheet), so
 * neither can make the process open anything.
 * Errors: cda.malformed (not XML), cda.not_cda (not a ClinicalDocument),
 * cda.transform_failed (stylesheet or transform error, the xml message quoted).
 */
class CdaViewTransform {
public:
    [[nodiscard]] static domain::Result<QString> toHtml(const QByteArray &cda);
    /** The stylesheet itself (written next to an exported auto-presentable CDA). */
    [[nodiscard]] static QByteArray stylesheet();
    /** File name the N3/N1 processing instruction refers to. */
    [[nodiscard]] static QString stylesheetFileName() { return QStringLiteral("sgl-crbio.xsl"); }
};

} // namespace sgl::interop::cda
