// The outbox dispatcher engine on both backends: sending with the version's data, retries with
// jittered backoff, parking, channels without sender, withheld/blocked rows, crash and restart,
// two dispatchers at once, the service loop.

#include "DispatchTestSupport.h"

#include "storage/OutboxAttemptRepository.h"
#include "workflow/dispatch/DispatchLoop.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QElapsedTimer>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::kDispatchT0;
using sgl::testing::TestSender;
using workflow::dispatch::SendOutcome;
using workflow::dispatch::SenderRegistry;

namespace {
class DispatcherTest : public sgl::testing::DispatchTest {
protected:
    void SetUp() override
    {
        DispatchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_senders.add(m_mss);
    }
    QList<storage::OutboxAttempt> attemptsOf(qint64 id)
    {
        auto a = m_db->read([&](storage::ReadTx &tx) { return storage::OutboxAttemptRepository::forOutbox(tx, id); });
        EXPECT_TRUE(a);
        return a ? *a : QList<storage::OutboxAttempt>{};
    }
    std::shared_ptr<TestSender> m_mss = std::make_shared<TestSender>(domain::Channel::MssPro);
    SenderRegistry m_senders;
};

const QString kDr = u"dr.a@medecin.mssante.fr"_s;
} // namespace

TEST_P(DispatcherTest, SendsADueRowWithItsVersionAndRecordsTheAcknowledgement)
{
    const auto v = version(2);
    const auto e = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    QList<workflow::dispatch::AttemptReport> reports;
    auto run = dispatcher(m_senders).runOnce([&](const auto &r) { reports << r; });
    ASSERT_TRUE(run) << run.error().toString().toStdString();
    EXPECT_EQ(run->sent, 1);
    EXPECT_FALSE(run->anyFailure());
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports.first().outcome, u"sent"_s);
    EXPECT_EQ(reports.first().dossierNumber, m_dossier.number);
    ASSERT_EQ(m_mss->calls.size(), 1);
    const auto &item = m_mss->calls.first();
    EXPECT_EQ(item.attempt, 1);
    EXPECT_EQ(item.uniqueId, v.documentId);
    EXPECT_EQ(item.version.id, v.id);
    EXPECT_EQ(item.version.setId, v.setId);
    EXPECT_TRUE(item.version.sharing.maskedToProfessionals);
    EXPECT_EQ(item.patientId, m_patient.id);
    EXPECT_EQ(item.dossierNumber, m_dossier.number);
    auto n3 = item.document(u"N3"_s);
    ASSERT_TRUE(n3) << n3.error().toString().toStdString();
    EXPECT_EQ(n3->bytes, QByteArrayLiteral("<ClinicalDocument/>"));
    auto missing = item.document(u"PDF"_s);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, u"storage.not_found"_s);

    const auto stored = row(e.id);
    EXPECT_EQ(stored.state, domain::DispatchState::Sent);
    EXPECT_EQ(stored.acknowledgement, u"ACK-"_s + v.documentId);
    const auto audit = auditOf(e.id);
    ASSERT_EQ(audit.size(), 2);
    EXPECT_EQ(audit.at(0).action, u"dispatch.claim"_s);
    EXPECT_EQ(audit.at(1).action, u"dispatch.sent"_s);
    EXPECT_EQ(audit.at(1).actorLogin, u"system:test dispatch"_s);
    // Nothing left: a second pass sends nothing.
    auto again = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->attempts.isEmpty());
    EXPECT_EQ(m_mss->calls.size(), 1);
}

TEST_P(DispatcherTest, TransientFailureIsRetriedAfterAJitteredBackoff)
{
    const auto v = version(1);
    const auto e = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    m_mss->script = {SendOutcome::transient(u"Serveur SMTP indisponible (421)."_s),
                     SendOutcome::transient(u"Serveur SMTP indisponible (421)."_s)};
    m_draw = 0.5;
    auto first = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->retried, 1);
    EXPECT_TRUE(first->anyFailure());
    auto r = row(e.id);
    EXPECT_EQ(r.state, domain::DispatchState::Failed);
    EXPECT_EQ(r.lastError, u"Serveur SMTP indisponible (421)."_s);
    EXPECT_EQ(r.nextAttemptAt, kDispatchT0.addSecs(54)); // 60 s less 0.5 · 20 %
    EXPECT_EQ(first->attempts.first().nextAttemptAt, r.nextAttemptAt);

    m_now = kDispatchT0.addSecs(53); // not yet due
    auto early = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(early);
    EXPECT_TRUE(early->attempts.isEmpty());

    m_now = kDispatchT0.addSecs(54);
    m_draw = 0.0;
    auto second = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(second);
    EXPECT_EQ(row(e.id).nextAttemptAt, m_now.addSecs(120)); // doubled, no jitter drawn
    m_now = m_now.addSecs(120);
    auto third = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(third);
    EXPECT_EQ(third->sent, 1);
    EXPECT_EQ(m_mss->calls.last().attempt, 3);
    r = row(e.id);
    EXPECT_EQ(r.state, domain::DispatchState::Sent);
    EXPECT_TRUE(r.lastError.isEmpty());
    const auto attempts = attemptsOf(e.id);
    ASSERT_EQ(attempts.size(), 3);
    EXPECT_EQ(attempts.at(0).outcome, u"transient"_s);
    EXPECT_EQ(attempts.at(0).error, u"Serveur SMTP indisponible (421)."_s);
    EXPECT_EQ(attempts.at(2).outcome, u"sent"_s);
}

TEST_P(DispatcherTest, PermanentFailureIsParkedWithItsReasonAndNotRetried)
{
    const auto v = version(1);
    const auto e = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    m_mss->script = {SendOutcome::permanent(u"Adresse MSSanté inconnue de l'annuaire."_s)};
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    EXPECT_EQ(run->parked, 1);
    const auto r = row(e.id);
    EXPECT_EQ(r.state, domain::DispatchState::Parked);
    EXPECT_EQ(r.lastError, u"Adresse MSSanté inconnue de l'annuaire."_s);
    m_now = kDispatchT0.addDays(10);
    auto later = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(later);
    EXPECT_TRUE(later->attempts.isEmpty());
    EXPECT_EQ(auditOf(e.id).last().action, u"dispatch.parked"_s);
}

TEST_P(DispatcherTest, TheMaximumAttemptCountParksTheRowForAHuman)
{
    const auto v = version(1);
    const auto e = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    for (int i = 0; i < 10; ++i)
        m_mss->script.push_back(SendOutcome::transient(u"Délai dépassé."_s));
    for (int i = 0; i < 4; ++i) { // maxAttempts = 4
        auto run = dispatcher(m_senders).runOnce();
        ASSERT_TRUE(run);
        ASSERT_EQ(run->attempts.size(), 1) << i;
        m_now = m_now.addDays(1);
    }
    const auto r = row(e.id);
    EXPECT_EQ(r.state, domain::DispatchState::Parked);
    EXPECT_EQ(r.attempts, 4);
    EXPECT_TRUE(r.lastError.startsWith(u"Nombre maximal de tentatives atteint (4)"_s)) << r.lastError.toStdString();
    auto after = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->attempts.isEmpty());
}

TEST_P(DispatcherTest, RowsOfAChannelWithoutSenderAndWithheldOrBlockedRowsAreNeverClaimed)
{
    const auto v = version(1);
    const auto dmp = enqueue(domain::Channel::Dmp, u"280027505612341"_s, v.documentId);
    const auto withheld = enqueue(domain::Channel::MssPro, u"withheld@medecin.mssante.fr"_s, v.documentId,
                                  domain::DispatchState::Withheld);
    const auto blocked = enqueue(domain::Channel::MssPro, u"blocked@medecin.mssante.fr"_s, v.documentId,
                                 domain::DispatchState::Blocked);
    const auto mss = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    m_now = kDispatchT0.addDays(30);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    ASSERT_EQ(run->attempts.size(), 1);
    EXPECT_EQ(run->attempts.first().outboxId, mss.id);
    EXPECT_EQ(row(dmp.id).state, domain::DispatchState::Pending);
    EXPECT_EQ(row(dmp.id).attempts, 0);
    EXPECT_EQ(row(withheld.id).state, domain::DispatchState::Withheld);
    EXPECT_EQ(row(blocked.id).state, domain::DispatchState::Blocked);
    EXPECT_TRUE(auditOf(dmp.id).isEmpty());
    // No sender at all: nothing claimed, nothing audited.
    auto none = dispatcher(SenderRegistry{}).runOnce();
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->attempts.isEmpty());
}

// Crash after the remote side accepted the document and before the outcome was recorded: the
// claim is committed, the sender delivered, the dispatcher dies (the outcome transaction never
// happens). After the lease, a restarted dispatcher claims the row again; the sender sees
// attempt 2 with the same uniqueId and does not deliver a second document.
TEST_P(DispatcherTest, ACrashBetweenSendingAndRecordingDeliversTheDocumentExactlyOnce)
{
    const auto v = version(1);
    const auto e = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    auto claimed = m_db->write([&](storage::WriteTx &tx) {
        return storage::OutboxRepository::claim(
            tx, storage::OutboxClaim{kDispatchT0, u"dead:1"_s, kDispatchT0.addSecs(300), {domain::Channel::MssPro}, 5});
    });
    ASSERT_TRUE(claimed);
    ASSERT_EQ(claimed->size(), 1);
    workflow::dispatch::DispatchItem item;
    item.row = claimed->first();
    item.attempt = 1;
    item.uniqueId = v.documentId;
    ASSERT_EQ(m_mss->send(item).kind, SendOutcome::Kind::Sent); // delivered... then killed

    m_now = kDispatchT0.addSecs(200); // lease still held by the dead dispatcher
    auto tooEarly = dispatcher(m_senders, u"restarted"_s).runOnce();
    ASSERT_TRUE(tooEarly);
    EXPECT_TRUE(tooEarly->attempts.isEmpty());

    m_now = kDispatchT0.addSecs(301);
    auto restarted = dispatcher(m_senders, u"restarted"_s).runOnce();
    ASSERT_TRUE(restarted);
    EXPECT_EQ(restarted->sent, 1);
    EXPECT_EQ(m_mss->calls.last().attempt, 2);
    EXPECT_EQ(m_mss->delivered.size(), 1);                              // one document at the recipient's
    EXPECT_EQ(m_mss->received.value(v.documentId + u'|' + kDr), 2);     // sent twice, deduplicated
    EXPECT_EQ(row(e.id).state, domain::DispatchState::Sent);
    const auto attempts = attemptsOf(e.id);
    ASSERT_EQ(attempts.size(), 2);
    EXPECT_EQ(attempts.at(0).outcome, u"abandoned"_s);
    EXPECT_EQ(attempts.at(0).claimedBy, u"dead:1"_s);
    EXPECT_EQ(attempts.at(1).outcome, u"sent"_s);
}

// Two dispatchers, each on its own thread and connection, drain the same outbox: every row is
// sent once, none twice (PostgreSQL: SKIP LOCKED; SQLite: serialised write transactions).
TEST_P(DispatcherTest, TwoDispatchersAtOnceNeverSendTheSameRowTwice)
{
    const auto v = version(1);
    for (int i = 0; i < 30; ++i)
        enqueue(domain::Channel::MssPro, u"dr%1@medecin.mssante.fr"_s.arg(i), v.documentId);
    const QString url = m_scratch->url();
    auto work = [&](const QString &claimant, int *count) {
        auto parsed = storage::DbUrl::parse(url);
        ASSERT_TRUE(parsed);
        auto db = storage::Database::open(*parsed);
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        workflow::dispatch::DispatcherConfig c;
        c.claimant = claimant;
        c.batchSize = 3;
        c.actor = domain::AuditActor::system(u"test dispatch"_s, u"poste-test"_s);
        workflow::dispatch::Dispatcher d(**db, m_senders, c);
        auto run = d.runOnce();
        ASSERT_TRUE(run) << run.error().toString().toStdString();
        *count = run->sent;
    };
    int a = 0;
    int b = 0;
    {
        std::jthread ta(work, u"A"_s, &a);
        std::jthread tb(work, u"B"_s, &b);
    }
    EXPECT_EQ(a + b, 30);
    EXPECT_EQ(m_mss->calls.size(), 30);
    EXPECT_EQ(m_mss->delivered.size(), 30);
    for (auto it = m_mss->received.cbegin(); it != m_mss->received.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
}

TEST_P(DispatcherTest, TheServiceLoopSendsUntilStoppedAndStopsPromptly)
{
    const auto v = version(1);
    const auto e = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    const QString url = m_scratch->url();
    workflow::dispatch::DispatchLoopSummary summary;
    std::atomic<int> attempts{0};
    {
        std::jthread loop([&](std::stop_token stop) {
            auto parsed = storage::DbUrl::parse(url);
            auto db = storage::Database::open(*parsed);
            ASSERT_TRUE(db);
            workflow::dispatch::DispatcherConfig c;
            c.actor = domain::AuditActor::system(u"test dispatch"_s, u"poste-test"_s);
            workflow::dispatch::Dispatcher d(**db, m_senders, c);
            summary = workflow::dispatch::runDispatchLoop(d, stop, {std::chrono::milliseconds(20), std::chrono::milliseconds(20)},
                                                          [&](const auto &) { ++attempts; });
        });
        QElapsedTimer waited;
        waited.start();
        while (attempts.load() == 0 && waited.elapsed() < 20000)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ASSERT_EQ(attempts.load(), 1);
        // A row enqueued while the loop runs is picked up by a later pass.
        enqueue(domain::Channel::MssPro, u"dr.b@medecin.mssante.fr"_s, v.documentId);
        while (attempts.load() < 2 && waited.elapsed() < 20000)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        QElapsedTimer stopping;
        stopping.start();
        loop.request_stop();
        loop.join();
        EXPECT_LT(stopping.elapsed(), 5000);
    }
    EXPECT_EQ(attempts.load(), 2);
    EXPECT_GE(summary.passes, 2);
    EXPECT_EQ(summary.failedPasses, 0);
    EXPECT_EQ(row(e.id).state, domain::DispatchState::Sent);
}

TEST_P(DispatcherTest, ARowWhoseDocumentIsNotAReportVersionReachesTheSenderWithoutVersion)
{
    const auto orphan = enqueue(domain::Channel::MssPro, kDr, u"1.2.250.1.999.77"_s);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    ASSERT_EQ(m_mss->calls.size(), 1);
    EXPECT_EQ(m_mss->calls.first().version.id, 0);
    EXPECT_EQ(row(orphan.id).state, domain::DispatchState::Sent);
}

INSTANTIATE_TEST_SUITE_P(Backends, DispatcherTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
