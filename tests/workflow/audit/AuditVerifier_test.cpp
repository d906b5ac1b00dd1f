#include "../../storage/Samples.h"
#include "../../storage/StorageFixture.h"

#include "storage/PatientRepository.h"
#include "workflow/audit/AuditVerifier.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;

namespace {
class AuditVerifierTest : public StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        for (int i = 0; i < 3; ++i) {
            auto p = sgl::testing::samplePatient(u"IPP%1"_s.arg(i));
            ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
                return storage::PatientRepository::insert(tx, p, sgl::testing::actor());
            }));
        }
    }
};
} // namespace

TEST_P(AuditVerifierTest, RequiresPermissionAndReportsIntactTrail)
{
    workflow::AuditVerifier verifier(*m_db);
    domain::UserSession tech;
    tech.userId = 1;
    tech.login = u"tech"_s;
    tech.roles = {domain::Role::Technician};
    auto denied = verifier.verify(tech);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, u"auth.forbidden"_s);
    domain::UserSession admin = tech;
    admin.roles = {domain::Role::Admin};
    auto report = verifier.verify(admin);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact());
    EXPECT_EQ(report->rowsChecked, 3);
    // The verification itself was appended and keeps the chain intact.
    auto again = verifier.verifyAsSystem(domain::AuditActor::system(u"t"_s, u"ws"_s));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->intact());
    EXPECT_EQ(again->rowsChecked, 4);
}

TEST_P(AuditVerifierTest, NamesTheTamperedRow)
{
    if (GetParam() == Backend::Sqlite)
        ASSERT_TRUE(rawExec(u"DROP TRIGGER audit_log_no_update"_s));
    else
        ASSERT_TRUE(rawExec(u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s));
    ASSERT_TRUE(rawExec(u"UPDATE audit_log SET after_json = '{}' WHERE seq = 2"_s));
    workflow::AuditVerifier verifier(*m_db);
    auto report = verifier.verifyAsSystem(domain::AuditActor::system(u"t"_s, u"ws"_s));
    ASSERT_TRUE(report);
    ASSERT_EQ(report->problems.size(), 1);
    EXPECT_EQ(report->problems.first().seq, 2);
    EXPECT_EQ(report->problems.first().kind, u"modified"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditVerifierTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
