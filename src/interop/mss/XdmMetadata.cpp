#include "interop/mss/XdmMetadata.h"

#include "interop/xml/XmlWriter.h"

#include <QCryptographicHash>

namespace sgl::interop::mss {

namespace {

const QString kRim = QStringLiteral("urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0");
const QString kLcm = QStringLiteral("urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0");

// IHE ITI TF-3 §4.2.5 identifiers.
constexpr const char *kDocumentEntryType = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1";
constexpr const char *kClassCode = "urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a";
constexpr const char *kTypeCode = "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983";
constexpr const char *kFormatCode = "urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d";
constexpr const char *kConfidentialityCode = "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f";
constexpr const char *kDocumentAuthor = "urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d";
constexpr const char *kDocumentPatientId = "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427";
constexpr const char *kDocumentUniqueId = "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab";
constexpr const char *kSubmissionSetNode = "urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd";
constexpr const char *kSubmissionSetAuthor = "urn:uuid:a7058bb9-b4e4-4307-ba5b-e3f0ab85e12d";
constexpr const char *kSubmissionSetContentType = "urn:uuid:aa543740-bdda-424e-8c96-df4873be8500";
constexpr const char *kSubmissionSetUniqueId = "urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8";
constexpr const char *kSubmissionSetSourceId = "urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832";
constexpr const char *kSubmissionSetPatientId = "urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446";

QString xdsTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

void slot(xml::XmlWriterElement parent, const char *name, const QStringList &values)
{
    xml::XmlWriterElement list = parent.add("Slot").set("name", name).add("ValueList");
    for (const QString &v : values)
        list.addText("Value", v);
}

void named(xml::XmlWriterElement parent, const char *element, const QString &text)
{
    parent.add(element).add("LocalizedString").set("charset", "UTF-8").set("value", text);
}

void classification(xml::XmlWriterElement parent, const char *scheme, const QString &object, const QString &id,
                    const QString &code, const QString &codingScheme, const QString &display)
{
    xml::XmlWriterElement c = parent.add("Classification")
                                  .set("classificationScheme", scheme)
                                  .set("classifiedObject", object)
                                  .set("id", id)
                                  .set("nodeRepresentation", code);
    slot(c, "codingScheme", {codingScheme});
    named(c, "Name", display);
}

void externalId(xml::XmlWriterElement parent, const char *scheme, const QString &object, const QString &id,
                const QString &value, const char *name)
{
    xml::XmlWriterElement e = parent.add("ExternalIdentifier")
                                  .set("identificationScheme", scheme)
                                  .set("registryObject", object)
                                  .set("id", id)
                                  .set("value", value);
    named(e, "Name", QString::fromLatin1(name));
}

QString patientId(const CdaSummary &s)
{
    if (!s.ins.isEmpty())
        return s.ins + QStringLiteral("^^^&") + s.insRoot + QStringLiteral("&ISO^NH");
    return s.localPatientId;
}

struct Entry {
    QString id;
    QString uri;
    QByteArray bytes;
    const char *mimeType;
    const char *formatCode;
    QString uniqueId;
};

} // namespace

QString XdmMetadata::submissionSetUniqueId(const XdmPackage &package)
{
    if (!package.submissionSetUniqueId.isEmpty())
        return package.submissionSetUniqueId;
    // An OID under the document's root, stable for the document (a re-send is the same package).
    const QByteArray digest = QCryptographicHash::hash(package.summary.uniqueId.toUtf8(), QCryptographicHash::Sha256);
    quint64 n = 0;
    for (int i = 0; i < 7; ++i)
        n = (n << 8) | static_cast<unsigned char>(digest[i]);
    const QString root = package.sourceId.isEmpty() ? QStringLiteral("1.2.250.1.999") : package.sourceId;
    return root + QStringLiteral(".9.") + QString::number(n);
}

domain::Result<QByteArray> XdmMetadata::write(const XdmPackage &package)
{
    const CdaSummary &s = package.summary;
    xml::XmlWriter writer;
    xml::XmlWriterElement root = writer.createRoot("SubmitObjectsRequest");
    const xml::XmlWriterNamespace lcm = root.declareNamespace(QStringLiteral("lcm"), kLcm);
    const xml::XmlWriterNamespace rim = root.declareNamespace(QString(), kRim);
    root.setNamespace(lcm);
    xml::XmlWriterElement list = root.add(rim, "RegistryObjectList");

    QList<Entry> entries{{QStringLiteral("Document01"), QStringLiteral("DOC0001.XML"), package.cda, "text/xml",
                          "urn:ihe:lab:xd-lab:2008", s.uniqueId}};
    if (!package.pdf.isEmpty())
        entries.append({QStringLiteral("Document02"), QStringLiteral("DOC0002.PDF"), package.pdf, "application/pdf",
                        "urn:ihe:iti:xds-sd:pdf:2008", s.uniqueId + QStringLiteral(".2")});
    const QString author = s.authorInstitution.isEmpty() ? package.laboratoryName : s.authorInstitution;
    const QStringList confidentiality =
        package.confidentialityCodes.isEmpty() ? QStringList{QStringLiteral("N")} : package.confidentialityCodes;

    for (const Entry &e : entries) {
        xml::XmlWriterElement doc = list.add("ExtrinsicObject")
                                        .set("id", e.id)
                                        .set("mimeType", e.mimeType)
                                        .set("objectType", kDocumentEntryType);
        if (s.effectiveTime.isValid())
            slot(doc, "creationTime", {xdsTime(s.effectiveTime)});
        slot(doc, "hash", {QString::fromLatin1(QCryptographicHash::hash(e.bytes, QCryptographicHash::Sha1).toHex())});
        if (!s.languageCode.isEmpty())
            slot(doc, "languageCode", {s.languageCode});
        slot(doc, "size", {QString::number(e.bytes.size())});
        slot(doc, "sourcePatientId", {patientId(s)});
        QStringList pid{QStringLiteral("PID-5|%1^%2^^^^^L").arg(s.familyName, s.givenName)};
        if (s.birthDate.isValid())
            pid << QStringLiteral("PID-7|") + s.birthDate.toString(QStringLiteral("yyyyMMdd"));
        if (!s.sex.isEmpty())
            pid << QStringLiteral("PID-8|") + s.sex;
        slot(doc, "sourcePatientInfo", pid);
        slot(doc, "URI", {e.uri});
        named(doc, "Name", s.title.isEmpty() ? s.typeDisplay : s.title);
        xml::XmlWriterElement a = doc.add("Classification")
                                      .set("classificationScheme", kDocumentAuthor)
                                      .set("classifiedObject", e.id)
                                      .set("id", e.id + QStringLiteral("-author"))
                                      .set("nodeRepresentation", "");
        slot(a, "authorInstitution", {author});
        classification(doc, kClassCode, e.id, e.id + QStringLiteral("-class"), QStringLiteral("10"),
                       QStringLiteral("1.2.250.1.213.1.1.4.1"), QStringLiteral("Compte rendu"));
        int n = 0;
        for (const QString &code : confidentiality)
            classification(doc, kConfidentialityCode, e.id, e.id + QStringLiteral("-conf%1").arg(++n), code,
                           code == QLatin1String("N") ? QStringLiteral("2.16.840.1.113883.5.25")
                                                      : QStringLiteral("1.2.250.1.213.1.1.4.13"),
                           code == QLatin1String("N") ? QStringLiteral("Normal") : code);
        classification(doc, kFormatCode, e.id, e.id + QStringLiteral("-format"), QString::fromLatin1(e.formatCode),
                       QStringLiteral("1.3.6.1.4.1.19376.1.2.3"), QString::fromLatin1(e.formatCode));
        classification(doc, kTypeCode, e.id, e.id + QStringLiteral("-type"), s.typeCode,
                       s.typeCodeSystem.isEmpty() ? QStringLiteral("2.16.840.1.113883.6.1") : s.typeCodeSystem,
                       s.typeDisplay);
        externalId(doc, kDocumentPatientId, e.id, e.id + QStringLiteral("-pid"), patientId(s),
                   "XDSDocumentEntry.patientId");
        externalId(doc, kDocumentUniqueId, e.id, e.id + QStringLiteral("-uid"), e.uniqueId,
                   "XDSDocumentEntry.uniqueId");
    }

    const QString ss = QStringLiteral("SubmissionSet01");
    xml::XmlWriterElement set = list.add("RegistryPackage").set("id", ss);
    slot(set, "submissionTime", {xdsTime(package.submissionTime)});
    if (!package.intendedRecipient.isEmpty())
        slot(set, "intendedRecipient", {QStringLiteral("|") + package.intendedRecipient + QStringLiteral("^^^^^^^^^^^^^INTERNET")});
    named(set, "Name", QStringLiteral("Compte rendu de biologie médicale"));
    xml::XmlWriterElement sa = set.add("Classification")
                                   .set("classificationScheme", kSubmissionSetAuthor)
                                   .set("classifiedObject", ss)
                                   .set("id", QStringLiteral("ss-author"))
                                   .set("nodeRepresentation", "");
    slot(sa, "authorInstitution", {author});
    classification(set, kSubmissionSetContentType, ss, QStringLiteral("ss-content"), QStringLiteral("04"),
                   QStringLiteral("1.2.250.1.213.1.1.4.12"), QStringLiteral("Hors épisode de soins"));
    externalId(set, kSubmissionSetUniqueId, ss, QStringLiteral("ss-uid"), submissionSetUniqueId(package),
               "XDSSubmissionSet.uniqueId");
    externalId(set, kSubmissionSetSourceId, ss, QStringLiteral("ss-source"),
               package.sourceId.isEmpty() ? QStringLiteral("1.2.250.1.999") : package.sourceId,
               "XDSSubmissionSet.sourceId");
    externalId(set, kSubmissionSetPatientId, ss, QStringLiteral("ss-pid"), patientId(s), "XDSSubmissionSet.patientId");
    list.add("Classification")
        .set("classificationNode", kSubmissionSetNode)
        .set("classifiedObject", ss)
        .set("id", QStringLiteral("ss-node"));
    int n = 0;
    for (const Entry &e : entries) {
        xml::XmlWriterElement assoc = list.add("Association")
                                          .set("associationType", "urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember")
                                          .set("sourceObject", ss)
                                          .set("targetObject", e.id)
                                          .set("id", QStringLiteral("ss-member%1").arg(++n));
        slot(assoc, "SubmissionSetStatus", {QStringLiteral("Original")});
    }
    return writer.toBytes();
}

} // namespace sgl::interop::mss
