#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sgl::interop::xml {

/**
 * A small value tree for writing XML (SOAP envelopes, CDA parts): build it, then toXml().
 *
 * Names are qualified ("soap:Envelope"); the prefix must be bound with declareNamespace() on this
 * element or an ancestor (unprefixed names use the default namespace if one is declared with an
 * empty prefix, else no namespace). Text and attribute values are plain strings: escaping is done
 * at serialisation. toXml() refuses characters not allowed in XML 1.0 and invalid names
 * ("xml.invalid_character", "xml.invalid_name", "xml.unbound_prefix"; location = element path).
 *
 * Example: XmlElement env("soap:Envelope"); env.declareNamespace("soap", kSoapNs);
 *          env.append(XmlElement("soap:Body")).append(XmlElement("a:B", "texte"));
 */
class XmlElement
{
public:
    XmlElement() = default;
    explicit XmlElement(QString qualifiedName, QString text = {});

    XmlElement &declareNamespace(const QString &prefix, const QString &uri);
    /** Attribute by qualified name ("Version", "wsa:mustUnderstand"). Replaces an existing one. */
    XmlElement &setAttribute(const QString &qualifiedName, const QString &value);
    XmlElement &setText(const QString &text);
    /** Appends a child and returns a reference to it (valid until the next append on this element). */
    XmlElement &append(XmlElement child);
    /** Appends <qualifiedName>text</qualifiedName>, returns *this for chaining. */
    XmlElement &addTextChild(const QString &qualifiedName, const QString &text);

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const QList<XmlElement> &children() const { return m_children; }
    [[nodiscard]] const QList<QPair<QString, QString>> &attributes() const { return m_attributes; }
    [[nodiscard]] const QList<QPair<QString, QString>> &namespaces() const { return m_namespaces; }

    /** The document with this element as root, UTF-8, with an XML declaration. */
    [[nodiscard]] domain::Result<QByteArray> toXml(bool indent = false) const;

private:
    QString m_name;
    QString m_text;
    QList<QPair<QString, QString>> m_namespaces; ///< prefix, uri
    QList<QPair<QString, QString>> m_attributes; ///< qualified name, value
    QList<XmlElement> m_children;
};

} // namespace sgl::interop::xml
