// Storage benchmarks with a raw sqlite3 C API baseline in the same run:
//  - bulk insert of results in batches of 10 000 rows per transaction (repository path on
//    SQLite and PostgreSQL vs raw sqlite3 prepared statement), rows/s and ratio;
//  - lookup of one patient's previous results for an analysis among N rows, p50/p95
//    (repository path = one audited write transaction per lookup, as in the application,
//    vs raw sqlite3 SELECT).
// Sizes come from SGL_BENCH_INSERT_ROWS and SGL_BENCH_LOOKUP_ROWS (see CMakeLists.txt).

#include "domain/audit/AuditActor.h"
#include "storage/Database.h"
#include "storage/MigrationRunner.h"
#include "storage/ResultRepository.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sgl;

namespace {

constexpr int kBatch = 10000;
constexpr int kResultsPerDossier = 8;
constexpr int kDossiersPerPatient = 5;
const char *const kCodes[kResultsPerDossier] = {"HB", "GB", "PLQ", "GLY", "NA", "K", "CREA", "CRP"};

std::map<std::string, double> g_rowsPerSecond;
bench::Percentiles g_percentiles; // p50/p95 in us

/** Opens and migrates a fresh database: SQLite file or PostgreSQL schema. */
std::unique_ptr<storage::Database> freshDatabase(bool postgres, const QString &name,
                                                 QString *schemaOut = nullptr)
{
    QString url;
    if (postgres) {
        const QString base = qEnvironmentVariable("SGL_TEST_PG_URL");
        if (base.isEmpty())
            return nullptr;
        const QString schema = u"bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (schemaOut)
            *schemaOut = schema;
        url = base + u"?schema="_s + schema;
    } else {
        url = u"sqlite://"_s + bench::tempDir().path() + u'/' + name;
        QFile::remove(bench::tempDir().path() + u'/' + name);
    }
    storage::Database::OpenOptions o;
    o.synchronousFull = false; // bulk loads: NORMAL on both sides of the comparison
    auto db = storage::Database::open(*storage::DbUrl::parse(url), o);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().toString()));
        return nullptr;
    }
    storage::MigrationRunner runner(**db);
    if (auto m = runner.migrate(); !m) {
        std::fprintf(stderr, "migrate: %s\n", qPrintable(m.error().toString()));
        return nullptr;
    }
    return std::move(*db);
}

/** Patients and dossiers the results point to (foreign keys), inserted with plain SQL. */
bool createParents(storage::Database &db, qint64 dossiers)
{
    const qint64 patients = dossiers / kDossiersPerPatient + 1;
    auto r = db.write([&](storage::WriteTx &tx) -> domain::Status {
        const QVariant now = tx.dialect().toDb(QDateTime::currentDateTimeUtc());
        for (qint64 p = 1; p <= patients; ++p) {
            auto i = tx.exec(u"INSERT INTO patients (local_id, birth_name, sex, search_name, "
                             "status, created_at, updated_at) VALUES (?, ?, 'F', ?, 'PROV', ?, ?)"_s,
                             {u"B%1"_s.arg(p), u"BENCH"_s, u"BENCH"_s, now, now});
            if (!i)
                return std::unexpected(i.error());
        }
        for (qint64 d = 1; d <= dossiers; ++d) {
            auto i = tx.exec(u"INSERT INTO dossiers (number, patient_id, status, created_by, "
                             "created_at, updated_at) VALUES (?, ?, 'validated', 'bench', ?, ?)"_s,
                             {u"BD%1"_s.arg(d), (d - 1) / kDossiersPerPatient + 1, now, now});
            if (!i)
                return std::unexpected(i.error());
        }
        return {};
    });
    if (!r)
        std::fprintf(stderr, "parents: %s\n", qPrintable(r.error().toString()));
    return r.has_value();
}

domain::LabResult makeResult(qint64 i, const QDateTime &base)
{
    domain::LabResult r;
    const qint64 dossier = i / kResultsPerDossier + 1;
    r.dossierId = dossier;
    r.patientId = (dossier - 1) / kDossiersPerPatient + 1;
    r.analysisCode = QString::fromLatin1(kCodes[i % kResultsPerDossier]);
    r.value = domain::ResultValue::numeric(QString::number(4.0 + double(i % 97) / 10.0, 'f', 1),
                                           u"mmol/L"_s);
    r.state = domain::ValidationState::Validated;
    r.observedAt = base.addSecs(dossier * 60);
    r.validatedBy = u"bench"_s;
    r.validatedAt = r.observedAt;
    return r;
}

void insertViaRepository(benchmark::State &state, bool postgres)
{
    const qint64 rows = bench::envNumber("SGL_BENCH_INSERT_ROWS", 200000);
    const std::string name = postgres ? "repository_postgresql" : "repository_sqlite";
    for (auto _ : state) {
        state.PauseTiming();
        QString schema;
        auto db = freshDatabase(postgres, u"insert-repo.sqlite"_s, &schema);
        if (!db) {
            state.SkipWithError("base indisponible (SGL_TEST_PG_URL ?)");
            return;
        }
        if (!createParents(*db, rows / kResultsPerDossier + 1)) {
            state.SkipWithError("parents");
            return;
        }
        const auto actor = domain::AuditActor::system(u"bench"_s, u"bench"_s);
        const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        for (qint64 done = 0; done < rows; done += kBatch) {
            QList<domain::LabResult> batch;
            batch.reserve(kBatch);
            for (qint64 i = done; i < std::min(rows, done + kBatch); ++i)
                batch << makeResult(i, base);
            auto s = db->write([&](storage::WriteTx &tx) {
                return storage::ResultRepository::insertBatch(tx, batch, actor);
            });
            if (!s) {
                state.SkipWithError(qPrintable(s.error().toString()));
                return;
            }
        }
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        g_rowsPerSecond[name] = double(rows) / secs;
        state.PauseTiming();
        db.reset();
        bench::dropPostgresSchema(schema);
        state.ResumeTiming();
    }
    state.counters["rows"] = double(rows);
    state.counters["rows_per_s"] = g_rowsPerSecond[name];
}

void BM_InsertResults_Repository_SQLite(benchmark::State &state)
{
    insertViaRepository(state, false);
}

void BM_InsertResults_Repository_PostgreSQL(benchmark::State &state)
{
    insertViaRepository(state, true);
}

/** Raw sqlite3 baseline: same schema (migrated by storage), same rows, same batches. */
bool rawInsert(const QString &path, qint64 rows, double *rowsPerSecond)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    const char *sql = "INSERT INTO results (dossier_id, patient_id, analysis_code, value_kind, "
                      "value_number, value_double, comparator, unit, state, observed_at, "
                      "validated_by, validated_at, comment) VALUES (?, ?, ?, 'numeric', ?, ?, '', "
                      "'mmol/L', 'validated', ?, 'bench', ?, '')";
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw prepare: %s\n", sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const auto start = std::chrono::steady_clock::now();
    bool ok = true;
    for (qint64 done = 0; done < rows && ok; done += kBatch) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (qint64 i = done; i < std::min(rows, done + kBatch); ++i) {
            const domain::LabResult r = makeResult(i, base);
            const QByteArray number = r.value.number.toLatin1();
            const QByteArray code = r.analysisCode.toLatin1();
            const QByteArray at = storage::Dialect::isoUtc(r.observedAt).toLatin1();
            sqlite3_bind_int64(st, 1, r.dossierId);
            sqlite3_bind_int64(st, 2, r.patientId);
            sqlite3_bind_text(st, 3, code.constData(), int(code.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 4, number.constData(), int(number.size()), SQLITE_TRANSIENT);
            sqlite3_bind_double(st, 5, number.toDouble());
            sqlite3_bind_text(st, 6, at.constData(), int(at.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 7, at.constData(), int(at.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(st) != SQLITE_DONE) {
                std::fprintf(stderr, "raw step: %s\n", sqlite3_errmsg(db));
                ok = false;
                break;
            }
            sqlite3_reset(st);
        }
        sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr);
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    sqlite3_finalize(st);
    sqlite3_close(db);
    *rowsPerSecond = double(rows) / secs;
    return ok;
}

void BM_InsertResults_RawSqlite3(benchmark::State &state)
{
    const qint64 rows = bench::envNumber("SGL_BENCH_INSERT_ROWS", 200000);
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = bench::tempDir().path() + u"/insert-raw.sqlite"_s;
        {
            auto db = freshDatabase(false, u"insert-raw.sqlite"_s);
            if (!db || !createParents(*db, rows / kResultsPerDossier + 1)) {
                state.SkipWithError("schema");
                return;
            }
        }
        state.ResumeTiming();
        double rps = 0;
        if (!rawInsert(path, rows, &rps)) {
            state.SkipWithError("raw insert");
            return;
        }
        g_rowsPerSecond["raw_sqlite3"] = rps;
    }
    state.counters["rows"] = double(rows);
    state.counters["rows_per_s"] = g_rowsPerSecond["raw_sqlite3"];
}

// ---- lookup ---------------------------------------------------------------------------------

struct LookupDb {
    QString path;
    qint64 rows = 0;
    qint64 patients = 0;
};

/** Builds (once) a SQLite file with N results through the raw API (fast), schema from storage. */
const LookupDb *lookupDb()
{
    static std::unique_ptr<LookupDb> cached;
    if (cached)
        return cached.get();
    auto out = std::make_unique<LookupDb>();
    out->rows = bench::envNumber("SGL_BENCH_LOOKUP_ROWS", 1000000);
    out->path = bench::tempDir().path() + u"/lookup.sqlite"_s;
    const qint64 dossiers = out->rows / kResultsPerDossier + 1;
    out->patients = dossiers / kDossiersPerPatient + 1;
    {
        auto db = freshDatabase(false, u"lookup.sqlite"_s);
        if (!db || !createParents(*db, dossiers))
            return nullptr;
    }
    double rps = 0;
    std::fprintf(stderr, "building lookup database: %lld rows...\n", (long long)out->rows);
    if (!rawInsert(out->path, out->rows, &rps))
        return nullptr;
    std::fprintf(stderr, "  built at %.0f rows/s\n", rps);
    cached = std::move(out);
    return cached.get();
}

void lookupRepositorySqlite(benchmark::State &state, bool synchronousFull)
{
    const LookupDb *l = lookupDb();
    if (!l) {
        state.SkipWithError("lookup db");
        return;
    }
    storage::Database::OpenOptions o; // synchronous=FULL is the application's setting
    o.synchronousFull = synchronousFull;
    auto db = storage::Database::open(*storage::DbUrl::parse(u"sqlite://"_s + l->path), o);
    if (!db) {
        state.SkipWithError("open");
        return;
    }
    const auto actor = domain::AuditActor::system(u"bench"_s, u"bench"_s);
    std::vector<double> us;
    std::size_t found = 0;
    for (auto _ : state) {
        const qint64 patient = 1 + qint64(QRandomGenerator::global()->bounded(quint64(l->patients - 1)));
        const auto t0 = std::chrono::steady_clock::now();
        auto r = (*db)->write([&](storage::WriteTx &tx) {
            return storage::ResultRepository::history(tx, patient, u"GLY"_s, {}, 20, actor);
        });
        us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                         .count());
        if (!r) {
            state.SkipWithError(qPrintable(r.error().toString()));
            return;
        }
        found += std::size_t(r->size());
    }
    state.counters["rows_in_table"] = double(l->rows);
    state.counters["found_per_lookup"] = double(found) / double(std::max<std::size_t>(1, us.size()));
    g_percentiles.record(synchronousFull ? "lookup_repository_sqlite_full" : "lookup_repository_sqlite_normal",
           us);
}

/** One audited write transaction per lookup, fsync at commit (synchronous=FULL). */
void BM_Lookup_Repository_SQLite(benchmark::State &state)
{
    lookupRepositorySqlite(state, true);
}

/** Same with synchronous=NORMAL: shows how much of the cost is the commit's fsync. */
void BM_Lookup_Repository_SQLite_SyncNormal(benchmark::State &state)
{
    lookupRepositorySqlite(state, false);
}

void BM_Lookup_RawSqlite3(benchmark::State &state)
{
    const LookupDb *l = lookupDb();
    if (!l) {
        state.SkipWithError("lookup db");
        return;
    }
    sqlite3 *db = nullptr;
    sqlite3_open(l->path.toUtf8().constData(), &db);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT id, value_number, unit, observed_at FROM results WHERE patient_id = ? "
                       "AND analysis_code = ? AND state = 'validated' ORDER BY observed_at DESC, "
                       "id DESC LIMIT 20",
                       -1, &st, nullptr);
    std::vector<double> us;
    for (auto _ : state) {
        const qint64 patient = 1 + qint64(QRandomGenerator::global()->bounded(quint64(l->patients - 1)));
        const auto t0 = std::chrono::steady_clock::now();
        sqlite3_bind_int64(st, 1, patient);
        sqlite3_bind_text(st, 2, "GLY", 3, SQLITE_STATIC);
        int n = 0;
        while (sqlite3_step(st) == SQLITE_ROW)
            ++n;
        sqlite3_reset(st);
        us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                         .count());
        benchmark::DoNotOptimize(n);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    state.counters["rows_in_table"] = double(l->rows);
    g_percentiles.record("lookup_raw_sqlite3", us, &state);
}

void BM_Lookup_Repository_PostgreSQL(benchmark::State &state)
{
    const qint64 rows = bench::envNumber("SGL_BENCH_LOOKUP_ROWS", 1000000);
    QString schema;
    auto db = freshDatabase(true, {}, &schema);
    if (!db) {
        state.SkipWithError("SGL_TEST_PG_URL non défini");
        return;
    }
    const qint64 dossiers = rows / kResultsPerDossier + 1;
    const qint64 patients = dossiers / kDossiersPerPatient + 1;
    // Server-side generation (generate_series) keeps the setup short at 10 M rows.
    auto built = db->write([&](storage::WriteTx &tx) -> domain::Status {
        const QStringList steps{
            u"INSERT INTO patients (local_id, birth_name, sex, search_name, status, created_at, "
            "updated_at) SELECT 'B' || g, 'BENCH', 'F', 'BENCH', 'PROV', now(), now() "
            "FROM generate_series(1, %1) g"_s.arg(patients),
            u"INSERT INTO dossiers (number, patient_id, status, created_by, created_at, updated_at) "
            "SELECT 'BD' || g, (g - 1) / %1 + 1, 'validated', 'bench', now(), now() "
            "FROM generate_series(1, %2) g"_s.arg(kDossiersPerPatient).arg(dossiers),
            u"INSERT INTO results (dossier_id, patient_id, analysis_code, value_kind, value_number, "
            "value_double, unit, state, observed_at, validated_by, validated_at) "
            "SELECT g / %1 + 1, (g / %1) / %2 + 1, (ARRAY['HB','GB','PLQ','GLY','NA','K','CREA',"
            "'CRP'])[g %% %1 + 1], 'numeric', '5.1', 5.1, 'mmol/L', 'validated', "
            "timestamptz '2025-01-01' + (g / %1) * interval '1 minute', 'bench', now() "
            "FROM generate_series(0, %3 - 1) g"_s.arg(kResultsPerDossier)
                .arg(kDossiersPerPatient)
                .arg(rows)
                .replace(u"%%"_s, u"%"_s),
            u"ANALYZE results"_s};
        for (const QString &s : steps)
            if (auto r = tx.execRaw(s); !r)
                return r;
        return {};
    });
    if (!built) {
        state.SkipWithError(qPrintable(built.error().toString()));
        bench::dropPostgresSchema(schema);
        return;
    }
    const auto actor = domain::AuditActor::system(u"bench"_s, u"bench"_s);
    std::vector<double> us;
    for (auto _ : state) {
        const qint64 patient = 1 + qint64(QRandomGenerator::global()->bounded(quint64(patients - 1)));
        const auto t0 = std::chrono::steady_clock::now();
        auto r = db->write([&](storage::WriteTx &tx) {
            return storage::ResultRepository::history(tx, patient, u"GLY"_s, {}, 20, actor);
        });
        us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                         .count());
        if (!r) {
            state.SkipWithError(qPrintable(r.error().toString()));
            break;
        }
    }
    state.counters["rows_in_table"] = double(rows);
    g_percentiles.record("lookup_repository_postgresql", us, &state);
    db.reset();
    bench::dropPostgresSchema(schema);
}

} // namespace

BENCHMARK(BM_InsertResults_RawSqlite3)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_InsertResults_Repository_SQLite)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_InsertResults_Repository_PostgreSQL)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Lookup_RawSqlite3)->Iterations(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Lookup_Repository_SQLite)->Iterations(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Lookup_Repository_SQLite_SyncNormal)->Iterations(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Lookup_Repository_PostgreSQL)->Iterations(2000)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    return bench::runBenchmarks(argc, argv, [] {
        std::printf("\nSummary (rows/s, ratio to raw sqlite3 in this run):\n");
        const double raw = g_rowsPerSecond.count("raw_sqlite3") ? g_rowsPerSecond["raw_sqlite3"] : 0;
        for (const auto &[name, rps] : g_rowsPerSecond)
            std::printf("  insert %-24s %12.0f rows/s   ratio %.2f\n", name.c_str(), rps,
                        raw > 0 ? rps / raw : 0.0);
        g_percentiles.print();
    });
}
