#include "interop/xds/SoapResponse.h"

#include "interop/xds/ErrorCodes.h"
#include "interop/xds/Tr.h"
#include "interop/xds/XdsConstants.h"

namespace sgl::interop::xds {

using domain::fail;

namespace {

QString localPart(const QString &qname)
{
    const qsizetype colon = qname.lastIndexOf(QLatin1Char(':'));
    return (colon < 0 ? qname : qname.mid(colon + 1)).trimmed();
}

QString textOf(const xml::XmlNode &node)
{
    return node.isNull() ? QString() : node.text().simplified();
}

} // namespace

bool SoapFault::isReceiverFault() const
{
    return code == QLatin1String("Receiver") || code == QLatin1String("Server");
}

domain::Error SoapResponse::faultError() const
{
    const QString code = m_fault.subcode.isEmpty() ? m_fault.code : m_fault.code + QLatin1Char('/') + m_fault.subcode;
    return {errc::SoapFault,
            Tr::tr("Erreur SOAP renvoyée par le service (%1) : %2")
                .arg(code, m_fault.reason.isEmpty() ? Tr::tr("sans motif") : m_fault.reason),
            m_doc.sourceName()};
}

domain::Result<SoapResponse> SoapResponse::parse(const QByteArray &xml, const QString &sourceName)
{
    auto doc = xml::XmlDocument::parse(xml, sourceName);
    if (!doc)
        return fail(errc::MalformedResponse, Tr::tr("Réponse SOAP illisible : %1").arg(doc.error().message),
                    doc.error().location);
    SoapResponse r;
    r.m_doc = std::move(*doc);
    const xml::XmlNode env = r.m_doc.root();
    const QString ns = env.namespaceUri();
    if (env.localName() != QLatin1String("Envelope")
        || (ns != QLatin1String(uuid::kNsSoap12) && ns != QLatin1String(uuid::kNsSoap11)))
        return fail(errc::MalformedResponse,
                    Tr::tr("Réponse incorrecte : enveloppe SOAP attendue, élément « %1 » reçu.").arg(env.localName()),
                    sourceName);
    const xml::XmlNode header = env.firstChild(ns, QStringLiteral("Header"));
    if (!header.isNull())
        r.m_relatesTo = textOf(header.firstChild(QString::fromLatin1(uuid::kNsWsa), QStringLiteral("RelatesTo")));
    const xml::XmlNode body = env.firstChild(ns, QStringLiteral("Body"));
    if (body.isNull())
        return fail(errc::MalformedResponse, Tr::tr("Réponse SOAP sans élément Body."), sourceName);
    const QList<xml::XmlNode> children = body.childElements();
    if (children.isEmpty())
        return fail(errc::MalformedResponse, Tr::tr("Réponse SOAP vide (Body sans contenu)."), sourceName);
    const xml::XmlNode first = children.first();
    if (first.localName() == QLatin1String("Fault") && first.namespaceUri() == ns) {
        r.m_isFault = true;
        if (ns == QLatin1String(uuid::kNsSoap12)) {
            const xml::XmlNode code = first.firstChild(ns, QStringLiteral("Code"));
            r.m_fault.code = localPart(code.childText(ns, QStringLiteral("Value")));
            const xml::XmlNode sub = code.isNull() ? xml::XmlNode() : code.firstChild(ns, QStringLiteral("Subcode"));
            r.m_fault.subcode = sub.isNull() ? QString() : localPart(sub.childText(ns, QStringLiteral("Value")));
            const xml::XmlNode reason = first.firstChild(ns, QStringLiteral("Reason"));
            r.m_fault.reason = reason.isNull() ? QString() : textOf(reason.firstChild(ns, QStringLiteral("Text")));
            r.m_fault.detail = textOf(first.firstChild(ns, QStringLiteral("Detail")));
        } else {
            r.m_fault.code = localPart(textOf(first.firstChild({}, QStringLiteral("faultcode"))));
            r.m_fault.reason = textOf(first.firstChild({}, QStringLiteral("faultstring")));
            r.m_fault.detail = textOf(first.firstChild({}, QStringLiteral("detail")));
        }
        return r;
    }
    r.m_payload = first;
    return r;
}

} // namespace sgl::interop::xds
