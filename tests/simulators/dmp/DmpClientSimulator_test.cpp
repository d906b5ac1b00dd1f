// dmpclient's DmpClient against the DMP simulator over mutual TLS 1.2, with the VIHF and the XAdES
// signed by SignedDmpSecurity and verified by TrustedSignatureVerifier: every transaction of the
// "Alimentation" profile, and a re-sent document that stays one document.
#include "CdaTestFixtures.h"

#include "interop/cda/CdaN3Writer.h"
#include "interop/dmp/DmpClient.h"
#include "interop/dmp/SignedDmpSecurity.h"
#include "simulators/dmp/DmpSimulatorThread.h"
#include "simulators/dmp/EbXml.h"
#include "simulators/dmp/TrustedSignatureVerifier.h"
#include "simulators/pki/RsaTestPki.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::simulators::dmp;
using sgl::simulators::pki::RsaTestPki;

namespace {

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "test_simulators_dmp_client";
    static char *argv[] = {name, nullptr};
    static QCoreApplication a(argc, argv);
    return a;
}

const QString kValueSets = QStringLiteral(SGL_SHARED_DIR "/ans/TestContenuCDA-3-0/jeuxDeValeurs");

} // namespace

TEST(DmpClientSimulator, AlimentationProfileEndToEnd)
{
    app();
    if (!QDir(kValueSets).exists())
        GTEST_SKIP() << "CI-SIS value sets absent (../shared)";
    QTemporaryDir dir;
    ASSERT_TRUE(RsaTestPki::create(dir.path()).has_value());
    const auto pki = [&](const char *f) { return RsaTestPki::file(dir.path(), f); };
    DmpSimulatorConfig config;
    config.certificatePath = pki("server.pem");
    config.keyPath = pki("server.key.pem");
    config.caPath = pki("ca.pem");
    config.valueSetDirectory = kValueSets;
    auto verifier = TrustedSignatureVerifier::create(pki("ca.pem"));
    ASSERT_TRUE(verifier.has_value());
    auto sim = DmpSimulatorThread::start(config, std::move(*verifier));
    ASSERT_TRUE(sim.has_value()) << sim.error().toString().toStdString();

    interop::dmp::VihfProfile profile;
    profile.nameId = QStringLiteral("10B0152872/RESPONSABLE");
    profile.structureId = QStringLiteral("10B0152872");
    profile.subjectId = QStringLiteral("SGL, SGL, Laboratoire");
    profile.lpsId = QStringLiteral("1.2.250.1.999.1.1.9001");
    profile.lpsVersion = QStringLiteral("1.0");
    profile.lpsHomologationId = QStringLiteral("HOMOLOGATION-TEST");
    auto security = interop::dmp::SignedDmpSecurity::fromFiles(profile, pki("org.key.pem"), pki("org.pem"));
    ASSERT_TRUE(security.has_value()) << security.error().toString().toStdString();
    interop::dmp::DmpClientConfig c;
    c.endpoint = (*sim)->baseUrl().replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    c.certificatePath = pki("org.pem");
    c.privateKeyPath = pki("org.key.pem");
    c.caBundlePath = pki("ca.pem");
    c.sourceOid = QStringLiteral("1.2.250.1.999.1.2");
    auto client = interop::dmp::DmpClient::create(c, std::shared_ptr<interop::dmp::DmpSecurity>(std::move(*security)));
    ASSERT_TRUE(client.has_value()) << client.error().toString().toStdString();
    const auto callsText = [&] {
        std::string s;
        for (const auto &call : (*sim)->calls())
            s += (call.action + u' ' + call.outcome + u' ' + call.errorCodes.join(u',') + u'\n').toStdString();
        return s;
    };

    auto report = test::sampleReport();
    report.patient.ins.matricule = QStringLiteral("2790351215189"); // a test NIR with a valid key
    report.patient.ins.key = QStringLiteral("89");
    const QString ins = report.patient.ins.full();

    auto exists = (*client)->testExistence(ins);
    ASSERT_TRUE(exists.has_value()) << exists.error().toString().toStdString();
    EXPECT_TRUE(exists->found);
    EXPECT_EQ(exists->authorization.toStdString(), "VALIDE");

    auto cda = interop::cda::CdaN3Writer::write(report);
    ASSERT_TRUE(cda.has_value());
    interop::dmp::DmpDocument doc;
    doc.ins = ins;
    doc.cda = *cda;
    auto pub = (*client)->provideAndRegister(doc);
    ASSERT_TRUE(pub.has_value()) << pub.error().toString().toStdString() << "\n" << callsText();
    const auto stored = (*sim)->registry().latestByUniqueId(pub->uniqueId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->content, doc.cda);

    // Sent again (the dispatcher did not hear the first answer): still one document.
    auto again = (*client)->provideAndRegister(doc);
    ASSERT_FALSE(again.has_value());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("XDSDuplicateUniqueIdInRegistry"))) << again.error().toString().toStdString();
    EXPECT_EQ((*sim)->registry().documentCount(), 1);

    auto found = (*client)->findByUniqueId(ins, pub->uniqueId);
    ASSERT_TRUE(found.has_value()) << found.error().toString().toStdString();
    EXPECT_EQ(found->size(), 1);

    ASSERT_TRUE((*client)->updateConfidentiality(ins, pub->uniqueId, {QStringLiteral("MASQUE_PS")}).has_value()) << callsText();
    EXPECT_TRUE((*sim)->registry().latestByUniqueId(pub->uniqueId)->confidentiality.contains(QStringLiteral("MASQUE_PS")));
    ASSERT_TRUE((*client)->updateConfidentiality(ins, pub->uniqueId, {}).has_value()) << callsText();
    EXPECT_EQ((*sim)->registry().latestByUniqueId(pub->uniqueId)->confidentiality, QStringList{QStringLiteral("N")});

    auto v2 = report;
    v2.versionNumber = 2;
    v2.replacedDocumentId = report.documentId;
    v2.documentId = report.documentId + QStringLiteral(".2");
    auto cda2 = interop::cda::CdaN3Writer::write(v2);
    ASSERT_TRUE(cda2.has_value()) << cda2.error().toString().toStdString();
    interop::dmp::DmpDocument doc2;
    doc2.ins = ins;
    doc2.cda = *cda2;
    doc2.replacesUniqueId = pub->uniqueId;
    auto pub2 = (*client)->provideAndRegister(doc2);
    ASSERT_TRUE(pub2.has_value()) << pub2.error().toString().toStdString() << "\n" << callsText();
    EXPECT_EQ((*sim)->registry().latestByUniqueId(pub->uniqueId)->status, QString(ebxml::kDeprecated));

    ASSERT_TRUE((*client)->updateAvailability(ins, pub2->uniqueId, interop::dmp::DmpAvailability::Archived).has_value()) << callsText();
    EXPECT_EQ((*sim)->registry().latestByUniqueId(pub2->uniqueId)->status, QString(ebxml::kArchived));
    ASSERT_TRUE((*client)->updateAvailability(ins, pub2->uniqueId, interop::dmp::DmpAvailability::Deleted).has_value()) << callsText();
    EXPECT_EQ((*sim)->registry().latestByUniqueId(pub2->uniqueId)->status, QString(ebxml::kDeleted));
}

// Issue 13: a patient whose INS is a test NIA (OID 1.2.250.1.213.1.4.11): the VIHF, the TD0.2
// request and the metadata all carry .11 and the simulator (checking each against the accepted
// OIDs and the VIHF against the metadata) accepts the publication.
TEST(DmpClientSimulator, ANiaTestPatientIsPublishedWithItsOwnOid)
{
    app();
    if (!QDir(kValueSets).exists())
        GTEST_SKIP() << "CI-SIS value sets absent (../shared)";
    const QString dir = QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa");
    ASSERT_TRUE(RsaTestPki::ensure(dir).has_value());
    const auto pki = [&](const char *f) { return RsaTestPki::file(dir, f); };
    DmpSimulatorConfig config;
    config.certificatePath = pki("server.pem");
    config.keyPath = pki("server.key.pem");
    config.caPath = pki("ca.pem");
    config.valueSetDirectory = kValueSets;
    auto verifier = TrustedSignatureVerifier::create(pki("ca.pem"));
    ASSERT_TRUE(verifier.has_value());
    auto sim = DmpSimulatorThread::start(config, std::move(*verifier));
    ASSERT_TRUE(sim.has_value()) << sim.error().toString().toStdString();
    interop::dmp::VihfProfile profile;
    profile.nameId = QStringLiteral("10B0152872/RESPONSABLE");
    profile.structureId = QStringLiteral("10B0152872");
    profile.subjectId = QStringLiteral("SGL, SGL, Laboratoire");
    profile.lpsId = QStringLiteral("1.2.250.1.999.1.1.9001");
    profile.lpsVersion = QStringLiteral("1.0");
    profile.lpsHomologationId = QStringLiteral("HOMOLOGATION-TEST");
    auto security = interop::dmp::SignedDmpSecurity::fromFiles(profile, pki("org.key.pem"), pki("org.pem"));
    ASSERT_TRUE(security.has_value()) << security.error().toString().toStdString();
    interop::dmp::DmpClientConfig c;
    c.endpoint = (*sim)->baseUrl().replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    c.certificatePath = pki("org.pem");
    c.privateKeyPath = pki("org.key.pem");
    c.caBundlePath = pki("ca.pem");
    c.sourceOid = QStringLiteral("1.2.250.1.999.1.2");
    auto client = interop::dmp::DmpClient::create(c, std::shared_ptr<interop::dmp::DmpSecurity>(std::move(*security)));
    ASSERT_TRUE(client.has_value()) << client.error().toString().toStdString();

    auto report = test::sampleReport();
    report.patient.ins.matricule = QStringLiteral("1800199123456");
    report.patient.ins.key = QStringLiteral("91");
    report.patient.ins.oid = QStringLiteral("1.2.250.1.213.1.4.11");
    const interop::dmp::PatientIns patient{report.patient.ins.full(), report.patient.ins.oid};
    auto cda = interop::cda::CdaN3Writer::write(report);
    ASSERT_TRUE(cda.has_value()) << cda.error().toString().toStdString();
    ASSERT_TRUE(cda->contains("root=\"1.2.250.1.213.1.4.11\""));

    auto exists = (*client)->testExistence(patient);
    ASSERT_TRUE(exists.has_value()) << exists.error().toString().toStdString();
    EXPECT_TRUE(exists->found);
    interop::dmp::DmpDocument doc;
    doc.ins = patient;
    doc.cda = *cda;
    auto pub = (*client)->provideAndRegister(doc);
    std::string calls;
    for (const auto &call : (*sim)->calls())
        calls += (call.action + u' ' + call.outcome + u' ' + call.errorCodes.join(u',') + u'\n').toStdString();
    ASSERT_TRUE(pub.has_value()) << pub.error().toString().toStdString() << "\n" << calls;
    const auto stored = (*sim)->registry().latestByUniqueId(pub->uniqueId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->patientIns, patient.value);
}
