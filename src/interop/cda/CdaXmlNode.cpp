#include "interop/cda/CdaXmlNode.h"

namespace sgl::interop::cda {

namespace {
const xmlChar *x(const char *s) { return reinterpret_cast<const xmlChar *>(s); }
} // namespace

CdaXmlNode CdaXmlNode::add(const char *name)
{
    return CdaXmlNode(xmlNewChild(m_node, m_node->ns, x(name), nullptr));
}

CdaXmlNode CdaXmlNode::addNs(xmlNsPtr ns, const char *name)
{
    return CdaXmlNode(xmlNewChild(m_node, ns, x(name), nullptr));
}

CdaXmlNode &CdaXmlNode::set(const char *name, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    xmlNewProp(m_node, x(name), x(utf8.constData()));
    return *this;
}

CdaXmlNode &CdaXmlNode::set(const char *name, const char *value)
{
    xmlNewProp(m_node, x(name), x(value));
    return *this;
}

CdaXmlNode &CdaXmlNode::setIf(const char *name, const QString &value)
{
    if (!value.isEmpty())
        set(name, value);
    return *this;
}

CdaXmlNode &CdaXmlNode::setNs(xmlNsPtr ns, const char *name, const char *value)
{
    xmlNewNsProp(m_node, ns, x(name), x(value));
    return *this;
}

CdaXmlNode &CdaXmlNode::text(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    xmlNodeAddContentLen(m_node, x(utf8.constData()), static_cast<int>(utf8.size()));
    return *this;
}

CdaXmlNode &CdaXmlNode::text(const char *value)
{
    xmlNodeAddContent(m_node, x(value));
    return *this;
}

CdaXmlNode CdaXmlNode::addText(const char *name, const QString &value)
{
    CdaXmlNode child = add(name);
    child.text(value);
    return child;
}

} // namespace sgl::interop::cda
