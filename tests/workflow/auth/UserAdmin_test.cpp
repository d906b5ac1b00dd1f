#include "../../storage/StorageFixture.h"

#include "storage/AuditRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/UserRepository.h"
#include "workflow/admin/UserAdmin.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;

namespace {
domain::SecurityPolicy fastPolicy()
{
    domain::SecurityPolicy p;
    p.pbkdf2Iterations = 1000;
    return p;
}

domain::UserSession session(qint64 id, QList<domain::Role> roles)
{
    domain::UserSession s;
    s.userId = id;
    s.login = u"user%1"_s.arg(id);
    s.roles = std::move(roles);
    s.workstation = u"ws"_s;
    return s;
}

class UserAdminTest : public StorageTest {};
} // namespace

TEST_P(UserAdminTest, OnlyAdminsCreateUsers)
{
    workflow::UserAdmin admin(*m_db, fastPolicy());
    const workflow::NewUser tech{u"tech1"_s, u"Tech"_s, u"Paillasse-2026"_s,
                                 {domain::Role::Technician}, {}};
    auto denied = admin.createUser(session(1, {domain::Role::Biologist}), tech);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, u"auth.forbidden"_s);
    auto ok = admin.createUser(session(1, {domain::Role::Admin}), tech);
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    auto audit = m_db->read([](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, u"user"_s, u"tech1"_s);
    });
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, u"user.create"_s);
    EXPECT_EQ(audit->first().actorLogin, u"user1"_s);
    EXPECT_FALSE(audit->first().after.contains(u"Paillasse"_s)); // no password in the trail
    EXPECT_FALSE(audit->first().after.contains(u"pbkdf2"_s));
}

TEST_P(UserAdminTest, RejectsBadInput)
{
    workflow::UserAdmin admin(*m_db, fastPolicy());
    const auto sys = domain::AuditActor::system(u"test"_s, u"ws"_s);
    struct Case {
        workflow::NewUser user;
        QString code;
    };
    const QList<Case> cases{
        {{u"a b"_s, u"X"_s, u"Paillasse-2026"_s, {domain::Role::Technician}, {}}, u"user.bad_login"_s},
        {{u"tech2"_s, u"X"_s, u"court"_s, {domain::Role::Technician}, {}}, u"auth.weak_password"_s},
        {{u"tech3"_s, u"X"_s, u"Paillasse-2026"_s, {}, {}}, u"user.no_role"_s},
        {{u"bio2"_s, u"X"_s, u"Validation-2026"_s, {domain::Role::Biologist}, u"123"_s},
         u"user.bad_rpps"_s},
        {{u"tech4"_s, u" "_s, u"Paillasse-2026"_s, {domain::Role::Technician}, {}},
         u"user.missing_name"_s},
    };
    for (const auto &c : cases) {
        auto r = admin.createUserAsSystem(sys, c.user);
        ASSERT_FALSE(r) << c.user.login.toStdString();
        EXPECT_EQ(r.error().code, c.code);
    }
    ASSERT_TRUE(admin.createUserAsSystem(
        sys, {u"tech5"_s, u"X"_s, u"Paillasse-2026"_s, {domain::Role::Technician}, {}}));
    auto dup = admin.createUserAsSystem(
        sys, {u"TECH5"_s, u"Y"_s, u"Paillasse-2026"_s, {domain::Role::Technician}, {}});
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().code, storage::errc::Duplicate);
}

TEST_P(UserAdminTest, SetRolesIsVersionedAndAudited)
{
    workflow::UserAdmin admin(*m_db, fastPolicy());
    auto u = admin.createUserAsSystem(domain::AuditActor::system(u"test"_s, u"ws"_s),
                                      {u"multi"_s, u"Multi"_s, u"Paillasse-2026"_s,
                                       {domain::Role::Technician}, {}});
    ASSERT_TRUE(u);
    const auto boss = session(77, {domain::Role::Admin});
    ASSERT_TRUE(admin.setRoles(boss, u->id, u->version,
                               {domain::Role::Technician, domain::Role::Secretary}));
    auto stale = admin.setRoles(boss, u->id, u->version, {domain::Role::Secretary});
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, storage::errc::Conflict);
    auto back = m_db->read([&](storage::ReadTx &tx) { return storage::UserRepository::get(tx, u->id); });
    ASSERT_TRUE(back);
    EXPECT_EQ(back->roles.size(), 2);
    auto noRole = admin.setRoles(boss, u->id, back->version, {});
    ASSERT_FALSE(noRole);
    EXPECT_EQ(noRole.error().code, u"user.no_role"_s);
    auto denied = admin.setRoles(session(5, {domain::Role::Secretary}), u->id, back->version,
                                 {domain::Role::Admin});
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, u"auth.forbidden"_s);
}

TEST_P(UserAdminTest, ListsAccountsForAdminsOnlyWithoutPasswordHashes)
{
    workflow::UserAdmin admin(*m_db, fastPolicy());
    const auto sys = domain::AuditActor::system(u"test"_s, u"ws"_s);
    ASSERT_TRUE(admin.createUserAsSystem(
        sys, {u"tech1"_s, u"Tech Un"_s, u"Paillasse-2026"_s, {domain::Role::Technician}, {}}));
    ASSERT_TRUE(admin.createUserAsSystem(sys, {u"mcurie"_s, u"Dr Marie Curie"_s,
                                               u"Validation-2026"_s, {domain::Role::Biologist},
                                               u"10000000001"_s}));

    // A non-admin session (a biologist) is refused by the use case itself, whatever the view.
    auto refused = admin.listUsers(session(1, {domain::Role::Biologist}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"auth.forbidden"_s);
    auto noRole = admin.listUsers(session(1, {}));
    ASSERT_FALSE(noRole);
    EXPECT_EQ(noRole.error().code, u"auth.forbidden"_s);

    auto users = admin.listUsers(session(1, {domain::Role::Admin}));
    ASSERT_TRUE(users) << users.error().toString().toStdString();
    QStringList logins;
    for (const auto &u : *users) {
        logins << u.login;
        EXPECT_TRUE(u.passwordHash.isEmpty()) << "the hash never leaves the workflow: "
                                              << u.login.toStdString();
        EXPECT_GT(u.id, 0);
    }
    EXPECT_TRUE(logins.contains(u"tech1"_s));
    EXPECT_TRUE(logins.contains(u"mcurie"_s));
    // The stored hash itself is untouched (login still possible).
    auto stored = m_db->read([](storage::ReadTx &tx) { return storage::UserRepository::list(tx); });
    ASSERT_TRUE(stored);
    for (const auto &u : *stored)
        EXPECT_FALSE(u.passwordHash.isEmpty()) << u.login.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, UserAdminTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
