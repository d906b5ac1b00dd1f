#include "interop/cda/CdaViewTransform.h"

#include "interop/cda/CdaOids.h"
#include "interop/cda/ErrorCodes.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XsltStylesheet.h"

#include <QFile>

#include <mutex>
#include <optional>

namespace sgl::interop::cda {

namespace {

// Compiled once; a compiled stylesheet may be applied from several threads at once.
const domain::Result<xml::XsltStylesheet> &compiledStylesheet()
{
    static std::optional<domain::Result<xml::XsltStylesheet>> style;
    static std::once_flag once;
    std::call_once(once, [] {
        const QByteArray bytes = CdaViewTransform::stylesheet();
        if (bytes.isEmpty())
            style = domain::fail(errc::TransformFailed,
                                 QStringLiteral("feuille de style sgl-crbio.xsl absente des ressources"));
        else
            style = xml::XsltStylesheet::compile(bytes, CdaViewTransform::stylesheetFileName());
    });
    return *style;
}

} // namespace

QByteArray CdaViewTransform::stylesheet()
{
    QFile f(QStringLiteral(":/cda/sgl-crbio.xsl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

domain::Result<QString> CdaViewTransform::toHtml(const QByteArray &cda)
{
    auto parsed = xml::XmlDocument::parse(cda, QStringLiteral("document CDA"));
    if (!parsed)
        return domain::fail(errc::Malformed,
                            QStringLiteral("Document CDA illisible : %1").arg(parsed.error().message),
                            parsed.error().location);
    const xml::XmlNode root = parsed->root();
    if (root.localName() != QLatin1String("ClinicalDocument") || root.namespaceUri() != QLatin1String(oid::kHl7Namespace))
        return domain::fail(errc::NotCda,
                            QStringLiteral("Ce fichier n'est pas un document CDA (élément racine « %1 »).").arg(root.localName()),
                            root.path());
    const auto &style = compiledStylesheet();
    if (!style)
        return domain::fail(errc::TransformFailed,
                            QStringLiteral("Affichage impossible : %1.").arg(style.error().message), style.error().location);
    auto html = style->transform(*parsed);
    if (!html)
        return domain::fail(errc::TransformFailed,
                            QStringLiteral("Affichage du document impossible : %1").arg(html.error().message),
                            html.error().location);
    return QString::fromUtf8(*html);
}

} // namespace sgl::interop::cda
