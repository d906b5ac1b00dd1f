// What the remote side says after sending (MSSanté return receipts and bounces, issue 13):
// rows found by their acknowledgement, then acknowledged or parked, only from the right states.
#include "StorageFixture.h"

#include "storage/ErrorCodes.h"
#include "storage/OutboxRepository.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;
using storage::OutboxRepository;

namespace {

class OutboxAcknowledgementTest : public StorageTest {
protected:
    storage::OutboxEntry sentRow(domain::Channel channel, const QString &recipient, const QString &ack)
    {
        storage::OutboxEntry e;
        e.channel = channel;
        e.recipient = recipient;
        e.documentRef = u"1.2.250.1.999.1.%1"_s.arg(++m_n);
        EXPECT_TRUE(m_db->write([&](storage::WriteTx &tx) { return OutboxRepository::enqueue(tx, e); }));
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
        auto claimed = m_db->write([&](storage::WriteTx &tx) {
            storage::OutboxClaim c;
            c.nowUtc = now;
            c.claimant = u"t"_s;
            c.leaseUntilUtc = now.addSecs(60);
            c.channels = {channel};
            c.limit = 1;
            return OutboxRepository::claim(tx, c);
        });
        EXPECT_TRUE(claimed && claimed->size() == 1);
        if (!ack.isEmpty()) {
            EXPECT_TRUE(m_db->write([&](storage::WriteTx &tx) { return OutboxRepository::recordSent(tx, claimed->first(), ack, now); }));
        }
        return claimed->first();
    }

    storage::OutboxEntry get(qint64 id)
    {
        return *m_db->read([&](storage::ReadTx &tx) { return OutboxRepository::get(tx, id); });
    }

    int m_n = 0;
};

} // namespace

TEST_P(OutboxAcknowledgementTest, FindsRowsByAcknowledgementOfTheGivenChannelsOnly)
{
    const auto pro = sentRow(domain::Channel::MssPro, u"dr@x.mssante.fr"_s, u"m1@labo"_s);
    sentRow(domain::Channel::Dmp, u"279035121518989"_s, u"m1@labo"_s);
    auto found = m_db->read([&](storage::ReadTx &tx) {
        return OutboxRepository::byAcknowledgement(tx, u"m1@labo"_s, {domain::Channel::MssPro, domain::Channel::MssPatient});
    });
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().id, pro.id);
    auto none = m_db->read([&](storage::ReadTx &tx) {
        return OutboxRepository::byAcknowledgement(tx, u"unknown@labo"_s, {domain::Channel::MssPro});
    });
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
    auto empty = m_db->read([&](storage::ReadTx &tx) { return OutboxRepository::byAcknowledgement(tx, {}, {domain::Channel::MssPro}); });
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isEmpty());
}

TEST_P(OutboxAcknowledgementTest, AcknowledgedOnlyFromSentParkedFromSentOrAcknowledged)
{
    const auto row = sentRow(domain::Channel::MssPro, u"dr@x.mssante.fr"_s, u"m2@labo"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto ack = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordRemoteOutcome(tx, row.id, domain::DispatchState::Acknowledged, {}, now);
    });
    ASSERT_TRUE(ack);
    EXPECT_TRUE(*ack);
    EXPECT_EQ(get(row.id).state, domain::DispatchState::Acknowledged);
    // A second receipt changes nothing.
    auto again = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordRemoteOutcome(tx, row.id, domain::DispatchState::Acknowledged, {}, now);
    });
    ASSERT_TRUE(again);
    EXPECT_FALSE(*again);
    // A later failure report wins, with its reason.
    auto parked = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordRemoteOutcome(tx, row.id, domain::DispatchState::Parked, u"erreur 902"_s, now);
    });
    ASSERT_TRUE(parked);
    EXPECT_TRUE(*parked);
    EXPECT_EQ(get(row.id).state, domain::DispatchState::Parked);
    EXPECT_EQ(get(row.id).lastError, u"erreur 902"_s);
}

TEST_P(OutboxAcknowledgementTest, ARowStillSendingIsNotChangedAndOtherStatesAreRefused)
{
    const auto sending = sentRow(domain::Channel::MssPro, u"dr@x.mssante.fr"_s, {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto early = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordRemoteOutcome(tx, sending.id, domain::DispatchState::Acknowledged, {}, now);
    });
    ASSERT_TRUE(early);
    EXPECT_FALSE(*early);
    EXPECT_EQ(get(sending.id).state, domain::DispatchState::Sending);
    auto bad = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordRemoteOutcome(tx, sending.id, domain::DispatchState::Pending, {}, now);
    });
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, storage::errc::OutboxBadState);
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxAcknowledgementTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
