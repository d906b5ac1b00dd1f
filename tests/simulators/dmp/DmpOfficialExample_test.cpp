// The official CNAM TD2.1 request (soapUI capture, MTOM, SOAP 1.1 namespace, unsigned VIHF, XAdES
// signed by a card of the IGC-Santé TEST PKI) must be refused only because of what is not signed
// by a certificate the simulator trusts: every metadata rule passes on it.
#include "DmpHandlerFixture.h"

#include "simulators/dmp/DmpSimulatorConfig.h"
#include "simulators/dmp/TrustedSignatureVerifier.h"
#include "simulators/pki/RsaTestPki.h"

#include <QFile>
#include <QTemporaryDir>

using namespace sgl::simulators::dmp;

namespace {

const char *const kRequest = SGL_SHARED_DIR "/dmp-mss-material/dmp-exemples-messages-v02.05.00/TD2.1_Alimentation_requete.xml";
const QByteArray kBoundary = "------=_Part_9_20030738.1554380517598";

/** The capture's MIME parts, split the plain way (the file has no HTTP headers). */
DmpSoapMessage officialMessage()
{
    QFile f(QString::fromUtf8(kRequest));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    DmpSoapMessage m;
    QList<QByteArray> parts;
    for (qsizetype from = 0;;) {
        const qsizetype at = all.indexOf(kBoundary, from);
        parts << all.mid(from, at < 0 ? -1 : at - from);
        if (at < 0)
            break;
        from = at + kBoundary.size();
    }
    for (const QByteArray &part : parts) {
        const qsizetype headerEnd = part.indexOf("\n\n");
        if (headerEnd < 0)
            continue;
        const QByteArray headers = part.left(headerEnd);
        QByteArray body = part.mid(headerEnd + 2);
        if (body.endsWith('\n'))
            body.chop(1); // the line break belongs to the delimiter
        const qsizetype id = headers.indexOf("Content-ID: <");
        const QByteArray cid = headers.mid(id + 13, headers.indexOf('>', id) - id - 13);
        if (cid == "rootpart@soapui.org")
            m.rootXml = body;
        else
            m.attachments.insert(cid, body);
    }
    return m;
}

/** The VIHF accepted without looking (the capture's is unsigned), the XAdES verified for real. */
class RealXadesOnly : public DmpSignatureVerifier
{
public:
    explicit RealXadesOnly(std::unique_ptr<TrustedSignatureVerifier> real) : m_real(std::move(real)) {}
    sgl::domain::Result<VihfFindings> verifyVihf(const QByteArray &) override { return VihfFindings{}; }
    sgl::domain::Result<XadesFindings> verifyXades(const QByteArray &s, const QList<SubmittedDocument> &d) override
    {
        return m_real->verifyXades(s, d);
    }

private:
    std::unique_ptr<TrustedSignatureVerifier> m_real;
};

class DmpOfficialTd21 : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFile::exists(QString::fromUtf8(kRequest)) || !QFile::exists(valueSetDirectory()))
            GTEST_SKIP() << "official DMP examples or CI-SIS value sets absent (../shared)";
        message = officialMessage();
        ASSERT_FALSE(message.rootXml.isEmpty());
        ASSERT_EQ(message.attachments.size(), 2);
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(sgl::simulators::pki::RsaTestPki::create(dir.path()).has_value());
    }
    std::unique_ptr<DmpHandler> handlerWith(std::unique_ptr<DmpSignatureVerifier> verifier)
    {
        DmpSimulatorConfig config;
        config.valueSetDirectory = valueSetDirectory();
        auto h = DmpHandler::create(config, std::move(verifier));
        EXPECT_TRUE(h.has_value());
        return h ? std::move(*h) : nullptr;
    }
    std::unique_ptr<TrustedSignatureVerifier> trusted()
    {
        auto v = TrustedSignatureVerifier::create(sgl::simulators::pki::RsaTestPki::file(dir.path(), "ca.pem"));
        EXPECT_TRUE(v.has_value());
        return std::move(*v);
    }
    ParsedAnswer send(DmpHandler &handler)
    {
        return parseAnswer(handler.handleMessage(servicePath("repository"), message));
    }

    QTemporaryDir dir;
    DmpSoapMessage message;
};

} // namespace

TEST_F(DmpOfficialTd21, WithOurTrustTheUnsignedVihfIsTheRefusal)
{
    auto handler = handlerWith(trusted());
    const ParsedAnswer a = send(*handler);
    EXPECT_EQ(a.httpStatus, 500);
    EXPECT_EQ(a.faultSubcode.toStdString(), "wsse:FailedAuthentication") << describe(a);
    EXPECT_TRUE(handler->calls().last().errorCodes.join(u' ').startsWith(QStringLiteral("dmp.vihf")))
        << handler->calls().last().errorCodes.join(u' ').toStdString();
    EXPECT_EQ(handler->registry().documentCount(), 0);
}

TEST_F(DmpOfficialTd21, WithTheVihfAcceptedOnlyTheUntrustedXadesRefusesIt)
{
    auto handler = handlerWith(std::make_unique<RealXadesOnly>(trusted()));
    const ParsedAnswer a = send(*handler);
    ASSERT_EQ(a.status.toStdString(), "Failure") << describe(a);
    ASSERT_EQ(a.errorCodes.size(), 1) << "every other rule passes: " << describe(a);
    EXPECT_TRUE(a.contexts.first().contains(QStringLiteral("xml.certificate_untrusted"))) << describe(a);
    EXPECT_EQ(handler->registry().documentCount(), 0);
}

TEST_F(DmpOfficialTd21, WithSignaturesTrustedItIsStoredAsIs)
{
    auto handler = handlerWith(std::make_unique<UncheckedSignatureVerifier>());
    const ParsedAnswer a = send(*handler);
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_EQ(a.relatesTo.toStdString(), "urn:uuid:b3745a7c-4d1a-4cfd-a752-536197e4ac7a");
    const auto doc = handler->registry().latestByUniqueId(QStringLiteral("1.2.250.1.999.1.1.7898.3.1622814651504"));
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->patientIns.toStdString(), "207058575627097");
    EXPECT_TRUE(doc->content.startsWith("<ClinicalDocument") || doc->content.startsWith("\xEF\xBB\xBF<ClinicalDocument"));
    const auto sig = handler->registry().latestByUniqueId(QStringLiteral("1.2.250.1.999.1.1.7898.4.1622814651504"));
    ASSERT_TRUE(sig.has_value());
    EXPECT_TRUE(sig->signature);
    const QString notes = handler->calls().last().notes.join(u' ');
    EXPECT_TRUE(notes.contains(QStringLiteral("SOAP 1.1"))) << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("casse"))) << notes.toStdString();
}
