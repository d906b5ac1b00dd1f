// The workstation's background dispatcher (workflow::dispatch::BackgroundDispatcher): its own
// thread and database connection, callbacks on that thread, a prompt stop, and a clear error
// when the database cannot be opened. Both backends.

#include "DispatchTestSupport.h"

#include "workflow/dispatch/BackgroundDispatcher.h"

#include <condition_variable>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::TestSender;
using workflow::dispatch::AttemptReport;
using workflow::dispatch::BackgroundDispatcher;
using workflow::dispatch::SenderRegistry;

namespace {

class BackgroundDispatcherTest : public sgl::testing::DispatchTest {
protected:
    workflow::dispatch::DispatcherConfig config()
    {
        workflow::dispatch::DispatcherConfig c;
        c.claimant = u"poste-test:background"_s;
        c.batchSize = 2;
        c.actor = domain::AuditActor::system(u"test dispatch"_s, u"poste-test"_s);
        return c;
    }
    QString url() { return m_scratch->url(); }
};

/** Collects what the worker reports, and lets the test wait for it. */
struct Reports {
    std::mutex mutex;
    std::condition_variable changed;
    QList<AttemptReport> attempts;
    QList<domain::Error> errors;
    std::thread::id thread;

    BackgroundDispatcher::Callbacks callbacks()
    {
        return {[this](const AttemptReport &a) {
                    std::lock_guard lock(mutex);
                    attempts.append(a);
                    thread = std::this_thread::get_id();
                    changed.notify_all();
                },
                [this](const domain::Error &e) {
                    std::lock_guard lock(mutex);
                    errors.append(e);
                    changed.notify_all();
                }};
    }
    template <class Pred>
    bool waitFor(Pred pred)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::seconds(60), pred);
    }
};

} // namespace

TEST_P(BackgroundDispatcherTest, SendsDueRowsOnItsOwnThreadAndStopsAtOnceBetweenPasses)
{
    const auto v = version(1);
    for (int i = 0; i < 5; ++i)
        enqueue(domain::Channel::MssPro, u"dr%1@medecin.mssante.fr"_s.arg(i), v.documentId);
    auto sender = std::make_shared<TestSender>(domain::Channel::MssPro);
    SenderRegistry senders;
    senders.add(sender);
    Reports reports;
    workflow::dispatch::DispatchLoopOptions options;
    options.pollInterval = std::chrono::hours(1); // stop() must not wait for it
    BackgroundDispatcher background(url(), senders, config(), options, reports.callbacks());
    ASSERT_TRUE(background.start());
    EXPECT_FALSE(background.start()) << "already running";
    ASSERT_TRUE(reports.waitFor([&] { return reports.attempts.size() == 5; }));
    EXPECT_TRUE(background.running());
    EXPECT_NE(reports.thread, std::this_thread::get_id()) << "callbacks come from the worker thread";
    background.stop();
    EXPECT_FALSE(background.running());
    EXPECT_EQ(background.lastSummary().attempts, 5);
    EXPECT_EQ(sender->delivered.size(), 5);
    for (const AttemptReport &a : reports.attempts)
        EXPECT_EQ(a.outcome, u"sent"_s);
    auto rows = m_db->read([&](storage::ReadTx &tx) { return storage::OutboxRepository::forDocument(tx, v.documentId); });
    ASSERT_TRUE(rows);
    for (const auto &r : *rows)
        EXPECT_EQ(r.state, domain::DispatchState::Sent);
    background.stop(); // idempotent
}

TEST_P(BackgroundDispatcherTest, AnUnreachableDatabaseIsReportedAndTheWorkerEnds)
{
    SenderRegistry senders;
    senders.add(std::make_shared<TestSender>(domain::Channel::Dmp));
    Reports reports;
    const QString bad = GetParam() == Backend::Sqlite ? u"sqlite:///nonexistent-dir-for-sgl-tests/sub/x.db"_s
                                                      : u"postgresql://sgl@127.0.0.1:1/none"_s;
    BackgroundDispatcher background(bad, senders, config(), {}, reports.callbacks());
    ASSERT_TRUE(background.start());
    ASSERT_TRUE(reports.waitFor([&] { return !reports.errors.isEmpty(); }));
    EXPECT_TRUE(reports.errors.first().code.startsWith(u"storage."_s)) << reports.errors.first().code.toStdString();
    background.stop();
    EXPECT_FALSE(background.running());
    EXPECT_TRUE(reports.attempts.isEmpty());
}

TEST_P(BackgroundDispatcherTest, WithoutAnyChannelNothingStarts)
{
    Reports reports;
    BackgroundDispatcher background(url(), SenderRegistry{}, config(), {}, reports.callbacks());
    EXPECT_FALSE(background.start());
    EXPECT_FALSE(background.running());
}

INSTANTIATE_TEST_SUITE_P(Backends, BackgroundDispatcherTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
