// `sgl audit-anchor` and `sgl verify-audit --anchors`, through the real executable, including the
// attack the anchors exist for: the last audit rows deleted and audit_head rewritten consistently.
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <sys/file.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

class AuditAnchorCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        ASSERT_EQ(sgl({u"init-db"_s, db()}).code, 0);
        ASSERT_EQ(sgl({u"demo-seed"_s, db()}).code, 0);
        QFile key(path(u"anchor.key"_s));
        ASSERT_TRUE(key.open(QIODevice::WriteOnly));
        key.write("9f2c4e1a7b3d5f60818293a4b5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d8e\n");
    }
    CliRun sgl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SGL_DB_URL"_s);
        env.remove(u"SGL_CONFIG"_s);
        env.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home.path() + u"/data"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SGL_CLI_PATH), args);
        EXPECT_TRUE(p.waitForStarted());
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(120000));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString path(const QString &name) const { return m_home.path() + u'/' + name; }
    QString db(const QString &name = u"lab.sqlite"_s) const
    {
        return u"--db=sqlite://"_s + path(name);
    }
    QByteArray read(const QString &name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void write(const QString &name, const QByteArray &content) const
    {
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    /** Raw SQLite access, as someone owning the database file would have. */
    void raw(const QStringList &statements)
    {
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"owner"_s);
            sql.setDatabaseName(path(u"lab.sqlite"_s));
            ASSERT_TRUE(sql.open());
            QSqlQuery q(sql);
            for (const QString &s : statements)
                ASSERT_TRUE(q.exec(s)) << s.toStdString();
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(u"owner"_s);
    }
    /** Deletes every audit row after `keep` and points audit_head at row `keep`. */
    void truncateTailAndRewriteHead(qint64 keep)
    {
        raw({u"DROP TRIGGER audit_log_no_update"_s, u"DROP TRIGGER audit_log_no_delete"_s,
             u"DELETE FROM audit_log WHERE seq > %1"_s.arg(keep),
             u"UPDATE audit_head SET last_seq = seq, last_hash = hash FROM "
             "(SELECT seq, hash FROM audit_log WHERE seq = %1) AS kept WHERE id = 1"_s.arg(keep)});
    }
    static QJsonObject anchorLine(const QByteArray &file, int index)
    {
        return QJsonDocument::fromJson(file.split('\n').value(index)).object();
    }
    QTemporaryDir m_home;
};
} // namespace

TEST_F(AuditAnchorCli, DeletedTailWithRewrittenHeadPassesTheChainButNotTheAnchors)
{
    auto anchored = sgl({u"audit-anchor"_s, db(), u"--out"_s, path(u"ancres.jsonl"_s), u"--key"_s,
                         path(u"anchor.key"_s)});
    ASSERT_EQ(anchored.code, 0) << anchored.err.toStdString();
    EXPECT_TRUE(anchored.out.contains(u"Ancre 1 écrite"_s)) << anchored.out.toStdString();
    const qint64 seq = anchorLine(read(u"ancres.jsonl"_s), 0).value(u"seq"_s).toInteger();
    ASSERT_GT(seq, 10);

    truncateTailAndRewriteHead(seq - 3);

    // The known limit of the chain alone: nothing to see.
    auto plain = sgl({u"verify-audit"_s, db()});
    EXPECT_EQ(plain.code, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.out.contains(u"Piste d'audit intacte"_s)) << plain.out.toStdString();

    auto anchoredCheck = sgl({u"verify-audit"_s, db(), u"--anchors"_s, path(u"ancres.jsonl"_s),
                              u"--key"_s, path(u"anchor.key"_s)});
    EXPECT_EQ(anchoredCheck.code, 3) << anchoredCheck.out.toStdString();
    EXPECT_TRUE(anchoredCheck.err.contains(u"ALTÉRÉE"_s)) << anchoredCheck.err.toStdString();
    EXPECT_TRUE(anchoredCheck.err.contains(
        u"Ancre 1 (ligne 1 du fichier) : la ligne d'audit %1 n'existe plus — fin de piste supprimée"_s
            .arg(seq)))
        << anchoredCheck.err.toStdString();
    EXPECT_TRUE(anchoredCheck.err.contains(u"[tail_deleted]"_s));

    // The next scheduled anchoring refuses too, and leaves the file as it was.
    const QByteArray before = read(u"ancres.jsonl"_s);
    auto next = sgl({u"audit-anchor"_s, db(), u"--out"_s, path(u"ancres.jsonl"_s), u"--key"_s,
                     path(u"anchor.key"_s)});
    EXPECT_EQ(next.code, 3) << next.err.toStdString();
    EXPECT_TRUE(next.err.contains(u"fin de piste supprimée"_s)) << next.err.toStdString();
    EXPECT_EQ(read(u"ancres.jsonl"_s), before);
}

TEST_F(AuditAnchorCli, IntactTrailWithAnchorsExitsZero)
{
    for (int i = 0; i < 2; ++i)
        ASSERT_EQ(sgl({u"audit-anchor"_s, db(), u"--out"_s, path(u"ancres.jsonl"_s), u"--key"_s,
                       path(u"anchor.key"_s)})
                      .code,
                  0);
    auto ok = sgl({u"verify-audit"_s, db(), u"--anchors"_s, path(u"ancres.jsonl"_s), u"--key"_s,
                   path(u"anchor.key"_s)});
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(u"2 ancre(s)"_s)) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains(u"toutes conformes"_s));
    auto unkeyed = sgl({u"verify-audit"_s, db(), u"--anchors"_s, path(u"ancres.jsonl"_s)});
    EXPECT_EQ(unkeyed.code, 0);
    EXPECT_TRUE(unkeyed.out.contains(u"non vérifiées"_s)) << unkeyed.out.toStdString();
}

TEST_F(AuditAnchorCli, ForgedAnchorLineFailsItsHmac)
{
    ASSERT_EQ(sgl({u"audit-anchor"_s, db(), u"--out"_s, path(u"ancres.jsonl"_s), u"--key"_s,
                   path(u"anchor.key"_s)})
                  .code,
              0);
    ASSERT_EQ(sgl({u"audit-anchor"_s, db(), u"--out"_s, path(u"ancres.jsonl"_s), u"--key"_s,
                   path(u"anchor.key"_s)})
                  .code,
              0);
    // Someone without the key moves anchor 2 back onto an earlier row to cover a deletion.
    QByteArray file = read(u"ancres.jsonl"_s);
    const QJsonObject second = anchorLine(file, 1);
    const qint64 seq = second.value(u"seq"_s).toInteger();
    file.replace("\"seq\":" + QByteArray::number(seq), "\"seq\":" + QByteArray::number(seq - 5));
    write(u"ancres.jsonl"_s, file);
    auto r = sgl({u"verify-audit"_s, db(), u"--anchors"_s, path(u"ancres.jsonl"_s), u"--key"_s,
                  path(u"anchor.key"_s)});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(u"Ancre 2 (ligne 2 du fichier) : signature HMAC invalide"_s))
        << r.err.toStdString();
}

TEST_F(AuditAnchorCli, BadAnchorOrKeyFilesAreRefusedWithFour)
{
    write(u"ancres.jsonl"_s, "\n{\"format\":\"sgl-audit-anchor/1\"}\n");
    auto malformed = sgl({u"verify-audit"_s, db(), u"--anchors"_s, path(u"ancres.jsonl"_s)});
    EXPECT_EQ(malformed.code, 4);
    EXPECT_TRUE(malformed.err.contains(path(u"ancres.jsonl"_s) + u":2"_s)) << malformed.err.toStdString();
    EXPECT_TRUE(malformed.err.contains(u"« n »"_s)) << malformed.err.toStdString();
    auto appendToBad = sgl({u"audit-anchor"_s, db(), u"--out"_s, path(u"ancres.jsonl"_s)});
    EXPECT_EQ(appendToBad.code, 4);

    write(u"vide.jsonl"_s, "");
    EXPECT_EQ(sgl({u"verify-audit"_s, db(), u"--anchors"_s, path(u"vide.jsonl"_s)}).code, 4);
    EXPECT_EQ(sgl({u"verify-audit"_s, db(), u"--anchors"_s, path(u"absent.jsonl"_s)}).code, 4);

    write(u"court.key"_s, "abc\n");
    auto shortKey = sgl({u"audit-anchor"_s, db(), u"--out"_s, path(u"neuf.jsonl"_s), u"--key"_s,
                         path(u"court.key"_s)});
    EXPECT_EQ(shortKey.code, 4);
    EXPECT_TRUE(shortKey.err.contains(u"trop courte"_s)) << shortKey.err.toStdString();
    EXPECT_TRUE(read(u"neuf.jsonl"_s).isEmpty());

    EXPECT_EQ(sgl({u"audit-anchor"_s, db()}).code, 1);
    EXPECT_EQ(sgl({u"verify-audit"_s, db(), u"--key"_s, path(u"anchor.key"_s)}).code, 1);
}

TEST_F(AuditAnchorCli, AnchorsOfAnotherDatabaseAreNamed)
{
    ASSERT_EQ(sgl({u"audit-anchor"_s, db(), u"--out"_s, path(u"ancres.jsonl"_s)}).code, 0);
    ASSERT_EQ(sgl({u"init-db"_s, db(u"autre.sqlite"_s)}).code, 0);
    auto other = sgl({u"verify-audit"_s, db(u"autre.sqlite"_s), u"--anchors"_s, path(u"ancres.jsonl"_s)});
    EXPECT_EQ(other.code, 3);
    EXPECT_TRUE(other.err.contains(u"Ancre 1 (ligne 1 du fichier) : prise sur une autre base"_s))
        << other.err.toStdString();
    auto append = sgl({u"audit-anchor"_s, db(u"autre.sqlite"_s), u"--out"_s, path(u"ancres.jsonl"_s)});
    EXPECT_EQ(append.code, 4);
    EXPECT_TRUE(append.err.contains(u"autre base"_s)) << append.err.toStdString();
}

TEST_F(AuditAnchorCli, ConcurrentAnchoringWaitsForTheFileLock)
{
    ASSERT_EQ(sgl({u"audit-anchor"_s, db(), u"--out"_s, path(u"ancres.jsonl"_s)}).code, 0);
    QFile held(path(u"ancres.jsonl"_s));
    ASSERT_TRUE(held.open(QIODevice::ReadWrite | QIODevice::Append));
    ASSERT_EQ(::flock(held.handle(), LOCK_EX), 0); // another anchoring job in the middle of its work
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SGL_CLI_PATH), {u"audit-anchor"_s, db(), u"--out"_s, path(u"ancres.jsonl"_s)});
    ASSERT_TRUE(p.waitForStarted());
    // Synchronise on the event itself: the kernel lists a process blocked in flock() as a
    // "->" waiter of the held lock in /proc/locks, with its pid and the file's inode.
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(path(u"ancres.jsonl"_s)).constData(), &st), 0);
    const QByteArray inode = ':' + QByteArray::number(static_cast<qulonglong>(st.st_ino)) + ' ';
    const QByteArray pid = ' ' + QByteArray::number(p.processId()) + ' ';
    bool waiting = false;
    QDeadlineTimer deadline(60000);
    while (!waiting && !deadline.hasExpired() && p.state() == QProcess::Running) {
        QFile locks(u"/proc/locks"_s);
        if (locks.open(QIODevice::ReadOnly))
            for (const QByteArray &line : locks.readAll().split('\n'))
                waiting = waiting || (line.contains("-> FLOCK") && line.contains(pid) && line.contains(inode));
        if (!waiting)
            QThread::msleep(5);
    }
    ASSERT_TRUE(waiting) << "audit-anchor did not wait for the lock (state " << p.state() << ")";
    EXPECT_EQ(p.state(), QProcess::Running);
    held.write(read(u"ancres.jsonl"_s).split('\n').first().replace("\"n\":1", "\"n\":2") + '\n');
    held.flush();
    ASSERT_EQ(::flock(held.handle(), LOCK_UN), 0);
    ASSERT_TRUE(p.waitForFinished(120000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    // The waiting job numbered its anchor after the line the other job added.
    const QList<QByteArray> lines = read(u"ancres.jsonl"_s).split('\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(anchorLine(read(u"ancres.jsonl"_s), 2).value(u"n"_s).toInteger(), 3);
}
