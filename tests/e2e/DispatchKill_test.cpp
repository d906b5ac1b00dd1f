// Issue 13 "Reliability": the real `sgl dispatch` service, killed with SIGKILL at random points
// while it sends N report documents (DMP + MSSanté to the prescriber, one row each) to the DMP
// simulator (in-process thread, staying up) and the private Postfix, restarted each time, until
// every row is sent. Then, on the remote side: every document exactly once in the DMP (by
// uniqueId), every message in the Maildir with distinct Message-IDs == documents (a crash between
// the SMTP "250" and the outcome being recorded may deliver the same message twice: allowed only
// with the same Message-ID, counted and printed), and every outbox row sent with its attempt
// history (an attempt left open by a kill is closed as "abandoned" when the row is claimed again).
//
// SGL_E2E_SEED fixes the kill points (the seed is printed); SGL_E2E_KILL_DOCUMENTS changes N
// (default 1000). SQLite by default (the service and the test share the database file);
// SGL_E2E_KILL_POSTGRES=1 adds PostgreSQL (a scratch schema of SGL_TEST_PG_URL).

#include "DispatchEnvironment.h"

#include "../interop/cda/CdaTestFixtures.h"
#include "../interop/mss/MssTestData.h"
#include "../workflow/dispatch/DispatchTestSupport.h"

#include "interop/cda/CdaN3Writer.h"
#include "interop/mss/MimeEntity.h"
#include "interop/mss/MssReportMessage.h"
#include "storage/OutboxAttemptRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::DispatchEnvironment;

namespace {

const QString kPrescriber = u"dr.martin@labo-test.mssante.fr"_s;
const QString kIns = u"279035121518989"_s; // test NIR with a valid key, known to the DMP simulator
constexpr int kKills = 6;
constexpr int kLeaseSeconds = 5; // sgl dispatch --lease: long enough for a batch of 10, short to wait for
constexpr qint64 kBudgetMs = 420'000; // the whole run, kills and restarts included (2 min here; CI runs tests in parallel)

class DispatchKillTest : public sgl::testing::DispatchTest {
protected:
    void SetUp() override
    {
        QString why;
        m_env = DispatchEnvironment::start(&why);
        if (!m_env)
            GTEST_SKIP() << why.toStdString();
        DispatchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_env->mail().clearMailboxes();
    }

    /** N issued versions, each with its N3 (a real CR-BIO, own uniqueId), its PDF and two outbox rows. */
    QStringList createDocuments(int n)
    {
        auto report = test::sampleReport();
        report.patient.ins.matricule = kIns.left(13);
        report.patient.ins.key = kIns.right(2);
        const QByteArray pdf = interop::mss::test::samplePdf();
        QStringList ids;
        constexpr int kPerTransaction = 100;
        for (int from = 0; from < n; from += kPerTransaction) {
            auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
                for (int i = from; i < std::min(n, from + kPerTransaction); ++i) {
                    domain::ReportVersion v;
                    v.dossierId = m_dossier.id;
                    v.documentId = u"1.2.250.1.999.1.2.1.20261206.%1"_s.arg(i + 1);
                    v.setId = u"1.2.250.1.999.1.2.2.20261206.%1"_s.arg(i + 1);
                    v.versionNumber = 1;
                    v.status = domain::ReportVersion::Status::Issued;
                    v.createdBy = u"bio1"_s;
                    report.documentId = v.documentId;
                    report.setId = v.setId;
                    auto cda = interop::cda::CdaN3Writer::write(report);
                    if (!cda)
                        return std::unexpected(cda.error());
                    if (auto s = storage::ReportRepository::insert(tx, v); !s)
                        return s;
                    for (const auto &[kind, type, bytes] : {std::tuple{u"N3"_s, u"text/xml"_s, *cda},
                                                            std::tuple{u"PDF"_s, u"application/pdf"_s, pdf}}) {
                        storage::StoredDocument doc;
                        doc.reportVersionId = v.id;
                        doc.kind = kind;
                        doc.mediaType = type;
                        doc.bytes = bytes;
                        doc.createdBy = u"bio1"_s;
                        if (auto s = storage::DocumentRepository::insert(tx, doc); !s)
                            return s;
                    }
                    for (const auto &[channel, recipient] :
                         {std::pair{domain::Channel::Dmp, kIns}, std::pair{domain::Channel::MssPro, kPrescriber}}) {
                        storage::OutboxEntry e;
                        e.channel = channel;
                        e.recipient = recipient;
                        e.documentRef = v.documentId;
                        e.nextAttemptAt = sgl::testing::kDispatchT0;
                        if (auto s = storage::OutboxRepository::enqueue(tx, e); !s)
                            return std::unexpected(s.error());
                    }
                    ids.append(v.documentId);
                }
                return {};
            });
            EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
            if (!ok)
                return {};
        }
        return ids;
    }

    /** The real service, as systemd would run it (configuration file with [dmp] and [mssante]). */
    void startService(QProcess &p)
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SGL_DB_URL"_s);
        env.insert(u"SGL_CONFIG"_s, m_env->configFile());
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(m_env->path(u"attempts.jsonl"_s), QIODevice::Append);
        p.setStandardErrorFile(m_env->path(u"service.log"_s), QIODevice::Append);
        p.start(QStringLiteral(SGL_CLI_PATH),
                {u"--db"_s, m_scratch->url(), u"dispatch"_s, u"--poll"_s, u"1"_s, u"--limit"_s, u"10"_s,
                 u"--lease"_s, QString::number(kLeaseSeconds)});
        ASSERT_TRUE(p.waitForStarted(10000)) << p.errorString().toStdString();
        ++m_starts;
    }

    /** The service's stderr (start and stop lines, database errors). */
    QString serviceLog()
    {
        QFile f(m_env->path(u"service.log"_s));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    /** Until the last service started has said so: from then on it stops cleanly on SIGTERM. */
    bool waitUntilServing()
    {
        QElapsedTimer t;
        t.start();
        while (serviceLog().count(u"service d'envoi démarré"_s) < m_starts) {
            if (t.elapsed() > 15000)
                return false;
            QThread::msleep(50);
        }
        return true;
    }

    int count(const QString &where)
    {
        int n = -1;
        auto ok = m_db->read([&](storage::ReadTx &tx) -> domain::Status {
            auto q = tx.query(u"SELECT COUNT(*) FROM outbox WHERE "_s + where);
            if (!q)
                return std::unexpected(q.error());
            if (q->next())
                n = q->value(0).toInt();
            return {};
        });
        EXPECT_TRUE(ok);
        return n;
    }

    /** "id:attempt" of each row sending now: an attempt a kill left open. */
    QSet<QString> openAttempts()
    {
        QSet<QString> out;
        auto ok = m_db->read([&](storage::ReadTx &tx) -> domain::Status {
            auto q = tx.query(u"SELECT id, attempts FROM outbox WHERE state = 'sending'"_s);
            if (!q)
                return std::unexpected(q.error());
            while (q->next())
                out.insert(q->value(0).toString() + u':' + q->value(1).toString());
            return {};
        });
        EXPECT_TRUE(ok);
        return out;
    }

    std::unique_ptr<DispatchEnvironment> m_env;
    int m_starts = 0;
};

} // namespace

TEST_P(DispatchKillTest, KilledServiceRestartedUntilEverythingIsSentOnceRemotely)
{
    const int n = qEnvironmentVariableIsSet("SGL_E2E_KILL_DOCUMENTS") ? qEnvironmentVariableIntValue("SGL_E2E_KILL_DOCUMENTS") : 1000;
    const quint32 seed = qEnvironmentVariableIsSet("SGL_E2E_SEED") ? quint32(qEnvironmentVariableIntValue("SGL_E2E_SEED"))
                                                                    : quint32(std::random_device{}());
    std::printf("[ kill -9  ] seed %u (SGL_E2E_SEED=%u reproduces the kill points), %d documents\n", seed, seed, n);
    std::fflush(stdout);
    QElapsedTimer clock;
    clock.start();
    const QStringList ids = createDocuments(n);
    ASSERT_EQ(ids.size(), n);
    const double prepared = clock.elapsed() / 1000.0;
    clock.restart();

    std::mt19937 rng(seed);
    // ms of life before each kill: the six kills spread over about the first half of the run,
    // landing in claims, sends (remote accepted, outcome not written) and pauses between passes.
    std::uniform_int_distribution<int> pause(800, 12000);
    // Attempts the kills left open. With a real lease, a row left sending by one kill may still be
    // under its lease at the next kill: the same attempt, counted once.
    QSet<QString> leftOpen;
    int kills = 0;
    const auto sentOrDone = [&] { return count(u"state IN ('pending', 'sending', 'failed')"_s) == 0; };
    for (int k = 0; k < kKills && !sentOrDone(); ++k) {
        QProcess service;
        startService(service);
        QThread::msleep(pause(rng));
        ::kill(static_cast<pid_t>(service.processId()), SIGKILL);
        ASSERT_TRUE(service.waitForFinished(10000));
        ASSERT_EQ(service.exitStatus(), QProcess::CrashExit) << "kill " << k + 1 << ": the service had stopped by itself";
        ++kills;
        const QSet<QString> open = openAttempts();
        const int sending = static_cast<int>(open.size());
        leftOpen.unite(open);
        std::printf("[ kill -9  ] kill %d at %.1f s: %d row(s) left sending, %d sent so far\n", k + 1,
                    clock.elapsed() / 1000.0, sending, count(u"state = 'sent'"_s));
        // The lease is what lets the next dispatcher take the row over: a short one (--lease), really
        // waited for by the restarted service, which re-claims the row once it has passed.
    }

    QProcess service;
    startService(service);
    ASSERT_TRUE(waitUntilServing()) << serviceLog().toStdString();
    while (!sentOrDone() && clock.elapsed() < kBudgetMs)
        QThread::msleep(500);
    ::kill(static_cast<pid_t>(service.processId()), SIGTERM);
    ASSERT_TRUE(service.waitForFinished(30000));
    EXPECT_EQ(service.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(service.exitCode(), 0) << serviceLog().toStdString();
    ASSERT_TRUE(sentOrDone()) << "not everything sent within " << kBudgetMs / 1000 << " s: "
                              << count(u"state = 'sent'"_s) << " sent, " << count(u"state = 'parked'"_s)
                              << " parked, " << count(u"state <> 'sent'"_s) << " other (seed " << seed << ")";
    const double dispatched = clock.elapsed() / 1000.0;
    EXPECT_EQ(count(u"state <> 'sent'"_s), 0) << "parked or otherwise not sent (seed " << seed << ")";

    // The DMP: every document exactly once (a second ITI-41 of a uniqueId would be a second entry).
    QHash<QString, int> dmpEntries;
    for (const auto &entry : m_env->dmp().registry().allVersions())
        if (!entry.signature && entry.version == 1)
            ++dmpEntries[entry.uniqueId];
    EXPECT_EQ(m_env->dmp().registry().documentCount(), n);
    int dmpMissing = 0, dmpTwice = 0;
    for (const QString &id : ids) {
        dmpMissing += dmpEntries.value(id) == 0;
        dmpTwice += dmpEntries.value(id) > 1;
    }
    EXPECT_EQ(dmpMissing, 0) << "documents absent from the DMP (seed " << seed << ")";
    EXPECT_EQ(dmpTwice, 0) << "documents stored twice in the DMP (seed " << seed << ")";

    // The Maildir: every message, duplicates only with the same Message-ID.
    const bool allMail = m_env->mail().waitForMessages(kPrescriber, n, 60000);
    const auto mails = m_env->mail().messages(kPrescriber);
    const QString lab = m_env->mail().env(u"SGL_MAIL_LAB"_s);
    QSet<QByteArray> expected;
    for (const QString &id : ids)
        expected.insert(interop::mss::MssReportMessage::messageId(id, kPrescriber, lab));
    QHash<QByteArray, int> perId;
    for (const QByteArray &raw : mails)
        ++perId[interop::mss::MimeEntity::bareMessageId(interop::mss::MimeEntity::parse(raw).header("Message-ID"))];
    int missing = 0, unexpected = 0;
    for (const QByteArray &id : expected)
        missing += !perId.contains(id);
    for (auto it = perId.cbegin(); it != perId.cend(); ++it)
        unexpected += !expected.contains(it.key());
    const qsizetype duplicates = mails.size() - perId.size();
    EXPECT_TRUE(allMail) << mails.size() << " of " << n << " messages delivered";
    EXPECT_EQ(perId.size(), n) << "distinct Message-IDs";
    EXPECT_EQ(missing, 0);
    EXPECT_EQ(unexpected, 0) << "messages whose Message-ID is no document's";

    // The outbox: every row sent, one open attempt per row a kill left sending, closed "abandoned".
    int attempts = 0, abandoned = 0, open = 0;
    auto history = m_db->read([&](storage::ReadTx &tx) -> domain::Status {
        for (const QString &id : ids) {
            auto rows = storage::OutboxRepository::forDocument(tx, id);
            if (!rows)
                return std::unexpected(rows.error());
            for (const auto &row : *rows) {
                auto list = storage::OutboxAttemptRepository::forOutbox(tx, row.id);
                if (!list)
                    return std::unexpected(list.error());
                if (list->isEmpty() || list->last().outcome != u"sent"_s)
                    ADD_FAILURE() << "row " << row.id << ": last attempt not sent";
                for (const auto &a : *list) {
                    ++attempts;
                    abandoned += a.outcome == u"abandoned"_s;
                    open += !a.endedAt.isValid();
                }
            }
        }
        return {};
    });
    ASSERT_TRUE(history) << history.error().toString().toStdString();
    EXPECT_EQ(abandoned, leftOpen.size()) << "each attempt a kill left open is closed abandoned, once";
    EXPECT_EQ(open, 0);
    std::printf("[ kill -9  ] %d documents (%d rows) prepared in %.1f s, dispatched in %.1f s with %d kills; "
                "%d attempts, %d abandoned; DMP %d documents; Maildir %lld messages, %lld distinct Message-IDs, "
                "%lld physical duplicate(s)\n",
                n, 2 * n, prepared, dispatched, kills, attempts, abandoned, m_env->dmp().registry().documentCount(),
                qlonglong(mails.size()), qlonglong(perId.size()), qlonglong(duplicates));
}

// PostgreSQL on demand only (SGL_E2E_KILL_POSTGRES=1): another two minutes, and the claim path
// it adds (FOR UPDATE SKIP LOCKED) is covered by the workflow tests on both backends.
std::vector<Backend> killBackends()
{
    if (qEnvironmentVariableIsSet("SGL_E2E_KILL_POSTGRES"))
        return {Backend::Sqlite, Backend::Postgres};
    return {Backend::Sqlite};
}

INSTANTIATE_TEST_SUITE_P(e2e, DispatchKillTest, ::testing::ValuesIn(killBackends()), sgl::testing::backendName);
