// End to end with real signatures: dmpsig's SignedDmpSecurity (the client side) signs the VIHF
// and the XAdES with the test PKI's cachet certificate; the simulator's TrustedSignatureVerifier
// accepts them, and refuses a rogue or expired signer and a document changed after signing.
#include "DmpHandlerFixture.h"

#include "interop/dmp/SignedDmpSecurity.h"
#include "simulators/dmp/TrustedSignatureVerifier.h"
#include "simulators/pki/RsaTestPki.h"

#include <QDir>
#include <QTemporaryDir>

using namespace sgl::simulators::dmp;
using sgl::interop::dmp::SignedDmpSecurity;
using sgl::simulators::pki::RsaTestPki;

namespace {

class DmpSignedSubmission : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QDir(valueSetDirectory()).exists())
            GTEST_SKIP() << "CI-SIS value sets absent";
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(RsaTestPki::create(dir.path()).has_value());
        auto trusted = TrustedSignatureVerifier::create(RsaTestPki::file(dir.path(), "ca.pem"));
        ASSERT_TRUE(trusted.has_value()) << trusted.error().toString().toStdString();
        DmpSimulatorConfig config;
        config.valueSetDirectory = valueSetDirectory();
        auto h = DmpHandler::create(config, std::move(*trusted));
        ASSERT_TRUE(h.has_value());
        handler = std::move(*h);
    }

    std::unique_ptr<SignedDmpSecurity> security(const char *signer)
    {
        sgl::interop::dmp::VihfProfile profile;
        profile.nameId = QStringLiteral("10B0152872/RESPONSABLE");
        profile.structureId = QStringLiteral("10B0152872");
        profile.subjectId = QStringLiteral("SGL, SGL, Laboratoire");
        profile.lpsId = QStringLiteral("1.2.250.1.999.1.1.9001");
        profile.lpsVersion = QStringLiteral("1.0");
        profile.lpsHomologationId = QStringLiteral("HOMOLOGATION-TEST");
        auto s = SignedDmpSecurity::fromFiles(profile, RsaTestPki::file(dir.path(), (QByteArray(signer) + ".key.pem").constData()),
                                              RsaTestPki::file(dir.path(), (QByteArray(signer) + ".pem").constData()));
        EXPECT_TRUE(s.has_value()) << s.error().toString().toStdString();
        return s ? std::move(*s) : nullptr;
    }

    /** A submission whose VIHF and XAdES are signed by `signer` (org, rogue-org, expired-org). */
    SubmissionSpec signedSpec(const char *signer)
    {
        SubmissionSpec spec;
        spec.finalize();
        auto sec = security(signer);
        if (!sec)
            return spec;
        auto header = sec->wsSecurityHeader(sgl::interop::dmp::VihfContext{spec.ins});
        EXPECT_TRUE(header.has_value()) << header.error().toString().toStdString();
        sgl::interop::dmp::SubmissionSignatureInput input;
        input.signatureId = spec.signatureUniqueId;
        input.submissionSetUniqueId = spec.submissionSetUniqueId;
        input.documents = {sgl::interop::dmp::SignedDocumentRef{spec.documentUniqueId, spec.document}};
        input.signingTime = QDateTime::currentDateTimeUtc();
        auto xades = sec->submissionSignature(input);
        EXPECT_TRUE(xades.has_value()) << xades.error().toString().toStdString();
        spec.securityHeader = header.value_or(QByteArray());
        spec.signatureXml = xades.value_or(QByteArray());
        return spec;
    }

    ParsedAnswer send(const SubmissionSpec &spec, bool mtom)
    {
        auto request = soapPost("repository", iti41Envelope(spec));
        if (mtom) {
            QByteArray contentType;
            request.body = iti41Mtom(spec, &contentType);
            request.contentType = QString::fromUtf8(contentType);
        }
        return parseAnswer(handler->handle(request));
    }

    QTemporaryDir dir;
    std::unique_ptr<DmpHandler> handler;
};

} // namespace

TEST_F(DmpSignedSubmission, SignedByTheTrustedCachetItIsStored)
{
    const SubmissionSpec spec = signedSpec("org");
    for (bool mtom : {false, true}) {
        SubmissionSpec s = spec;
        if (mtom) { // a second, distinct submission of another document, same signer
            s = signedSpec("org");
        }
        const ParsedAnswer a = send(s, mtom);
        ASSERT_EQ(a.status.toStdString(), "Success") << (mtom ? "MTOM " : "inline ") << describe(a);
        EXPECT_TRUE(handler->registry().latestByUniqueId(s.documentUniqueId).has_value());
    }
    EXPECT_EQ(handler->registry().documentCount(), 2);
}

TEST_F(DmpSignedSubmission, ExistenceTestWithASignedVihf)
{
    auto sec = security("org");
    ASSERT_TRUE(sec);
    auto header = sec->wsSecurityHeader(sgl::interop::dmp::VihfContext{QStringLiteral("279035121518989")});
    ASSERT_TRUE(header.has_value());
    const ParsedAnswer a = parseAnswer(handler->handle(soapPost("patients", td02Envelope(QStringLiteral("279035121518989"),
                                                                                         QStringLiteral("1.2.250.1.213.1.4.10"), *header))));
    EXPECT_EQ(a.queryResponseCode.toStdString(), "OK") << describe(a);
}

TEST_F(DmpSignedSubmission, RogueOrExpiredSignerIsRefusedAtTheVihf)
{
    for (const char *signer : {"rogue-org", "expired-org"}) {
        const ParsedAnswer a = send(signedSpec(signer), false);
        EXPECT_EQ(a.httpStatus, 500) << signer;
        EXPECT_EQ(a.faultSubcode.toStdString(), "wsse:FailedAuthentication") << signer << ": " << describe(a);
        const QString codes = handler->calls().last().errorCodes.join(u' ');
        EXPECT_TRUE(codes.startsWith(QStringLiteral("xml.certificate"))) << signer << ": " << codes.toStdString();
    }
    EXPECT_EQ(handler->registry().documentCount(), 0);
}

TEST_F(DmpSignedSubmission, DocumentChangedAfterSigningIsRefusedByTheManifest)
{
    SubmissionSpec spec = signedSpec("org");
    spec.document.replace("biologiques", "BIOLOGIQUES");
    const ParsedAnswer a = send(spec, false);
    ASSERT_EQ(a.status.toStdString(), "Failure") << describe(a);
    EXPECT_TRUE(a.contexts.join(u' ').contains(QStringLiteral("dmp.xades_digest_mismatch"))) << describe(a);
    EXPECT_EQ(handler->registry().documentCount(), 0);
}

TEST_F(DmpSignedSubmission, VihfForAnotherPatientThanTheSubmissionIsRefused)
{
    SubmissionSpec spec = signedSpec("org");
    auto sec = security("org");
    ASSERT_TRUE(sec);
    spec.securityHeader = sec->wsSecurityHeader(sgl::interop::dmp::VihfContext{QStringLiteral("207058575627097")}).value();
    const ParsedAnswer a = send(spec, false);
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSPatientIdDoesNotMatch"))) << describe(a);
}
