// The secretary walkthrough of docs/demo.md: the seeded DEMO-0007 (identity card seen, no INS)
// is qualified against the real INSi simulator.
#include "../../storage/StorageFixture.h"
#include "InsiSimTestEnv.h"

#include "storage/PatientRepository.h"
#include "workflow/demo/DemoSeeder.h"
#include "workflow/identity/QualifyIdentity.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;

namespace {
class DemoInsiTest : public StorageTest {};
} // namespace

TEST_P(DemoInsiTest, SecretaryQualifiesTheValidatedDemoPatientWithTheSimulator)
{
    workflow::DemoSeeder::Options o;
    o.policy.pbkdf2Iterations = 1000;
    ASSERT_TRUE(workflow::DemoSeeder(*m_db).seed(o));
    // The demo secretary's session (the use case checks Permission::IdentityQualify).
    const domain::UserSession session{1, u"secretaire"_s, u"Secrétaire"_s, {}, {domain::Role::Secretary},
                                      QDateTime::currentDateTimeUtc(), u"accueil"_s,
                                      domain::SignInMethod::Password, QDateTime()};
    const domain::AuditActor secretary = domain::AuditActor::fromSession(session);
    auto found = m_db->write([&](storage::WriteTx &tx) {
        return storage::PatientRepository::search(tx, {u"ADRUN"_s, {}, {}, {}, 10}, secretary);
    });
    ASSERT_TRUE(found) << found.error().toString().toStdString();
    ASSERT_EQ(found->size(), 1);
    const domain::Patient before = found->first();
    EXPECT_EQ(before.localId, u"DEMO-0007"_s);
    EXPECT_EQ(before.status, domain::IdentityStatus::Vali);
    EXPECT_TRUE(before.ins.isEmpty());

    auto insi = InsiSimTestEnv::instance().client(InsiSimTestEnv::instance().normal().endpoint());
    workflow::identity::QualifyIdentity qualify(*m_db, session, insi);
    auto lookup = qualify.lookup(before.id);
    ASSERT_TRUE(lookup) << lookup.error().toString().toStdString();
    ASSERT_EQ(lookup->outcome, interop::insi::InsiOutcome::Found) << lookup->message.toStdString();
    EXPECT_TRUE(lookup->acceptable);
    auto accepted = qualify.accept(*lookup);
    ASSERT_TRUE(accepted) << accepted.error().toString().toStdString();
    EXPECT_EQ(accepted->status, domain::IdentityStatus::Qual); // the identity card was already seen
    EXPECT_EQ(accepted->ins.full(), u"275126322011034"_s);
    EXPECT_EQ(accepted->ins.oid, u"1.2.250.1.213.1.4.10"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoInsiTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
