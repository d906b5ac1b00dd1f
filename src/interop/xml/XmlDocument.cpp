#include "interop/xml/XmlDocument.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"
#include "interop/xml/XmlLibrary.h"

#include <QFile>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <climits>

namespace sgl::interop::xml {

namespace {

const xmlChar *xc(const QByteArray &b)
{
    return reinterpret_cast<const xmlChar *>(b.constData());
}

struct XPathContextDeleter {
    void operator()(xmlXPathContext *c) const { xmlXPathFreeContext(c); }
};
struct XPathObjectDeleter {
    void operator()(xmlXPathObject *o) const { xmlXPathFreeObject(o); }
};

// Captures the libxml2 XPath error instead of letting it reach stderr.
void silentError(void *, xmlErrorPtr) {}

using EvalResult = domain::Result<std::unique_ptr<xmlXPathObject, XPathObjectDeleter>>;

EvalResult evaluate(xmlDocPtr doc, const QString &xpath, const XmlNamespaces &ns, xmlNodePtr context)
{
    if (doc == nullptr)
        return domain::fail(errc::Xpath, Tr::tr("Document XML vide."), xpath);
    std::unique_ptr<xmlXPathContext, XPathContextDeleter> ctx(xmlXPathNewContext(doc));
    if (!ctx)
        return domain::fail(errc::Xpath, Tr::tr("Mémoire insuffisante pour XPath."), xpath);
    ctx->error = silentError;
    for (const auto &[prefix, uri] : ns) {
        const QByteArray p = prefix.toUtf8();
        const QByteArray u = uri.toUtf8();
        xmlXPathRegisterNs(ctx.get(), xc(p), xc(u));
    }
    if (context != nullptr)
        ctx->node = context;
    const QByteArray expr = xpath.toUtf8();
    std::unique_ptr<xmlXPathObject, XPathObjectDeleter> obj(
        xmlXPathEvalExpression(xc(expr), ctx.get()));
    if (!obj)
        return domain::fail(errc::Xpath,
                            Tr::tr("Expression XPath invalide ou préfixe non déclaré."), xpath);
    return obj;
}

} // namespace

void XmlDocument::Deleter::operator()(_xmlDoc *doc) const
{
    xmlFreeDoc(doc);
}

domain::Result<XmlDocument> XmlDocument::parse(const QByteArray &data, const QString &sourceName,
                                               XmlParseOptions options)
{
    ensureXmlLibraryInitialised();
    const QString where = sourceName.isEmpty() ? QStringLiteral("XML") : sourceName;
    if (data.isEmpty())
        return domain::fail(errc::Empty, Tr::tr("Le contenu XML est vide."), where);
    if (data.size() > INT_MAX)
        return domain::fail(errc::Malformed, Tr::tr("Document XML trop volumineux."), where);

    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == nullptr)
        return domain::fail(errc::Malformed, Tr::tr("Mémoire insuffisante."), where);
    // NONET: no network; NOERROR/NOWARNING: errors are read back below, not printed.
    // Deliberately absent: XML_PARSE_NOENT (entity substitution), DTDLOAD, DTDATTR, DTDVALID, HUGE.
    const int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    const QByteArray url = where.toUtf8();
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data.constData(), static_cast<int>(data.size()),
                                      url.constData(), nullptr, flags);
    if (doc == nullptr || ctxt->wellFormed == 0) {
        const xmlError *err = xmlCtxtGetLastError(ctxt);
        QString detail;
        QString location = where;
        if (err != nullptr) {
            detail = QString::fromUtf8(err->message != nullptr ? err->message : "").trimmed();
            location = QStringLiteral("%1:%2:%3").arg(where).arg(err->line).arg(err->int2);
        }
        if (doc != nullptr)
            xmlFreeDoc(doc);
        xmlFreeParserCtxt(ctxt);
        return domain::fail(errc::Malformed,
                            Tr::tr("XML mal formé : %1").arg(detail.isEmpty() ? Tr::tr("erreur inconnue") : detail),
                            location);
    }
    xmlFreeParserCtxt(ctxt);

    XmlDocument out;
    out.m_doc.reset(doc);
    out.m_sourceName = where;
    if (!options.allowDoctype && (doc->intSubset != nullptr || doc->extSubset != nullptr))
        return domain::fail(errc::DoctypeForbidden,
                            Tr::tr("Le document XML contient une déclaration DOCTYPE, refusée par sécurité."),
                            where);
    return out;
}

domain::Result<XmlDocument> XmlDocument::parseFile(const QString &path, XmlParseOptions options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::fail(errc::Io,
                            Tr::tr("Impossible de lire le fichier XML : %1").arg(file.errorString()), path);
    return parse(file.readAll(), path, options);
}

XmlDocument XmlDocument::adopt(_xmlDoc *doc, const QString &sourceName)
{
    XmlDocument out;
    out.m_doc.reset(doc);
    out.m_sourceName = sourceName;
    return out;
}

XmlNode XmlDocument::root() const
{
    return m_doc ? XmlNode(xmlDocGetRootElement(m_doc.get())) : XmlNode();
}

domain::Result<QList<XmlNode>> XmlDocument::select(const QString &xpath, const XmlNamespaces &ns,
                                                   XmlNode context) const
{
    auto obj = evaluate(m_doc.get(), xpath, ns, context.raw());
    if (!obj)
        return std::unexpected(obj.error());
    QList<XmlNode> out;
    if ((*obj)->type != XPATH_NODESET)
        return domain::fail(errc::Xpath,
                            Tr::tr("L'expression XPath ne désigne pas des nœuds."), xpath);
    const xmlNodeSet *set = (*obj)->nodesetval;
    if (set != nullptr)
        for (int i = 0; i < set->nodeNr; ++i)
            out.append(XmlNode(set->nodeTab[i]));
    return out;
}

domain::Result<XmlNode> XmlDocument::selectFirst(const QString &xpath, const XmlNamespaces &ns,
                                                 XmlNode context) const
{
    auto nodes = select(xpath, ns, context);
    if (!nodes)
        return std::unexpected(nodes.error());
    return nodes->isEmpty() ? XmlNode() : nodes->first();
}

domain::Result<QString> XmlDocument::evaluateString(const QString &xpath, const XmlNamespaces &ns,
                                                    XmlNode context) const
{
    auto obj = evaluate(m_doc.get(), xpath, ns, context.raw());
    if (!obj)
        return std::unexpected(obj.error());
    xmlChar *s = xmlXPathCastToString(obj->get());
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(s));
    xmlFree(s);
    return out;
}

QByteArray XmlDocument::toBytes(bool indent) const
{
    if (!m_doc)
        return {};
    xmlChar *buf = nullptr;
    int size = 0;
    if (indent)
        xmlDocDumpFormatMemoryEnc(m_doc.get(), &buf, &size, "UTF-8", 1);
    else
        xmlDocDumpMemoryEnc(m_doc.get(), &buf, &size, "UTF-8");
    QByteArray out(reinterpret_cast<const char *>(buf), size);
    xmlFree(buf);
    return out;
}

} // namespace sgl::interop::xml
