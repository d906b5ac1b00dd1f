#include "simulators/dmp/DmpQueryService.h"

#include "simulators/dmp/Tr.h"
#include "simulators/dmp/XdsErrors.h"
#include "simulators/dmp/XdsValues.h"

#include <QRegularExpression>

namespace sgl::simulators::dmp {

using interop::xml::XmlElement;
using interop::xml::XmlNode;

namespace {

const QString kHl7 = QStringLiteral("urn:hl7-org:v3");
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const QString kDmpDevice = QStringLiteral("1.2.250.1.213.4.1.1.1");
const QString kFindDocuments = QStringLiteral("urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d");
const QString kGetDocuments = QStringLiteral("urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4");

XmlElement idElement(const QString &root, const QString &extension = {})
{
    XmlElement id(QStringLiteral("id"));
    if (!extension.isEmpty())
        id.setAttribute(QStringLiteral("extension"), extension);
    id.setAttribute(QStringLiteral("root"), root);
    return id;
}

XmlElement device(const QString &root, const QString &softwareName)
{
    XmlElement d(QStringLiteral("device"));
    d.setAttribute(QStringLiteral("classCode"), QStringLiteral("DEV"));
    d.setAttribute(QStringLiteral("determinerCode"), QStringLiteral("INSTANCE"));
    d.append(idElement(root));
    if (!softwareName.isEmpty())
        d.addTextChild(QStringLiteral("softwareName"), softwareName);
    return d;
}

XmlElement attentionLine(const QString &keyword, const QString &keywordSystem, XmlElement value)
{
    XmlElement line(QStringLiteral("attentionLine"));
    XmlElement key(QStringLiteral("keyWordText"));
    key.setAttribute(QStringLiteral("code"), keyword);
    key.setAttribute(QStringLiteral("codeSystem"), keywordSystem);
    line.append(std::move(key));
    line.append(std::move(value));
    return line;
}

XmlElement booleanValue(bool v)
{
    XmlElement value(QStringLiteral("value"));
    value.setAttribute(QStringLiteral("value"), v ? QStringLiteral("true") : QStringLiteral("false"));
    value.setAttribute(QStringLiteral("xsi:type"), QStringLiteral("BL"));
    return value;
}

XmlElement observation(const QString &code, const QString &system, bool v)
{
    XmlElement subjectOf(QStringLiteral("subjectOf"));
    subjectOf.setAttribute(QStringLiteral("typeCode"), QStringLiteral("SBJ"));
    XmlElement &obs = subjectOf.append(XmlElement(QStringLiteral("administrativeObservation")));
    obs.setAttribute(QStringLiteral("classCode"), QStringLiteral("OBS"));
    obs.setAttribute(QStringLiteral("moodCode"), QStringLiteral("EVN"));
    XmlElement c(QStringLiteral("code"));
    c.setAttribute(QStringLiteral("code"), code);
    c.setAttribute(QStringLiteral("codeSystem"), system);
    obs.append(std::move(c));
    obs.append(booleanValue(v));
    return subjectOf;
}

/** "('a','b')" or "'a'" spread over one or more Value elements -> a, b */
QStringList listValues(const QStringList &values)
{
    QStringList out;
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    for (const QString &v : values) {
        auto it = quoted.globalMatch(v);
        bool any = false;
        while (it.hasNext()) {
            out << it.next().captured(1);
            any = true;
        }
        if (!any && !v.trimmed().isEmpty())
            out << v.trimmed();
    }
    return out;
}

QString confidentialitySystem(const QString &code)
{
    return code.size() == 1 ? QStringLiteral("2.16.840.1.113883.5.25") : QStringLiteral("1.2.250.1.213.1.1.4.13");
}

} // namespace

DmpQueryService::DmpQueryService(const DmpSimulatorConfig &config, const DmpRegistry &registry)
    : m_config(config), m_registry(registry)
{
}

std::expected<XmlElement, DmpFault> DmpQueryService::existenceTest(const DmpEnvelope &envelope, DmpCallLog &log) const
{
    const XmlNode request = envelope.payload;
    if (request.localName() != QLatin1StringView("PRPA_IN201307UV02") || request.namespaceUri() != kHl7)
        return std::unexpected(DmpFault{500, true, QString(),
                                        Tr::tr("PRPA_IN201307UV02 (urn:hl7-org:v3) attendu, « %1 » reçu.").arg(request.localName())});
    const interop::xml::XmlNamespaces ns{{QStringLiteral("h"), kHl7}};
    const auto node = [&](const char *xpath) {
        return envelope.doc.selectFirst(QString::fromLatin1(xpath), ns, request).value_or(XmlNode());
    };
    const XmlNode requestId = request.firstChild(kHl7, QStringLiteral("id"));
    const XmlNode reason = node("h:controlActProcess/h:reasonCode");
    const XmlNode queryId = node("h:controlActProcess/h:queryByParameter/h:queryId");
    const XmlNode patientId = node("h:controlActProcess/h:queryByParameter/h:parameterList/h:patientIdentifier/h:value");
    const XmlNode senderId = node("h:sender/h:device/h:id");
    const QString oid = patientId.attribute(QStringLiteral("root"));
    const QString ins = patientId.attribute(QStringLiteral("extension"));
    QString parsedIns;
    const auto why = xdsvalues::checkInsPatientId(QStringLiteral("%1^^^&%2&ISO^NH").arg(ins, oid), m_config.acceptedInsOids,
                                                  &parsedIns);
    if (patientId.isNull() || why)
        return std::unexpected(DmpFault{500, true, QString(),
                                        Tr::tr("patientIdentifier invalide : %1").arg(why.value_or(Tr::tr("absent")))});
    if (reason.attribute(QStringLiteral("code")) != QLatin1StringView("TEST_EXST"))
        log.notes << Tr::tr("reasonCode %1 traité comme TEST_EXST.").arg(reason.attribute(QStringLiteral("code")));
    const DmpPatient patient = m_registry.patient(parsedIns, m_config.openDmpForEveryIns);

    XmlElement r(QStringLiteral("PRPA_IN201308UV02"));
    r.declareNamespace(QString(), kHl7);
    r.declareNamespace(QStringLiteral("xsi"), kXsi);
    r.setAttribute(QStringLiteral("ITSVersion"), QStringLiteral("XML_1.0"));
    r.append(idElement(newUrnUuid().mid(9)));
    XmlElement creation(QStringLiteral("creationTime"));
    creation.setAttribute(QStringLiteral("value"), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    r.append(std::move(creation));
    XmlElement interactionId(QStringLiteral("interactionId"));
    interactionId.setAttribute(QStringLiteral("extension"), QStringLiteral("PRPA_IN201308UV02"));
    interactionId.setAttribute(QStringLiteral("root"), QStringLiteral("2.16.840.1.113883.1.6"));
    r.append(std::move(interactionId));
    for (const auto &[name, code] : {qMakePair("processingCode", "P"), qMakePair("processingModeCode", "T"),
                                     qMakePair("acceptAckCode", "NE")}) {
        XmlElement e{QString::fromLatin1(name)};
        e.setAttribute(QStringLiteral("code"), QString::fromLatin1(code));
        r.append(std::move(e));
    }
    XmlElement &receiver = r.append(XmlElement(QStringLiteral("receiver")));
    receiver.setAttribute(QStringLiteral("typeCode"), QStringLiteral("RCV"));
    receiver.append(device(senderId.attribute(QStringLiteral("root")), QString()));
    XmlElement &sender = r.append(XmlElement(QStringLiteral("sender")));
    sender.setAttribute(QStringLiteral("typeCode"), QStringLiteral("SND"));
    sender.append(device(kDmpDevice, QStringLiteral("DMP")));
    if (patient.exists) {
        XmlElement authorisation(QStringLiteral("value"));
        authorisation.setAttribute(QStringLiteral("code"), patient.authorisation);
        authorisation.setAttribute(QStringLiteral("codeSystem"), QStringLiteral("1.2.250.1.213.4.1.2.6.2"));
        authorisation.setAttribute(QStringLiteral("xsi:type"), QStringLiteral("CV"));
        r.append(attentionLine(QStringLiteral("AUTORISATION"), QStringLiteral("1.2.250.1.213.4.1.2.6.1"), std::move(authorisation)));
        r.append(attentionLine(QStringLiteral("STATUT_MT"), QStringLiteral("1.2.250.1.213.4.1.2.6.3"),
                               booleanValue(patient.attendingDoctor)));
    }
    XmlElement &ack = r.append(XmlElement(QStringLiteral("acknowledgement")));
    ack.setAttribute(QStringLiteral("typeCode"), QStringLiteral("AA"));
    ack.append(XmlElement(QStringLiteral("targetMessage")))
        .append(idElement(requestId.attribute(QStringLiteral("root")), requestId.attribute(QStringLiteral("extension"))));
    XmlElement &act = r.append(XmlElement(QStringLiteral("controlActProcess")));
    act.setAttribute(QStringLiteral("classCode"), QStringLiteral("CACT"));
    act.setAttribute(QStringLiteral("moodCode"), QStringLiteral("EVN"));
    XmlElement reasonCode(QStringLiteral("reasonCode"));
    reasonCode.setAttribute(QStringLiteral("code"), QStringLiteral("TEST_EXST"));
    reasonCode.setAttribute(QStringLiteral("codeSystem"), QStringLiteral("1.2.250.1.213.1.1.4.11"));
    reasonCode.setAttribute(QStringLiteral("displayName"), QStringLiteral("Test d'existence de dossier"));
    act.append(std::move(reasonCode));
    if (patient.exists) {
        XmlElement &subject = act.append(XmlElement(QStringLiteral("subject")));
        subject.setAttribute(QStringLiteral("contextConductionInd"), QStringLiteral("false"));
        subject.setAttribute(QStringLiteral("typeCode"), QStringLiteral("SUBJ"));
        XmlElement &event = subject.append(XmlElement(QStringLiteral("registrationEvent")));
        event.setAttribute(QStringLiteral("classCode"), QStringLiteral("REG"));
        event.setAttribute(QStringLiteral("moodCode"), QStringLiteral("EVN"));
        XmlElement status(QStringLiteral("statusCode"));
        status.setAttribute(QStringLiteral("code"), QStringLiteral("completed"));
        event.append(std::move(status));
        XmlElement &subject1 = event.append(XmlElement(QStringLiteral("subject1")));
        subject1.setAttribute(QStringLiteral("typeCode"), QStringLiteral("SBJ"));
        XmlElement &pat = subject1.append(XmlElement(QStringLiteral("patient")));
        pat.setAttribute(QStringLiteral("classCode"), QStringLiteral("PAT"));
        pat.append(idElement(oid, parsedIns));
        XmlElement active(QStringLiteral("statusCode"));
        active.setAttribute(QStringLiteral("code"), QStringLiteral("active"));
        pat.append(std::move(active));
        // No patientPerson: identity traits from the DMP are never to be displayed (RG_0320).
        pat.append(observation(QStringLiteral("COMPTE_INTERNET_OUVERT"), QStringLiteral("1.2.250.1.213.4.1.2.9"),
                               patient.internetAccountOpen));
        XmlElement &custodian = event.append(XmlElement(QStringLiteral("custodian")));
        custodian.setAttribute(QStringLiteral("typeCode"), QStringLiteral("CST"));
        XmlElement &entity = custodian.append(XmlElement(QStringLiteral("assignedEntity")));
        entity.setAttribute(QStringLiteral("classCode"), QStringLiteral("ASSIGNED"));
        entity.append(idElement(kDmpDevice));
    }
    XmlElement &queryAck = act.append(XmlElement(QStringLiteral("queryAck")));
    XmlElement qid(QStringLiteral("queryId"));
    qid.setAttribute(QStringLiteral("extension"), queryId.attribute(QStringLiteral("extension")));
    qid.setAttribute(QStringLiteral("root"), queryId.attribute(QStringLiteral("root")));
    queryAck.append(std::move(qid));
    XmlElement responseCode(QStringLiteral("queryResponseCode"));
    log.outcome = patient.exists ? QStringLiteral("OK") : QStringLiteral("NF");
    responseCode.setAttribute(QStringLiteral("code"), log.outcome);
    queryAck.append(std::move(responseCode));
    return r;
}

EbObject DmpQueryService::answerObject(const DmpStoredEntry &entry)
{
    EbObject o = entry.metadata;
    o.id = entry.entryUuid;
    o.lid = entry.lid;
    o.status = entry.status;
    o.versionName = QString::number(entry.version);
    o.setSlot(QStringLiteral("hash"), {entry.hash});
    o.setSlot(QStringLiteral("size"), {QString::number(entry.size)});
    o.setSlot(QStringLiteral("repositoryUniqueId"), {QString(kDmpRepositoryUniqueId)});
    QList<EbClassification> kept;
    QHash<QString, QString> names;
    for (const EbClassification &c : o.classifications) {
        if (c.scheme == ebxml::kDocConfidentiality)
            names.insert(c.code, c.displayName);
        else
            kept << c;
    }
    for (const QString &code : entry.confidentiality) {
        EbClassification c;
        c.scheme = QString(ebxml::kDocConfidentiality);
        c.code = code;
        c.codingScheme = confidentialitySystem(code);
        c.displayName = names.value(code);
        c.slotList = {EbSlot{QStringLiteral("codingScheme"), {c.codingScheme}}};
        kept << c;
    }
    for (qsizetype i = 0; i < kept.size(); ++i)
        kept[i].id = QStringLiteral("%1-c%2").arg(entry.entryUuid).arg(i + 1);
    o.classifications = kept;
    return o;
}

XmlElement DmpQueryService::storedQuery(const DmpEnvelope &envelope, DmpCallLog &log) const
{
    const XmlNode request = envelope.payload;
    const QString q(ebxml::kQuery);
    const QString rim(ebxml::kRim);
    QList<RegistryError> errors;
    QList<DmpStoredEntry> found;
    const XmlNode adhoc = request.firstChild(rim, QStringLiteral("AdhocQuery"));
    const QString returnType = request.firstChild(q, QStringLiteral("ResponseOption")).attribute(QStringLiteral("returnType"));
    if (request.localName() != QLatin1StringView("AdhocQueryRequest") || request.namespaceUri() != q || adhoc.isNull()) {
        errors << RegistryError{QString(xdserr::kRegistryError), Tr::tr("AdhocQueryRequest/AdhocQuery attendu."), request.path()};
    } else {
        EbObject params;
        for (const XmlNode &s : adhoc.childElements(rim, QStringLiteral("Slot"))) {
            QStringList values;
            for (const XmlNode &v : s.firstChild(rim, QStringLiteral("ValueList")).childElements(rim, QStringLiteral("Value")))
                values << v.text();
            params.slotList << EbSlot{s.attribute(QStringLiteral("name")), values};
        }
        const QString queryId = adhoc.attribute(QStringLiteral("id"));
        if (queryId == kFindDocuments) {
            const QStringList patient = listValues(params.slotValues(QStringLiteral("$XDSDocumentEntryPatientId")));
            const QStringList statuses = listValues(params.slotValues(QStringLiteral("$XDSDocumentEntryStatus")));
            QString ins;
            if (patient.size() != 1 || statuses.isEmpty()) {
                errors << RegistryError{QString(xdserr::kStoredQueryParamNumber),
                                        Tr::tr("FindDocuments : $XDSDocumentEntryPatientId (une valeur) et $XDSDocumentEntryStatus obligatoires."),
                                        adhoc.path()};
            } else if (auto why = xdsvalues::checkInsPatientId(patient.first(), m_config.acceptedInsOids, &ins)) {
                errors << RegistryError{QString(xdserr::kUnknownPatientId), *why, adhoc.path()};
            } else {
                for (const DmpStoredEntry &e : m_registry.latestForPatient(ins))
                    if (statuses.contains(e.status))
                        found << e;
            }
        } else if (queryId == kGetDocuments) {
            const QStringList uids = listValues(params.slotValues(QStringLiteral("$XDSDocumentEntryUniqueId")));
            const QStringList uuids = listValues(params.slotValues(QStringLiteral("$XDSDocumentEntryEntryUUID")));
            if (uids.isEmpty() == uuids.isEmpty())
                errors << RegistryError{QString(xdserr::kStoredQueryParamNumber),
                                        Tr::tr("GetDocuments : $XDSDocumentEntryUniqueId ou $XDSDocumentEntryEntryUUID (l'un des deux)."),
                                        adhoc.path()};
            for (const QString &uid : uids)
                if (const auto e = m_registry.latestByUniqueId(uid))
                    found << *e;
            for (const QString &uuid : uuids)
                if (const auto e = m_registry.latestByUuid(uuid))
                    found << *e;
        } else {
            errors << RegistryError{QString(xdserr::kUnknownStoredQuery), Tr::tr("Requête stockée non prise en charge : %1").arg(queryId),
                                    adhoc.path()};
        }
    }
    XmlElement r(QStringLiteral("query:AdhocQueryResponse"));
    r.declareNamespace(QStringLiteral("query"), q);
    r.declareNamespace(QStringLiteral("rim"), rim);
    r.declareNamespace(QStringLiteral("rs"), QString(ebxml::kRs));
    r.setAttribute(QStringLiteral("status"), errors.isEmpty() ? QString(ebxml::kSuccess) : QString(ebxml::kFailure));
    if (!errors.isEmpty())
        r.append(registryErrorList(errors));
    XmlElement &list = r.append(XmlElement(QStringLiteral("rim:RegistryObjectList")));
    for (const DmpStoredEntry &e : found) {
        if (returnType == QLatin1StringView("ObjectRef")) {
            XmlElement ref(QStringLiteral("rim:ObjectRef"));
            ref.setAttribute(QStringLiteral("id"), e.entryUuid);
            list.append(std::move(ref));
        } else {
            list.append(writeEbObject(answerObject(e)));
        }
    }
    log.outcome = errors.isEmpty() ? QStringLiteral("Success") : QStringLiteral("Failure");
    for (const RegistryError &e : errors)
        log.errorCodes << e.code;
    return r;
}

} // namespace sgl::simulators::dmp
