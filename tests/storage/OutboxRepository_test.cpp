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

TEST_P(OutboxRepositoryTest, EnqueueIsIdempotentAndClaimRetriesWithBackoff)
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
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::markFailed(tx, e.id, u"SMTP 451"_s, false, now);
    }));
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
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return OutboxRepository::markSent(tx, e.id); }));
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

INSTANTIATE_TEST_SUITE_P(Backends, OutboxRepositoryTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
