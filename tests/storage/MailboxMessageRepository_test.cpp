// Received MSSanté messages kept for a human (issue 13): one row per Message-ID, listed without
// their bytes, bytes capped at 10 MiB, marked handled once with optimistic locking.
#include "StorageFixture.h"

#include "storage/ErrorCodes.h"
#include "storage/MailboxMessageRepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;
using storage::MailboxMessage;
using storage::MailboxMessageRepository;

namespace {

class MailboxMessageRepositoryTest : public StorageTest {
protected:
    MailboxMessage message(const QString &id, const QDateTime &received, const QByteArray &raw = "Subject: x\r\n\r\nbody")
    {
        MailboxMessage m;
        m.messageId = id;
        m.mailboxUid = 12;
        m.receivedAt = received;
        m.sender = u"sous-traitant@labo-test.mssante.fr"_s;
        m.subject = u"Résultats"_s;
        m.outcome = u"held"_s;
        m.reason = u"Message sans compte rendu CDA."_s;
        m.raw = raw;
        return m;
    }
    MailboxMessageRepository::Kept keep(const MailboxMessage &m)
    {
        auto k = m_db->write([&](storage::WriteTx &tx) { return MailboxMessageRepository::insertOrKeepIn(tx, m); });
        EXPECT_TRUE(k) << (k ? std::string() : k.error().toString().toStdString());
        return k.value_or(MailboxMessageRepository::Kept{});
    }
    QList<MailboxMessage> listed(bool all)
    {
        auto l = m_db->read([&](storage::ReadTx &tx) { return MailboxMessageRepository::list(tx, all); });
        EXPECT_TRUE(l);
        return l.value_or(QList<MailboxMessage>{});
    }
    const QDateTime t0 = QDateTime(QDate(2026, 12, 6), QTime(9, 30), QTimeZone::utc());
};

} // namespace

TEST_P(MailboxMessageRepositoryTest, KeepsOneRowPerMessageIdAndListsNewestFirstWithoutBytes)
{
    const auto first = keep(message(u"a@x"_s, t0));
    EXPECT_TRUE(first.inserted);
    MailboxMessage again = message(u"a@x"_s, t0.addSecs(60));
    again.reason = u"autre raison"_s;
    const auto second = keep(again);
    EXPECT_FALSE(second.inserted);
    EXPECT_EQ(second.id, first.id);
    MailboxMessage other = message(u"b@x"_s, t0.addSecs(3600));
    other.outcome = u"nonconforming"_s;
    keep(other);

    const auto rows = listed(false);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].messageId, u"b@x"_s);
    EXPECT_EQ(rows[0].outcome, u"nonconforming"_s);
    EXPECT_EQ(rows[1].messageId, u"a@x"_s);
    EXPECT_EQ(rows[1].reason, u"Message sans compte rendu CDA."_s) << "the first reading is kept";
    EXPECT_EQ(rows[1].receivedAt, t0);
    EXPECT_EQ(rows[1].subject, u"Résultats"_s);
    EXPECT_EQ(rows[1].mailboxUid, 12);
    EXPECT_TRUE(rows[1].raw.isEmpty()) << "listing does not carry the bytes";
    EXPECT_EQ(rows[1].rawSize, 18);
    EXPECT_FALSE(rows[1].handled);
    EXPECT_EQ(rows[1].version, 1);
    auto raw = m_db->read([&](storage::ReadTx &tx) { return MailboxMessageRepository::raw(tx, first.id); });
    ASSERT_TRUE(raw);
    EXPECT_EQ(*raw, QByteArray("Subject: x\r\n\r\nbody"));
    auto open = m_db->read([](storage::ReadTx &tx) { return MailboxMessageRepository::countOpen(tx); });
    ASSERT_TRUE(open);
    EXPECT_EQ(*open, 2);
}

TEST_P(MailboxMessageRepositoryTest, RefusesAMessageWithoutIdAndReportsAnUnknownOne)
{
    auto refused = m_db->write([&](storage::WriteTx &tx) {
        return MailboxMessageRepository::insertOrKeepIn(tx, message(u"  "_s, t0));
    });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, storage::errc::Constraint);
    EXPECT_TRUE(listed(true).isEmpty());
    auto missing = m_db->read([](storage::ReadTx &tx) { return MailboxMessageRepository::raw(tx, 4242); });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, storage::errc::NotFound);
}

TEST_P(MailboxMessageRepositoryTest, CapsTheBytesKeptAtTenMebibytes)
{
    const QByteArray big(MailboxMessage::kMaxRawBytes + 100, 'x');
    const auto k = keep(message(u"big@x"_s, t0, big));
    const auto rows = listed(false);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].rawSize, big.size());
    auto raw = m_db->read([&](storage::ReadTx &tx) { return MailboxMessageRepository::raw(tx, k.id); });
    ASSERT_TRUE(raw);
    EXPECT_EQ(raw->size(), MailboxMessage::kMaxRawBytes);
}

TEST_P(MailboxMessageRepositoryTest, MarkHandledOnceWithTheVersionShown)
{
    const auto k = keep(message(u"h@x"_s, t0));
    const QDateTime at = t0.addSecs(7200);
    auto stale = m_db->write([&](storage::WriteTx &tx) {
        return MailboxMessageRepository::markHandled(tx, k.id, 2, u"bio1"_s, u"note"_s, at);
    });
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, storage::errc::Conflict);
    EXPECT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return MailboxMessageRepository::markHandled(tx, k.id, 1, u"bio1"_s, u"transmis au secrétariat"_s, at);
    }));
    EXPECT_TRUE(listed(false).isEmpty());
    const auto all = listed(true);
    ASSERT_EQ(all.size(), 1);
    EXPECT_TRUE(all[0].handled);
    EXPECT_EQ(all[0].handledBy, u"bio1"_s);
    EXPECT_EQ(all[0].handledAt, at);
    EXPECT_EQ(all[0].handlingNote, u"transmis au secrétariat"_s);
    EXPECT_EQ(all[0].version, 2);
    auto twice = m_db->write([&](storage::WriteTx &tx) {
        return MailboxMessageRepository::markHandled(tx, k.id, 2, u"bio2"_s, u"encore"_s, at);
    });
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, storage::errc::Conflict);
}

INSTANTIATE_TEST_SUITE_P(Backends, MailboxMessageRepositoryTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
