// Annuaire Santé benchmarks (issue 14, item 5), on one synthetic extract of
// SGL_BENCH_DIRECTORY_ROWS lines (default 2 000 000, the size of the national file):
//  - import rows/s through DirectoryImport (reader + DirectoryRepository, batches of 5 000 lines
//    per transaction, the application's synchronous=FULL) on SQLite and PostgreSQL, against a raw
//    baseline in the same run: the same reader, the same rows into the same tables through one
//    sqlite3 prepared INSERT stepped per row, same batches;
//  - search latency p50/p95 on the full directory (name prefix, RPPS, city + profession), through
//    DirectorySearch as the application calls it, overall and per query kind.

#include "domain/directory/DirectoryKey.h"
#include "interop/directory/PersonneActiviteReader.h"
#include "interop/directory/SyntheticExtract.h"
#include "storage/Database.h"
#include "storage/MigrationRunner.h"
#include "workflow/directory/DirectoryImport.h"
#include "workflow/directory/DirectorySearch.h"

#include "BenchSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QUuid>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sgl;

namespace {

constexpr int kBatch = 5000;

std::map<std::string, double> g_rowsPerSecond;
bench::Percentiles g_percentiles;
std::map<bool, std::unique_ptr<storage::Database>> g_loaded; // the imported directory, by backend
std::map<bool, QString> g_schemas;

qint64 rows()
{
    return bench::envNumber("SGL_BENCH_DIRECTORY_ROWS", 2000000);
}

const QString &extract()
{
    static QString path;
    if (!path.isEmpty())
        return path;
    path = bench::tempDir().path() + u"/PS_LibreAcces_Personne_activite_202612010300.txt"_s;
    QFile f(path);
    interop::directory::SyntheticExtract::Options o;
    o.rows = rows();
    o.seed = 2026;
    std::fprintf(stderr, "writing the synthetic extract: %lld lines...\n", static_cast<long long>(o.rows));
    if (!f.open(QIODevice::WriteOnly) || !interop::directory::SyntheticExtract::write(f, o))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    std::fprintf(stderr, "  %.0f MB\n", double(f.size()) / 1e6);
    return path;
}

domain::UserSession admin()
{
    domain::UserSession s;
    s.userId = 1;
    s.login = u"admin"_s;
    s.roles = {domain::Role::Admin, domain::Role::Secretary};
    s.workstation = u"bench"_s;
    s.startedAt = QDateTime::currentDateTimeUtc();
    return s;
}

std::unique_ptr<storage::Database> freshDatabase(bool postgres, const QString &name)
{
    QString url;
    if (postgres) {
        const QString base = qEnvironmentVariable("SGL_TEST_PG_URL");
        if (base.isEmpty())
            return nullptr;
        g_schemas[postgres] = u"bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        url = base + u"?schema="_s + g_schemas[postgres];
    } else {
        url = u"sqlite://"_s + bench::tempDir().path() + u'/' + name;
        QFile::remove(bench::tempDir().path() + u'/' + name);
    }
    auto db = storage::Database::open(*storage::DbUrl::parse(url));
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

void importDirectory(benchmark::State &state, bool postgres)
{
    const std::string name = postgres ? "import_postgresql" : "import_sqlite";
    const QString path = extract();
    for (auto _ : state) {
        state.PauseTiming();
        auto db = freshDatabase(postgres, u"import.sqlite"_s);
        if (!db) {
            state.SkipWithError("base indisponible (SGL_TEST_PG_URL ?)");
            return;
        }
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        workflow::directory::DirectoryImport importer(*db, admin());
        importer.setBatchSize(kBatch);
        auto r = importer.run({path});
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!r) {
            state.SkipWithError(qPrintable(r.error().toString()));
            return;
        }
        g_rowsPerSecond[name] = double(r->generation.rowCount) / secs;
        state.counters["professionals"] = double(r->generation.professionalCount);
        g_loaded[postgres] = std::move(db);
    }
    state.counters["rows"] = double(rows());
    state.counters["rows_per_s"] = g_rowsPerSecond[name];
}

void BM_DirectoryImport_SQLite(benchmark::State &state)
{
    importDirectory(state, false);
}

void BM_DirectoryImport_PostgreSQL(benchmark::State &state)
{
    importDirectory(state, true);
}

/** Baseline: the same reader and rows, one raw sqlite3 prepared INSERT per row and per table. */
void BM_DirectoryImport_RawSqlite3(benchmark::State &state)
{
    const QString path = extract();
    for (auto _ : state) {
        state.PauseTiming();
        const QString dbPath = bench::tempDir().path() + u"/raw.sqlite"_s;
        {
            auto db = freshDatabase(false, u"raw.sqlite"_s);
            if (!db) {
                state.SkipWithError("schema");
                return;
            }
        }
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        sqlite3 *db = nullptr;
        sqlite3_open(dbPath.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "INSERT INTO directory_generations (status, file_names, started_at, imported_by) "
                         "VALUES ('loading', 'raw', '2026-12-01T03:00:00.000Z', 'bench')",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *prof = nullptr;
        sqlite3_stmt *act = nullptr;
        sqlite3_prepare_v2(db,
                           "INSERT INTO directory_professionals (generation, id_pp, id_type, national_id, "
                           "practice_civility_code, practice_civility, civility_code, civility, last_name, first_name, "
                           "name_key, profession_code, profession, profession_key, category_code, category) VALUES "
                           "(1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                           -1, &prof, nullptr);
        sqlite3_prepare_v2(db,
                           "INSERT INTO directory_activities (generation, line, id_pp, skill_type_code, skill_code, "
                           "skill_label, practice_mode_code, practice_mode_label, structure_id, structure_name, siret, "
                           "finess, address, postcode, city_code, city, city_key, phone, email, mssante, role_code, "
                           "role_label, sector_code, sector_label) VALUES "
                           "(1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &act, nullptr);
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        interop::directory::PersonneActiviteReader reader(f, u"raw"_s);
        (void)reader.readHeader();
        qint64 done = 0;
        auto bind = [](sqlite3_stmt *st, int i, const QString &s) {
            const QByteArray u = s.toUtf8();
            sqlite3_bind_text(st, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        };
        for (;;) {
            auto batch = reader.next(kBatch);
            if (!batch || batch->isEmpty())
                break;
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            for (const domain::DirectoryEntry &e : *batch) {
                const auto &p = e.professional;
                const QStringList pv{p.idPp, p.idType, p.nationalId, p.practiceCivilityCode, p.practiceCivility,
                                     p.civilityCode, p.civility, p.lastName, p.firstName,
                                     domain::DirectoryKey::of(p.lastName), p.professionCode, p.profession,
                                     domain::DirectoryKey::of(p.profession), p.categoryCode, p.category};
                for (int i = 0; i < pv.size(); ++i)
                    bind(prof, i + 1, pv[i]);
                sqlite3_step(prof);
                sqlite3_reset(prof);
                const auto &a = e.activity;
                sqlite3_bind_int64(act, 1, e.line);
                const QStringList av{p.idPp, a.skillTypeCode, a.skillCode, a.skillLabel, a.practiceModeCode,
                                     a.practiceModeLabel, a.structureId, a.structureName, a.siret, a.finess,
                                     a.address, a.postcode, a.cityCode, a.city, domain::DirectoryKey::of(a.city),
                                     a.phone, a.email, a.mssante, a.roleCode, a.roleLabel, a.sectorCode,
                                     a.sectorLabel};
                for (int i = 0; i < av.size(); ++i)
                    bind(act, i + 2, av[i]);
                if (sqlite3_step(act) != SQLITE_DONE)
                    std::fprintf(stderr, "raw step: %s\n", sqlite3_errmsg(db));
                sqlite3_reset(act);
                ++done;
            }
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        }
        sqlite3_finalize(prof);
        sqlite3_finalize(act);
        sqlite3_close(db);
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        g_rowsPerSecond["raw_sqlite3"] = double(done) / secs;
    }
    state.counters["rows"] = double(rows());
    state.counters["rows_per_s"] = g_rowsPerSecond["raw_sqlite3"];
}

void searchLatency(benchmark::State &state, bool postgres)
{
    auto it = g_loaded.find(postgres);
    if (it == g_loaded.end() || !it->second) {
        state.SkipWithError("import not run");
        return;
    }
    workflow::directory::DirectorySearch search(*it->second, admin());
    const QStringList prefixes{u"LEF"_s, u"BER"_s, u"DUPR"_s, u"MO"_s, u"SAINTA"_s, u"VAL"_s, u"PE"_s, u"GIR"_s};
    const QStringList cities{u"Lyon"_s, u"Besançon"_s, u"75015"_s, u"Nîmes"_s, u"Brest"_s};
    const qint64 n = rows();
    std::vector<double> us;
    std::array<std::vector<double>, 3> byKind; // name prefix, RPPS, city and profession
    qint64 i = 0;
    for (auto _ : state) {
        workflow::directory::DirectoryQuery q;
        const int kind = int(i++ % 3);
        switch (kind) {
        case 0:
            q.name = prefixes[int(QRandomGenerator::global()->bounded(prefixes.size()))];
            break;
        case 1:
            q.rpps = interop::directory::SyntheticExtract::rpps(qint64(QRandomGenerator::global()->bounded(quint64(n / 2))));
            break;
        default:
            q.city = cities[int(QRandomGenerator::global()->bounded(cities.size()))];
            q.profession = u"21"_s;
            break;
        }
        const auto t0 = std::chrono::steady_clock::now();
        auto r = search.find(q);
        us.push_back(bench::elapsedUs(t0));
        byKind[size_t(kind)].push_back(us.back());
        if (!r) {
            state.SkipWithError(qPrintable(r.error().toString()));
            return;
        }
        benchmark::DoNotOptimize(r->size());
    }
    const std::string base = postgres ? "search_postgresql" : "search_sqlite";
    g_percentiles.record(base, us, &state);
    g_percentiles.record(base + "_name", byKind[0]);
    g_percentiles.record(base + "_rpps", byKind[1]);
    g_percentiles.record(base + "_city_profession", byKind[2]);
}

void BM_DirectorySearch_SQLite(benchmark::State &state)
{
    searchLatency(state, false);
}

void BM_DirectorySearch_PostgreSQL(benchmark::State &state)
{
    searchLatency(state, true);
}

} // namespace

BENCHMARK(BM_DirectoryImport_RawSqlite3)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DirectoryImport_SQLite)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DirectoryImport_PostgreSQL)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DirectorySearch_SQLite)->Iterations(600)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DirectorySearch_PostgreSQL)->Iterations(600)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    return bench::runBenchmarks(argc, argv, [] {
        std::printf("\nSummary (rows/s, ratio to the raw sqlite3 prepared insert in this run):\n");
        const double raw = g_rowsPerSecond.count("raw_sqlite3") ? g_rowsPerSecond["raw_sqlite3"] : 0;
        for (const auto &[name, rps] : g_rowsPerSecond)
            std::printf("  %-20s %12.0f rows/s   ratio %.2f\n", name.c_str(), rps, raw > 0 ? rps / raw : 0.0);
        std::printf("Search latency (us, %lld lines):\n", static_cast<long long>(rows()));
        g_percentiles.print();
        // Connections close while QCoreApplication still exists (not in static destruction).
        g_loaded.clear();
        bench::dropPostgresSchema(g_schemas[true]);
    });
}
