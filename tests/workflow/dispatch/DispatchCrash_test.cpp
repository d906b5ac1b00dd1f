// Kill -9 of a dispatcher process in the middle of a run, then restart: every document is
// delivered, none twice. The child is this test binary itself
// (the child-process entry point "dispatch_crash", tests/support/ChildProcess.h)
// with a sender that appends each delivery to a file and kills its own process right after the
// k-th delivery, before the outcome is recorded: the worst moment (remote accepted, database
// not told). The restarted dispatcher's sender dedupes on the delivery file as the DMP and the
// MSSanté mailbox dedupe on the document uniqueId.

#include "ChildProcess.h"
#include "DispatchTestSupport.h"

#include "storage/OutboxAttemptRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using workflow::dispatch::DispatchItem;
using workflow::dispatch::SendOutcome;
using workflow::dispatch::SenderRegistry;

namespace {

/** Deliveries recorded in a file shared by the child and the parent, one "uniqueId|recipient" per line. */
class FileSender final : public workflow::dispatch::DispatchSender {
public:
    FileSender(QString path, int killAfter) : m_path(std::move(path)), m_killAfter(killAfter) {}
    domain::Channel channel() const override { return domain::Channel::MssPro; }
    SendOutcome send(const DispatchItem &item) override
    {
        const QString key = item.uniqueId + u'|' + item.row.recipient;
        if (lines(m_path).contains(key))
            return SendOutcome::sent(u"already-there"_s); // idempotent re-send: no second document
        QFile f(m_path);
        if (!f.open(QIODevice::Append))
            return SendOutcome::transient(u"fichier de livraison inaccessible"_s);
        f.write((key + u'\n').toUtf8());
        f.close();
        if (++m_sent == m_killAfter)
            ::kill(::getpid(), SIGKILL); // accepted remotely, outcome never recorded
        return SendOutcome::sent(u"delivered"_s);
    }
    static QStringList lines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private:
    QString m_path;
    int m_killAfter;
    int m_sent = 0;
};

class DispatchCrashTest : public sgl::testing::DispatchTest {};
} // namespace

// The child process (started by the test below only, never by ctest).
SGL_TEST_CHILD_PROCESS(dispatch_crash)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    auto url = storage::DbUrl::parse(env.value(u"SGL_CRASH_DB"_s));
    auto db = url ? storage::Database::open(*url) : std::unexpected(url.error());
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 3;
    }
    SenderRegistry senders;
    senders.add(std::make_shared<FileSender>(env.value(u"SGL_CRASH_FILE"_s), env.value(u"SGL_CRASH_AFTER"_s).toInt()));
    workflow::dispatch::DispatcherConfig c;
    c.claimant = u"child"_s;
    c.batchSize = 4;
    c.actor = domain::AuditActor::system(u"test dispatch"_s, u"poste-test"_s);
    workflow::dispatch::Dispatcher d(**db, senders, c);
    auto run = d.runOnce();
    if (!run) {
        std::fprintf(stderr, "%s\n", qPrintable(run.error().toString()));
        return 4;
    }
    return 0; // not reached when the sender kills the process, which is the point
}

TEST_P(DispatchCrashTest, AKilledDispatcherIsRestartedAndEveryDocumentIsDeliveredExactlyOnce)
{
    const auto v = version(1);
    constexpr int kRows = 12;
    for (int i = 0; i < kRows; ++i)
        enqueue(domain::Channel::MssPro, u"dr%1@medecin.mssante.fr"_s.arg(i), v.documentId);
    const QString file = m_scratch->directory() + u"/deliveries.txt"_s;
    for (int killAfter : {6, 3}) { // two crashes: in the middle of a batch, then again
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SGL_CRASH_DB"_s, m_scratch->url());
        env.insert(u"SGL_CRASH_FILE"_s, file);
        env.insert(u"SGL_CRASH_AFTER"_s, QString::number(killAfter));
        env.insert(QString::fromLatin1(sgl::testing::ChildProcess::environmentVariable), u"dispatch_crash"_s);
        child.setProcessEnvironment(env);
        child.start(QFileInfo(u"/proc/self/exe"_s).canonicalFilePath(), {}); // this test binary (no QCoreApplication here)
        ASSERT_TRUE(child.waitForFinished(60000));
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit) << child.readAllStandardError().toStdString();
    }
    const int beforeRestart = static_cast<int>(FileSender::lines(file).size());
    EXPECT_EQ(beforeRestart, 9); // 6 by the first child, 3 more by the second

    // Restart once the dead dispatchers' leases have passed.
    m_now = QDateTime::currentDateTimeUtc().addSecs(3600);
    SenderRegistry senders;
    senders.add(std::make_shared<FileSender>(file, -1));
    auto run = dispatcher(senders, u"restarted"_s).runOnce();
    ASSERT_TRUE(run) << run.error().toString().toStdString();
    // Left sending under a dead lease: 6 (delivered), 7, 8 (first child), 11 (delivered), 12.
    EXPECT_EQ(run->sent, 5);

    const QStringList delivered = FileSender::lines(file);
    EXPECT_EQ(delivered.size(), kRows);
    EXPECT_EQ(QSet<QString>(delivered.cbegin(), delivered.cend()).size(), kRows); // none twice
    auto rows = m_db->read([&](storage::ReadTx &tx) { return storage::OutboxRepository::forDocument(tx, v.documentId); });
    ASSERT_TRUE(rows);
    int abandoned = 0;
    for (const auto &r : *rows) {
        EXPECT_EQ(r.state, domain::DispatchState::Sent) << r.recipient.toStdString();
        auto attempts = m_db->read([&](storage::ReadTx &tx) { return storage::OutboxAttemptRepository::forOutbox(tx, r.id); });
        ASSERT_TRUE(attempts);
        for (const auto &a : *attempts)
            abandoned += a.outcome == u"abandoned"_s ? 1 : 0;
    }
    EXPECT_EQ(abandoned, 5);
}

INSTANTIATE_TEST_SUITE_P(Backends, DispatchCrashTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
