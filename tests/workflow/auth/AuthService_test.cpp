#include "../../storage/StorageFixture.h"

#include "storage/AuditRepository.h"
#include "storage/UserRepository.h"
#include "workflow/admin/UserAdmin.h"
#include "workflow/auth/AuthService.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;

namespace {
domain::SecurityPolicy fastPolicy()
{
    domain::SecurityPolicy p;
    p.pbkdf2Iterations = 1000; // speed only; production default is tested in PasswordHasherTest
    return p;
}

class AuthServiceTest : public StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        workflow::UserAdmin admin(*m_db, fastPolicy());
        auto u = admin.createUserAsSystem(domain::AuditActor::system(u"test"_s, u"ws"_s),
                                          {u"biologiste"_s, u"Dr Bio"_s, u"Validation-2026"_s,
                                           {domain::Role::Biologist}, u"10101010105"_s});
        ASSERT_TRUE(u) << u.error().toString().toStdString();
        m_user = *u;
    }
    QStringList auditActions()
    {
        QStringList out;
        auto r = m_db->read([&](storage::ReadTx &tx) {
            return storage::AuditRepository::forEntity(tx, u"user"_s, u"biologiste"_s);
        });
        EXPECT_TRUE(r);
        for (const auto &e : r.value_or(QList<domain::AuditEntry>()))
            out << e.action;
        return out;
    }
    domain::UserAccount m_user;
};
} // namespace

TEST_P(AuthServiceTest, RightPasswordOpensSessionWithRoles)
{
    workflow::AuthService auth(*m_db, fastPolicy(), u"poste-1"_s);
    auto s = auth.authenticate(u" Biologiste "_s, u"Validation-2026"_s);
    ASSERT_TRUE(s) << s.error().toString().toStdString();
    EXPECT_EQ(s->login, u"biologiste"_s);
    EXPECT_EQ(s->roles, QList<domain::Role>{domain::Role::Biologist});
    EXPECT_EQ(s->rpps, u"10101010105"_s);
    EXPECT_EQ(s->workstation, u"poste-1"_s);
    EXPECT_TRUE(auditActions().contains(u"auth.login"_s));
}

TEST_P(AuthServiceTest, WrongPasswordAndUnknownLoginGiveTheSameMessage)
{
    workflow::AuthService auth(*m_db, fastPolicy(), u"poste-1"_s);
    auto wrong = auth.authenticate(u"biologiste"_s, u"mauvais"_s);
    auto unknown = auth.authenticate(u"personne"_s, u"Validation-2026"_s);
    ASSERT_FALSE(wrong);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(wrong.error().code, u"auth.failed"_s);
    EXPECT_EQ(unknown.error().code, u"auth.failed"_s);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
    EXPECT_TRUE(auditActions().contains(u"auth.login_failed"_s));
    auto attempts = m_db->read([](storage::ReadTx &tx) {
        return storage::UserRepository::countAttempts(tx, u"personne"_s);
    });
    ASSERT_TRUE(attempts);
    EXPECT_EQ(*attempts, 1);
}

TEST_P(AuthServiceTest, FiveFailuresLockTheAccountEvenForTheRightPassword)
{
    workflow::AuthService auth(*m_db, fastPolicy(), u"poste-1"_s);
    for (int i = 1; i <= 4; ++i) {
        auto r = auth.authenticate(u"biologiste"_s, u"faux-%1"_s.arg(i));
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, u"auth.failed"_s) << i;
    }
    auto fifth = auth.authenticate(u"biologiste"_s, u"faux-5"_s);
    ASSERT_FALSE(fifth);
    EXPECT_EQ(fifth.error().code, u"auth.locked"_s);
    EXPECT_TRUE(fifth.error().message.contains(u"verrouillé"_s));
    auto right = auth.authenticate(u"biologiste"_s, u"Validation-2026"_s);
    ASSERT_FALSE(right);
    EXPECT_EQ(right.error().code, u"auth.locked"_s);
    EXPECT_TRUE(auditActions().contains(u"auth.locked_out"_s));
    EXPECT_TRUE(auditActions().contains(u"auth.login_refused_locked"_s));

    // Once the lock has expired, the right password works and resets the counter.
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return storage::UserRepository::recordLoginOutcome(
            tx, m_user.id, 5, QDateTime::currentDateTimeUtc().addSecs(-1), {});
    }));
    auto later = auth.authenticate(u"biologiste"_s, u"Validation-2026"_s);
    ASSERT_TRUE(later) << later.error().toString().toStdString();
    auto u = m_db->read([&](storage::ReadTx &tx) { return storage::UserRepository::get(tx, m_user.id); });
    ASSERT_TRUE(u);
    EXPECT_EQ(u->failedAttempts, 0);
    EXPECT_FALSE(u->lockedUntil.isValid());
}

TEST_P(AuthServiceTest, DisabledAccountIsRefused)
{
    workflow::UserAdmin admin(*m_db, fastPolicy());
    domain::UserSession adminSession;
    adminSession.userId = 999;
    adminSession.login = u"chef"_s;
    adminSession.roles = {domain::Role::Admin};
    ASSERT_TRUE(admin.setActive(adminSession, m_user.id, m_user.version, false));
    workflow::AuthService auth(*m_db, fastPolicy(), u"poste-1"_s);
    auto r = auth.authenticate(u"biologiste"_s, u"Validation-2026"_s);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, u"auth.disabled"_s);
}

TEST_P(AuthServiceTest, StorageFailureIsNotReportedAsWrongPassword)
{
    workflow::AuthService auth(*m_db, fastPolicy(), u"poste-1"_s);
    ASSERT_TRUE(rawExec(u"DROP TABLE login_attempts"_s));
    auto r = auth.authenticate(u"biologiste"_s, u"Validation-2026"_s);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().code.startsWith(u"storage."_s)) << r.error().code.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, AuthServiceTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
