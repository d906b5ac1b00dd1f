#include "interop/dmp/DmpExistenceMessage.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/xds/SoapRequestWriter.h"
#include "interop/xds/SoapResponse.h"
#include "interop/xml/XmlDocument.h"

#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::interop::dmp;

namespace {

QByteArray material(const char *name)
{
    QFile f(QStringLiteral(SGL_SHARED_DIR "/dmp-mss-material/dmp-exemples-messages-v02.05.00/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

domain::Result<DmpExistence> parse(const QByteArray &envelope)
{
    auto soap = interop::xds::SoapResponse::parse(envelope, QStringLiteral("TD0.2"));
    if (!soap)
        return std::unexpected(soap.error());
    return DmpExistenceMessage::parse(soap->payload());
}

const interop::xml::XmlNamespaces kNs{{QStringLiteral("h"), QStringLiteral("urn:hl7-org:v3")},
                                      {QStringLiteral("s"), QStringLiteral("http://www.w3.org/2003/05/soap-envelope")}};

} // namespace

TEST(DmpExistenceMessage, ReadsTheOfficialResponse)
{
    const QByteArray bytes = material("TD0.2_Test_d_existence_reponse.xml");
    ASSERT_FALSE(bytes.isEmpty());
    auto r = parse(bytes);
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_TRUE(r->found);
    EXPECT_EQ(r->authorization, QStringLiteral("VALIDE"));
    ASSERT_TRUE(r->treatingDoctor.has_value());
    EXPECT_TRUE(*r->treatingDoctor);
    ASSERT_TRUE(r->internetAccountOpen.has_value());
    EXPECT_TRUE(*r->internetAccountOpen);
    EXPECT_EQ(r->patientStatus, QStringLiteral("active"));
}

TEST(DmpExistenceMessage, NoDmpIsNotFoundAndARefusalIsAnError)
{
    QByteArray nf = material("TD0.2_Test_d_existence_reponse.xml");
    nf.replace("<queryResponseCode code=\"OK\"/>", "<queryResponseCode code=\"NF\"/>");
    auto r = parse(nf);
    ASSERT_TRUE(r.has_value());
    EXPECT_FALSE(r->found);

    QByteArray refused = material("TD0.2_Test_d_existence_reponse.xml");
    refused.replace("<acknowledgement typeCode=\"AA\">",
                    "<acknowledgement typeCode=\"AE\"><acknowledgementDetail><text>Patient inconnu</text></acknowledgementDetail>");
    auto e = parse(refused);
    ASSERT_FALSE(e.has_value());
    EXPECT_EQ(e.error().code, errc::UnexpectedResponse);
    EXPECT_TRUE(e.error().message.contains(QStringLiteral("Patient inconnu")));

    QByteArray odd = material("TD0.2_Test_d_existence_reponse.xml");
    odd.replace("<queryResponseCode code=\"OK\"/>", "<queryResponseCode code=\"QE\"/>");
    EXPECT_FALSE(parse(odd).has_value());

    // Another message where PRPA_IN201308UV02 is expected.
    auto other = parse(material("TD2.1_Alimentation_reponse.xml"));
    ASSERT_FALSE(other.has_value());
    EXPECT_EQ(other.error().code, errc::UnexpectedResponse);
}

TEST(DmpExistenceMessage, RequestHasTheOfficialShape)
{
    ExistenceRequest req;
    req.ins = QStringLiteral("279037505612345");
    req.messageId = QStringLiteral("m-1");
    req.queryId = QStringLiteral("q-1");
    req.senderOid = QStringLiteral("1.2.250.1.999.1.2");
    req.creationTime = QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone(3600));
    interop::xds::SoapRequestWriter w({QStringLiteral("urn:hl7-org:v3:PRPA_IN201307UV02"), QStringLiteral("urn:uuid:1"),
                                       QStringLiteral("https://dmp.test/patients")},
                                      {});
    DmpExistenceMessage::write(w.body(), req);
    auto doc = std::move(w).toDocument();
    ASSERT_TRUE(doc.has_value()) << doc.error().message.toStdString();
    QByteArray official = material("TD0.2_Test_d_existence_requete.xml");
    // The official example binds urn: to the HL7 namespace on the envelope, outside the copied body.
    auto ref = interop::xml::XmlDocument::parse(official);
    ASSERT_TRUE(ref.has_value()) << ref.error().message.toStdString();
    for (const char *xp : {"string(//h:processingCode/@code)", "string(//h:processingModeCode/@code)",
                           "string(//h:acceptAckCode/@code)", "string(//h:interactionId/@extension)",
                           "string(//h:receiver/h:device/h:id/@root)", "string(//h:controlActProcess/h:reasonCode/@code)",
                           "string(//h:controlActProcess/h:reasonCode/@codeSystem)",
                           "string(//h:patientIdentifier/h:value/@root)", "string(//h:patientIdentifier/h:semanticsText)",
                           "count(//h:attentionLine)", "count(//h:parameterList/h:dataSource)",
                           "string(//h:queryByParameter/h:statusCode/@code)", "string(/*/@ITSVersion)"}) {
        auto ours = doc->evaluateString(QString::fromLatin1(xp).replace(QStringLiteral("/*/@ITSVersion"), QStringLiteral("//h:PRPA_IN201307UV02/@ITSVersion")), kNs);
        auto theirs = ref->evaluateString(QString::fromLatin1(xp).replace(QStringLiteral("/*/@ITSVersion"), QStringLiteral("//h:PRPA_IN201307UV02/@ITSVersion")), kNs);
        ASSERT_TRUE(ours && theirs) << xp;
        EXPECT_EQ(*ours, *theirs) << xp;
        EXPECT_FALSE(ours->isEmpty()) << xp;
    }
    EXPECT_EQ(*doc->evaluateString(QStringLiteral("string(//h:patientIdentifier/h:value/@extension)"), kNs), req.ins);
    EXPECT_EQ(*doc->evaluateString(QStringLiteral("string(//h:creationTime/@value)"), kNs), QStringLiteral("20261120140000"));
}
