#include "simulators/dmp/DmpSoap.h"

#include "simulators/dmp/Tr.h"

#include <QUuid>

namespace sgl::simulators::dmp {

using interop::xml::XmlDocument;
using interop::xml::XmlElement;
using interop::xml::XmlNode;

namespace {

DmpFault senderFault(const QString &subcode, const QString &reason)
{
    return DmpFault{500, true, subcode, reason};
}

XmlElement envelopeWithHeader(const QString &action, const QString &relatesTo)
{
    XmlElement env(QStringLiteral("soap:Envelope"));
    env.declareNamespace(QStringLiteral("soap"), QString(soapns::kSoap12));
    env.declareNamespace(QStringLiteral("wsa"), QString(soapns::kWsa));
    XmlElement &header = env.append(XmlElement(QStringLiteral("soap:Header")));
    header.addTextChild(QStringLiteral("wsa:Action"), action);
    header.addTextChild(QStringLiteral("wsa:MessageID"), newUrnUuid());
    header.addTextChild(QStringLiteral("wsa:To"), QString(soapns::kAnonymous));
    if (!relatesTo.isEmpty())
        header.addTextChild(QStringLiteral("wsa:RelatesTo"), relatesTo);
    return env;
}

} // namespace

QString newUrnUuid()
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::expected<DmpEnvelope, DmpFault> parseEnvelope(const QByteArray &xml)
{
    auto doc = XmlDocument::parse(xml, QStringLiteral("requête SOAP"));
    if (!doc)
        return std::unexpected(senderFault(QString(), Tr::tr("Requête SOAP illisible : %1 (%2)")
                                                          .arg(doc.error().message, doc.error().location)));
    DmpEnvelope env;
    env.doc = std::move(*doc);
    const XmlNode root = env.doc.root();
    const QString ns = root.namespaceUri();
    if (root.localName() != QLatin1StringView("Envelope") || (ns != soapns::kSoap12 && ns != soapns::kSoap11))
        return std::unexpected(DmpFault{500, true, QStringLiteral("soap:VersionMismatch"),
                                        Tr::tr("L'élément racine n'est pas une enveloppe SOAP 1.2 : « %1 » (%2).")
                                            .arg(root.localName(), ns)});
    env.soap11 = ns == soapns::kSoap11;
    const XmlNode header = root.firstChild(ns, QStringLiteral("Header"));
    const XmlNode body = root.firstChild(ns, QStringLiteral("Body"));
    if (body.isNull())
        return std::unexpected(senderFault(QString(), Tr::tr("Enveloppe SOAP sans élément Body.")));
    const QList<XmlNode> payload = body.childElements();
    if (payload.size() != 1)
        return std::unexpected(senderFault(QString(), Tr::tr("Le Body SOAP doit contenir exactement un élément (%1 trouvé(s)).")
                                                          .arg(payload.size())));
    env.payload = payload.first();
    const QString wsa(soapns::kWsa);
    env.action = header.childText(wsa, QStringLiteral("Action")).trimmed();
    env.messageId = header.childText(wsa, QStringLiteral("MessageID")).trimmed();
    if (env.action.isEmpty())
        return std::unexpected(senderFault(QStringLiteral("wsa:MessageAddressingHeaderRequired"),
                                           Tr::tr("En-tête WS-Addressing Action absent.")));
    if (env.messageId.isEmpty())
        return std::unexpected(senderFault(QStringLiteral("wsa:MessageAddressingHeaderRequired"),
                                           Tr::tr("En-tête WS-Addressing MessageID absent.")));
    env.security = header.firstChild(QString(soapns::kWsse), QStringLiteral("Security"));
    return env;
}

common::SimHttpResponse soapAnswer(const QString &action, const QString &relatesTo, const XmlElement &payload)
{
    XmlElement env = envelopeWithHeader(action, relatesTo);
    env.append(XmlElement(QStringLiteral("soap:Body"))).append(payload);
    common::SimHttpResponse r;
    r.body = env.toXml().value_or(QByteArray());
    r.contentType = "application/soap+xml; charset=UTF-8; action=\"" + action.toUtf8() + '"';
    return r;
}

common::SimHttpResponse soapFault(const DmpFault &fault, const QString &relatesTo)
{
    XmlElement env = envelopeWithHeader(QString(soapns::kWsaFaultAction), relatesTo);
    env.declareNamespace(QStringLiteral("wsse"), QString(soapns::kWsse));
    XmlElement &f = env.append(XmlElement(QStringLiteral("soap:Body"))).append(XmlElement(QStringLiteral("soap:Fault")));
    XmlElement &code = f.append(XmlElement(QStringLiteral("soap:Code")));
    const bool versionMismatch = fault.subcode == QLatin1StringView("soap:VersionMismatch");
    code.addTextChild(QStringLiteral("soap:Value"), versionMismatch ? fault.subcode
                                                    : fault.sender  ? QStringLiteral("soap:Sender")
                                                                    : QStringLiteral("soap:Receiver"));
    if (!fault.subcode.isEmpty() && !versionMismatch)
        code.append(XmlElement(QStringLiteral("soap:Subcode"))).addTextChild(QStringLiteral("soap:Value"), fault.subcode);
    XmlElement text(QStringLiteral("soap:Text"), fault.reason);
    text.setAttribute(QStringLiteral("xml:lang"), QStringLiteral("fr"));
    f.append(XmlElement(QStringLiteral("soap:Reason"))).append(std::move(text));
    common::SimHttpResponse r;
    r.status = fault.httpStatus;
    r.body = env.toXml().value_or(QByteArray());
    return r;
}

} // namespace sgl::simulators::dmp
