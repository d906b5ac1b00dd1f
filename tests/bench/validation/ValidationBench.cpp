// Opening a dossier for biological validation in a large database (issue 12, tests and
// measures): ValidationDossierView::open on the target dossier (30 results, 5 years of
// antériorités) = model load + previous-results query + delta checks, in one transaction with
// one audit row; against
//  - the raw SQL of the same history (ResultRepository::historySql, raw sqlite3 / plain QPSQL),
//  - the former path, one audit row per query (dossier, patient, results, 30 × history),
// p50/p95 on SQLite and PostgreSQL. Sizes: SGL_BENCH_RESULTS (default 10,000,000).
// The SQLite file is cached in /tmp/sgl-bench-validation/<key>.sqlite (SGL_BENCH_REGENERATE=1
// rebuilds it); the PostgreSQL schema is dropped at the end unless SGL_BENCH_KEEP_PG=1.

#include "BenchSupport.h"
#include "ValidationBenchData.h"

#include "domain/audit/AuditActor.h"
#include "storage/DbUrl.h"
#include "storage/DossierRepository.h"
#include "storage/MigrationRunner.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/validation/ValidationDossierView.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::bench::BenchLayout;

namespace {

bench::Percentiles g_percentiles; // p50/p95 in us
std::map<std::string, double> g_info;

BenchLayout baseLayout()
{
    BenchLayout l;
    l.results = bench::envNumber("SGL_BENCH_RESULTS", 10000000);
    const qint64 target = qint64(BenchLayout::kHistoryDossiers + 1) * BenchLayout::kAnalyses;
    l.patients = 1 + std::max<qint64>(1, (l.results - target) / (BenchLayout::kDossiersPerPatient * BenchLayout::kResultsPerDossier));
    return l;
}

domain::UserSession biologist()
{
    domain::UserSession s;
    s.userId = 13;
    s.login = u"biologiste"_s;
    s.roles = {domain::Role::Biologist};
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.workstation = u"banc"_s;
    return s;
}

// ---- databases -------------------------------------------------------------------------------

struct SqliteBench {
    QString path;
    BenchLayout layout;
};

/** The cached SQLite file, generated on first use (minutes at 10 M results). */
const SqliteBench *sqliteBench()
{
    static std::unique_ptr<SqliteBench> cached;
    static bool tried = false;
    if (tried)
        return cached.get();
    tried = true;
    auto out = std::make_unique<SqliteBench>();
    out->layout = baseLayout();
    const QString dir = u"/tmp/sgl-bench-validation"_s;
    QDir().mkpath(dir);
    int latest = 0;
    {
        // The schema version is part of the key: a new migration regenerates the file.
        auto probe = storage::Database::open(*storage::DbUrl::parse(u"sqlite::memory:"_s), {});
        if (!probe)
            return nullptr;
        latest = storage::MigrationRunner(**probe).latestAvailable();
    }
    out->path = dir + u'/' + out->layout.key(latest) + u".sqlite"_s;
    const bool regenerate = qEnvironmentVariableIntValue("SGL_BENCH_REGENERATE") == 1;
    if (regenerate || !QFile::exists(out->path)) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(out->path + suffix);
        const QString building = out->path + u".building"_s;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(building + suffix);
        std::fprintf(stderr, "building %s (%lld patients, %lld results)...\n", qPrintable(out->path),
                     (long long)out->layout.patients, (long long)out->layout.totalResults());
        {
            auto db = bench::openDatabase(u"sqlite://"_s + building, false);
            if (!db || !bench::prepareCatalogue(*db, out->layout))
                return nullptr;
        }
        if (!bench::generateSqlite(building, out->layout))
            return nullptr;
        // Renamed only once complete: an interrupted build is never reused.
        if (!QFile::rename(building, out->path))
            return nullptr;
        QFile::remove(building + u"-wal"_s);
        QFile::remove(building + u"-shm"_s);
    } else {
        std::fprintf(stderr, "reusing %s\n", qPrintable(out->path));
        auto db = bench::openDatabase(u"sqlite://"_s + out->path, false);
        if (!db || !bench::readLayout(*db, out->layout))
            return nullptr;
    }
    cached = std::move(out);
    return cached.get();
}

struct PostgresBench {
    QString url;
    QString schema;
    BenchLayout layout;
};

const PostgresBench *g_postgres = nullptr; // set once built: the schema to drop at exit
void dropPostgresSchema();

const PostgresBench *postgresBench()
{
    static std::unique_ptr<PostgresBench> cached;
    static bool tried = false;
    if (tried)
        return cached.get();
    tried = true;
    const QString base = qEnvironmentVariable("SGL_TEST_PG_URL");
    if (base.isEmpty())
        return nullptr;
    auto out = std::make_unique<PostgresBench>();
    out->layout = baseLayout();
    out->schema = u"bench_validation_"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    out->url = base + (base.contains(u'?') ? u"&schema="_s : u"?schema="_s) + out->schema;
    std::fprintf(stderr, "building PostgreSQL schema %s (%lld results)...\n", qPrintable(out->schema),
                 (long long)out->layout.totalResults());
    auto db = bench::openDatabase(out->url, false);
    g_postgres = out.get(); // dropped at exit even when the generation fails half-way
    if (!db || !bench::prepareCatalogue(*db, out->layout) || !bench::generatePostgres(*db, out->layout)) {
        dropPostgresSchema();
        g_postgres = nullptr;
        return nullptr;
    }
    cached = std::move(out);
    g_postgres = cached.get();
    return cached.get();
}

void dropPostgresSchema()
{
    const PostgresBench *pg = g_postgres;
    if (pg && qEnvironmentVariableIntValue("SGL_BENCH_KEEP_PG") != 1)
        bench::dropPostgresSchema(pg->schema);
}

// ---- measured paths ---------------------------------------------------------------------------

/** ValidationDossierView::open, the application's path (synchronous=FULL on SQLite). */
void openView(benchmark::State &state, const QString &url, const std::string &name)
{
    auto db = bench::openDatabase(url, true);
    if (!db) {
        state.SkipWithError("open");
        return;
    }
    workflow::validation::ValidationDossierView view(*db);
    const domain::UserSession session = biologist();
    std::vector<double> us;
    int alerts = 0;
    std::size_t previous = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        auto v = view.open(session, BenchLayout::kTargetDossier);
        us.push_back(bench::elapsedUs(t0));
        if (!v) {
            state.SkipWithError(qPrintable(v.error().toString()));
            return;
        }
        alerts = v->deltaAlertCount();
        previous = 0;
        for (const auto *row : v->rows())
            previous += std::size_t(row->previous.size());
        benchmark::DoNotOptimize(v);
    }
    state.counters["delta_alerts"] = alerts;
    state.counters["previous_values"] = double(previous);
    g_info[name + " previous values"] = double(previous);
    g_percentiles.record(name, us, &state);
}

/** The former path: each read audited by its repository (33 audit rows per opening). */
void openPerQueryAudit(benchmark::State &state, const QString &url, const BenchLayout &layout, const std::string &name)
{
    auto db = bench::openDatabase(url, true);
    if (!db) {
        state.SkipWithError("open");
        return;
    }
    const auto actor = domain::AuditActor::fromSession(biologist());
    std::vector<double> us;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        auto r = db->write([&](storage::WriteTx &tx) -> domain::Result<int> {
            auto d = storage::DossierRepository::get(tx, BenchLayout::kTargetDossier, actor);
            if (!d)
                return std::unexpected(d.error());
            auto p = storage::PatientRepository::get(tx, d->patientId, actor);
            if (!p)
                return std::unexpected(p.error());
            auto results = storage::ResultRepository::forDossier(tx, d->id, actor);
            if (!results)
                return std::unexpected(results.error());
            int n = 0;
            for (const domain::LabResult &res : *results) {
                auto h = storage::ResultRepository::history(tx, d->patientId, res.analysisCode, res.observedAt, 5, actor);
                if (!h)
                    return std::unexpected(h.error());
                n += int(h->size());
            }
            return n;
        });
        us.push_back(bench::elapsedUs(t0));
        if (!r) {
            state.SkipWithError(qPrintable(r.error().toString()));
            return;
        }
        benchmark::DoNotOptimize(r);
    }
    Q_UNUSED(layout);
    g_percentiles.record(name, us, &state);
}

QVariantList historyBinds(const BenchLayout &l, const QVariant &before)
{
    QVariantList b;
    for (const QString &c : l.codes)
        b << qint64(1) << c << u"validated"_s << BenchLayout::kTargetDossier << before;
    return b;
}

void BM_Open_SQLite(benchmark::State &state)
{
    const SqliteBench *s = sqliteBench();
    if (!s) {
        state.SkipWithError("generation");
        return;
    }
    state.counters["results_in_db"] = double(s->layout.totalResults());
    openView(state, u"sqlite://"_s + s->path, "open_view_sqlite");
}

void BM_OpenPerQueryAudit_SQLite(benchmark::State &state)
{
    const SqliteBench *s = sqliteBench();
    if (!s) {
        state.SkipWithError("generation");
        return;
    }
    openPerQueryAudit(state, u"sqlite://"_s + s->path, s->layout, "open_per_query_audit_sqlite");
}

/** Raw sqlite3: the history SQL of the view, prepared once, stepped to the end. */
void BM_HistoryRaw_SQLite(benchmark::State &state)
{
    const SqliteBench *s = sqliteBench();
    if (!s) {
        state.SkipWithError("generation");
        return;
    }
    sqlite3 *db = nullptr;
    sqlite3_open_v2(s->path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const QByteArray sql = storage::ResultRepository::historySql(s->layout.codes.size(), true, 5).toUtf8();
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
        state.SkipWithError(sqlite3_errmsg(db));
        sqlite3_close(db);
        return;
    }
    const QVariantList binds = historyBinds(s->layout, u"2026-12-01T09:00:00.000Z"_s);
    std::vector<double> us;
    int rows = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds[i];
            if (v.typeId() == QMetaType::LongLong) {
                sqlite3_bind_int64(st, i + 1, v.toLongLong());
            } else {
                const QByteArray t = v.toString().toUtf8();
                sqlite3_bind_text(st, i + 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
            }
        }
        rows = 0;
        while (sqlite3_step(st) == SQLITE_ROW)
            ++rows;
        sqlite3_reset(st);
        us.push_back(bench::elapsedUs(t0));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    state.counters["rows"] = rows;
    g_percentiles.record("history_raw_sqlite3", us, &state);
}

void BM_Open_PostgreSQL(benchmark::State &state)
{
    const PostgresBench *pg = postgresBench();
    if (!pg) {
        state.SkipWithError("SGL_TEST_PG_URL non défini ou génération en échec");
        return;
    }
    state.counters["results_in_db"] = double(pg->layout.totalResults());
    openView(state, pg->url, "open_view_postgresql");
}

void BM_OpenPerQueryAudit_PostgreSQL(benchmark::State &state)
{
    const PostgresBench *pg = postgresBench();
    if (!pg) {
        state.SkipWithError("SGL_TEST_PG_URL non défini ou génération en échec");
        return;
    }
    openPerQueryAudit(state, pg->url, pg->layout, "open_per_query_audit_postgresql");
}

/** Plain QPSQL connection (no repository, no transaction wrapper): the same history SQL. */
void BM_HistoryRaw_PostgreSQL(benchmark::State &state)
{
    const PostgresBench *pg = postgresBench();
    if (!pg) {
        state.SkipWithError("SGL_TEST_PG_URL non défini ou génération en échec");
        return;
    }
    auto base = storage::DbUrl::parse(qEnvironmentVariable("SGL_TEST_PG_URL"));
    std::vector<double> us;
    int rows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-raw"_s);
        db.setHostName(base->host);
        db.setPort(base->port);
        db.setUserName(base->user);
        db.setPassword(base->password);
        db.setDatabaseName(base->database);
        if (!db.open()) {
            state.SkipWithError("raw connection");
            return;
        }
        {
        QSqlQuery set(db);
        (void)set.exec(u"SET search_path TO %1"_s.arg(pg->schema));
        }
        {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(storage::ResultRepository::historySql(pg->layout.codes.size(), true, 5));
        const QVariantList binds =
            historyBinds(pg->layout, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        for (auto _ : state) {
            const auto t0 = std::chrono::steady_clock::now();
            for (int i = 0; i < binds.size(); ++i)
                q.bindValue(i, binds[i]);
            if (!q.exec()) {
                state.SkipWithError("raw query");
                break;
            }
            rows = 0;
            while (q.next())
                ++rows;
            us.push_back(bench::elapsedUs(t0));
        }
        q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-raw"_s);
    state.counters["rows"] = rows;
    g_percentiles.record("history_raw_postgresql", us, &state);
}

} // namespace

BENCHMARK(BM_HistoryRaw_SQLite)->Iterations(500)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Open_SQLite)->Iterations(300)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_OpenPerQueryAudit_SQLite)->Iterations(300)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_HistoryRaw_PostgreSQL)->Iterations(500)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Open_PostgreSQL)->Iterations(300)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_OpenPerQueryAudit_PostgreSQL)->Iterations(300)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    return bench::runBenchmarks(argc, argv, [] {
        dropPostgresSchema();
        std::printf("\nSummary (target dossier: %d results, %d monthly dossiers of history; us):\n",
                    BenchLayout::kAnalyses, BenchLayout::kHistoryDossiers);
        g_percentiles.print();
        for (const auto &[name, v] : g_info)
            std::printf("  %-34s %9.0f\n", name.c_str(), v);
    });
}
