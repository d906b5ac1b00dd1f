#include "interop/xml/XmlNode.h"

#include <libxml/tree.h>

namespace sgl::interop::xml {

namespace {

QString fromXml(const xmlChar *s)
{
    return s == nullptr ? QString() : QString::fromUtf8(reinterpret_cast<const char *>(s));
}

QString takeXml(xmlChar *s)
{
    QString out = fromXml(s);
    xmlFree(s);
    return out;
}

bool matches(xmlNodePtr n, const QByteArray &ns, const QByteArray &local)
{
    if (n->type != XML_ELEMENT_NODE)
        return false;
    if (local != reinterpret_cast<const char *>(n->name))
        return false;
    const char *href = n->ns != nullptr ? reinterpret_cast<const char *>(n->ns->href) : "";
    return ns == href;
}

} // namespace

bool XmlNode::isElement() const
{
    return m_node != nullptr && m_node->type == XML_ELEMENT_NODE;
}

QString XmlNode::localName() const
{
    return m_node == nullptr ? QString() : fromXml(m_node->name);
}

QString XmlNode::namespaceUri() const
{
    return (m_node == nullptr || m_node->ns == nullptr) ? QString() : fromXml(m_node->ns->href);
}

QString XmlNode::text() const
{
    return m_node == nullptr ? QString() : takeXml(xmlNodeGetContent(m_node));
}

QString XmlNode::attribute(const QString &localName, const QString &namespaceUri) const
{
    if (!isElement())
        return {};
    const QByteArray name = localName.toUtf8();
    if (namespaceUri.isEmpty())
        return takeXml(xmlGetNoNsProp(m_node, reinterpret_cast<const xmlChar *>(name.constData())));
    const QByteArray ns = namespaceUri.toUtf8();
    return takeXml(xmlGetNsProp(m_node, reinterpret_cast<const xmlChar *>(name.constData()),
                                reinterpret_cast<const xmlChar *>(ns.constData())));
}

bool XmlNode::hasAttribute(const QString &localName, const QString &namespaceUri) const
{
    if (!isElement())
        return false;
    const QByteArray name = localName.toUtf8();
    const QByteArray ns = namespaceUri.toUtf8();
    return xmlHasNsProp(m_node, reinterpret_cast<const xmlChar *>(name.constData()),
                        namespaceUri.isEmpty() ? nullptr
                                               : reinterpret_cast<const xmlChar *>(ns.constData()))
        != nullptr;
}

int XmlNode::line() const
{
    return m_node == nullptr ? 0 : static_cast<int>(xmlGetLineNo(m_node));
}

QString XmlNode::path() const
{
    return m_node == nullptr ? QString() : takeXml(xmlGetNodePath(m_node));
}

XmlNode XmlNode::parent() const
{
    if (m_node == nullptr || m_node->parent == nullptr
        || m_node->parent->type != XML_ELEMENT_NODE)
        return XmlNode();
    return XmlNode(m_node->parent);
}

QList<XmlNode> XmlNode::childElements() const
{
    QList<XmlNode> out;
    if (m_node == nullptr)
        return out;
    for (xmlNodePtr c = m_node->children; c != nullptr; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            out.append(XmlNode(c));
    return out;
}

QList<XmlNode> XmlNode::childElements(const QString &namespaceUri, const QString &localName) const
{
    QList<XmlNode> out;
    if (m_node == nullptr)
        return out;
    const QByteArray ns = namespaceUri.toUtf8();
    const QByteArray local = localName.toUtf8();
    for (xmlNodePtr c = m_node->children; c != nullptr; c = c->next)
        if (matches(c, ns, local))
            out.append(XmlNode(c));
    return out;
}

XmlNode XmlNode::firstChild(const QString &namespaceUri, const QString &localName) const
{
    if (m_node == nullptr)
        return XmlNode();
    const QByteArray ns = namespaceUri.toUtf8();
    const QByteArray local = localName.toUtf8();
    for (xmlNodePtr c = m_node->children; c != nullptr; c = c->next)
        if (matches(c, ns, local))
            return XmlNode(c);
    return XmlNode();
}

QString XmlNode::childText(const QString &namespaceUri, const QString &localName) const
{
    return firstChild(namespaceUri, localName).text();
}

} // namespace sgl::interop::xml
