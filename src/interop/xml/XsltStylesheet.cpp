#include "interop/xml/XsltStylesheet.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"
#include "interop/xml/XmlLibrary.h"

#include <libxml/tree.h>
#include <libxslt/documents.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <mutex>

namespace sgl::interop::xml {

namespace {

/** What one compile or transform reports: messages and the first refused resource. */
struct Run {
    QString messages;
    QString refused;
};

// Callbacks without a transform context (compile, libxml2 messages) find the running compile
// or transform of their thread here.
thread_local Run *t_run = nullptr;

void appendMessage(Run *run, const char *msg, va_list args)
{
    if (run == nullptr || run->messages.size() > 4000)
        return;
    char buffer[512];
    std::vsnprintf(buffer, sizeof buffer, msg, args);
    run->messages.append(QString::fromUtf8(buffer));
}

void threadMessage(void *, const char *msg, ...)
{
    va_list args;
    va_start(args, msg);
    appendMessage(t_run, msg, args);
    va_end(args);
}

void transformMessage(void *ctx, const char *msg, ...)
{
    va_list args;
    va_start(args, msg);
    appendMessage(static_cast<Run *>(ctx), msg, args);
    va_end(args);
}

Run *runOf(xsltTransformContextPtr ctxt)
{
    return ctxt != nullptr ? static_cast<Run *>(ctxt->_private) : t_run;
}

// document('') names the stylesheet by its base URI: libxslt serves it from the tree it holds.
bool isOwnStylesheet(xsltTransformContextPtr ctxt, const char *uri)
{
    return ctxt != nullptr && uri != nullptr && ctxt->style != nullptr && ctxt->style->doc != nullptr
        && ctxt->style->doc->URL != nullptr && std::strcmp(uri, reinterpret_cast<const char *>(ctxt->style->doc->URL)) == 0;
}

// The one security check for every option (read/write file, create directory, read/write
// network): everything is refused but the stylesheet's own URI.
int checkAccess(xsltSecurityPrefsPtr, xsltTransformContextPtr ctxt, const char *value)
{
    if (isOwnStylesheet(ctxt, value))
        return 1;
    if (Run *run = runOf(ctxt); run != nullptr && run->refused.isEmpty())
        run->refused = QString::fromUtf8(value != nullptr ? value : "");
    return 0;
}

// Replaces libxslt's loader: a stylesheet never gets a document or a module from outside
// memory, whatever the security preferences say (document('') then falls back on the
// stylesheet tree libxslt already holds).
xmlDocPtr loadNothing(const xmlChar *uri, xmlDictPtr, int, void *ctxt, xsltLoadType type)
{
    const auto tctxt = type == XSLT_LOAD_DOCUMENT ? static_cast<xsltTransformContextPtr>(ctxt) : nullptr;
    if (isOwnStylesheet(tctxt, reinterpret_cast<const char *>(uri)))
        return nullptr; // not an intrusion: libxslt then falls back on the tree it holds
    Run *run = tctxt != nullptr ? runOf(tctxt) : t_run;
    if (run != nullptr && run->refused.isEmpty())
        run->refused = QString::fromUtf8(reinterpret_cast<const char *>(uri));
    return nullptr;
}

xsltSecurityPrefsPtr securityPrefs()
{
    static xsltSecurityPrefsPtr prefs = nullptr;
    static std::once_flag once;
    std::call_once(once, [] {
        ensureXmlLibraryInitialised();
        prefs = xsltNewSecurityPrefs();
        for (xsltSecurityOption option : {XSLT_SECPREF_READ_FILE, XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY,
                                          XSLT_SECPREF_READ_NETWORK, XSLT_SECPREF_WRITE_NETWORK})
            xsltSetSecurityPrefs(prefs, option, checkAccess);
        // Default too: compile-time imports and any context created elsewhere get the same rules.
        xsltSetDefaultSecurityPrefs(prefs);
        xsltSetLoaderFunc(loadNothing);
        xsltSetGenericErrorFunc(nullptr, threadMessage);
    });
    return prefs;
}

QString detail(const Run &run)
{
    const QString m = run.messages.simplified();
    return m.isEmpty() ? Tr::tr("erreur inconnue") : m;
}

} // namespace

domain::Result<XsltStylesheet> XsltStylesheet::compile(const QByteArray &xsl, const QString &sourceName)
{
    securityPrefs();
    auto parsed = XmlDocument::parse(xsl, sourceName);
    if (!parsed)
        return std::unexpected(parsed.error());
    Run run;
    t_run = &run;
    xmlSetGenericErrorFunc(nullptr, threadMessage); // libxml2's own (XPath) messages, this thread only
    xmlDocPtr doc = parsed->release();
    xsltStylesheetPtr style = xsltParseStylesheetDoc(doc); // owns doc on success only
    xmlSetGenericErrorFunc(nullptr, nullptr);
    t_run = nullptr;
    if (style == nullptr || style->errors > 0) {
        if (style != nullptr)
            xsltFreeStylesheet(style);
        else
            xmlFreeDoc(doc);
        if (!run.refused.isEmpty())
            return domain::fail(errc::XsltForbidden,
                                Tr::tr("La feuille de style veut lire « %1 » : accès refusé par sécurité.").arg(run.refused),
                                sourceName);
        return domain::fail(errc::XsltInvalid, Tr::tr("Feuille de style XSLT invalide : %1").arg(detail(run)), sourceName);
    }
    XsltStylesheet out;
    out.m_style = std::shared_ptr<_xsltStylesheet>(style, [](xsltStylesheetPtr s) { xsltFreeStylesheet(s); });
    out.m_sourceName = sourceName;
    return out;
}

domain::Result<QByteArray> XsltStylesheet::transform(const XmlDocument &doc) const
{
    if (!m_style)
        return domain::fail(errc::XsltInvalid, Tr::tr("Aucune feuille de style compilée."));
    if (doc.isNull())
        return domain::fail(errc::Empty, Tr::tr("Le contenu XML est vide."), doc.sourceName());
    xsltSecurityPrefsPtr prefs = securityPrefs();
    xsltTransformContextPtr ctxt = xsltNewTransformContext(m_style.get(), doc.raw());
    if (ctxt == nullptr)
        return domain::fail(errc::XsltFailed, Tr::tr("Mémoire insuffisante pour la transformation XSLT."));
    Run run;
    ctxt->_private = &run;
    xsltSetCtxtSecurityPrefs(prefs, ctxt);
    xsltSetTransformErrorFunc(ctxt, &run, transformMessage);
    t_run = &run;
    xmlSetGenericErrorFunc(nullptr, threadMessage);
    xmlDocPtr result = xsltApplyStylesheetUser(m_style.get(), doc.raw(), nullptr, nullptr, nullptr, ctxt);
    xmlSetGenericErrorFunc(nullptr, nullptr);
    t_run = nullptr;
    const bool failed = result == nullptr || ctxt->state != XSLT_STATE_OK || !run.refused.isEmpty();
    xsltFreeTransformContext(ctxt);
    if (failed) {
        xmlFreeDoc(result);
        if (!run.refused.isEmpty())
            return domain::fail(errc::XsltForbidden,
                                Tr::tr("La feuille de style veut accéder à « %1 » : accès refusé par sécurité.").arg(run.refused),
                                m_sourceName);
        return domain::fail(errc::XsltFailed, Tr::tr("Transformation XSLT impossible : %1").arg(detail(run)), m_sourceName);
    }
    xmlChar *bytes = nullptr;
    int size = 0;
    const int rc = xsltSaveResultToString(&bytes, &size, result, m_style.get());
    xmlFreeDoc(result);
    QByteArray out(reinterpret_cast<const char *>(bytes), bytes != nullptr ? size : 0);
    xmlFree(bytes);
    if (rc != 0)
        return domain::fail(errc::XsltFailed, Tr::tr("Résultat de la transformation XSLT impossible à écrire."), m_sourceName);
    return out;
}

} // namespace sgl::interop::xml
