#include "Samples.h"
#include "StorageFixture.h"

#include "domain/audit/AuditChain.h"
#include "storage/AuditRepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::actor;
using sgl::testing::Backend;
using sgl::testing::StorageTest;
using storage::AuditRepository;

namespace {
class AuditRepositoryTest : public StorageTest {
protected:
    void appendRows(int n)
    {
        auto s = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            for (int i = 1; i <= n; ++i) {
                auto a = AuditRepository::append(tx, actor(), u"patient.read"_s, u"patient"_s,
                                                 QString::number(i), {}, u"{\"i\":%1}"_s.arg(i));
                if (!a)
                    return std::unexpected(a.error());
            }
            return {};
        });
        ASSERT_TRUE(s) << s.error().toString().toStdString();
    }
    QList<domain::AuditChain::Problem> verify()
    {
        domain::AuditChain chain;
        auto s = m_db->read([&](storage::ReadTx &tx) -> domain::Status {
            if (auto f = AuditRepository::forEach(tx, [&](const auto &e) { chain.feed(e); }); !f)
                return f;
            auto h = AuditRepository::head(tx);
            if (!h)
                return std::unexpected(h.error());
            chain.finish(h->first, h->second);
            return {};
        });
        EXPECT_TRUE(s);
        return chain.problems();
    }
    void disableProtection()
    {
        if (GetParam() == Backend::Sqlite) {
            ASSERT_TRUE(rawExec(u"DROP TRIGGER audit_log_no_update"_s));
            ASSERT_TRUE(rawExec(u"DROP TRIGGER audit_log_no_delete"_s));
        } else {
            ASSERT_TRUE(rawExec(u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s));
        }
    }
};
} // namespace

TEST_P(AuditRepositoryTest, IntactChainVerifies)
{
    appendRows(5);
    EXPECT_TRUE(verify().isEmpty());
}

TEST_P(AuditRepositoryTest, UpdateAndDeleteAreRefusedByTheDatabase)
{
    appendRows(2);
    EXPECT_FALSE(rawExec(u"UPDATE audit_log SET actor_login = 'x' WHERE seq = 1"_s));
    EXPECT_FALSE(rawExec(u"DELETE FROM audit_log WHERE seq = 2"_s));
    EXPECT_TRUE(verify().isEmpty());
}

TEST_P(AuditRepositoryTest, AlteredRowIsNamed)
{
    appendRows(5);
    disableProtection();
    ASSERT_TRUE(rawExec(u"UPDATE audit_log SET actor_login = 'intrus' WHERE seq = 3"_s));
    const auto problems = verify();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].seq, 3);
    EXPECT_EQ(problems[0].kind, u"modified"_s);
    EXPECT_TRUE(problems[0].message.contains(u"Ligne 3"_s));
}

TEST_P(AuditRepositoryTest, RehashedRowBreaksTheNextLink)
{
    appendRows(4);
    disableProtection();
    // A careful forger recomputes row 2's own hash: row 3 no longer links to it.
    auto rows = m_db->read([&](storage::ReadTx &tx) -> domain::Result<QList<domain::AuditEntry>> {
        return AuditRepository::forEntity(tx, u"patient"_s, u"2"_s);
    });
    ASSERT_TRUE(rows);
    domain::AuditEntry forged = rows->first();
    forged.after = u"{\"i\":999}"_s;
    forged.hash = domain::AuditChain::computeHash(forged);
    ASSERT_TRUE(rawExec(u"UPDATE audit_log SET after_json = '%1', hash = '%2' WHERE seq = 2"_s.arg(
        forged.after, forged.hash)));
    const auto problems = verify();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].seq, 3);
    EXPECT_EQ(problems[0].kind, u"broken_link"_s);
}

TEST_P(AuditRepositoryTest, DeletedRowsAreNamed)
{
    appendRows(6);
    disableProtection();
    ASSERT_TRUE(rawExec(u"DELETE FROM audit_log WHERE seq IN (2, 3)"_s));
    ASSERT_TRUE(rawExec(u"DELETE FROM audit_log WHERE seq = 6"_s));
    const auto problems = verify();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].kind, u"deleted"_s);
    EXPECT_EQ(problems[0].seq, 2);
    EXPECT_TRUE(problems[0].message.contains(u"2 à 3"_s));
    EXPECT_EQ(problems[1].kind, u"truncated"_s);
    EXPECT_EQ(problems[1].seq, 6);
}

TEST_P(AuditRepositoryTest, RolledBackActionLeavesNoAuditRow)
{
    auto s = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto a = AuditRepository::append(tx, actor(), u"patient.read"_s, u"patient"_s, u"1"_s);
        if (!a)
            return std::unexpected(a.error());
        return domain::fail(u"test.abort"_s, u"abandon"_s);
    });
    ASSERT_FALSE(s);
    auto h = m_db->read([](storage::ReadTx &tx) { return AuditRepository::head(tx); });
    ASSERT_TRUE(h);
    EXPECT_EQ(h->first, 0);
    EXPECT_TRUE(verify().isEmpty());
}

TEST_P(AuditRepositoryTest, StoredHashIsTheChainsHashForAnyText)
{
    // Rows are hashed on write with OpenSSL, verified with the domain's rule (Qt's SHA-256):
    // non-ASCII text, empty images and images of many kilobytes give the same digest.
    const QString big = QString(u"« résultat » 𝄞 "_s).repeated(900);
    const QList<std::pair<QString, QString>> images{{{}, {}}, {u"{}"_s, u"{\"a\":\"é\"}"_s}, {big, big + u"!"_s}};
    for (const auto &[before, after] : images) {
        auto e = m_db->write([&](storage::WriteTx &tx) {
            return AuditRepository::append(tx, actor(), u"result.update"_s, u"result"_s, u"Ω-1"_s, before, after);
        });
        ASSERT_TRUE(e) << e.error().toString().toStdString();
        EXPECT_EQ(e->hash, domain::AuditChain::computeHash(*e));
        auto stored = m_db->read([&](storage::ReadTx &tx) { return AuditRepository::find(tx, e->seq); });
        ASSERT_TRUE(stored && *stored);
        EXPECT_EQ((*stored)->hash, domain::AuditChain::computeHash(**stored));
    }
    EXPECT_TRUE(verify().isEmpty());
}

TEST_P(AuditRepositoryTest, FindReturnsTheRowOrNothing)
{
    appendRows(3);
    auto found = m_db->read([](storage::ReadTx &tx) { return AuditRepository::find(tx, 2); });
    ASSERT_TRUE(found) << found.error().toString().toStdString();
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->seq, 2);
    EXPECT_EQ((*found)->entityId, u"2"_s);
    EXPECT_EQ((*found)->hash, domain::AuditChain::computeHash(**found));
    for (qint64 missing : {qint64(0), qint64(4), qint64(-1)}) {
        auto none = m_db->read([&](storage::ReadTx &tx) { return AuditRepository::find(tx, missing); });
        ASSERT_TRUE(none);
        EXPECT_FALSE(none->has_value()) << missing;
    }
    disableProtection();
    ASSERT_TRUE(rawExec(u"DELETE FROM audit_log WHERE seq = 2"_s));
    auto deleted = m_db->read([](storage::ReadTx &tx) { return AuditRepository::find(tx, 2); });
    ASSERT_TRUE(deleted);
    EXPECT_FALSE(deleted->has_value());
}

TEST_P(AuditRepositoryTest, DatabaseIdIsRandomAndCannotBeChanged)
{
    auto id = m_db->read([](storage::ReadTx &tx) { return AuditRepository::databaseId(tx); });
    ASSERT_TRUE(id) << id.error().toString().toStdString();
    EXPECT_EQ(id->size(), 32);
    EXPECT_TRUE(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(*id).hasMatch()) << id->toStdString();
    EXPECT_NE(*id, QString(32, u'0'));
    EXPECT_FALSE(rawExec(u"UPDATE audit_identity SET database_id = '%1'"_s.arg(QString(32, u'1'))));
    EXPECT_FALSE(rawExec(u"DELETE FROM audit_identity"_s));
    auto again = m_db->read([](storage::ReadTx &tx) { return AuditRepository::databaseId(tx); });
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *id);

    // Another database draws another id.
    sgl::testing::ScratchDatabase other(GetParam());
    auto url = storage::DbUrl::parse(other.url());
    ASSERT_TRUE(url);
    auto db = storage::Database::open(*url);
    ASSERT_TRUE(db);
    ASSERT_TRUE(storage::MigrationRunner(**db).migrate());
    auto otherId = (*db)->read([](storage::ReadTx &tx) { return AuditRepository::databaseId(tx); });
    ASSERT_TRUE(otherId);
    EXPECT_NE(*otherId, *id);
    db->reset();
}

TEST_P(AuditRepositoryTest, TruncatedTailWithRewrittenHeadIsInvisibleToTheChainAlone)
{
    // The limit the tail anchors (sgl audit-anchor) exist for: the chain alone cannot see it.
    appendRows(6);
    auto row4 = m_db->read([](storage::ReadTx &tx) { return AuditRepository::find(tx, 4); });
    ASSERT_TRUE(row4 && row4->has_value());
    disableProtection();
    ASSERT_TRUE(rawExec(u"DELETE FROM audit_log WHERE seq > 4"_s));
    ASSERT_TRUE(rawExec(u"UPDATE audit_head SET last_seq = 4, last_hash = '%1'"_s.arg((*row4)->hash)));
    EXPECT_TRUE(verify().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditRepositoryTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
