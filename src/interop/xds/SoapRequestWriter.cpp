#include "interop/xds/SoapRequestWriter.h"

#include "interop/xds/XdsConstants.h"

#include <QUuid>

namespace sgl::interop::xds {

QString SoapAddressing::newMessageId()
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SoapRequestWriter::SoapRequestWriter(const SoapAddressing &addressing, const QByteArray &securityHeader)
{
    xml::XmlWriterElement env = m_writer.createRoot("Envelope");
    const xml::XmlWriterNamespace soap = env.declareNamespace(QStringLiteral("soap"), QString::fromLatin1(uuid::kNsSoap12));
    env.setNamespace(soap);
    const xml::XmlWriterNamespace wsa = env.declareNamespace(QStringLiteral("wsa"), QString::fromLatin1(uuid::kNsWsa));
    xml::XmlWriterElement header = env.add(soap, "Header");
    header.add(wsa, "Action").set(soap, "mustUnderstand", "true").text(addressing.action);
    header.add(wsa, "MessageID").text(addressing.messageId);
    header.add(wsa, "ReplyTo").add(wsa, "Address").text(uuid::kWsaAnonymous);
    header.add(wsa, "To").set(soap, "mustUnderstand", "true").text(addressing.to);
    if (!securityHeader.isEmpty())
        header.addVerbatim(securityHeader);
    m_body = env.add(soap, "Body");
}

} // namespace sgl::interop::xds
