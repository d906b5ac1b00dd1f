// Issue 13: "a send that runs longer than its lease keeps its claim". The DMP simulator answers
// slowly (fault injection: 6 s) while dispatcher A sends under a 2 s lease; dispatcher B, started
// 3.5 s later (after A's original lease has passed), must not claim the row. A's lease is renewed
// in the background (LeaseKeeper), A records "sent" (not "lost") and the DMP holds one document.

#include "DispatchEnvironment.h"

#include "../interop/cda/CdaTestFixtures.h"
#include "../interop/mss/MssTestData.h"
#include "../workflow/dispatch/DispatchTestSupport.h"

#include "interop/cda/CdaN3Writer.h"
#include "storage/OutboxAttemptRepository.h"
#include "workflow/dispatch/ProductSenders.h"

#include <QElapsedTimer>
#include <QThread>

#include <thread>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::DispatchEnvironment;

namespace {

const QString kIns = u"279035121518989"_s; // test NIR known to the DMP simulator
constexpr int kLeaseSeconds = 2;
constexpr int kSlowMs = 6000;

class LeaseRenewalTest : public sgl::testing::DispatchTest {
protected:
    void SetUp() override
    {
        QString why;
        m_env = DispatchEnvironment::start(&why);
        if (!m_env)
            GTEST_SKIP() << why.toStdString();
        DispatchTest::SetUp();
    }

    /** One issued version with a real CR-BIO N3 for kIns and its DMP row. */
    storage::OutboxEntry dmpRow()
    {
        auto report = test::sampleReport();
        report.patient.ins.matricule = kIns.left(13);
        report.patient.ins.key = kIns.right(2);
        report.documentId = u"1.2.250.1.999.1.2.1.20261206.9001"_s;
        report.setId = u"1.2.250.1.999.1.2.2.20261206.9001"_s;
        storage::OutboxEntry e;
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            domain::ReportVersion v;
            v.dossierId = m_dossier.id;
            v.documentId = report.documentId;
            v.setId = report.setId;
            v.versionNumber = 1;
            v.status = domain::ReportVersion::Status::Issued;
            v.createdBy = u"bio1"_s;
            auto cda = interop::cda::CdaN3Writer::write(report);
            if (!cda)
                return std::unexpected(cda.error());
            if (auto s = storage::ReportRepository::insert(tx, v); !s)
                return s;
            storage::StoredDocument doc;
            doc.reportVersionId = v.id;
            doc.kind = u"N3"_s;
            doc.mediaType = u"text/xml"_s;
            doc.bytes = *cda;
            doc.createdBy = u"bio1"_s;
            if (auto s = storage::DocumentRepository::insert(tx, doc); !s)
                return s;
            e.channel = domain::Channel::Dmp;
            e.recipient = kIns;
            e.documentRef = v.documentId;
            e.nextAttemptAt = sgl::testing::kDispatchT0;
            if (auto s = storage::OutboxRepository::enqueue(tx, e); !s)
                return std::unexpected(s.error());
            return {};
        });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return e;
    }

    workflow::dispatch::DispatcherConfig config(const QString &claimant)
    {
        workflow::dispatch::DispatcherConfig c;
        c.claimant = claimant;
        c.leaseSeconds = kLeaseSeconds;
        c.actor = domain::AuditActor::system(u"sgl dispatch"_s, claimant);
        return c;
    }

    std::unique_ptr<DispatchEnvironment> m_env;
};

} // namespace

TEST_P(LeaseRenewalTest, ASendLongerThanItsLeaseKeepsItsRowAgainstASecondDispatcher)
{
    const auto queued = dmpRow();
    ASSERT_GT(queued.id, 0);
    auto &dmp = m_env->dmp();
    const int documentsBefore = dmp.registry().documentCount();
    dmp.faults().inject(simulators::dmp::DmpFaultKind::Slow, 1, kSlowMs);

    // Dispatcher A in its own thread, with its own connection and senders, as another process would.
    std::optional<domain::Result<workflow::dispatch::DispatchRunSummary>> resultA;
    std::thread a([&] {
        auto url = storage::DbUrl::parse(m_scratch->url());
        auto db = storage::Database::open(*url);
        if (!db) {
            resultA = std::unexpected(db.error());
            return;
        }
        QStringList problems;
        auto senders = workflow::dispatch::productSenders(m_env->configFile(), &problems);
        workflow::dispatch::Dispatcher dispatcher(**db, senders, config(u"A"_s));
        resultA = dispatcher.runOnce();
    });

    // Once A's original lease has passed, B tries to claim: nothing is due, A still holds the row.
    QElapsedTimer waited;
    waited.start();
    while (row(queued.id).state != domain::DispatchState::Sending && waited.elapsed() < 10000)
        QThread::msleep(50);
    const auto claimed = row(queued.id);
    ASSERT_EQ(claimed.state, domain::DispatchState::Sending);
    QThread::msleep(kLeaseSeconds * 1000 + 1500);
    QStringList problems;
    auto sendersB = workflow::dispatch::productSenders(m_env->configFile(), &problems);
    workflow::dispatch::Dispatcher b(*m_db, sendersB, config(u"B"_s));
    auto resultB = b.runOnce();
    const auto during = row(queued.id);
    a.join();

    ASSERT_TRUE(resultB) << resultB.error().toString().toStdString();
    EXPECT_TRUE(resultB->attempts.isEmpty()) << "B claimed the row A was still sending";
    EXPECT_EQ(during.state, domain::DispatchState::Sending);
    EXPECT_EQ(during.claimedBy, u"A"_s);
    EXPECT_GT(during.leaseUntil, claimed.leaseUntil) << "lease not renewed";

    ASSERT_TRUE(resultA.has_value());
    ASSERT_TRUE(*resultA) << resultA->error().toString().toStdString();
    ASSERT_EQ((*resultA)->attempts.size(), 1);
    EXPECT_EQ((*resultA)->attempts.first().outcome, u"sent"_s) << (*resultA)->attempts.first().error.toStdString();
    const auto after = row(queued.id);
    EXPECT_EQ(after.state, domain::DispatchState::Sent);
    EXPECT_EQ(after.attempts, 1);
    EXPECT_EQ(dmp.registry().documentCount(), documentsBefore + 1);
    int renewals = 0;
    for (const auto &entry : auditOf(queued.id))
        renewals += entry.action == u"dispatch.lease_renewed"_s ? 1 : 0;
    EXPECT_GE(renewals, 2); // 6 s of sending under a 2 s lease renewed every 2/3 s
}

INSTANTIATE_TEST_SUITE_P(Backends, LeaseRenewalTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
