#include "interop/xml/XmlWriterElement.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlWriterState.h"
#include "interop/xml/XmlWriterText.h"

#include <libxml/tree.h>

#include <climits>

namespace sgl::interop::xml {

namespace {

const xmlChar *xc(const char *s)
{
    return reinterpret_cast<const xmlChar *>(s);
}

bool validName(const char *name)
{
    return name != nullptr && *name != '\0' && xmlValidateNCName(xc(name), 0) == 0;
}

QString where(const xmlNode *n)
{
    QString path;
    for (; n != nullptr && n->type == XML_ELEMENT_NODE; n = n->parent)
        path.prepend(QLatin1Char('/') + QString::fromUtf8(reinterpret_cast<const char *>(n->name)));
    return path;
}

} // namespace

XmlWriterElement XmlWriterElement::child(xmlNs *ns, const char *localName)
{
    if (m_node == nullptr)
        return {};
    if (!validName(localName)) {
        m_state->fail(errc::InvalidName,
                      Tr::tr("Nom d'élément XML invalide : « %1 »").arg(QString::fromUtf8(localName)), where(m_node));
        return {};
    }
    // Name copied by libxml2; no content: text is added as its own node, escaped on output.
    return XmlWriterElement(xmlNewChild(m_node, ns, xc(localName), nullptr), m_state);
}

XmlWriterElement XmlWriterElement::add(const char *localName)
{
    return m_node == nullptr ? XmlWriterElement() : child(m_node->ns, localName);
}

XmlWriterElement XmlWriterElement::add(XmlWriterNamespace ns, const char *localName)
{
    if (m_node == nullptr)
        return {};
    if (ns.isNull()) {
        m_state->fail(errc::UnboundPrefix,
                      Tr::tr("Élément « %1 » : espace de noms non déclaré.").arg(QString::fromUtf8(localName)),
                      where(m_node));
        return {};
    }
    return child(ns.m_ns, localName);
}

XmlWriterElement XmlWriterElement::addText(const char *localName, const QString &text)
{
    XmlWriterElement e = add(localName);
    e.text(text);
    return e;
}

void XmlWriterElement::attribute(xmlNs *ns, const char *name, const QByteArray &utf8Value)
{
    if (ns == nullptr)
        xmlNewProp(m_node, xc(name), xc(utf8Value.constData()));
    else
        xmlNewNsProp(m_node, ns, xc(name), xc(utf8Value.constData()));
}

XmlWriterElement &XmlWriterElement::set(const char *name, const QString &value)
{
    if (m_node == nullptr)
        return *this;
    if (!validName(name)) {
        m_state->fail(errc::InvalidName,
                      Tr::tr("Nom d'attribut XML invalide : « %1 »").arg(QString::fromUtf8(name)), where(m_node));
        return *this;
    }
    attribute(nullptr, name, XmlWriterText::fromString(value, m_state->replaced));
    return *this;
}

XmlWriterElement &XmlWriterElement::set(const char *name, const char *value)
{
    if (m_node == nullptr)
        return *this;
    if (!validName(name)) {
        m_state->fail(errc::InvalidName,
                      Tr::tr("Nom d'attribut XML invalide : « %1 »").arg(QString::fromUtf8(name)), where(m_node));
        return *this;
    }
    if (value != nullptr && XmlWriterText::isCleanAscii(value))
        xmlNewProp(m_node, xc(name), xc(value)); // literals: no copy through QByteArray
    else
        attribute(nullptr, name, XmlWriterText::fromUtf8(value != nullptr ? value : "", m_state->replaced));
    return *this;
}

XmlWriterElement &XmlWriterElement::setIf(const char *name, const QString &value)
{
    if (!value.isEmpty())
        set(name, value);
    return *this;
}

XmlWriterElement &XmlWriterElement::set(XmlWriterNamespace ns, const char *name, const QString &value)
{
    if (m_node == nullptr)
        return *this;
    const QString qname = QString::fromUtf8(name);
    if (!validName(name)) {
        m_state->fail(errc::InvalidName, Tr::tr("Nom d'attribut XML invalide : « %1 »").arg(qname), where(m_node));
        return *this;
    }
    // An attribute is never in the default namespace: it needs a prefixed declaration.
    if (ns.isNull() || ns.m_ns->prefix == nullptr) {
        m_state->fail(errc::UnboundPrefix,
                      Tr::tr("Attribut « %1 » : espace de noms préfixé non déclaré.").arg(qname), where(m_node));
        return *this;
    }
    attribute(ns.m_ns, name, XmlWriterText::fromString(value, m_state->replaced));
    return *this;
}

XmlWriterElement &XmlWriterElement::set(XmlWriterNamespace ns, const char *name, const char *value)
{
    return set(ns, name, QString::fromUtf8(value));
}

void XmlWriterElement::appendText(const char *utf8, qsizetype size)
{
    if (size > INT_MAX) { // libxml2 lengths are int
        m_state->fail(errc::Malformed, Tr::tr("Texte trop volumineux pour un document XML."), where(m_node));
        return;
    }
    xmlNodeAddContentLen(m_node, xc(utf8), static_cast<int>(size));
}

XmlWriterElement &XmlWriterElement::text(const QString &value)
{
    if (m_node == nullptr)
        return *this;
    const QByteArray utf8 = XmlWriterText::fromString(value, m_state->replaced);
    appendText(utf8.constData(), utf8.size());
    return *this;
}

XmlWriterElement &XmlWriterElement::text(QLatin1StringView value)
{
    if (m_node == nullptr)
        return *this;
    if (XmlWriterText::isCleanAscii(value)) { // base64: written straight from the caller's bytes
        appendText(value.data(), value.size());
        return *this;
    }
    const QByteArray utf8 = XmlWriterText::fromLatin1(value, m_state->replaced);
    appendText(utf8.constData(), utf8.size());
    return *this;
}

XmlWriterElement &XmlWriterElement::text(const char *utf8)
{
    if (m_node == nullptr || utf8 == nullptr)
        return *this;
    if (XmlWriterText::isCleanAscii(utf8)) {
        xmlNodeAddContent(m_node, xc(utf8));
    } else {
        const QByteArray clean = XmlWriterText::fromUtf8(utf8, m_state->replaced);
        appendText(clean.constData(), clean.size());
    }
    return *this;
}

XmlWriterNamespace XmlWriterElement::declareNamespace(const QString &prefix, const QString &uri)
{
    if (m_node == nullptr)
        return {};
    const QByteArray p = prefix.toUtf8();
    const bool reserved = prefix.compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0
        || prefix.compare(QLatin1String("xmlns"), Qt::CaseInsensitive) == 0;
    if ((!prefix.isEmpty() && (reserved || !validName(p.constData())))
        || (!prefix.isEmpty() && uri.isEmpty()) || !XmlWriterText::isAllowed(uri)) {
        m_state->fail(errc::InvalidName,
                      Tr::tr("Déclaration d'espace de noms invalide : « %1 » = « %2 »").arg(prefix, uri), where(m_node));
        return {};
    }
    const QByteArray u = uri.toUtf8();
    xmlNs *ns = xmlNewNs(m_node, xc(u.constData()), prefix.isEmpty() ? nullptr : xc(p.constData()));
    if (ns == nullptr) {
        m_state->fail(errc::InvalidName,
                      Tr::tr("Préfixe « %1 » déjà déclaré sur cet élément.").arg(prefix), where(m_node));
        return {};
    }
    return XmlWriterNamespace(ns);
}

XmlWriterElement &XmlWriterElement::setNamespace(XmlWriterNamespace ns)
{
    if (m_node == nullptr)
        return *this;
    if (ns.isNull()) {
        m_state->fail(errc::UnboundPrefix, Tr::tr("Espace de noms non déclaré."), where(m_node));
        return *this;
    }
    xmlSetNs(m_node, ns.m_ns);
    return *this;
}

XmlWriterElement &XmlWriterElement::setXmlLang(const QString &language)
{
    if (m_node == nullptr)
        return *this;
    int ignored = 0;
    const QByteArray value = XmlWriterText::fromString(language, ignored);
    xmlNodeSetLang(m_node, xc(value.constData()));
    return *this;
}

XmlWriterElement &XmlWriterElement::addVerbatim(const QByteArray &element)
{
    if (m_node == nullptr)
        return *this;
    QByteArray bytes = element;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.startsWith("<?xml")) {
        const qsizetype end = bytes.indexOf("?>");
        bytes.remove(0, end < 0 ? bytes.size() : end + 2);
    }
    bytes = bytes.trimmed();
    // A standalone parse proves one well-formed root with every prefix it uses bound inside it.
    bool complete = false;
    if (bytes.startsWith('<') && !bytes.startsWith("<?") && !bytes.startsWith("<!")) {
        auto doc = XmlDocument::parse(bytes, QStringLiteral("élément inséré tel quel"));
        // libxml2 only warns about an unbound prefix: such a name keeps its colon and no namespace.
        const auto unbound = doc ? doc->evaluateString(QStringLiteral(
                                       "count(//*[contains(name(), ':') and namespace-uri() = ''] | "
                                       "//@*[contains(name(), ':') and namespace-uri() = ''])"))
                                 : domain::Result<QString>(QString());
        complete = doc.has_value() && unbound && *unbound == QLatin1String("0");
    }
    if (!complete) {
        m_state->fail(errc::Malformed, Tr::tr("Élément XML pré-construit invalide : il doit être un élément complet et bien formé."),
                      where(m_node));
        return *this;
    }
    const QByteArray index = QByteArray::number(m_state->verbatim.size());
    m_state->verbatim.append(bytes);
    xmlAddChild(m_node, xmlNewDocPI(m_node->doc, xc(kVerbatimTarget), xc(index.constData())));
    return *this;
}

} // namespace sgl::interop::xml
