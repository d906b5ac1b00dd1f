#include "interop/xml/XmlElement.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlLibrary.h"
#include "interop/xml/XmlWriterText.h"

#include <libxml/tree.h>

#include <memory>
#include <optional>

namespace sgl::interop::xml {

namespace {

const xmlChar *xc(const QByteArray &b)
{
    return reinterpret_cast<const xmlChar *>(b.constData());
}

struct Split {
    QString prefix;
    QString local;
};

Split split(const QString &qname)
{
    const qsizetype colon = qname.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {QString(), qname};
    return {qname.left(colon), qname.mid(colon + 1)};
}

bool validNcName(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QByteArray b = s.toUtf8();
    return xmlValidateNCName(xc(b), 0) == 0;
}

class Builder
{
public:
    explicit Builder(xmlDocPtr doc) : m_doc(doc) {}

    domain::Status build(const XmlElement &e, xmlNodePtr parent, const QString &path)
    {
        const Split name = split(e.name());
        const QString here = path + QLatin1Char('/') + e.name();
        if (!validNcName(name.local) || (!name.prefix.isEmpty() && !validNcName(name.prefix)))
            return domain::fail(errc::InvalidName,
                                Tr::tr("Nom d'élément XML invalide : « %1 »").arg(e.name()), here);
        const QByteArray local = name.local.toUtf8();
        xmlNodePtr node = xmlNewDocNode(m_doc, nullptr, xc(local), nullptr);
        if (parent == nullptr)
            xmlDocSetRootElement(m_doc, node);
        else
            xmlAddChild(parent, node);
        for (const auto &[prefix, uri] : e.namespaces()) {
            const QByteArray p = prefix.toUtf8();
            const QByteArray u = uri.toUtf8();
            xmlNewNs(node, xc(u), prefix.isEmpty() ? nullptr : xc(p));
        }
        auto ns = resolve(node, name.prefix);
        if (!ns)
            return domain::fail(errc::UnboundPrefix,
                                Tr::tr("Préfixe d'espace de noms non déclaré : « %1 »").arg(name.prefix), here);
        xmlSetNs(node, *ns);
        for (const auto &[qname, value] : e.attributes()) {
            const Split a = split(qname);
            if (!validNcName(a.local) || (!a.prefix.isEmpty() && !validNcName(a.prefix)))
                return domain::fail(errc::InvalidName,
                                    Tr::tr("Nom d'attribut XML invalide : « %1 »").arg(qname), here);
            if (!XmlWriterText::isAllowed(value))
                return domain::fail(errc::InvalidCharacter,
                                    Tr::tr("Caractère interdit en XML dans l'attribut « %1 »").arg(qname), here);
            const QByteArray al = a.local.toUtf8();
            const QByteArray v = value.toUtf8();
            if (a.prefix.isEmpty()) {
                xmlNewProp(node, xc(al), xc(v));
            } else {
                auto ans = resolve(node, a.prefix);
                if (!ans || *ans == nullptr)
                    return domain::fail(errc::UnboundPrefix,
                                        Tr::tr("Préfixe d'espace de noms non déclaré : « %1 »").arg(a.prefix), here);
                xmlNewNsProp(node, *ans, xc(al), xc(v));
            }
        }
        if (!e.text().isEmpty()) {
            if (!XmlWriterText::isAllowed(e.text()))
                return domain::fail(errc::InvalidCharacter,
                                    Tr::tr("Caractère interdit en XML dans le texte de « %1 »").arg(e.name()), here);
            const QByteArray t = e.text().toUtf8();
            // Text nodes hold raw characters; the serialiser escapes &, < and >.
            xmlAddChild(node, xmlNewDocTextLen(m_doc, xc(t), static_cast<int>(t.size())));
        }
        for (const XmlElement &child : e.children())
            if (auto st = build(child, node, here); !st)
                return st;
        return {};
    }

private:
    // Empty prefix without a default namespace in scope means "no namespace" (nullptr).
    std::optional<xmlNsPtr> resolve(xmlNodePtr node, const QString &prefix)
    {
        const QByteArray p = prefix.toUtf8();
        xmlNsPtr ns = xmlSearchNs(m_doc, node, prefix.isEmpty() ? nullptr : xc(p));
        if (ns == nullptr && !prefix.isEmpty())
            return std::nullopt;
        return ns;
    }

    xmlDocPtr m_doc;
};

} // namespace

XmlElement::XmlElement(QString qualifiedName, QString text)
    : m_name(std::move(qualifiedName)), m_text(std::move(text))
{
}

XmlElement &XmlElement::declareNamespace(const QString &prefix, const QString &uri)
{
    m_namespaces.append({prefix, uri});
    return *this;
}

XmlElement &XmlElement::setAttribute(const QString &qualifiedName, const QString &value)
{
    for (auto &a : m_attributes) {
        if (a.first == qualifiedName) {
            a.second = value;
            return *this;
        }
    }
    m_attributes.append({qualifiedName, value});
    return *this;
}

XmlElement &XmlElement::setText(const QString &text)
{
    m_text = text;
    return *this;
}

XmlElement &XmlElement::append(XmlElement child)
{
    m_children.append(std::move(child));
    return m_children.last();
}

XmlElement &XmlElement::addTextChild(const QString &qualifiedName, const QString &text)
{
    m_children.append(XmlElement(qualifiedName, text));
    return *this;
}

domain::Result<QByteArray> XmlElement::toXml(bool indent) const
{
    ensureXmlLibraryInitialised();
    XmlDocument doc = XmlDocument::adopt(xmlNewDoc(reinterpret_cast<const xmlChar *>("1.0")));
    Builder builder(doc.raw());
    if (auto st = builder.build(*this, nullptr, QString()); !st)
        return std::unexpected(st.error());
    return doc.toBytes(indent);
}

} // namespace sgl::interop::xml
