#include "StorageFixture.h"

#include "storage/OutboxRepository.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;
using storage::OutboxRepository;

namespace {
class OutboxRepositoryTest : public StorageTest {};
} // namespace

TEST_P(OutboxRepositoryTest, EnqueueIsIdempotentAndClaimRetriesAtTheNextAttemptTime)
{
    storage::OutboxEntry e;
    e.channel = domain::Channel::MssPro;
    e.recipient = u"dr.prescripteur@medecin.mssante.fr"_s;
    e.documentRef = u"1.2.250.1.999.1.1"_s;
    auto first = m_db->write([&](storage::WriteTx &tx) { return OutboxRepository::enqueue(tx, e); });
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_TRUE(*first);
    storage::OutboxEntry same = e;
    same.id = 0;
    auto second = m_db->write([&](storage::WriteTx &tx) { return OutboxRepository::enqueue(tx, same); });
    ASSERT_TRUE(second);
    EXPECT_FALSE(*second);
    EXPECT_EQ(same.id, e.id);

    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    auto claimed = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::claimDue(tx, now, 10);
    });
    ASSERT_TRUE(claimed);
    ASSERT_EQ(claimed->size(), 1);
    EXPECT_EQ(claimed->first().state, domain::DispatchState::Sending);
    EXPECT_EQ(claimed->first().attempts, 1);
    const storage::OutboxEntry held = claimed->first();
    auto failed = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordFailure(tx, held, u"SMTP 451"_s, false, now.addSecs(60), now);
    });
    ASSERT_TRUE(failed);
    EXPECT_TRUE(*failed);
    auto notYet = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::claimDue(tx, now.addSecs(30), 10);
    });
    ASSERT_TRUE(notYet);
    EXPECT_TRUE(notYet->isEmpty());
    auto retry = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::claimDue(tx, now.addSecs(61), 10);
    });
    ASSERT_TRUE(retry);
    ASSERT_EQ(retry->size(), 1);
    EXPECT_EQ(retry->first().attempts, 2);
    auto sent = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordSent(tx, retry->first(), u"ack-1"_s, now.addSecs(62));
    });
    ASSERT_TRUE(sent);
    EXPECT_TRUE(*sent);
    auto rows = m_db->read([&](storage::ReadTx &tx) {
        return OutboxRepository::forDocument(tx, e.documentRef);
    });
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().state, domain::DispatchState::Sent);
}

TEST_P(OutboxRepositoryTest, RejectsIncompleteEntry)
{
    storage::OutboxEntry e;
    e.channel = domain::Channel::Dmp;
    e.documentRef = u"1.2.3"_s;
    auto r = m_db->write([&](storage::WriteTx &tx) { return OutboxRepository::enqueue(tx, e); });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, u"outbox.incomplete"_s);
}

// Rows created withheld (DMP withheld by the biologist) or blocked (INS not qualified) keep their
// reason and are never claimed by the dispatcher; other initial states are refused.
TEST_P(OutboxRepositoryTest, WithheldAndBlockedRowsKeepTheirReasonAndAreNeverClaimed)
{
    storage::OutboxEntry withheld;
    withheld.channel = domain::Channel::Dmp;
    withheld.recipient = u"280027505612341"_s;
    withheld.documentRef = u"1.2.250.1.999.1.7.1"_s;
    withheld.state = domain::DispatchState::Withheld;
    withheld.lastError = u"Opposition du patient"_s;
    storage::OutboxEntry blocked = withheld;
    blocked.documentRef = u"1.2.250.1.999.1.8.1"_s;
    blocked.state = domain::DispatchState::Blocked;
    blocked.lastError = u"INS non qualifié"_s;
    storage::OutboxEntry pending = withheld;
    pending.channel = domain::Channel::MssPro;
    pending.recipient = u"dr.prescripteur@medecin.mssante.fr"_s;
    pending.state = domain::DispatchState::Pending;
    pending.lastError.clear();
    auto stored = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        for (storage::OutboxEntry *e : {&withheld, &blocked, &pending})
            if (auto ok = OutboxRepository::enqueue(tx, *e); !ok)
                return std::unexpected(ok.error());
        return {};
    });
    ASSERT_TRUE(stored) << stored.error().toString().toStdString();
    EXPECT_EQ(withheld.state, domain::DispatchState::Withheld);
    EXPECT_EQ(withheld.lastError, u"Opposition du patient"_s);
    EXPECT_EQ(blocked.state, domain::DispatchState::Blocked);

    auto claimed = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::claimDue(tx, QDateTime::currentDateTimeUtc().addDays(1), 10);
    });
    ASSERT_TRUE(claimed);
    ASSERT_EQ(claimed->size(), 1);
    EXPECT_EQ(claimed->first().id, pending.id);

    storage::OutboxEntry sent = pending;
    sent.id = 0;
    sent.recipient = u"autre@medecin.mssante.fr"_s;
    sent.state = domain::DispatchState::Sent;
    auto refused = m_db->write([&](storage::WriteTx &tx) { return OutboxRepository::enqueue(tx, sent); });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"storage.constraint"_s);
    auto rows = m_db->read([&](storage::ReadTx &tx) { return OutboxRepository::forDocument(tx, withheld.documentRef); });
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2); // the withheld DMP row and the claimed MSSanté one; not the refused one
    EXPECT_EQ(rows->at(0).state, domain::DispatchState::Withheld);
    EXPECT_EQ(rows->at(0).lastError, u"Opposition du patient"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxRepositoryTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
