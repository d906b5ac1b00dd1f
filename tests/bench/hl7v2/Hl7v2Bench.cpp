// HL7 v2 / PAM France throughput. Baselines in the same run:
//  - BM_RawSplit: split the same bytes on '\r' then '|' (no tree, no charset, no escapes);
//  - BM_IngestRawInsert_*: store the raw message row only (no parse, no patient).
#include "interop/hl7v2/PamMapper.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"
#include "storage/Database.h"
#include "storage/DbUrl.h"
#include "storage/InboundMessageRepository.h"
#include "storage/MigrationRunner.h"
#include "workflow/pam/ProcessPamMessage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <memory>

using namespace sgl;

namespace {

QByteArray readSample(const char *name)
{
    QFile f(QStringLiteral(SGL_SOURCE_DIR "/tests/interop/hl7v2/data/") + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

const QByteArray &a28() { static const QByteArray m = readSample("a28_vali.hl7"); return m; }
const QByteArray &a31() { static const QByteArray m = readSample("a31_used_name.hl7"); return m; }

// Message n of an A28/A31 stream: distinct control ids, one new patient per pair.
QByteArray streamMessage(qint64 n)
{
    const bool create = n % 2 == 0;
    QByteArray m = create ? a28() : a31();
    const QByteArray patient = QByteArray::number(500000 + n / 2);
    m.replace("100001^^^HOPITAL", patient + "^^^HOPITAL");
    m.replace(create ? "SGL-A28-0001" : "SGL-A31-0001", "BENCH-" + QByteArray::number(n));
    return m;
}

void BM_RawSplit(benchmark::State &state)
{
    const QByteArray msg = state.range(0) == 0 ? a28() : a31();
    for (auto _ : state) {
        qsizetype fields = 0;
        for (const QByteArray &segment : msg.split('\r'))
            fields += segment.split('|').size();
        benchmark::DoNotOptimize(fields);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * msg.size());
}
BENCHMARK(BM_RawSplit)->Arg(0)->Arg(1)->ArgName("a28_0_a31_1");

void BM_Parse(benchmark::State &state)
{
    const QByteArray msg = state.range(0) == 0 ? a28() : a31();
    for (auto _ : state) {
        auto m = interop::hl7v2::Parser::parse(msg);
        benchmark::DoNotOptimize(m);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * msg.size());
}
BENCHMARK(BM_Parse)->Arg(0)->Arg(1)->ArgName("a28_0_a31_1");

void BM_ParseAndMap(benchmark::State &state)
{
    const QByteArray msg = state.range(0) == 0 ? a28() : a31();
    for (auto _ : state) {
        auto m = interop::hl7v2::Parser::parse(msg);
        auto e = interop::hl7v2::PamMapper::map(*m);
        benchmark::DoNotOptimize(e);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseAndMap)->Arg(0)->Arg(1)->ArgName("a28_0_a31_1");

void BM_Serialize(benchmark::State &state)
{
    const auto m = interop::hl7v2::Parser::parse(a28());
    for (auto _ : state) {
        auto bytes = interop::hl7v2::Serializer::toBytes(*m);
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Serialize);

// A migrated database for one benchmark: SQLite file in a temporary directory, or a throwaway
// schema of SGL_TEST_PG_URL.
class BenchDatabase {
public:
    explicit BenchDatabase(bool postgres)
    {
        QString url;
        if (postgres) {
            m_pgBase = qEnvironmentVariable("SGL_TEST_PG_URL");
            if (m_pgBase.isEmpty()) {
                skip = "SGL_TEST_PG_URL not set: PostgreSQL not measured";
                return;
            }
            m_schema = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
            url = m_pgBase + (m_pgBase.contains(u'?') ? u'&' : u'?') + QStringLiteral("schema=") + m_schema;
        } else {
            url = QStringLiteral("sqlite://") + m_dir.path() + QStringLiteral("/bench.sqlite");
        }
        auto parsed = storage::DbUrl::parse(url);
        auto db = parsed ? storage::Database::open(*parsed) : std::unexpected(parsed.error());
        if (!db) {
            skip = db.error().toString().toStdString();
            return;
        }
        m_db = std::move(*db);
        storage::MigrationRunner runner(*m_db);
        if (auto r = runner.migrate(); !r) {
            skip = r.error().toString().toStdString();
            m_db.reset();
        }
    }
    ~BenchDatabase()
    {
        m_db.reset();
        if (m_schema.isEmpty())
            return;
        auto parsed = storage::DbUrl::parse(m_pgBase);
        if (!parsed)
            return;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_schema);
            raw.setHostName(parsed->host);
            raw.setPort(parsed->port);
            raw.setUserName(parsed->user);
            raw.setPassword(parsed->password);
            raw.setDatabaseName(parsed->database);
            if (raw.open()) {
                QSqlQuery q(raw);
                (void)q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
                (void)q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(m_schema);
    }
    std::string skip;
    storage::Database *db() { return m_db.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QString m_pgBase;
    QString m_schema;
};

void ingest(benchmark::State &state, bool postgres)
{
    BenchDatabase bench(postgres);
    if (!bench.skip.empty()) {
        state.SkipWithError(bench.skip.c_str());
        return;
    }
    workflow::pam::ProcessPamMessage process(*bench.db(), domain::AuditActor::system(QStringLiteral("bench"), QStringLiteral("bench")));
    qint64 n = 0;
    qint64 failures = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QByteArray msg = streamMessage(n++);
        state.ResumeTiming();
        const auto outcome = process.process(msg);
        failures += outcome.status == storage::InboundStatus::Accepted ? 0 : 1;
    }
    if (failures > 0)
        state.SkipWithError("some messages were not accepted");
    state.SetItemsProcessed(state.iterations());
}

void rawInsert(benchmark::State &state, bool postgres)
{
    BenchDatabase bench(postgres);
    if (!bench.skip.empty()) {
        state.SkipWithError(bench.skip.c_str());
        return;
    }
    qint64 n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        storage::InboundMessage row;
        row.channel = QStringLiteral("pam");
        row.sender = QStringLiteral("GAM|HOPITAL");
        row.controlId = QStringLiteral("RAW-") + QString::number(n);
        row.raw = streamMessage(n++);
        row.receivedAt = QDateTime::currentDateTimeUtc();
        row.status = storage::InboundStatus::Accepted;
        state.ResumeTiming();
        auto id = bench.db()->write([&](storage::WriteTx &tx) { return storage::InboundMessageRepository::insert(tx, row); });
        if (!id) {
            state.SkipWithError(id.error().toString().toStdString().c_str());
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_IngestRawInsert_SQLite(benchmark::State &state) { rawInsert(state, false); }
void BM_PamIngest_SQLite(benchmark::State &state) { ingest(state, false); }
void BM_IngestRawInsert_PostgreSQL(benchmark::State &state) { rawInsert(state, true); }
void BM_PamIngest_PostgreSQL(benchmark::State &state) { ingest(state, true); }
BENCHMARK(BM_IngestRawInsert_SQLite)->Unit(benchmark::kMicrosecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_PamIngest_SQLite)->Unit(benchmark::kMicrosecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_IngestRawInsert_PostgreSQL)->Unit(benchmark::kMicrosecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_PamIngest_PostgreSQL)->Unit(benchmark::kMicrosecond)->MinTime(2.0)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
