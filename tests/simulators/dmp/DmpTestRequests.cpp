#include "DmpTestRequests.h"

#include "interop/xds/MtomMessage.h"
#include "interop/xml/XmlDocument.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDateTime>
#include <QUuid>

namespace {

QAtomicInt g_counter{0};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString slot(const QString &name, const QStringList &values)
{
    QString out = QStringLiteral("<Slot name=\"%1\"><ValueList>").arg(name);
    for (const QString &v : values)
        out += QStringLiteral("<Value>%1</Value>").arg(esc(v));
    return out + QStringLiteral("</ValueList></Slot>");
}

QString classification(const QString &scheme, const QString &object, const QString &code, const QString &codingScheme,
                       const QString &name)
{
    static int n = 0;
    return QStringLiteral("<Classification classificationScheme=\"urn:uuid:%1\" classifiedObject=\"%2\" id=\"cl%3\" "
                          "nodeRepresentation=\"%4\">%5<Name><LocalizedString value=\"%6\"/></Name></Classification>")
        .arg(scheme, object)
        .arg(++n)
        .arg(esc(code), slot(QStringLiteral("codingScheme"), {codingScheme}), esc(name));
}

QString author(const QString &scheme, const QString &object, const SubmissionSpec &s)
{
    return QStringLiteral("<Classification classificationScheme=\"urn:uuid:%1\" classifiedObject=\"%2\" id=\"au-%2\" "
                          "nodeRepresentation=\"\">%3%4%5</Classification>")
        .arg(scheme, object, slot(QStringLiteral("authorPerson"), {s.authorPerson}),
             slot(QStringLiteral("authorSpecialty"), {s.authorSpecialty}),
             slot(QStringLiteral("authorInstitution"),
                  {QStringLiteral("LABORATOIRE SGL TEST^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^310B0152872")}));
}

QString externalId(const QString &scheme, const QString &object, const QString &value)
{
    return QStringLiteral("<ExternalIdentifier id=\"ei-%1-%2\" identificationScheme=\"urn:uuid:%2\" registryObject=\"%1\" "
                          "value=\"%3\"/>")
        .arg(object, scheme, esc(value));
}

QString confidentialityClassifications(const QString &object, const QStringList &codes)
{
    QString out;
    for (const QString &c : codes)
        out += classification(QStringLiteral("f4f85eac-e6cb-4883-b524-f2705394840f"), object, c,
                              c.size() == 1 ? QStringLiteral("2.16.840.1.113883.5.25") : QStringLiteral("1.2.250.1.213.1.1.4.13"), c);
    return out;
}

QString header(const QString &action, bool security, const QByteArray &securityXml = {},
               const QString &soapPrefix = QStringLiteral("soap"))
{
    QString h = QStringLiteral("<%1:Header><wsa:Action %1:mustUnderstand=\"true\">%2</wsa:Action>"
                               "<wsa:MessageID>urn:uuid:%3</wsa:MessageID>"
                               "<wsa:To>https://127.0.0.1/si-dmp-server/v2/services</wsa:To>")
                    .arg(soapPrefix, action, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (security && !securityXml.isEmpty())
        h += QString::fromUtf8(securityXml);
    else if (security)
        h += QStringLiteral("<wsse:Security><saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\" "
                            "ID=\"_test\" Version=\"2.0\" IssueInstant=\"2026-12-06T10:00:00Z\"/></wsse:Security>");
    return h + QStringLiteral("</%1:Header>").arg(soapPrefix);
}

QByteArray envelope(const QString &action, const QString &body, bool security = true, bool soap11 = false,
                    const QByteArray &securityXml = {})
{
    const QString ns = soap11 ? QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/")
                              : QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
    return QStringLiteral("<soap:Envelope xmlns:soap=\"%1\" xmlns:wsa=\"http://www.w3.org/2005/08/addressing\" "
                          "xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
                          "%2<soap:Body>%3</soap:Body></soap:Envelope>")
        .arg(ns, header(action, security, securityXml), body)
        .toUtf8();
}

QString patientId(const SubmissionSpec &s, const QString &ins)
{
    return QStringLiteral("%1^^^&%2&ISO^NH%3").arg(ins, s.insOid, s.patientIdSuffix);
}

QString extrinsic(const SubmissionSpec &s, const QString &id, bool signature, const QByteArray &content)
{
    const QString docIns = s.documentPatientIns.isEmpty() ? s.ins : s.documentPatientIns;
    QString out = QStringLiteral("<ExtrinsicObject id=\"%1\" mimeType=\"text/xml\" objectType=\"urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1\">")
                      .arg(id);
    out += slot(QStringLiteral("creationTime"), {signature ? s.submissionTime : s.creationTime});
    if (s.withHashAndSize) {
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
        out += slot(QStringLiteral("hash"), {s.hashOverride.isEmpty() || signature ? hash : s.hashOverride});
        out += slot(QStringLiteral("size"), {s.sizeOverride.isEmpty() || signature ? QString::number(content.size()) : s.sizeOverride});
    }
    out += slot(QStringLiteral("languageCode"), {signature ? QStringLiteral("art") : QStringLiteral("fr-FR")});
    out += slot(QStringLiteral("legalAuthenticator"), {s.authorPerson});
    out += slot(QStringLiteral("serviceStartTime"), {signature ? s.submissionTime : s.serviceStartTime});
    out += slot(QStringLiteral("sourcePatientId"), {QStringLiteral("IPP123^^^&1.2.250.1.999.1.1.1&ISO^PI")});
    out += QStringLiteral("<Name><LocalizedString value=\"%1\"/></Name>").arg(signature ? QStringLiteral("Source") : QStringLiteral("CR de biologie"));
    out += author(QStringLiteral("93606bcf-9494-43ec-9b4e-a7748d1a838d"), id, s);
    if (signature) {
        out += classification(QStringLiteral("41a5887f-8865-4c09-adf7-e362475b143a"), id,
                              QStringLiteral("urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1"), QStringLiteral("URN"), QStringLiteral("Digital Signature"));
        out += classification(QStringLiteral("f0306f51-975f-434e-a61c-c59651d33983"), id, QStringLiteral("E1762"),
                              QStringLiteral("ASTM"), QStringLiteral("Full Document"));
        out += confidentialityClassifications(id, s.signatureConfidentiality);
        out += classification(QStringLiteral("a09d5840-386c-46f2-b5ad-9c3699a4309d"), id,
                              QStringLiteral("http://www.w3.org/2000/09/xmldsig#"), QStringLiteral("URN"), QStringLiteral("Default Signature Style"));
        out += classification(QStringLiteral("2c6b8cb7-8b2a-4051-b291-b1ae6a575ef4"), id, QStringLiteral("1.2.840.10065.1.12.1.14"),
                              QStringLiteral("1.2.840.10065.1.12"), QStringLiteral("Source"));
    } else {
        out += classification(QStringLiteral("41a5887f-8865-4c09-adf7-e362475b143a"), id, s.classCode,
                              QStringLiteral("1.2.250.1.213.1.1.4.1"), QStringLiteral("Compte rendu"));
        out += classification(QStringLiteral("f0306f51-975f-434e-a61c-c59651d33983"), id, s.typeCode,
                              QStringLiteral("2.16.840.1.113883.6.1"), QStringLiteral("CR d'examens biologiques"));
        out += confidentialityClassifications(id, s.confidentiality);
        out += classification(QStringLiteral("a09d5840-386c-46f2-b5ad-9c3699a4309d"), id, s.formatCode,
                              QStringLiteral("1.3.6.1.4.1.19376.1.2.3"), QStringLiteral("CR-BIO"));
    }
    out += classification(QStringLiteral("f33fb8ac-18af-42cc-ae0e-ed0b0bdb91e1"), id, s.facilityType,
                          QStringLiteral("1.2.250.1.71.4.2.4"), QStringLiteral("Laboratoire"));
    out += classification(QStringLiteral("cccf5598-8b07-4b77-a05e-ae952c785ead"), id, s.practiceSetting,
                          QStringLiteral("1.2.250.1.213.1.1.4.9"), QStringLiteral("Ambulatoire"));
    out += externalId(QStringLiteral("58a6f841-87b3-4a3e-92fd-a8ffeff98427"), id, patientId(s, docIns));
    out += externalId(QStringLiteral("2e82c1f6-a085-4c72-9da3-8640a32e42ab"), id,
                      signature ? s.signatureUniqueId : s.documentUniqueId);
    return out + QStringLiteral("</ExtrinsicObject>");
}

QString association(const QString &id, const QString &type, const QString &source, const QString &target,
                    const QString &slotXml = QString())
{
    return QStringLiteral("<Association id=\"%1\" associationType=\"%2\" sourceObject=\"%3\" targetObject=\"%4\">%5</Association>")
        .arg(id, type, source, target, slotXml);
}

QString registryPackage(const SubmissionSpec &s)
{
    QString ss = QStringLiteral("<RegistryPackage id=\"SubmissionSet01\">");
    ss += slot(QStringLiteral("submissionTime"), {s.submissionTime});
    ss += QStringLiteral("<Name><LocalizedString value=\"Lot\"/></Name>");
    ss += author(QStringLiteral("a7058bb9-b4e4-4307-ba5b-e3f0ab85e12d"), QStringLiteral("SubmissionSet01"), s);
    ss += QStringLiteral("<Classification classificationScheme=\"urn:uuid:aa543740-bdda-424e-8c96-df4873be8500\" "
                         "classifiedObject=\"SubmissionSet01\" id=\"ct1\" nodeRepresentation=\"04\">%1</Classification>")
              .arg(slot(QStringLiteral("codingScheme"), {s.contentTypeScheme}));
    ss += QStringLiteral("<Classification classificationNode=\"urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd\" "
                         "classifiedObject=\"SubmissionSet01\" id=\"ssn\"/>");
    ss += externalId(QStringLiteral("6b5aea1a-874d-4603-a4bc-96a0a7b38446"), QStringLiteral("SubmissionSet01"), patientId(s, s.ins));
    ss += externalId(QStringLiteral("554ac39e-e3fe-47fe-b233-965d2a147832"), QStringLiteral("SubmissionSet01"),
                     QStringLiteral("1.2.250.1.999.1.1.9001"));
    ss += externalId(QStringLiteral("96fdda7c-d067-4183-912e-bf5ee74998a8"), QStringLiteral("SubmissionSet01"), s.submissionSetUniqueId);
    return ss + QStringLiteral("</RegistryPackage>");
}

const QString kRimNs = QStringLiteral("urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0");
const QString kOriginal = QStringLiteral("<Slot name=\"SubmissionSetStatus\"><ValueList><Value>Original</Value></ValueList></Slot>");

} // namespace

SubmissionSpec &SubmissionSpec::finalize()
{
    const int n = ++g_counter;
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    if (submissionSetUniqueId.isEmpty())
        submissionSetUniqueId = QStringLiteral("1.2.250.1.999.1.1.9001.1.%1.%2").arg(stamp).arg(n);
    if (documentUniqueId.isEmpty())
        documentUniqueId = QStringLiteral("1.2.250.1.999.1.1.9001.3.%1.%2").arg(stamp).arg(n);
    if (signatureUniqueId.isEmpty())
        signatureUniqueId = QStringLiteral("1.2.250.1.999.1.1.9001.4.%1.%2").arg(stamp).arg(n);
    if (document.isEmpty())
        document = QStringLiteral("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><id root=\"%1\"/><title>Compte rendu "
                                  "d'examens biologiques</title></ClinicalDocument>")
                       .arg(documentUniqueId)
                       .toUtf8();
    return *this;
}

namespace {
QByteArray signatureDocument(const SubmissionSpec &s)
{
    if (!s.signatureXml.isEmpty())
        return s.signatureXml;
    return QStringLiteral("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"%1\"/>").arg(s.signatureUniqueId).toUtf8();
}

QString documentElement(const SubmissionSpec &s, const QString &id, const QByteArray &bytes)
{
    if (s.xop)
        return QStringLiteral("<xds:Document id=\"%1\"><xop:Include xmlns:xop=\"http://www.w3.org/2004/08/xop/include\" "
                              "href=\"cid:%1@sgl\"/></xds:Document>")
            .arg(id);
    return QStringLiteral("<xds:Document id=\"%1\">%2</xds:Document>").arg(id, QString::fromLatin1(bytes.toBase64()));
}
} // namespace

QByteArray iti41Mtom(SubmissionSpec s, QByteArray *contentType)
{
    s.finalize();
    s.xop = true;
    sgl::interop::xds::MtomMessage m;
    m.rootXml = iti41Envelope(s);
    m.attachments << sgl::interop::xds::MtomPart{QByteArrayLiteral("Document01@sgl"), QByteArrayLiteral("text/xml"), s.document};
    if (s.withSignature)
        m.attachments << sgl::interop::xds::MtomPart{QByteArrayLiteral("Signature01@sgl"), QByteArrayLiteral("text/xml"),
                                                    signatureDocument(s)};
    return m.serialize(contentType, s.action.toUtf8());
}

QByteArray iti41Envelope(SubmissionSpec s)
{
    s.finalize();
    const QByteArray signature = signatureDocument(s);
    QString list = registryPackage(s) + extrinsic(s, QStringLiteral("Document01"), false, s.document);
    if (s.withSignature)
        list += extrinsic(s, QStringLiteral("Signature01"), true, signature);
    if (s.withDocumentHasMember)
        list += association(QStringLiteral("as1"), QStringLiteral("urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember"),
                            QStringLiteral("SubmissionSet01"), QStringLiteral("Document01"), kOriginal);
    if (s.withSignature)
        list += association(QStringLiteral("as2"), QStringLiteral("urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember"),
                            QStringLiteral("SubmissionSet01"), QStringLiteral("Signature01"), kOriginal);
    if (s.withSignature && s.withSignsAssociation)
        list += association(QStringLiteral("as3"), QStringLiteral("urn:ihe:iti:2007:AssociationType:signs"),
                            QStringLiteral("Signature01"), QStringLiteral("SubmissionSet01"), kOriginal);
    if (!s.rplcTarget.isEmpty())
        list += association(QStringLiteral("as4"), QStringLiteral("urn:ihe:iti:2007:AssociationType:RPLC"),
                            QStringLiteral("Document01"), s.rplcTarget);
    QString body = QStringLiteral("<xds:ProvideAndRegisterDocumentSetRequest xmlns:xds=\"urn:ihe:iti:xds-b:2007\" "
                                  "xmlns:lcm=\"urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0\" xmlns=\"%1\">"
                                  "<lcm:SubmitObjectsRequest><RegistryObjectList>%2</RegistryObjectList></lcm:SubmitObjectsRequest>")
                       .arg(kRimNs, list);
    if (s.withDocumentPart)
        body += documentElement(s, QStringLiteral("Document01"), s.document);
    if (s.withSignature)
        body += documentElement(s, QStringLiteral("Signature01"), signature);
    if (!s.extraDocumentPartId.isEmpty())
        body += QStringLiteral("<xds:Document id=\"%1\">AAAA</xds:Document>").arg(s.extraDocumentPartId);
    body += QStringLiteral("</xds:ProvideAndRegisterDocumentSetRequest>");
    return envelope(s.action, body, s.withSecurity, s.soap11, s.securityHeader);
}

QByteArray td02Envelope(const QString &ins, const QString &oid, const QByteArray &securityXml)
{
    const QString body = QStringLiteral(
        "<PRPA_IN201307UV02 ITSVersion=\"XML_1.0\" xmlns=\"urn:hl7-org:v3\">"
        "<id root=\"1.2.250.1.999.1.1.9001.9\" extension=\"req-1\"/><creationTime value=\"20261206101500\"/>"
        "<interactionId root=\"2.16.840.1.113883.1.6\" extension=\"PRPA_IN201307UV02\"/>"
        "<processingCode code=\"D\"/><processingModeCode code=\"T\"/><acceptAckCode code=\"AL\"/>"
        "<receiver typeCode=\"RCV\"><device classCode=\"DEV\" determinerCode=\"INSTANCE\"><id root=\"1.2.250.1.213.4.1.1.1\"/>"
        "<softwareName>DMP</softwareName></device></receiver>"
        "<sender typeCode=\"SND\"><device classCode=\"DEV\" determinerCode=\"INSTANCE\"><id root=\"1.2.250.1.999.1.1.9001\"/>"
        "<softwareName>SGL</softwareName></device></sender>"
        "<controlActProcess classCode=\"CACT\" moodCode=\"EVN\">"
        "<reasonCode code=\"TEST_EXST\" codeSystem=\"1.2.250.1.213.1.1.4.11\"/>"
        "<queryByParameter><queryId root=\"1.2.250.1.999.1.1.9001.8\" extension=\"q-1\"/><statusCode code=\"new\"/>"
        "<parameterList><patientIdentifier><value root=\"%1\" extension=\"%2\"/><semanticsText>Patient.id</semanticsText>"
        "</patientIdentifier></parameterList></queryByParameter></controlActProcess></PRPA_IN201307UV02>")
                             .arg(oid, ins);
    return envelope(QStringLiteral("urn:hl7-org:v3:PRPA_IN201307UV02"), body, true, false, securityXml);
}

namespace {
QByteArray adhoc(const QString &queryId, const QString &slotXml)
{
    const QString body = QStringLiteral("<query:AdhocQueryRequest xmlns:query=\"urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0\" "
                                        "xmlns=\"%1\"><query:ResponseOption returnComposedObjects=\"true\" returnType=\"LeafClass\"/>"
                                        "<AdhocQuery id=\"%2\">%3</AdhocQuery></query:AdhocQueryRequest>")
                             .arg(kRimNs, queryId, slotXml);
    return envelope(QStringLiteral("urn:ihe:iti:2007:RegistryStoredQuery"), body);
}

QString updateEnvelopeBody(const QString &ins, const QString &content)
{
    SubmissionSpec s;
    s.ins = ins;
    s.finalize();
    return QStringLiteral("<lcm:SubmitObjectsRequest xmlns:lcm=\"urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0\" xmlns=\"%1\">"
                          "<RegistryObjectList>%2%3</RegistryObjectList></lcm:SubmitObjectsRequest>")
        .arg(kRimNs, registryPackage(s), content);
}
} // namespace

QByteArray findDocumentsEnvelope(const QString &ins, const QStringList &statuses)
{
    QStringList quoted;
    for (const QString &s : statuses)
        quoted << QLatin1Char('\'') + s + QLatin1Char('\'');
    return adhoc(QStringLiteral("urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d"),
                 slot(QStringLiteral("$XDSDocumentEntryPatientId"), {QStringLiteral("'%1^^^&1.2.250.1.213.1.4.10&ISO^NH'").arg(ins)})
                     + slot(QStringLiteral("$XDSDocumentEntryStatus"), {QLatin1Char('(') + quoted.join(QLatin1Char(',')) + QLatin1Char(')')}));
}

QByteArray getDocumentsEnvelope(const QString &uniqueId)
{
    return adhoc(QStringLiteral("urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4"),
                 slot(QStringLiteral("$XDSDocumentEntryUniqueId"), {QStringLiteral("('%1')").arg(uniqueId)}));
}

QByteArray maskEnvelope(const QString &ins, const QString &lid, int previousVersion, const QStringList &confidentiality,
                        const QString &uniqueId)
{
    QString eo = QStringLiteral("<ExtrinsicObject id=\"Document01\" lid=\"%1\" mimeType=\"text/xml\" "
                                "objectType=\"urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1\" "
                                "status=\"urn:oasis:names:tc:ebxml-regrep:StatusType:Approved\">")
                     .arg(lid);
    eo += confidentialityClassifications(QStringLiteral("Document01"), confidentiality);
    eo += externalId(QStringLiteral("2e82c1f6-a085-4c72-9da3-8640a32e42ab"), QStringLiteral("Document01"), uniqueId);
    eo += QStringLiteral("</ExtrinsicObject>");
    const QString member = association(QStringLiteral("as1"), QStringLiteral("urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember"),
                                       QStringLiteral("SubmissionSet01"), QStringLiteral("Document01"),
                                       kOriginal + slot(QStringLiteral("PreviousVersion"), {QString::number(previousVersion)}));
    return envelope(QStringLiteral("urn:ihe:iti:2010:UpdateDocumentSet"), updateEnvelopeBody(ins, member + eo));
}

QByteArray availabilityEnvelope(const QString &ins, const QString &target, const QString &originalStatus,
                                const QString &newStatus)
{
    const QString a = association(QStringLiteral("as1"), QStringLiteral("urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus"),
                                  QStringLiteral("SubmissionSet01"), target,
                                  slot(QStringLiteral("OriginalStatus"), {originalStatus}) + slot(QStringLiteral("NewStatus"), {newStatus}));
    return envelope(QStringLiteral("urn:ihe:iti:2010:UpdateDocumentSet"), updateEnvelopeBody(ins, a));
}

QByteArray soapEnvelope(const QString &action, const QByteArray &body)
{
    return envelope(action, QString::fromUtf8(body));
}

QString servicePath(const char *service)
{
    return QStringLiteral("/si-dmp-server/v2/services/") + QString::fromLatin1(service);
}

sgl::simulators::common::SimHttpRequest soapPost(const char *service, const QByteArray &envelope)
{
    sgl::simulators::common::SimHttpRequest r;
    r.path = servicePath(service);
    r.contentType = QStringLiteral("application/soap+xml; charset=UTF-8");
    r.body = envelope;
    r.clientCertCn = QStringLiteral("DMP SIGN");
    return r;
}

ParsedAnswer parseAnswer(const sgl::simulators::common::SimHttpResponse &response)
{
    using sgl::interop::xml::XmlDocument;
    ParsedAnswer a;
    a.httpStatus = response.status;
    auto doc = XmlDocument::parse(response.body);
    if (!doc)
        return a;
    const sgl::interop::xml::XmlNamespaces ns{
        {QStringLiteral("s"), QStringLiteral("http://www.w3.org/2003/05/soap-envelope")},
        {QStringLiteral("wsa"), QStringLiteral("http://www.w3.org/2005/08/addressing")},
        {QStringLiteral("rs"), QStringLiteral("urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0")},
        {QStringLiteral("rim"), kRimNs},
        {QStringLiteral("q"), QStringLiteral("urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0")},
        {QStringLiteral("h"), QStringLiteral("urn:hl7-org:v3")}};
    const auto str = [&](const char *xpath) { return doc->evaluateString(QString::fromLatin1(xpath), ns).value_or(QString()); };
    a.action = str("string(/s:Envelope/s:Header/wsa:Action)");
    a.relatesTo = str("string(/s:Envelope/s:Header/wsa:RelatesTo)");
    a.status = str("string(/s:Envelope/s:Body/*/@status)").section(QLatin1Char(':'), -1);
    for (const auto &e : doc->select(QStringLiteral("//rs:RegistryError"), ns).value_or(QList<sgl::interop::xml::XmlNode>{})) {
        a.errorCodes << e.attribute(QStringLiteral("errorCode"));
        a.contexts << e.attribute(QStringLiteral("codeContext"));
    }
    a.faultSubcode = str("string(//s:Fault/s:Code/s:Subcode/s:Value)");
    if (a.faultSubcode.isEmpty())
        a.faultSubcode = str("string(//s:Fault/s:Code/s:Value)");
    a.faultReason = str("string(//s:Fault/s:Reason/s:Text)");
    for (const auto &e : doc->select(QStringLiteral("//rim:RegistryObjectList/rim:ExtrinsicObject"), ns).value_or(QList<sgl::interop::xml::XmlNode>{})) {
        a.entryUuids << e.attribute(QStringLiteral("id"));
        a.statuses << e.attribute(QStringLiteral("status"));
        a.versions << e.firstChild(kRimNs, QStringLiteral("VersionInfo")).attribute(QStringLiteral("versionName"));
    }
    a.queryResponseCode = str("string(//h:queryAck/h:queryResponseCode/@code)");
    a.authorisation = str("string(//h:attentionLine[h:keyWordText/@code='AUTORISATION']/h:value/@code)");
    return a;
}

std::string describe(const ParsedAnswer &a)
{
    return QStringLiteral("HTTP %1 status=%2 errors=[%3] contexts=[%4] fault=%5 « %6 »")
        .arg(a.httpStatus)
        .arg(a.status, a.errorCodes.join(u','), a.contexts.join(QStringLiteral(" | ")), a.faultSubcode, a.faultReason)
        .toStdString();
}
