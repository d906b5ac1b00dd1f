#include "XdsTestSupport.h"

#include "interop/xds/ErrorCodes.h"
#include "interop/xds/RegistryResponse.h"
#include "interop/xds/SoapResponse.h"

#include <QRandomGenerator>

using namespace sgl;
using namespace sgl::interop::xds;

namespace {

QByteArray soap12(const QByteArray &body)
{
    return "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header>"
           "<RelatesTo xmlns=\"http://www.w3.org/2005/08/addressing\">urn:uuid:42</RelatesTo></soap:Header><soap:Body>"
           + body + "</soap:Body></soap:Envelope>";
}

const QByteArray kFailure =
    "<rs:RegistryResponse xmlns:rs=\"urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0\" "
    "status=\"urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure\"><rs:RegistryErrorList>"
    "<rs:RegistryError errorCode=\"XDSDuplicateUniqueIdInRegistry\" codeContext=\"Document déjà   présent\" "
    "location=\"Document01\" severity=\"urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error\"/>"
    "<rs:RegistryError errorCode=\"DMPW01\" codeContext=\"Avertissement\" "
    "severity=\"urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Warning\"/>"
    "</rs:RegistryErrorList></rs:RegistryResponse>";

} // namespace

TEST(RegistryResponse, ReadsTheOfficialTd21Response)
{
    const QByteArray bytes = test::xds::readMaterial(QStringLiteral("dmp-exemples-messages-v02.05.00/TD2.1_Alimentation_reponse.xml"));
    ASSERT_FALSE(bytes.isEmpty());
    auto soap = SoapResponse::parse(bytes, QStringLiteral("TD2.1"));
    ASSERT_TRUE(soap.has_value()) << soap.error().message.toStdString();
    EXPECT_FALSE(soap->isFault());
    EXPECT_EQ(soap->relatesTo(), QStringLiteral("urn:uuid:b3745a7c-4d1a-4cfd-a752-536197e4ac7a"));
    auto r = RegistryResponseParser::registryResponse(soap->payload());
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_TRUE(r->isSuccess());
    EXPECT_TRUE(r->errors.isEmpty());
}

TEST(RegistryResponse, ReadsTheOfficialTd33Responses)
{
    for (const char *name : {"TD3.3c_Supprimer_un_document_reponse.xml", "TD3.3d_Archiver_un_document_reponse.xml"}) {
        auto soap = SoapResponse::parse(test::xds::readMaterial(QStringLiteral("dmp-exemples-messages-v02.05.00/") + QLatin1String(name)),
                                        QString::fromLatin1(name));
        ASSERT_TRUE(soap.has_value()) << name;
        auto r = RegistryResponseParser::registryResponse(soap->payload());
        ASSERT_TRUE(r.has_value()) << name;
        EXPECT_TRUE(r->isSuccess()) << name;
    }
}

TEST(RegistryResponse, ReadsTheOfficialTd31QueryResponse)
{
    const QByteArray bytes = test::xds::readMaterial(QStringLiteral("dmp-exemples-messages-v02.05.00/TD3.1_Recherche_de_document_reponse.xml"));
    ASSERT_GT(bytes.size(), 200000);
    auto soap = SoapResponse::parse(bytes, QStringLiteral("TD3.1"));
    ASSERT_TRUE(soap.has_value());
    auto r = RegistryResponseParser::queryResponse(soap->payload());
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_TRUE(r->isSuccess());
    ASSERT_EQ(r->entries.size(), 21);
    const DocumentEntry &e = r->entries.first();
    EXPECT_EQ(e.id, QStringLiteral("urn:uuid:7953af1a-ba1c-11eb-816f-0050569e422e"));
    EXPECT_EQ(e.logicalId, e.id);
    EXPECT_EQ(e.status, QString::fromLatin1(uuid::kStatusApproved));
    EXPECT_EQ(e.hash, QStringLiteral("af326fb44feb720121d2c277ce10f87407818089"));
    EXPECT_EQ(e.repositoryUniqueId, QString::fromLatin1(uuid::kDmpRepositoryUniqueId));
    EXPECT_EQ(e.size, QStringLiteral("2768"));
    EXPECT_EQ(e.creationTime, QStringLiteral("20100319183244"));
    for (const DocumentEntry &entry : r->entries) {
        EXPECT_FALSE(entry.uniqueId.isEmpty());
        EXPECT_TRUE(entry.patientId.contains(QStringLiteral("1.2.250.1.213.1.4.10"))) << entry.patientId.toStdString();
        EXPECT_FALSE(entry.formatCode.isEmpty());
        EXPECT_FALSE(entry.confidentialityCodes.isEmpty());
        EXPECT_FALSE(entry.authors.isEmpty());
    }
}

TEST(RegistryResponse, FailureListsTheErrorsAndIgnoresWarnings)
{
    auto soap = SoapResponse::parse(soap12(kFailure), QStringLiteral("test"));
    ASSERT_TRUE(soap.has_value());
    EXPECT_EQ(soap->relatesTo(), QStringLiteral("urn:uuid:42"));
    auto r = RegistryResponseParser::registryResponse(soap->payload());
    ASSERT_TRUE(r.has_value());
    EXPECT_FALSE(r->isSuccess());
    ASSERT_EQ(r->errors.size(), 2);
    EXPECT_EQ(r->errors[0].errorCode, QStringLiteral("XDSDuplicateUniqueIdInRegistry"));
    EXPECT_EQ(r->errors[0].codeContext, QStringLiteral("Document déjà présent"));
    EXPECT_EQ(r->errors[0].location, QStringLiteral("Document01"));
    EXPECT_TRUE(r->errors[0].isError());
    EXPECT_FALSE(r->errors[1].isError());
    const domain::Error e = r->toError();
    EXPECT_EQ(e.code, errc::RegistryError);
    EXPECT_TRUE(e.message.contains(QStringLiteral("Document déjà présent (XDSDuplicateUniqueIdInRegistry)")));
    EXPECT_FALSE(e.message.contains(QStringLiteral("Avertissement")));
    EXPECT_EQ(e.location, QStringLiteral("XDSDuplicateUniqueIdInRegistry"));
}

TEST(RegistryResponse, AnErrorCodeAlreadyInTheContextIsNotRepeated)
{
    QByteArray body = kFailure;
    body.replace("Document déjà   présent", "Document déjà présent (XDSDuplicateUniqueIdInRegistry)");
    auto soap = SoapResponse::parse(soap12(body), QStringLiteral("test"));
    ASSERT_TRUE(soap.has_value());
    auto r = RegistryResponseParser::registryResponse(soap->payload());
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->toError().message.count(QStringLiteral("XDSDuplicateUniqueIdInRegistry")), 1) << r->toError().message.toStdString();
}

TEST(RegistryResponse, SuccessWithAnErrorIsNotASuccess)
{
    QByteArray body = kFailure;
    body.replace("ResponseStatusType:Failure", "ResponseStatusType:Success");
    auto soap = SoapResponse::parse(soap12(body), QStringLiteral("test"));
    ASSERT_TRUE(soap.has_value());
    auto r = RegistryResponseParser::registryResponse(soap->payload());
    ASSERT_TRUE(r.has_value());
    EXPECT_FALSE(r->isSuccess());
}

TEST(SoapResponse, ReadsSoap12AndSoap11Faults)
{
    auto f12 = SoapResponse::parse(
        soap12("<soap:Fault><soap:Code><soap:Value>soap:Receiver</soap:Value><soap:Subcode><soap:Value>ns:Busy</soap:Value>"
               "</soap:Subcode></soap:Code><soap:Reason><soap:Text xml:lang=\"fr\">Service  indisponible</soap:Text></soap:Reason>"
               "<soap:Detail>réessayer</soap:Detail></soap:Fault>"),
        QStringLiteral("f12"));
    ASSERT_TRUE(f12.has_value());
    ASSERT_TRUE(f12->isFault());
    EXPECT_EQ(f12->fault().code, QStringLiteral("Receiver"));
    EXPECT_EQ(f12->fault().subcode, QStringLiteral("Busy"));
    EXPECT_EQ(f12->fault().reason, QStringLiteral("Service indisponible"));
    EXPECT_EQ(f12->fault().detail, QStringLiteral("réessayer"));
    EXPECT_TRUE(f12->fault().isReceiverFault());
    EXPECT_TRUE(f12->payload().isNull());
    EXPECT_EQ(f12->faultError().code, errc::SoapFault);
    EXPECT_TRUE(f12->faultError().message.contains(QStringLiteral("Service indisponible")));

    auto f11 = SoapResponse::parse("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body><e:Fault>"
                                   "<faultcode>e:Client</faultcode><faultstring>VIHF invalide</faultstring></e:Fault></e:Body></e:Envelope>",
                                   QStringLiteral("f11"));
    ASSERT_TRUE(f11.has_value());
    ASSERT_TRUE(f11->isFault());
    EXPECT_EQ(f11->fault().code, QStringLiteral("Client"));
    EXPECT_EQ(f11->fault().reason, QStringLiteral("VIHF invalide"));
    EXPECT_FALSE(f11->fault().isReceiverFault());
}

TEST(SoapResponse, RefusesMalformedResponses)
{
    const QList<QByteArray> bad{
        QByteArray(),
        QByteArray("<html><body>502 Bad Gateway</body></html>"),
        QByteArray("<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body>"),
        QByteArray("<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"/>"),
        soap12(""),
        QByteArray("<Envelope><Body><x/></Body></Envelope>"),
        QByteArray("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body><x/></soap:Body></soap:Envelope>"),
    };
    for (const QByteArray &b : bad) {
        auto r = SoapResponse::parse(b, QStringLiteral("test"));
        ASSERT_FALSE(r.has_value()) << b.constData();
        EXPECT_EQ(r.error().code, errc::MalformedResponse) << b.constData();
    }
}

TEST(RegistryResponse, RefusesAnUnexpectedPayloadOrStatus)
{
    for (const QByteArray &body :
         {QByteArray("<x:Other xmlns:x=\"urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0\" status=\"urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success\"/>"),
          QByteArray("<RegistryResponse status=\"urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success\"/>"),
          QByteArray("<rs:RegistryResponse xmlns:rs=\"urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0\" status=\"OK\"/>"),
          QByteArray("<rs:RegistryResponse xmlns:rs=\"urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0\"/>")}) {
        auto soap = SoapResponse::parse(soap12(body), QStringLiteral("test"));
        ASSERT_TRUE(soap.has_value());
        auto r = RegistryResponseParser::registryResponse(soap->payload());
        ASSERT_FALSE(r.has_value()) << body.constData();
        EXPECT_EQ(r.error().code, errc::MalformedResponse);
    }
    // A RegistryResponse where a query response is expected.
    auto soap = SoapResponse::parse(soap12(kFailure), QStringLiteral("test"));
    ASSERT_TRUE(soap.has_value());
    EXPECT_FALSE(RegistryResponseParser::queryResponse(soap->payload()).has_value());
}

// Bad input: one-byte mutations of the official answers never crash the readers, and every
// refusal carries the stable code.
TEST(RegistryResponse, MutatedOfficialAnswersAreReadOrRefusedCleanly)
{
    QRandomGenerator random(20261206);
    for (const char *name : {"TD2.1_Alimentation_reponse.xml", "TD3.1_Recherche_de_document_reponse.xml"}) {
        const QByteArray original = test::xds::readMaterial(QStringLiteral("dmp-exemples-messages-v02.05.00/") + QLatin1String(name));
        ASSERT_FALSE(original.isEmpty()) << name;
        const bool query = QByteArray(name).startsWith("TD3.1");
        int refused = 0;
        for (int i = 0; i < 200; ++i) {
            QByteArray bytes = original;
            const qsizetype at = random.bounded(static_cast<int>(bytes.size()));
            bytes[at] = static_cast<char>(random.bounded(256));
            auto soap = SoapResponse::parse(bytes, QStringLiteral("mutation"));
            if (!soap) {
                EXPECT_EQ(soap.error().code, errc::MalformedResponse);
                ++refused;
                continue;
            }
            if (soap->isFault())
                continue;
            auto r = query ? RegistryResponseParser::queryResponse(soap->payload())
                           : RegistryResponseParser::registryResponse(soap->payload());
            if (!r) {
                EXPECT_EQ(r.error().code, errc::MalformedResponse);
                ++refused;
            }
        }
        EXPECT_GT(refused, 0) << name; // the mutations do reach the checks
    }
}
