#include "StorageFixture.h"

#include "storage/ErrorCodes.h"
#include "storage/UserRepository.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;
using storage::UserRepository;

namespace {
class UserRepositoryTest : public StorageTest {};
} // namespace

TEST_P(UserRepositoryTest, StoresRolesAndFindsByLoginCaseInsensitively)
{
    domain::UserAccount u;
    u.login = u"Bio.Dupont"_s;
    u.displayName = u"Dr Dupont"_s;
    u.rpps = u"10001234567"_s;
    u.roles = {domain::Role::Biologist, domain::Role::Admin};
    u.passwordHash = u"pbkdf2-sha256$1$x$y"_s;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return UserRepository::insert(tx, u); }));
    auto found = m_db->read([&](storage::ReadTx &tx) {
        return UserRepository::findByLogin(tx, u"BIO.DUPONT"_s);
    });
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->login, u"bio.dupont"_s);
    EXPECT_EQ((*found)->roles.size(), 2);
    EXPECT_TRUE((*found)->roles.contains(domain::Role::Admin));
    EXPECT_TRUE((*found)->active);

    domain::UserAccount dup = u;
    dup.id = 0;
    auto d = m_db->write([&](storage::WriteTx &tx) { return UserRepository::insert(tx, dup); });
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().code, storage::errc::Duplicate);
    EXPECT_TRUE(d.error().message.contains(u"déjà utilisé"_s));

    domain::UserAccount changed = **found;
    changed.roles = {domain::Role::Technician};
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return UserRepository::update(tx, changed); }));
    domain::UserAccount stale = **found;
    auto conflict = m_db->write([&](storage::WriteTx &tx) { return UserRepository::update(tx, stale); });
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, storage::errc::Conflict);
    auto back = m_db->read([&](storage::ReadTx &tx) { return UserRepository::get(tx, u.id); });
    ASSERT_TRUE(back);
    EXPECT_EQ(back->roles, QList<domain::Role>{domain::Role::Technician});
}

TEST_P(UserRepositoryTest, RecordsLoginOutcomeAndAttempts)
{
    domain::UserAccount u;
    u.login = u"tech"_s;
    u.displayName = u"Tech"_s;
    u.passwordHash = u"h"_s;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return UserRepository::insert(tx, u); }));
    const QDateTime until = QDateTime(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC);
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        if (auto s = UserRepository::recordLoginOutcome(tx, u.id, 5, until, {}); !s)
            return s;
        return UserRepository::logAttempt(tx, u"tech"_s, false, u"ws"_s, u"bad_password"_s);
    }));
    auto back = m_db->read([&](storage::ReadTx &tx) { return UserRepository::get(tx, u.id); });
    ASSERT_TRUE(back);
    EXPECT_EQ(back->failedAttempts, 5);
    EXPECT_EQ(back->lockedUntil, until);
    auto n = m_db->read([&](storage::ReadTx &tx) { return UserRepository::countAttempts(tx, u"TECH"_s); });
    ASSERT_TRUE(n);
    EXPECT_EQ(*n, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, UserRepositoryTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
