// Claiming outbox rows under a lease (migration 0303): channels, lease expiry, lost claims,
// attempts, states never claimed, human retry/cancel locking; and on PostgreSQL two
// connections claiming at the same time never get the same row (FOR UPDATE SKIP LOCKED).

#include "StorageFixture.h"

#include "storage/OutboxAttemptRepository.h"
#include "storage/OutboxRepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;
using storage::OutboxClaim;
using storage::OutboxEntry;
using storage::OutboxRepository;

namespace {
const QDateTime kT0 = QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone::utc());

class OutboxClaimTest : public StorageTest {
protected:
    OutboxEntry add(domain::Channel channel, const QString &doc,
                    domain::DispatchState state = domain::DispatchState::Pending)
    {
        OutboxEntry e;
        e.channel = channel;
        e.recipient = channel == domain::Channel::MssPro ? u"dr.a@medecin.mssante.fr"_s : u"280027505612341"_s;
        e.documentRef = doc;
        e.state = state;
        e.nextAttemptAt = kT0;
        if (state != domain::DispatchState::Pending)
            e.lastError = u"motif"_s;
        auto ok = m_db->write([&](storage::WriteTx &tx) { return OutboxRepository::enqueue(tx, e); });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return e;
    }
    QList<OutboxEntry> claim(storage::Database &db, const QString &who, const QDateTime &now,
                             QList<domain::Channel> channels = domain::allChannels(), int limit = 10)
    {
        auto rows = db.write([&](storage::WriteTx &tx) {
            return OutboxRepository::claim(tx, OutboxClaim{now, who, now.addSecs(300), channels, limit});
        });
        EXPECT_TRUE(rows) << (rows ? std::string() : rows.error().toString().toStdString());
        return rows ? *rows : QList<OutboxEntry>{};
    }
    QList<storage::OutboxAttempt> attemptsOf(qint64 id)
    {
        auto a = m_db->read([&](storage::ReadTx &tx) { return storage::OutboxAttemptRepository::forOutbox(tx, id); });
        EXPECT_TRUE(a);
        return a ? *a : QList<storage::OutboxAttempt>{};
    }
    OutboxEntry row(qint64 id)
    {
        auto e = m_db->read([&](storage::ReadTx &tx) { return OutboxRepository::get(tx, id); });
        EXPECT_TRUE(e);
        return e ? *e : OutboxEntry{};
    }
};
} // namespace

TEST_P(OutboxClaimTest, ClaimsOnlyTheGivenChannelsUnderALeaseAndOpensTheAttempt)
{
    const OutboxEntry mss = add(domain::Channel::MssPro, u"1.2.250.1.999.1.1"_s);
    const OutboxEntry dmp = add(domain::Channel::Dmp, u"1.2.250.1.999.1.1"_s);
    EXPECT_TRUE(claim(*m_db, u"A"_s, kT0, {}).isEmpty()); // no channel: nothing

    const auto rows = claim(*m_db, u"A"_s, kT0, {domain::Channel::MssPro});
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().id, mss.id);
    EXPECT_EQ(rows.first().claimedBy, u"A"_s);
    EXPECT_EQ(rows.first().leaseUntil, kT0.addSecs(300));
    EXPECT_EQ(row(mss.id).state, domain::DispatchState::Sending);
    EXPECT_EQ(row(dmp.id).state, domain::DispatchState::Pending);
    const auto attempts = attemptsOf(mss.id);
    ASSERT_EQ(attempts.size(), 1);
    EXPECT_EQ(attempts.first().attemptNo, 1);
    EXPECT_EQ(attempts.first().outcome, u"open"_s);
    // Not before its due time, and not while the lease holds.
    EXPECT_TRUE(claim(*m_db, u"B"_s, kT0.addSecs(299), {domain::Channel::MssPro}).isEmpty());
}

TEST_P(OutboxClaimTest, AnExpiredLeaseMakesTheRowClaimableAndTheLateOutcomeIsNotRecorded)
{
    const OutboxEntry e = add(domain::Channel::MssPro, u"1.2.250.1.999.2.1"_s);
    const auto a = claim(*m_db, u"A"_s, kT0);
    ASSERT_EQ(a.size(), 1);
    // A dies (or stalls); after its lease, B takes the row: attempt 2, attempt 1 abandoned.
    const auto b = claim(*m_db, u"B"_s, kT0.addSecs(301));
    ASSERT_EQ(b.size(), 1);
    EXPECT_EQ(b.first().attempts, 2);
    EXPECT_EQ(b.first().claimedBy, u"B"_s);
    // A comes back with its outcome: refused, the row stays B's.
    auto late = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordSent(tx, a.first(), u"ack-A"_s, kT0.addSecs(302));
    });
    ASSERT_TRUE(late);
    EXPECT_FALSE(*late);
    EXPECT_EQ(row(e.id).state, domain::DispatchState::Sending);
    EXPECT_EQ(row(e.id).claimedBy, u"B"_s);
    auto done = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordSent(tx, b.first(), u"ack-B"_s, kT0.addSecs(303));
    });
    ASSERT_TRUE(done);
    EXPECT_TRUE(*done);
    EXPECT_EQ(row(e.id).state, domain::DispatchState::Sent);
    EXPECT_EQ(row(e.id).acknowledgement, u"ack-B"_s);
    EXPECT_FALSE(row(e.id).leaseUntil.isValid());
    const auto attempts = attemptsOf(e.id);
    ASSERT_EQ(attempts.size(), 2);
    EXPECT_EQ(attempts.at(0).outcome, u"abandoned"_s);
    EXPECT_TRUE(attempts.at(0).endedAt.isValid());
    EXPECT_EQ(attempts.at(1).outcome, u"sent"_s);
    EXPECT_EQ(attempts.at(1).acknowledgement, u"ack-B"_s);
    // A sent row is never claimed again.
    EXPECT_TRUE(claim(*m_db, u"C"_s, kT0.addDays(2)).isEmpty());
}

TEST_P(OutboxClaimTest, ParkedCancelledWithheldAndBlockedRowsAreNeverClaimed)
{
    add(domain::Channel::Dmp, u"1.2.250.1.999.3.1"_s, domain::DispatchState::Withheld);
    add(domain::Channel::Dmp, u"1.2.250.1.999.3.2"_s, domain::DispatchState::Blocked);
    const OutboxEntry toPark = add(domain::Channel::MssPro, u"1.2.250.1.999.3.3"_s);
    const OutboxEntry toCancel = add(domain::Channel::MssPro, u"1.2.250.1.999.3.4"_s);
    const auto rows = claim(*m_db, u"A"_s, kT0);
    ASSERT_EQ(rows.size(), 2);
    auto parked = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordFailure(tx, rows.first().id == toPark.id ? rows.first() : rows.last(),
                                               u"Destinataire inconnu"_s, true, std::nullopt, kT0);
    });
    ASSERT_TRUE(parked);
    ASSERT_TRUE(*parked);
    EXPECT_EQ(row(toPark.id).state, domain::DispatchState::Parked);
    EXPECT_EQ(attemptsOf(toPark.id).first().outcome, u"permanent"_s);
    // The other one: transient, then cancelled by a human before its retry.
    const OutboxEntry other = rows.first().id == toCancel.id ? rows.first() : rows.last();
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordFailure(tx, other, u"SMTP 451"_s, false, kT0.addSecs(60), kT0);
    }));
    const OutboxEntry failed = row(toCancel.id);
    EXPECT_EQ(failed.state, domain::DispatchState::Failed);
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::cancel(tx, toCancel.id, failed.version, u"Annulé"_s, kT0);
    }));
    EXPECT_TRUE(claim(*m_db, u"B"_s, kT0.addDays(30)).isEmpty());
}

TEST_P(OutboxClaimTest, HumanRetryIsLockedOnTheVersionAndRestartsTheBudget)
{
    const OutboxEntry e = add(domain::Channel::MssPro, u"1.2.250.1.999.4.1"_s);
    const auto rows = claim(*m_db, u"A"_s, kT0);
    ASSERT_EQ(rows.size(), 1);
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::recordFailure(tx, rows.first(), u"rejeté"_s, true, std::nullopt, kT0);
    }));
    const OutboxEntry parked = row(e.id);
    auto stale = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::retryNow(tx, e.id, parked.version - 1, kT0.addSecs(10));
    });
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, u"storage.conflict"_s);
    auto retried = m_db->write([&](storage::WriteTx &tx) {
        return OutboxRepository::retryNow(tx, e.id, parked.version, kT0.addSecs(10));
    });
    ASSERT_TRUE(retried) << retried.error().toString().toStdString();
    EXPECT_EQ(retried->state, domain::DispatchState::Pending);
    EXPECT_EQ(retried->retryBase, 1);
    EXPECT_EQ(retried->version, parked.version + 1);
    const auto again = claim(*m_db, u"B"_s, kT0.addSecs(10));
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again.first().attempts, 2); // attempt numbers keep counting
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxClaimTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);

// Two dispatchers on two connections: while the first holds its claim transaction open, the
// second skips the locked rows instead of waiting for them or taking them too.
class OutboxSkipLockedTest : public OutboxClaimTest {};

TEST_P(OutboxSkipLockedTest, TwoConnectionsNeverClaimTheSameRow)
{
    for (int i = 0; i < 6; ++i)
        add(domain::Channel::MssPro, u"1.2.250.1.999.5.%1"_s.arg(i));
    auto url = storage::DbUrl::parse(m_scratch->url());
    ASSERT_TRUE(url);
    auto second = storage::Database::open(*url);
    ASSERT_TRUE(second) << second.error().toString().toStdString();
    QList<OutboxEntry> byA;
    QList<OutboxEntry> byB;
    auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto a = OutboxRepository::claim(tx, OutboxClaim{kT0, u"A"_s, kT0.addSecs(300), domain::allChannels(), 4});
        if (!a)
            return std::unexpected(a.error());
        byA = *a;
        // A's transaction is still open: its four rows are locked.
        byB = claim(**second, u"B"_s, kT0, domain::allChannels(), 10);
        return {};
    });
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    EXPECT_EQ(byA.size(), 4);
    EXPECT_EQ(byB.size(), 2);
    for (const auto &a : byA)
        for (const auto &b : byB)
            EXPECT_NE(a.id, b.id);
    EXPECT_TRUE(claim(**second, u"C"_s, kT0).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxSkipLockedTest, ::testing::Values(Backend::Postgres),
                         sgl::testing::backendName);
