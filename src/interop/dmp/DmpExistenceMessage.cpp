#include "interop/dmp/DmpExistenceMessage.h"

#include "interop/dmp/ErrorCodes.h"
#include "interop/dmp/Tr.h"

#include <QTimeZone>

namespace sgl::interop::dmp {

using domain::fail;

namespace {

const QString kHl7 = QStringLiteral("urn:hl7-org:v3");
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

void device(xml::XmlWriterElement parent, const char *type, const QString &oid, const QString &name)
{
    xml::XmlWriterElement d = parent.add(type).set("typeCode", QString::fromLatin1(type) == QLatin1String("receiver") ? "RCV" : "SND")
                                  .add("device").set("classCode", "DEV").set("determinerCode", "INSTANCE");
    d.add("id").set("root", oid);
    d.addText("softwareName", name);
}

std::optional<bool> boolValue(const xml::XmlNode &value)
{
    if (value.isNull())
        return std::nullopt;
    const QString v = value.attribute(QStringLiteral("value"));
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    return std::nullopt;
}

} // namespace

void DmpExistenceMessage::write(xml::XmlWriterElement parent, const ExistenceRequest &r)
{
    xml::XmlWriterElement msg = parent.add("PRPA_IN201307UV02");
    msg.setNamespace(msg.declareNamespace({}, kHl7));
    const xml::XmlWriterNamespace xsi = msg.declareNamespace(QStringLiteral("xsi"), kXsi);
    msg.set("ITSVersion", "XML_1.0");
    msg.add("id").set("root", r.senderOid).set("extension", r.messageId);
    msg.add("creationTime").set("value", r.creationTime.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")));
    msg.add("interactionId").set("root", "2.16.840.1.113883.1.6").set("extension", "PRPA_IN201307UV02");
    msg.add("processingCode").set("code", "D");
    msg.add("processingModeCode").set("code", "T");
    msg.add("acceptAckCode").set("code", "AL");
    device(msg, "receiver", QStringLiteral("1.2.250.1.213.4.1.1.1"), QStringLiteral("DMP"));
    device(msg, "sender", r.senderOid, r.softwareName);
    msg.add("attentionLine").set(xsi, "nil", "true");
    xml::XmlWriterElement act = msg.add("controlActProcess").set("classCode", "CACT").set("moodCode", "EVN");
    act.add("reasonCode").set("code", "TEST_EXST").set("codeSystem", "1.2.250.1.213.1.1.4.11")
        .set("displayName", "Test d'existence de dossier");
    xml::XmlWriterElement query = act.add("queryByParameter");
    query.add("queryId").set("root", r.senderOid).set("extension", r.queryId);
    query.add("statusCode").set("code", "new");
    xml::XmlWriterElement params = query.add("parameterList");
    params.add("dataSource").set(xsi, "nil", "true");
    xml::XmlWriterElement patient = params.add("patientIdentifier");
    patient.add("value").set("root", r.insOid).set("extension", r.ins);
    patient.addText("semanticsText", QStringLiteral("Patient.id"));
}

domain::Result<DmpExistence> DmpExistenceMessage::parse(xml::XmlNode payload)
{
    if (payload.localName() != QLatin1String("PRPA_IN201308UV02") || payload.namespaceUri() != kHl7)
        return fail(errc::UnexpectedResponse,
                    Tr::tr("Réponse du DMP inattendue au test d'existence : « %1 » au lieu de PRPA_IN201308UV02.")
                        .arg(payload.localName()),
                    payload.path());
    const xml::XmlNode ack = payload.firstChild(kHl7, QStringLiteral("acknowledgement"));
    const QString ackCode = ack.attribute(QStringLiteral("typeCode"));
    if (ackCode != QLatin1String("AA")) {
        const QString text = ack.firstChild(kHl7, QStringLiteral("acknowledgementDetail")).childText(kHl7, QStringLiteral("text"));
        return fail(errc::UnexpectedResponse,
                    Tr::tr("Le DMP a refusé le test d'existence (accusé « %1 ») : %2")
                        .arg(ackCode.isEmpty() ? Tr::tr("absent") : ackCode, text.isEmpty() ? Tr::tr("sans détail") : text.simplified()),
                    payload.path());
    }
    DmpExistence out;
    for (const xml::XmlNode &line : payload.childElements(kHl7, QStringLiteral("attentionLine"))) {
        const QString key = line.firstChild(kHl7, QStringLiteral("keyWordText")).attribute(QStringLiteral("code"));
        const xml::XmlNode value = line.firstChild(kHl7, QStringLiteral("value"));
        if (key == QLatin1String("AUTORISATION"))
            out.authorization = value.attribute(QStringLiteral("code"));
        else if (key == QLatin1String("STATUT_MT"))
            out.treatingDoctor = boolValue(value);
    }
    const xml::XmlNode act = payload.firstChild(kHl7, QStringLiteral("controlActProcess"));
    const QString code = act.firstChild(kHl7, QStringLiteral("queryAck"))
                             .firstChild(kHl7, QStringLiteral("queryResponseCode"))
                             .attribute(QStringLiteral("code"));
    if (code != QLatin1String("OK") && code != QLatin1String("NF"))
        return fail(errc::UnexpectedResponse,
                    Tr::tr("Réponse du DMP inattendue au test d'existence : code de réponse « %1 ».").arg(code),
                    payload.path());
    out.found = code == QLatin1String("OK");
    const xml::XmlNode patient = act.firstChild(kHl7, QStringLiteral("subject"))
                                     .firstChild(kHl7, QStringLiteral("registrationEvent"))
                                     .firstChild(kHl7, QStringLiteral("subject1"))
                                     .firstChild(kHl7, QStringLiteral("patient"));
    out.patientStatus = patient.firstChild(kHl7, QStringLiteral("statusCode")).attribute(QStringLiteral("code"));
    for (const xml::XmlNode &s : patient.childElements(kHl7, QStringLiteral("subjectOf"))) {
        const xml::XmlNode obs = s.firstChild(kHl7, QStringLiteral("administrativeObservation"));
        if (obs.firstChild(kHl7, QStringLiteral("code")).attribute(QStringLiteral("code")) == QLatin1String("COMPTE_INTERNET_OUVERT"))
            out.internetAccountOpen = boolValue(obs.firstChild(kHl7, QStringLiteral("value")));
    }
    return out;
}

} // namespace sgl::interop::dmp
