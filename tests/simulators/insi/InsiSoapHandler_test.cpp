// The simulator checks requests as strictly as the real service is documented to.
#include "InsiSimTestEnv.h"

#include "interop/insi/InsiRequestBuilder.h"
#include "interop/insi/InsiResponseParser.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSchema.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace sgl::interop::insi;
using namespace sgl::simulators::insi;

namespace {

std::unique_ptr<InsiSoapHandler> handler()
{
    auto &env = InsiSimTestEnv::instance();
    auto base = InsiIdentityBase::load(env.basePath());
    EXPECT_TRUE(base.has_value());
    auto h = InsiSoapHandler::create(std::move(*base), env.schemaDirectory());
    EXPECT_TRUE(h.has_value());
    return std::move(*h);
}

QByteArray envelope(const InsiTraitsQuery &q)
{
    InsiRequestContext ctx = InsiRequestContext::makeDefault();
    ctx.idam = QString::fromLatin1(InsiSimTestEnv::kIdam);
    return InsiRequestBuilder::traitsRequest(q, ctx).value();
}

SimRequest request(const QByteArray &body, const char *cn = "INSI-AUTO")
{
    SimRequest r;
    r.path = QStringLiteral("/lps");
    r.contentType = QStringLiteral("application/soap+xml; charset=UTF-8");
    r.body = body;
    r.clientCertCn = QString::fromLatin1(cn);
    return r;
}

const InsiTraitsQuery kAdrun{QStringLiteral("ADRUN"), QStringLiteral("ZOE"), sgl::domain::Sex::Female,
                             QStringLiteral("1975-12-31"), {}};

QString faultCode(const SimResponse &r)
{
    const auto f = InsiResponseParser::fault(r.body);
    return f ? f->errorCode : QString();
}

} // namespace

TEST(InsiSoapHandler, AnswerIsValidAgainstResultSchema)
{
    auto h = handler();
    const SimResponse r = h->handle(request(envelope(kAdrun)));
    ASSERT_EQ(r.status, 200);
    const QString xsd = QStringLiteral(SGL_SHARED_DIR "/ans/insi/src/wsdl/xsd/ServiceIdentiteCertifiee/INSi_RESULTAT_INS.xsd");
    if (!QFile::exists(xsd))
        GTEST_SKIP() << "shared INSi kit absent: " << xsd.toStdString();
    auto schema = sgl::interop::xml::XmlSchema::load(xsd);
    ASSERT_TRUE(schema.has_value());
    auto doc = sgl::interop::xml::XmlDocument::parse(r.body);
    ASSERT_TRUE(doc.has_value());
    auto res = doc->selectFirst(QStringLiteral("//r:RESULTAT"), {{QStringLiteral("r"), QString::fromLatin1(ns::kResultat)}});
    ASSERT_TRUE(res.has_value() && !res->isNull());
    const auto errors = schema->validateElement(*res);
    EXPECT_TRUE(errors.isEmpty()) << (errors.isEmpty() ? "" : errors.first().message.toStdString());
}

TEST(InsiSoapHandler, WrongCnGivesDesir560)
{
    auto h = handler();
    const SimResponse r = h->handle(request(envelope(kAdrun), "LABO-SGL"));
    EXPECT_EQ(r.status, 500);
    EXPECT_EQ(faultCode(r), QStringLiteral("DESIR_560"));
    EXPECT_EQ(faultCode(h->handle(request(envelope(kAdrun), ""))), QStringLiteral("DESIR_560"));
}

TEST(InsiSoapHandler, MalformedXmlAndSoap11AreRefused)
{
    auto h = handler();
    EXPECT_EQ(faultCode(h->handle(request("<soap:Envelope"))), QStringLiteral("siram_10"));
    const SimResponse v = h->handle(request("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"/>"));
    EXPECT_EQ(v.status, 500);
    EXPECT_TRUE(v.body.contains("VersionMismatch"));
}

TEST(InsiSoapHandler, MissingHeadersAreRefused)
{
    auto h = handler();
    QByteArray body = envelope(kAdrun);
    const qsizetype start = body.indexOf("<ctxbam:ContexteBAM");
    const qsizetype end = body.indexOf("</ctxbam:ContexteBAM>") + static_cast<qsizetype>(strlen("</ctxbam:ContexteBAM>"));
    ASSERT_GT(start, 0);
    body.remove(start, end - start);
    EXPECT_EQ(faultCode(h->handle(request(body))), QStringLiteral("siram_20"));
}

TEST(InsiSoapHandler, SchemaViolationInHeaderIsRefused)
{
    auto h = handler();
    if (!h->schemaValidation())
        GTEST_SKIP() << "INSi XSDs absent: schema validation not active";
    QByteArray body = envelope(kAdrun);
    // ContexteLPS/Temps must be an xs:dateTime.
    const qsizetype t = body.indexOf("<ctxlps:Temps>") + static_cast<qsizetype>(strlen("<ctxlps:Temps>"));
    body.insert(t, "pas-une-date");
    const SimResponse r = h->handle(request(body));
    EXPECT_EQ(faultCode(r), QStringLiteral("siram_20"));
    EXPECT_TRUE(r.body.contains("schema"));
}

TEST(InsiSoapHandler, TwoFirstNamesInOneCallAreRefused)
{
    auto h = handler();
    QByteArray body = envelope(kAdrun);
    body.replace("<Prenom>ZOE</Prenom>", "<Prenom>ZOE</Prenom><Prenom>ANNE</Prenom>");
    EXPECT_EQ(faultCode(h->handle(request(body))), QStringLiteral("siram_20"));
}

TEST(InsiSoapHandler, ActionMismatchIsRefused)
{
    auto h = handler();
    QByteArray body = envelope(kAdrun);
    body.replace("rechercherInsAvecTraitsIdentite</wsa:Action>", "rechercherInsAvecCarteVitale</wsa:Action>");
    EXPECT_EQ(faultCode(h->handle(request(body))), QStringLiteral("siram_20"));
}

TEST(InsiSoapHandler, HttpLayerRejectsWrongMethodAndPath)
{
    auto &env = InsiSimTestEnv::instance();
    const QString base = env.normal().endpoint();
    const RawAnswer get = rawPost(base, {}, env.pki("ca.pem"), env.pki("client-auto.pem"),
                                  env.pki("client-auto.key.pem"), "GET");
    ASSERT_EQ(get.curlCode, 0) << get.error.toStdString();
    EXPECT_EQ(get.status, 405);
    QString other = base;
    other.replace(QStringLiteral("/lps"), QStringLiteral("/autre"));
    const RawAnswer wrong = rawPost(other, "<x/>", env.pki("ca.pem"), env.pki("client-auto.pem"),
                                    env.pki("client-auto.key.pem"));
    EXPECT_EQ(wrong.status, 404);
}
