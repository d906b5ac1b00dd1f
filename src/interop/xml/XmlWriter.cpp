#include "interop/xml/XmlWriter.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"
#include "interop/xml/XmlLibrary.h"
#include "interop/xml/XmlWriterState.h"
#include "interop/xml/XmlWriterText.h"

#include <libxml/tree.h>

namespace sgl::interop::xml {

namespace {

const xmlChar *xc(const char *s)
{
    return reinterpret_cast<const xmlChar *>(s);
}

QString nameOf(const xmlNode *n)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(n->name));
}

QString pathOf(const xmlNode *n)
{
    QString path;
    for (; n != nullptr && n->type == XML_ELEMENT_NODE; n = n->parent)
        path.prepend(QLatin1Char('/') + nameOf(n));
    return path;
}

/**
 * The namespace checks done once before output rather than on every call: each element and
 * namespaced attribute must use the declaration its prefix resolves to where it stands, and an
 * element without namespace must not sit under a default namespace (libxml2 would print it
 * unqualified, silently moving it into that namespace). Iterative: depth is the caller's.
 */
domain::Status checkNamespaces(xmlDocPtr doc, xmlNodePtr root)
{
    xmlNodePtr node = root;
    while (node != nullptr) {
        if (node->type == XML_ELEMENT_NODE) {
            if (xmlSearchNs(doc, node, node->ns != nullptr ? node->ns->prefix : nullptr) != node->ns)
                return domain::fail(errc::UnboundPrefix,
                                    Tr::tr("Espace de noms de l'élément « %1 » non déclaré à cet endroit.").arg(nameOf(node)),
                                    pathOf(node));
            for (xmlAttrPtr a = node->properties; a != nullptr; a = a->next) {
                if (a->ns != nullptr && (a->ns->prefix == nullptr || xmlSearchNs(doc, node, a->ns->prefix) != a->ns))
                    return domain::fail(errc::UnboundPrefix,
                                        Tr::tr("Espace de noms de l'attribut « %1 » non déclaré à cet endroit.")
                                            .arg(QString::fromUtf8(reinterpret_cast<const char *>(a->name))),
                                        pathOf(node));
            }
            if (node->children != nullptr) {
                node = node->children;
                continue;
            }
        }
        while (node != nullptr && node != root && node->next == nullptr)
            node = node->parent;
        node = (node == nullptr || node == root) ? nullptr : node->next;
    }
    return {};
}

} // namespace

XmlWriterState::XmlWriterState()
{
    ensureXmlLibraryInitialised();
    doc = xmlNewDoc(xc("1.0"));
}

XmlWriterState::~XmlWriterState()
{
    if (doc != nullptr)
        xmlFreeDoc(doc);
}

void XmlWriterState::fail(QLatin1StringView code, const QString &message, const QString &location)
{
    if (!error)
        error = domain::Error{code, message, location};
}

XmlWriter::XmlWriter() : m_state(std::make_unique<XmlWriterState>()) {}
XmlWriter::XmlWriter(XmlWriter &&) noexcept = default;
XmlWriter &XmlWriter::operator=(XmlWriter &&) noexcept = default;
XmlWriter::~XmlWriter() = default;

void XmlWriter::addProcessingInstruction(const QString &target, const QString &data)
{
    if (!m_state || m_state->doc == nullptr)
        return;
    const QByteArray t = target.toUtf8();
    if (target.isEmpty() || xmlValidateNCName(xc(t.constData()), 0) != 0
        || target.compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0 || t == kVerbatimTarget) {
        m_state->fail(errc::InvalidName, Tr::tr("Nom d'instruction de traitement invalide : « %1 »").arg(target), target);
        return;
    }
    if (data.contains(QLatin1String("?>"))) {
        m_state->fail(errc::Malformed, Tr::tr("Instruction de traitement « %1 » : « ?> » interdit dans son contenu.").arg(target),
                      target);
        return;
    }
    const QByteArray d = XmlWriterText::fromString(data, m_state->replaced);
    xmlNodePtr pi = xmlNewDocPI(m_state->doc, xc(t.constData()), xc(d.constData()));
    xmlAddChild(reinterpret_cast<xmlNodePtr>(m_state->doc), pi);
}

XmlWriterElement XmlWriter::createRoot(const char *localName)
{
    if (!m_state || m_state->doc == nullptr)
        return {};
    const QString name = QString::fromUtf8(localName);
    if (xmlDocGetRootElement(m_state->doc) != nullptr) {
        m_state->fail(errc::Malformed, Tr::tr("Le document a déjà un élément racine."), name);
        return {};
    }
    if (xmlValidateNCName(xc(localName), 0) != 0) {
        m_state->fail(errc::InvalidName, Tr::tr("Nom d'élément XML invalide : « %1 »").arg(name), name);
        return {};
    }
    xmlNodePtr root = xmlNewDocNode(m_state->doc, nullptr, xc(localName), nullptr);
    xmlDocSetRootElement(m_state->doc, root);
    return XmlWriterElement(root, m_state.get());
}

domain::Status XmlWriter::status() const
{
    if (!m_state || m_state->doc == nullptr)
        return domain::fail(errc::Empty, Tr::tr("Le document XML a déjà été remis."));
    if (m_state->error)
        return std::unexpected(*m_state->error);
    if (xmlDocGetRootElement(m_state->doc) == nullptr)
        return domain::fail(errc::Empty, Tr::tr("Le document XML n'a pas d'élément racine."));
    return checkNamespaces(m_state->doc, xmlDocGetRootElement(m_state->doc));
}

int XmlWriter::replacedCharacters() const
{
    return m_state ? m_state->replaced : 0;
}

domain::Result<QByteArray> XmlWriter::toBytes() const
{
    if (auto st = status(); !st)
        return std::unexpected(st.error());
    xmlChar *buffer = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(m_state->doc, &buffer, &size, "UTF-8");
    if (buffer == nullptr)
        return domain::fail(errc::Malformed, Tr::tr("Mémoire insuffisante pour écrire le document XML."));
    QByteArray out(reinterpret_cast<const char *>(buffer), size);
    xmlFree(buffer);
    // Text and attribute values escape '<', so only a marker PI can spell this sequence.
    for (qsizetype i = 0; i < m_state->verbatim.size(); ++i)
        out.replace(QByteArray("<?") + kVerbatimTarget + ' ' + QByteArray::number(i) + "?>", m_state->verbatim.at(i));
    return out;
}

domain::Result<XmlDocument> XmlWriter::toDocument(const QString &sourceName) &&
{
    if (auto st = status(); !st)
        return std::unexpected(st.error());
    if (!m_state->verbatim.isEmpty()) {
        auto bytes = toBytes();
        if (!bytes)
            return std::unexpected(bytes.error());
        return XmlDocument::parse(*bytes, sourceName);
    }
    xmlDocPtr doc = m_state->doc;
    m_state->doc = nullptr;
    return XmlDocument::adopt(doc, sourceName);
}

} // namespace sgl::interop::xml
