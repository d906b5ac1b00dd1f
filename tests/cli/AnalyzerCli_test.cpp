// `sgl analyzer` (issue 11 §7): every trace of shared/analyzer-traces replayed through the real
// executable with the expected results asserted (the cases of the profile trace suite, seen
// through ingestion: on the demo database the patient results of the traces name tubes it does
// not hold, so they are held as analyzer.unknown_specimen), then a capture stored for real on
// both backends (stored, replay recognised, orders gone, unknown tube held), and the refusals.

#include "../storage/StorageFixture.h"
#include "workflow/ErrorCodes.h"
#include "../interop/analyzer/TraceCase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <vector>

using namespace Qt::StringLiterals;
using sgl::testing::Backend;

namespace {

using sgl::tests::analyzer::Counts;
using sgl::tests::analyzer::Spot;
using sgl::tests::analyzer::TraceCase;

// clang-format off
const std::vector<TraceCase> &cases()
{
    static const std::vector<TraceCase> all = {
#include "../interop/analyzer/ProfileTraceCases.inc"
    };
    return all;
}
// clang-format on

struct CliRun {
    int code = -1;
    QString out;
    QString err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QString &l : out.split(u'\n', Qt::SkipEmptyParts))
            objects << QJsonDocument::fromJson(l.toUtf8()).object();
        return objects;
    }
    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> objects;
        for (const QJsonObject &o : lines())
            if (o.value(u"type"_s).toString() == type)
                objects << o;
        return objects;
    }
};

CliRun runSgl(const QString &home, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SGL_DB_URL"_s);
    env.remove(u"SGL_CONFIG"_s);
    env.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SGL_CLI_PATH), args);
    EXPECT_TRUE(p.waitForStarted());
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString tracesDir() { return QStringLiteral(SGL_SHARED_DIR "/analyzer-traces"); }

// ---------------------------------------------------------------------------------------------
// Every trace through `sgl analyzer replay --dry-run` (SQLite demo database, built once).

class ReplayTraces : public ::testing::TestWithParam<TraceCase> {
protected:
    static void SetUpTestSuite()
    {
        s_home = new QTemporaryDir;
        s_db = u"--db=sqlite://"_s + s_home->path() + u"/lab.sqlite"_s;
        ASSERT_EQ(runSgl(s_home->path(), {u"init-db"_s, s_db}).code, 0);
        ASSERT_EQ(runSgl(s_home->path(), {u"demo-seed"_s, s_db}).code, 0);
        const CliRun install = runSgl(s_home->path(), {u"analyzer"_s, u"install-profiles"_s, s_db});
        ASSERT_EQ(install.code, 0) << install.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_home;
        s_home = nullptr;
    }
    static inline QTemporaryDir *s_home = nullptr;
    static inline QString s_db;
};

TEST_P(ReplayTraces, TheReplayCommandGivesTheExpectedResults)
{
    if (!QDir(tracesDir()).exists())
        GTEST_SKIP() << "shared/analyzer-traces absent: " << tracesDir().toStdString();
    const TraceCase &c = GetParam();
    const QString file = QString::fromLatin1(c.file);
    const QString path = tracesDir() + (file.endsWith(u".hl7"_s) ? u"/hl7/"_s : u"/astm/"_s) + file;
    const CliRun run = runSgl(s_home->path(), {u"analyzer"_s, u"replay"_s, s_db, u"--profile"_s,
                                               QString::fromLatin1(c.profile), path, u"--dry-run"_s});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QList<QJsonObject> summaries = run.ofType(u"summary"_s);
    ASSERT_EQ(summaries.size(), 1);
    const QJsonObject s = summaries.first();
    EXPECT_EQ(s.value(u"messages"_s).toInt(), c.messages);
    EXPECT_EQ(s.value(u"qc"_s).toInt(), c.counts.qc);
    EXPECT_EQ(s.value(u"ignored"_s).toInt(), c.counts.ignored);
    EXPECT_EQ(s.value(u"stored"_s).toInt(), 0) << "no trace tube exists in the demo database";
    EXPECT_EQ(s.value(u"held"_s).toInt(), c.counts.stored + c.counts.held);
    EXPECT_TRUE(s.value(u"dryRun"_s).toBool());

    const QList<QJsonObject> results = run.ofType(u"result"_s);
    ASSERT_EQ(results.size(), c.counts.results);
    QStringList mapperHolds;
    int unknownTubes = 0;
    for (const QJsonObject &r : results) {
        if (r.value(u"fate"_s).toString() != u"held"_s)
            continue;
        const QString code = r.value(u"reason"_s).toObject().value(u"code"_s).toString();
        if (code == sgl::workflow::errc::AnalyzerUnknownSpecimen)
            ++unknownTubes;
        else
            mapperHolds << code;
    }
    EXPECT_EQ(unknownTubes, c.counts.stored);
    QStringList expectedHolds;
    for (const char *h : c.holds)
        expectedHolds << QString::fromLatin1(h);
    EXPECT_EQ(mapperHolds, expectedHolds);
    for (const Spot &spot : c.spots) {
        ASSERT_LT(spot.index, results.size());
        const QJsonObject r = results.at(spot.index);
        SCOPED_TRACE("result " + std::to_string(spot.index));
        EXPECT_EQ(r.value(u"specimen"_s).toString(), QString::fromUtf8(spot.specimen));
        EXPECT_EQ(r.value(u"test"_s).toString(), QString::fromUtf8(spot.testCode));
        EXPECT_EQ(r.value(u"analysis"_s).toString(), QString::fromUtf8(spot.analysis));
        EXPECT_EQ(r.value(u"value"_s).toString(), QString::fromUtf8(spot.value));
        EXPECT_EQ(r.value(u"flag"_s).toString(), spot.flag ? QString::fromUtf8(spot.flag) : QString());
    }
    const QList<QJsonObject> queries = run.ofType(u"query"_s);
    ASSERT_EQ(queries.size(), int(c.queries.size()));
    for (qsizetype i = 0; i < queries.size(); ++i) {
        EXPECT_EQ(queries.at(i).value(u"specimen"_s).toString(), QString::fromUtf8(c.queries.at(i)));
        EXPECT_TRUE(queries.at(i).value(u"answer"_s).isNull()) << "a dry run answers no query";
    }
}

INSTANTIATE_TEST_SUITE_P(Traces, ReplayTraces, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<TraceCase> &info) {
                             std::string n = info.param.file;
                             for (char &ch : n)
                                 if (!std::isalnum(static_cast<unsigned char>(ch)))
                                     ch = '_';
                             return n;
                         });

// ---------------------------------------------------------------------------------------------
// A capture stored for real, on both backends.

class AnalyzerCli : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        if (GetParam() == Backend::Postgres) {
            m_scratch = std::make_unique<sgl::testing::ScratchDatabase>(Backend::Postgres);
            if (!m_scratch->skipReason.empty())
                GTEST_SKIP() << m_scratch->skipReason;
            m_db = u"--db="_s + m_scratch->url();
        } else {
            m_db = u"--db=sqlite://"_s + m_home.path() + u"/lab.sqlite"_s;
        }
        ASSERT_EQ(sgl({u"init-db"_s, m_db}).code, 0);
        const CliRun seed = sgl({u"demo-seed"_s, m_db});
        ASSERT_EQ(seed.code, 0) << seed.err.toStdString();
        const CliRun install = sgl({u"analyzer"_s, u"install-profiles"_s, m_db});
        ASSERT_EQ(install.code, 0) << install.err.toStdString();
    }

    CliRun sgl(const QStringList &args) { return runSgl(m_home.path(), args); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home.path() + u'/' + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    static QByteArray oul(const QString &barcode, const QStringList &codes, const QByteArray &control)
    {
        QByteArray m = "MSH|^~\\&|cobas||SGL||20261206083000||OUL^R22^OUL_R22|" + control
                       + "|P|2.5.1|||NE|AL||UNICODE UTF-8\rSPM|1|" + barcode.toLatin1() + "&BARCODE||SER\r";
        // Plausible values, so that the catalogue's valid limits accept them.
        const QHash<QString, QByteArray> values{{u"NA"_s, "140"}, {u"CL"_s, "102"}, {u"BICAR"_s, "25"},
                                                {u"CREA"_s, "80"}, {u"K"_s, "4.1"}, {u"GLU"_s, "5.2"}};
        int n = 0;
        for (const QString &c : codes) {
            ++n;
            m += "OBX|" + QByteArray::number(n) + "|NM|" + c.toLatin1() + "||" + values.value(c, "10")
                 + "|mmol/L||N|||F|||20261206082500\r";
        }
        return m;
    }

    std::unique_ptr<sgl::testing::ScratchDatabase> m_scratch;
    QTemporaryDir m_home;
    QString m_db;
};

TEST_P(AnalyzerCli, ReplayStoresOnceAnswersOrdersAndHoldsAnUnknownTube)
{
    // The demo's received chemistry tube, as law-generic sees its work (local codes one to one).
    const CliRun work = sgl({u"analyzer"_s, u"orders"_s, m_db, u"--profile"_s, u"law-generic"_s});
    ASSERT_EQ(work.code, 0) << work.err.toStdString();
    const QStringList line = work.out.split(u'\n', Qt::SkipEmptyParts).value(0).split(u'\t');
    ASSERT_EQ(line.size(), 3) << work.out.toStdString();
    const QString barcode = line.at(0);
    const QStringList codes = line.at(2).split(u',');
    ASSERT_FALSE(codes.isEmpty());

    const QString capture = write(u"oul.hl7"_s, "\x0b" + oul(barcode, codes, "C1") + "\x1c\r");
    const CliRun stored = sgl({u"analyzer"_s, u"replay"_s, m_db, u"--profile"_s, u"law-generic"_s, capture,
                               u"--user"_s, u"technicien"_s});
    ASSERT_EQ(stored.code, 0) << stored.err.toStdString();
    const QJsonObject s = stored.ofType(u"summary"_s).value(0);
    EXPECT_EQ(s.value(u"format"_s).toString(), u"hl7-mllp"_s);
    EXPECT_EQ(s.value(u"stored"_s).toInt(), codes.size());
    EXPECT_EQ(s.value(u"held"_s).toInt(), 0) << stored.out.toStdString();
    for (const QJsonObject &r : stored.ofType(u"result"_s)) {
        EXPECT_EQ(r.value(u"fate"_s).toString(), u"stored"_s);
        EXPECT_GT(r.value(u"resultId"_s).toInteger(), 0);
        EXPECT_FALSE(r.value(u"dossier"_s).toString().isEmpty());
    }
    EXPECT_GT(stored.ofType(u"message"_s).value(0).value(u"messageId"_s).toInteger(), 0);

    // The instrument sends the same message again: recognised, nothing stored twice.
    const CliRun again = sgl({u"analyzer"_s, u"replay"_s, m_db, u"--profile"_s, u"law-generic"_s, capture});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    const QJsonObject a = again.ofType(u"summary"_s).value(0);
    EXPECT_EQ(a.value(u"duplicateMessages"_s).toInt(), 1);
    EXPECT_EQ(a.value(u"stored"_s).toInt(), 0);
    EXPECT_EQ(a.value(u"duplicate"_s).toInt(), codes.size());

    // Its work is done: a query for that tube now gets "no order".
    const CliRun none = sgl({u"analyzer"_s, u"orders"_s, m_db, u"--profile"_s, u"law-generic"_s, u"--barcode"_s, barcode});
    ASSERT_EQ(none.code, 0);
    EXPECT_TRUE(none.out.contains(u"aucune demande"_s)) << none.out.toStdString();

    // A result for a tube the lab does not know is held, never dropped, and listed.
    const CliRun unknown = sgl({u"analyzer"_s, u"replay"_s, m_db, u"--profile"_s, u"law-generic"_s,
                                write(u"unknown.hl7"_s, oul(u"NOPE-0001"_s, {u"NA"_s}, "C2"))});
    ASSERT_EQ(unknown.code, 0) << unknown.err.toStdString();
    EXPECT_EQ(unknown.ofType(u"summary"_s).value(0).value(u"held"_s).toInt(), 1);
    const CliRun held = sgl({u"analyzer"_s, u"held"_s, m_db});
    ASSERT_EQ(held.code, 0) << held.err.toStdString();
    EXPECT_TRUE(held.out.contains(u"NOPE-0001"_s)) << held.out.toStdString();
    EXPECT_TRUE(held.out.contains(sgl::workflow::errc::AnalyzerUnknownSpecimen)) << held.out.toStdString();
}

TEST_P(AnalyzerCli, RefusesWhatItCannotReplayOrImportNamingWhy)
{
    EXPECT_EQ(sgl({u"analyzer"_s, u"replay"_s, m_db, write(u"x.astm"_s, "H|\\^&\rL|1\r")}).code, 1) << "--profile missing";
    const CliRun empty = sgl({u"analyzer"_s, u"replay"_s, m_db, u"--profile"_s, u"astm-generic"_s, write(u"e.astm"_s, {})});
    EXPECT_EQ(empty.code, 4);
    EXPECT_TRUE(empty.err.contains(u"astm.empty_stream"_s)) << empty.err.toStdString();
    const CliRun unknown = sgl({u"analyzer"_s, u"replay"_s, m_db, u"--profile"_s, u"no-such-analyzer"_s,
                                write(u"y.astm"_s, "H|\\^&\rL|1\r")});
    EXPECT_EQ(unknown.code, 4) << unknown.err.toStdString();
    EXPECT_EQ(sgl({u"analyzer"_s, u"replay"_s, m_db, u"--profile"_s, u"astm-generic"_s, m_home.path() + u"/absent"_s}).code, 5);

    // Export then import round trip; a broken profile is refused with its JSON path, nothing imported.
    const CliRun exported = sgl({u"analyzer"_s, u"export"_s, m_db, u"sysmex-xn"_s});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    QJsonDocument doc = QJsonDocument::fromJson(exported.out.toUtf8());
    ASSERT_FALSE(doc.isNull());
    QJsonObject profile = doc.isArray() ? doc.array().first().toObject() : doc.object();
    profile.insert(u"name"_s, u"sysmex-xn-2"_s);
    const CliRun imported = sgl({u"analyzer"_s, u"import"_s, m_db, write(u"p.json"_s, QJsonDocument(profile).toJson()),
                                 u"--reason"_s, u"Second XN"_s});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(sgl({u"analyzer"_s, u"profiles"_s, m_db}).out.contains(u"sysmex-xn-2\t"_s));
    profile.insert(u"name"_s, u"sysmex-xn-3"_s);
    profile.insert(u"specimenId"_s, u"Z-9.1"_s);
    const CliRun broken = sgl({u"analyzer"_s, u"import"_s, m_db, write(u"b.json"_s, QJsonDocument(profile).toJson()),
                               u"--reason"_s, u"Broken"_s});
    EXPECT_EQ(broken.code, 4);
    EXPECT_TRUE(broken.err.contains(u"specimenId"_s)) << broken.err.toStdString();
    EXPECT_FALSE(sgl({u"analyzer"_s, u"profiles"_s, m_db}).out.contains(u"sysmex-xn-3"_s));
    EXPECT_EQ(sgl({u"analyzer"_s, u"import"_s, m_db, write(u"c.json"_s, "{}")}).code, 1) << "--reason missing";
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalyzerCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
