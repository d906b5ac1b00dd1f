#pragma once

struct _xmlNs;

namespace sgl::interop::xml {

/**
 * Handle on a namespace declared with XmlWriterElement::declareNamespace(), to put elements
 * (XmlWriterElement::add(ns, name)) or attributes (xsi:type) in it. Valid while the XmlWriter
 * that declared it is alive; a default-constructed handle is null and using it for an element
 * or attribute is recorded as an error by the writer ("xml.unbound_prefix").
 */
class XmlWriterNamespace
{
public:
    XmlWriterNamespace() = default;

    [[nodiscard]] bool isNull() const { return m_ns == nullptr; }

private:
    friend class XmlWriterElement;
    explicit XmlWriterNamespace(_xmlNs *ns) : m_ns(ns) {}
    _xmlNs *m_ns = nullptr;
};

} // namespace sgl::interop::xml
