#include "interop/cda/CdaViewTransform.h"

#include "interop/cda/CdaOids.h"
#include "interop/cda/ErrorCodes.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlLibrary.h"

#include <QFile>

#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include <cstdarg>
#include <mutex>

namespace sgl::interop::cda {

namespace {

struct StyleFree {
    void operator()(xsltStylesheetPtr s) const { xsltFreeStylesheet(s); }
};

// Compiled once; libxslt allows applying one compiled stylesheet from several threads, each
// transform having its own context.
xsltStylesheetPtr compiledStylesheet(QString *error)
{
    static std::unique_ptr<xsltStylesheet, StyleFree> style;
    static QString compileError;
    static std::once_flag once;
    std::call_once(once, [] {
        xml::ensureXmlLibraryInitialised();
        const QByteArray bytes = CdaViewTransform::stylesheet();
        if (bytes.isEmpty()) {
            compileError = QStringLiteral("feuille de style sgl-crbio.xsl absente des ressources");
            return;
        }
        xmlDocPtr doc = xmlReadMemory(bytes.constData(), static_cast<int>(bytes.size()), "sgl-crbio.xsl", nullptr,
                                      XML_PARSE_NONET | XML_PARSE_NOCDATA);
        if (doc == nullptr) {
            compileError = QStringLiteral("feuille de style sgl-crbio.xsl mal formée");
            return;
        }
        style.reset(xsltParseStylesheetDoc(doc)); // takes ownership of doc on success
        if (!style) {
            xmlFreeDoc(doc);
            compileError = QStringLiteral("feuille de style sgl-crbio.xsl invalide");
        }
    });
    if (error != nullptr)
        *error = compileError;
    return style.get();
}

void collectError(void *ctx, const char *msg, ...)
{
    char buffer[512];
    va_list args;
    va_start(args, msg);
    std::vsnprintf(buffer, sizeof buffer, msg, args);
    va_end(args);
    static_cast<QString *>(ctx)->append(QString::fromUtf8(buffer));
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
    QString compileError;
    xsltStylesheetPtr style = compiledStylesheet(&compileError);
    if (style == nullptr)
        return domain::fail(errc::TransformFailed,
                            QStringLiteral("Affichage impossible : %1.").arg(compileError));

    xsltTransformContextPtr ctxt = xsltNewTransformContext(style, parsed->raw());
    xsltSecurityPrefsPtr prefs = xsltNewSecurityPrefs();
    for (xsltSecurityOption option : {XSLT_SECPREF_READ_FILE, XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY,
                                      XSLT_SECPREF_READ_NETWORK, XSLT_SECPREF_WRITE_NETWORK})
        xsltSetSecurityPrefs(prefs, option, xsltSecurityForbid);
    xsltSetCtxtSecurityPrefs(prefs, ctxt);
    QString messages;
    xsltSetTransformErrorFunc(ctxt, &messages, collectError);
    xmlDocPtr result = xsltApplyStylesheetUser(style, parsed->raw(), nullptr, nullptr, nullptr, ctxt);
    const bool failed = result == nullptr || ctxt->state != XSLT_STATE_OK;
    xsltFreeTransformContext(ctxt);
    xsltFreeSecurityPrefs(prefs);
    if (failed) {
        xmlFreeDoc(result);
        return domain::fail(errc::TransformFailed,
                            QStringLiteral("Affichage du document impossible : %1").arg(messages.trimmed()));
    }
    xmlChar *out = nullptr;
    int size = 0;
    xsltSaveResultToString(&out, &size, result, style);
    QString html = QString::fromUtf8(reinterpret_cast<const char *>(out), size);
    xmlFree(out);
    xmlFreeDoc(result);
    return html;
}

} // namespace sgl::interop::cda
