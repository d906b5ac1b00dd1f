// The Comptes rendus use cases (workflow::report::ReportArchive) over the demo data on both
// back ends: permission checks inside the use case, audited document reads, issuing with the
// product PDF renderer. Moved from tests/gui (they exercise no widget).
#include "StorageFixture.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "workflow/demo/DemoSeeder.h"
#include "workflow/report/ReportArchive.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace Qt::StringLiterals;
using workflow::report::ReportArchive;

namespace {

class ReportArchiveTest : public sgl::testing::StorageTest {
protected:
    void SetUp() override
    {
        sgl::testing::StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        workflow::DemoSeeder::Options options;
        options.policy.pbkdf2Iterations = 1000; // test speed; the product default stays high
        auto seeded = workflow::DemoSeeder(*m_db).seed(options);
        ASSERT_TRUE(seeded.has_value()) << seeded.error().toString().toStdString();
        ASSERT_GT(seeded->dossiers, 0);
    }

    /** The session of a seeded account (real user id, as after a login). */
    domain::UserSession session(const QString &login)
    {
        auto users = m_db->read([](storage::ReadTx &tx) { return storage::UserRepository::list(tx); });
        EXPECT_TRUE(users.has_value());
        domain::UserSession s;
        for (const auto &u : users.value_or(QList<domain::UserAccount>{})) {
            if (u.login == login) {
                s.userId = u.id;
                s.login = u.login;
                s.displayName = u.displayName;
                s.rpps = u.rpps;
                s.roles = u.roles;
                s.workstation = u"poste-test"_s;
            }
        }
        EXPECT_NE(s.userId, 0) << "seeded account missing: " << login.toStdString();
        return s;
    }

    QList<domain::AuditEntry> readsOf(qint64 versionId)
    {
        auto audit = m_db->read([&](storage::ReadTx &tx) {
            return storage::AuditRepository::forEntity(tx, u"report_version"_s,
                                                       QString::number(versionId));
        });
        EXPECT_TRUE(audit.has_value());
        QList<domain::AuditEntry> reads;
        for (const auto &e : audit.value_or(QList<domain::AuditEntry>{}))
            if (e.action == u"report.read"_s)
                reads << e;
        return reads;
    }
};

} // namespace

TEST_P(ReportArchiveTest, BiologistIssuesReadsAndAmendsWithReason)
{
    ReportArchive archive(*m_db);
    const auto bio = session(u"biologiste"_s);
    auto dossiers = archive.dossiers(bio);
    ASSERT_TRUE(dossiers.has_value()) << dossiers.error().toString().toStdString();
    ASSERT_FALSE(dossiers->isEmpty());
    for (const auto &d : *dossiers)
        EXPECT_TRUE(d.status == domain::DossierStatus::Validated
                    || d.status == domain::DossierStatus::Reported)
            << d.number.toStdString();
    const qint64 dossierId = dossiers->first().id;
    auto none = archive.versions(bio, dossierId);
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->isEmpty());

    auto v1 = archive.issue(bio, dossierId);
    ASSERT_TRUE(v1.has_value()) << v1.error().toString().toStdString();
    EXPECT_EQ(v1->versionNumber, 1);

    auto pdf = archive.document(bio, v1->id, u"PDF"_s);
    ASSERT_TRUE(pdf.has_value()) << pdf.error().toString().toStdString();
    EXPECT_TRUE(pdf->bytes.startsWith("%PDF"));
    EXPECT_EQ(pdf->kind, u"PDF"_s);
    EXPECT_FALSE(pdf->sha256.isEmpty());
    auto reads = readsOf(v1->id);
    ASSERT_EQ(reads.size(), 1) << "each opening of a document is in the audit trail";
    EXPECT_EQ(reads.first().actorLogin, u"biologiste"_s);
    EXPECT_EQ(reads.first().workstation, u"poste-test"_s);

    auto html = archive.cdaHtml(bio, v1->id);
    ASSERT_TRUE(html.has_value()) << html.error().toString().toStdString();
    EXPECT_FALSE(html->trimmed().isEmpty());
    EXPECT_EQ(readsOf(v1->id).size(), 2) << "the CDA read is audited too";

    auto noReason = archive.issue(bio, dossierId);
    ASSERT_FALSE(noReason.has_value());
    EXPECT_EQ(noReason.error().code, u"report.reason_required"_s);
    auto v2 = archive.issue(bio, dossierId, u"Correction du nom du prescripteur"_s);
    ASSERT_TRUE(v2.has_value()) << v2.error().toString().toStdString();
    EXPECT_EQ(v2->versionNumber, 2);
    auto versions = archive.versions(bio, dossierId);
    ASSERT_TRUE(versions.has_value());
    EXPECT_EQ(versions->size(), 2);

    auto after = archive.dossiers(bio);
    ASSERT_TRUE(after.has_value());
    bool listedReported = false;
    for (const auto &d : *after)
        if (d.id == dossierId)
            listedReported = d.status == domain::DossierStatus::Reported;
    EXPECT_TRUE(listedReported) << "a reported dossier stays listed, as reported";
}

TEST_P(ReportArchiveTest, SecretaryConsultsButCannotIssue)
{
    ReportArchive archive(*m_db);
    const auto bio = session(u"biologiste"_s);
    const auto secretary = session(u"secretaire"_s);
    auto dossiers = archive.dossiers(secretary);
    ASSERT_TRUE(dossiers.has_value()) << dossiers.error().toString().toStdString();
    ASSERT_FALSE(dossiers->isEmpty());
    auto issued = archive.issue(bio, dossiers->first().id);
    ASSERT_TRUE(issued.has_value()) << issued.error().toString().toStdString();

    auto refused = archive.issue(secretary, dossiers->first().id, u"essai"_s);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, u"auth.forbidden"_s);
    auto versions = archive.versions(secretary, dossiers->first().id);
    ASSERT_TRUE(versions.has_value());
    EXPECT_EQ(versions->size(), 1) << "the refused issue stored nothing";
    auto pdf = archive.document(secretary, issued->id, u"PDF"_s);
    ASSERT_TRUE(pdf.has_value()) << pdf.error().toString().toStdString();
    ASSERT_EQ(readsOf(issued->id).size(), 1);
    EXPECT_EQ(readsOf(issued->id).first().actorLogin, u"secretaire"_s);
}

TEST_P(ReportArchiveTest, TechnicianHasNoReportAccessThroughTheArchive)
{
    ReportArchive archive(*m_db);
    const auto bio = session(u"biologiste"_s);
    auto dossiers = archive.dossiers(bio);
    ASSERT_TRUE(dossiers.has_value() && !dossiers->isEmpty());
    auto issued = archive.issue(bio, dossiers->first().id);
    ASSERT_TRUE(issued.has_value()) << issued.error().toString().toStdString();

    const auto admin = session(u"admin"_s);
    auto refused = archive.dossiers(admin);
    ASSERT_FALSE(refused.has_value()) << "an administrator without clinical role reads no dossier";
    EXPECT_EQ(refused.error().code, u"auth.forbidden"_s);
    auto noVersions = archive.versions(admin, dossiers->first().id);
    ASSERT_FALSE(noVersions.has_value());
    EXPECT_EQ(noVersions.error().code, u"auth.forbidden"_s);
    auto noDocument = archive.document(admin, issued->id, u"PDF"_s);
    ASSERT_FALSE(noDocument.has_value());
    EXPECT_EQ(noDocument.error().code, u"auth.forbidden"_s);
    auto noIssue = archive.issue(admin, dossiers->first().id, u"essai"_s);
    ASSERT_FALSE(noIssue.has_value());
    EXPECT_EQ(noIssue.error().code, u"auth.forbidden"_s);
    EXPECT_TRUE(readsOf(issued->id).isEmpty()) << "a refused read leaves no read in the trail";

    auto anonymous = archive.dossiers(domain::UserSession{});
    ASSERT_FALSE(anonymous.has_value());
    EXPECT_EQ(anonymous.error().code, u"auth.no_session"_s);
}

TEST_P(ReportArchiveTest, UnknownDocumentKindFailsWithoutAuditRow)
{
    ReportArchive archive(*m_db);
    const auto bio = session(u"biologiste"_s);
    auto dossiers = archive.dossiers(bio);
    ASSERT_TRUE(dossiers.has_value() && !dossiers->isEmpty());
    auto issued = archive.issue(bio, dossiers->first().id);
    ASSERT_TRUE(issued.has_value()) << issued.error().toString().toStdString();

    auto missing = archive.document(bio, issued->id, u"DOCX"_s);
    ASSERT_FALSE(missing.has_value());
    auto wrongVersion = archive.document(bio, issued->id + 1000, u"PDF"_s);
    ASSERT_FALSE(wrongVersion.has_value());
    EXPECT_TRUE(readsOf(issued->id).isEmpty()) << "the read and its audit row commit together";
    EXPECT_TRUE(readsOf(issued->id + 1000).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportArchiveTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite,
                                           sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);
