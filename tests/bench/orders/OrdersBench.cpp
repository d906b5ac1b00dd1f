// Order path benchmarks, each with a raw sqlite3 baseline in the same run:
//  - creating a 12-exam dossier (39 results, 4 tubes, clinical answers, audit rows) through the
//    OrderEntry use case (one audited transaction: checks, counters, catalogue, tube allocation)
//    vs raw sqlite3 inserts of the very rows that use case wrote, in one transaction;
//  - loading a bench worklist of 5,000 pending results (p50/p95): WorklistRepository (audited
//    write transaction, as the bench screen does) vs the same SELECT through raw sqlite3.
// PostgreSQL variants of the use-case paths run when SGL_TEST_PG_URL is set.
// Run a Release build by hand: build-release/tests/bench/orders/bench_orders.

#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "storage/Database.h"
#include "storage/MigrationRunner.h"
#include "storage/PatientRepository.h"
#include "storage/WorklistRepository.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/catalogue/CatalogueImportRequest.h"
#include "workflow/orders/OrderEntry.h"

#include "BenchSupport.h"

#include <QCoreApplication>
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

const QStringList kTwelveExams{u"NFS"_s,  u"GLY"_s, u"CREAT"_s, u"UREE"_s, u"IONO"_s, u"BHEP"_s,
                               u"CRP"_s,  u"HBA1C"_s, u"EAL"_s, u"TSH"_s,  u"TP"_s,   u"FIB"_s};
constexpr int kWorklistSize = 5000;

bench::Percentiles g_percentiles; // p50/p95 in ms

domain::UserSession session(domain::Role role, const QString &login)
{
    domain::UserSession s;
    s.userId = 1;
    s.login = login;
    s.displayName = login;
    s.roles = {role};
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.workstation = u"bench"_s;
    return s;
}

/** A migrated database holding the demo catalogue and one patient; nullptr when unavailable. */
struct Lab {
    std::unique_ptr<storage::Database> db;
    QString sqlitePath;  ///< empty on PostgreSQL
    QString pgSchema;
    qint64 patientId = 0;
};

std::unique_ptr<Lab> openLab(bool postgres, const QString &name)
{
    auto lab = std::make_unique<Lab>();
    QString url;
    if (postgres) {
        const QString base = qEnvironmentVariable("SGL_TEST_PG_URL");
        if (base.isEmpty())
            return nullptr;
        lab->pgSchema = u"bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        url = base + u"?schema="_s + lab->pgSchema;
    } else {
        lab->sqlitePath = bench::tempDir().path() + u'/' + name;
        QFile::remove(lab->sqlitePath);
        url = u"sqlite://"_s + lab->sqlitePath;
    }
    auto db = storage::Database::open(*storage::DbUrl::parse(url), {});
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().toString()));
        return nullptr;
    }
    lab->db = std::move(*db);
    if (auto m = storage::MigrationRunner(*lab->db).migrate(); !m) {
        std::fprintf(stderr, "migrate: %s\n", qPrintable(m.error().toString()));
        return nullptr;
    }
    auto imported = workflow::ApplyCatalogueImport(*lab->db, *interop::catalogue::CatalogueReferenceData::validator())
                        .run(session(domain::Role::Admin, u"admin"_s), workflow::CatalogueImportRequest::demoCatalogue());
    if (!imported || !imported->applied) {
        std::fprintf(stderr, "demo catalogue not imported\n");
        return nullptr;
    }
    auto p = lab->db->write([&](storage::WriteTx &tx) -> domain::Result<qint64> {
        domain::Patient patient;
        patient.localId = u"BENCH-1"_s;
        patient.traits.birthName = u"BANCDESSAI"_s;
        patient.traits.firstBirthName = u"CLAIRE"_s;
        patient.traits.birthFirstNames = {u"CLAIRE"_s};
        patient.traits.birthDate = QDate(1975, 6, 14);
        patient.traits.birthDateRaw = u"1975-06-14"_s;
        patient.traits.sex = domain::Sex::Female;
        patient.traits.birthPlaceCog = u"75056"_s;
        patient.status = domain::IdentityStatus::Prov;
        if (auto s = storage::PatientRepository::insert(tx, patient, domain::AuditActor{0, u"bench"_s, {}}); !s)
            return std::unexpected(s.error());
        return patient.id;
    });
    if (!p) {
        std::fprintf(stderr, "patient: %s\n", qPrintable(p.error().toString()));
        return nullptr;
    }
    lab->patientId = *p;
    return lab;
}

workflow::orders::DossierRequest twelveExamRequest(qint64 patientId)
{
    workflow::orders::DossierRequest r;
    r.patientId = patientId;
    r.prescriberName = u"Dr Claire BERNARD"_s;
    r.prescriberRpps = u"10003456786"_s;
    r.examCodes = kTwelveExams;
    r.clinicalAnswers.insert(u"FASTING"_s, u"oui"_s);
    r.clinicalAnswers.insert(u"ANTICOAGULANT"_s, u"Aucun"_s);
    r.sampledAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    return r;
}

bool createDossier(Lab &lab)
{
    auto out = workflow::orders::OrderEntry(*lab.db, session(domain::Role::Secretary, u"secretaire"_s))
                   .create(twelveExamRequest(lab.patientId));
    if (!out)
        std::fprintf(stderr, "create: %s\n", qPrintable(out.error().toString()));
    return out.has_value();
}

void createDossiers(benchmark::State &state, bool postgres)
{
    auto lab = openLab(postgres, u"create.db"_s);
    if (!lab) {
        state.SkipWithError(postgres ? "SGL_TEST_PG_URL not set or unusable" : "SQLite lab not created");
        return;
    }
    for (auto _ : state)
        if (!createDossier(*lab)) {
            state.SkipWithError("create failed");
            break;
        }
    bench::dropPostgresSchema(lab->pgSchema);
}

// --- raw baseline: replay the rows one use-case call wrote ------------------------------------

/** One row as sqlite3 values (text/integer/real/null/blob kept as they were stored). */
struct RawRow {
    std::vector<std::string> columns;
    std::vector<int> types;
    std::vector<std::string> text;  ///< text or blob bytes
    std::vector<sqlite3_int64> ints;
    std::vector<double> reals;
    sqlite3_int64 rowid = 0;
};

struct RawTable {
    std::string name;
    std::vector<RawRow> rows;
};

bool exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s (%s)\n", err ? err : "?", sql);
        sqlite3_free(err);
        return false;
    }
    return true;
}

sqlite3_int64 maxRowid(sqlite3 *db, const std::string &table)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, ("SELECT COALESCE(MAX(rowid), 0) FROM " + table).c_str(), -1, &st, nullptr);
    sqlite3_int64 v = 0;
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

RawTable rowsAfter(sqlite3 *db, const std::string &table, sqlite3_int64 after)
{
    RawTable t{table, {}};
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, ("SELECT rowid, * FROM " + table + " WHERE rowid > ? ORDER BY rowid").c_str(), -1, &st,
                       nullptr);
    sqlite3_bind_int64(st, 1, after);
    while (sqlite3_step(st) == SQLITE_ROW) {
        RawRow r;
        r.rowid = sqlite3_column_int64(st, 0);
        for (int c = 1; c < sqlite3_column_count(st); ++c) {
            r.columns.emplace_back(sqlite3_column_name(st, c));
            const int type = sqlite3_column_type(st, c);
            r.types.push_back(type);
            const auto *bytes = static_cast<const char *>(sqlite3_column_blob(st, c));
            r.text.emplace_back(bytes ? std::string(bytes, size_t(sqlite3_column_bytes(st, c))) : std::string());
            r.ints.push_back(sqlite3_column_int64(st, c));
            r.reals.push_back(sqlite3_column_double(st, c));
        }
        t.rows.push_back(std::move(r));
    }
    sqlite3_finalize(st);
    return t;
}

/** The parent table a foreign-key column points to, for remapping to the replayed rows. */
std::string parentOf(const std::string &column)
{
    static const std::map<std::string, std::string> parents{{"dossier_id", "dossiers"},
                                                            {"specimen_id", "specimens"},
                                                            {"ordered_exam_id", "dossier_exams"},
                                                            {"result_id", "results"}};
    auto it = parents.find(column);
    return it == parents.end() ? std::string() : it->second;
}

// Tables in parent-first order; audit rows last (they only name their entities).
const std::vector<std::string> kReplayTables{"dossiers",        "dossier_exams",          "specimens",
                                             "results",         "dossier_clinical_answers", "dossier_correspondents",
                                             "result_history",  "audit_log"};

struct Replay {
    std::vector<RawTable> tables;
    std::vector<std::string> counters;  ///< counter names the use case moved
    std::map<std::string, sqlite3_stmt *> inserts;  ///< prepared once per table, reused
};

/** Replays `replay` once (suffix makes unique columns unique); false on any SQLite error. */
bool replayOnce(sqlite3 *db, Replay &replay, int suffix)
{
    if (!exec(db, "BEGIN IMMEDIATE"))
        return false;
    std::map<std::string, std::map<sqlite3_int64, sqlite3_int64>> newIds;
    for (const RawTable &t : replay.tables) {
        for (const RawRow &r : t.rows) {
            std::string cols, marks;
            for (size_t c = 0; c < r.columns.size(); ++c) {
                cols += (c ? ", " : "") + r.columns[c];
                marks += c ? ", ?" : "?";
            }
            sqlite3_stmt *&st = replay.inserts[t.name];
            if (!st
                && sqlite3_prepare_v2(db, ("INSERT INTO " + t.name + " (" + cols + ") VALUES (" + marks + ")").c_str(),
                                      -1, &st, nullptr)
                       != SQLITE_OK) {
                std::fprintf(stderr, "prepare %s: %s\n", t.name.c_str(), sqlite3_errmsg(db));
                return false;
            }
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            for (size_t c = 0; c < r.columns.size(); ++c) {
                const int i = int(c) + 1;
                const std::string &name = r.columns[c];
                const std::string parent = parentOf(name);
                if (name == "id" || (t.name == "audit_log" && name == "seq")) {
                    sqlite3_bind_null(st, i);
                } else if (!parent.empty() && r.types[c] == SQLITE_INTEGER && newIds[parent].count(r.ints[c])) {
                    sqlite3_bind_int64(st, i, newIds[parent][r.ints[c]]);
                } else if (name == "number" || name == "barcode" || name == "hash" || name == "entry_hash") {
                    const std::string v = r.text[c] + "-" + std::to_string(suffix);
                    sqlite3_bind_text(st, i, v.c_str(), int(v.size()), SQLITE_TRANSIENT);
                } else if (r.types[c] == SQLITE_INTEGER) {
                    sqlite3_bind_int64(st, i, r.ints[c]);
                } else if (r.types[c] == SQLITE_FLOAT) {
                    sqlite3_bind_double(st, i, r.reals[c]);
                } else if (r.types[c] == SQLITE_TEXT) {
                    sqlite3_bind_text(st, i, r.text[c].c_str(), int(r.text[c].size()), SQLITE_TRANSIENT);
                } else if (r.types[c] == SQLITE_BLOB) {
                    sqlite3_bind_blob(st, i, r.text[c].data(), int(r.text[c].size()), SQLITE_TRANSIENT);
                } else {
                    sqlite3_bind_null(st, i);
                }
            }
            if (sqlite3_step(st) != SQLITE_DONE) {
                std::fprintf(stderr, "insert %s: %s\n", t.name.c_str(), sqlite3_errmsg(db));
                exec(db, "ROLLBACK");
                return false;
            }
            newIds[t.name][r.rowid] = sqlite3_last_insert_rowid(db);
        }
    }
    // The chain head moves once per dossier here (the repository moves it once per row).
    if (!exec(db, "UPDATE audit_head SET last_seq = (SELECT MAX(seq) FROM audit_log) WHERE id = 1"))
        return false;
    for (const std::string &counter : replay.counters) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "UPDATE counters SET value = value + 1 WHERE name = ?", -1, &st, nullptr);
        sqlite3_bind_text(st, 1, counter.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_step(st);
        sqlite3_finalize(st);
    }
    return exec(db, "COMMIT");
}

void BM_CreateDossier12Exams_UseCase_SQLite(benchmark::State &state) { createDossiers(state, false); }
void BM_CreateDossier12Exams_UseCase_PostgreSQL(benchmark::State &state) { createDossiers(state, true); }

void BM_CreateDossier12Exams_RawSqlite3(benchmark::State &state)
{
    auto lab = openLab(false, u"raw.db"_s);
    if (!lab) {
        state.SkipWithError("SQLite lab not created");
        return;
    }
    sqlite3 *db = nullptr;
    sqlite3_open(qPrintable(lab->sqlitePath), &db);
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "PRAGMA synchronous = FULL");  // as storage::Database opens it by default
    exec(db, "PRAGMA foreign_keys = ON");
    exec(db, "PRAGMA busy_timeout = 5000");
    std::map<std::string, sqlite3_int64> before;
    for (const std::string &t : kReplayTables)
        before[t] = maxRowid(db, t);
    // What the use case writes for one dossier: captured from a real call, then replayed.
    if (!createDossier(*lab)) {
        state.SkipWithError("create failed");
        sqlite3_close(db);
        return;
    }
    Replay replay;
    size_t rows = 0;
    for (const std::string &t : kReplayTables) {
        replay.tables.push_back(rowsAfter(db, t, before[t]));
        rows += replay.tables.back().rows.size();
    }
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM counters", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        replay.counters.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    // The audit chain's triggers guard updates and deletes, not inserts: the replay adds rows.
    int suffix = 0;
    for (auto _ : state)
        if (!replayOnce(db, replay, ++suffix)) {
            state.SkipWithError("raw replay failed");
            break;
        }
    state.counters["rows_per_dossier"] = double(rows);
    for (auto &[table, statement] : replay.inserts)
        sqlite3_finalize(statement);
    sqlite3_close(db);
}

// --- worklist of 5,000 pending results -----------------------------------------------------------

const char *const kRawWorklistSql =
    "SELECT r.id, r.version, r.dossier_id, d.number, d.priority, d.patient_id, p.birth_name, p.used_name, "
    "p.first_birth_name, p.birth_date, p.sex, r.analysis_code, r.bench, r.state, s.barcode, s.status, "
    "COALESCE(s.collected_at, d.sampled_at), s.received_at, s.container_code, r.value_kind, r.value_number, "
    "r.comparator, r.unit, r.coded_code, r.coded_display, r.value_text, r.flag, r.reservation "
    "FROM results r JOIN dossiers d ON d.id = r.dossier_id JOIN patients p ON p.id = d.patient_id "
    "LEFT JOIN specimens s ON s.id = r.specimen_id "
    "WHERE r.state IN ('pending', 'entered', 'rerun_requested') AND d.status <> 'cancelled' "
    "AND (r.specimen_id IS NULL OR s.status = 'received') "
    "ORDER BY CASE d.priority WHEN 'vital' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, "
    "COALESCE(s.received_at, d.created_at), d.id, r.id LIMIT ?";

/** A lab with at least kWorklistSize pending results, every tube received. */
std::unique_ptr<Lab> worklistLab(bool postgres)
{
    auto lab = openLab(postgres, u"worklist.db"_s);
    if (!lab)
        return nullptr;
    const int dossiers = kWorklistSize / 39 + 2;  // 39 results per 12-exam dossier
    for (int i = 0; i < dossiers; ++i)
        if (!createDossier(*lab))
            return nullptr;
    auto received = lab->db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto r = tx.exec(u"UPDATE specimens SET status = 'received', received_at = collected_at"_s);
        if (!r)
            return std::unexpected(r.error());
        return {};
    });
    if (!received)
        return nullptr;
    return lab;
}

void loadWorklist(benchmark::State &state, bool postgres)
{
    auto lab = worklistLab(postgres);
    if (!lab) {
        state.SkipWithError(postgres ? "SGL_TEST_PG_URL not set or unusable" : "worklist lab not created");
        return;
    }
    storage::WorklistFilter filter;
    filter.limit = kWorklistSize;
    const domain::AuditActor actor{1, u"technicien"_s, u"bench"_s};
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        auto items = lab->db->write(
            [&](storage::WriteTx &tx) { return storage::WorklistRepository::load(tx, filter, actor); });
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (!items || items->size() != kWorklistSize) {
            state.SkipWithError("worklist load failed or short");
            break;
        }
    }
    g_percentiles.record(postgres ? "worklist_repository_postgresql" : "worklist_repository_sqlite", ms);
    bench::dropPostgresSchema(lab->pgSchema);
}

void BM_Worklist5000_Repository_SQLite(benchmark::State &state) { loadWorklist(state, false); }
void BM_Worklist5000_Repository_PostgreSQL(benchmark::State &state) { loadWorklist(state, true); }

void BM_Worklist5000_RawSqlite3(benchmark::State &state)
{
    auto lab = worklistLab(false);
    if (!lab) {
        state.SkipWithError("worklist lab not created");
        return;
    }
    sqlite3 *db = nullptr;
    sqlite3_open(qPrintable(lab->sqlitePath), &db);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, kRawWorklistSql, -1, &st, nullptr);
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        sqlite3_reset(st);
        sqlite3_bind_int(st, 1, kWorklistSize);
        int n = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                benchmark::DoNotOptimize(sqlite3_column_text(st, c));
            ++n;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (n != kWorklistSize) {
            state.SkipWithError("raw worklist short");
            break;
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    g_percentiles.record("worklist_raw_sqlite3", ms);
}

} // namespace

BENCHMARK(BM_CreateDossier12Exams_RawSqlite3)->Iterations(200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CreateDossier12Exams_UseCase_SQLite)->Iterations(200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CreateDossier12Exams_UseCase_PostgreSQL)->Iterations(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Worklist5000_RawSqlite3)->Iterations(50)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Worklist5000_Repository_SQLite)->Iterations(50)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Worklist5000_Repository_PostgreSQL)->Iterations(50)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    return bench::runBenchmarks(argc, argv, [] {
        std::printf("\nWorklist of %d pending results (ms):\n", kWorklistSize);
        g_percentiles.print(2);
    });
}
