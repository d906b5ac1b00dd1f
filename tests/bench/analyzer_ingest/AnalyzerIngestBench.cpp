// Analyzer ingestion throughput (issue 11, "parse + store"), each with a raw baseline in the same
// run:
//  - BM_AstmIngest: 100,005 results of a Sysmex XN (6,667 tubes x 15 CBC parameters) as one
//    framed E1381 capture, read through exactly the gateway's path: AnalyzerStreamDecoder (link
//    layer, E1394 records, extraction), the shipped sysmex-xn profile's ProfileMapper, and
//    AnalyzerIngestion (one transaction per message: raw message row, tube and dossier lookup,
//    ResultEntry checks against the patient's range, result update, history, audit);
//  - BM_Hl7Ingest: the same count as 6,667 OUL^R22 messages through the HL7 path (splitter,
//    parser, LAW reader, law-generic profile);
//  - BM_*RawInsert: the minimal baseline, one message row + 15 result rows per message written
//    with sqlite3 prepared INSERTs into two tables without index, one transaction per message,
//    with the durability the SGL database uses (WAL, synchronous=FULL), nothing else;
//  - BM_*SameWrites: the baseline of the same rows taken literally: the ingestion's own write
//    statements, captured (untimed) with their values while it ingests the same capture into a
//    copy of the same database, replayed with raw sqlite3 prepared statements on another copy,
//    in the same transactions (WriteReplay). It is what SQLite itself costs for exactly what the
//    ingestion stores (results updated in place, history, audit chain, message row, dossier
//    status, with the schema's indexes and constraints); the counters also give the replay of
//    every statement, reads included (what is left is Qt and our code).
// Each case starts from a copy of one database built before any timing (6,667 patients, one
// dossier each with its tube received, through OrderEntry). Run a Release build by hand:
//   build-release/tests/bench/analyzer_ingest/bench_analyzer_ingest

#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "interop/analyzer/AnalyzerStreamDecoder.h"
#include "interop/astm/FrameCodec.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "storage/Database.h"
#include "storage/MigrationRunner.h"
#include "storage/PatientRepository.h"
#include "storage/SpecimenRepository.h"
#include "workflow/analyzers/AnalyzerIngestion.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/catalogue/CatalogueImportRequest.h"
#include "workflow/orders/OrderEntry.h"

#include "WriteReplay.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace sgl;

namespace {

// 6,667 x 15 = 100,005 results; SGL_BENCH_TUBES overrides it for a quick smoke run.
const int kTubes = [] {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SGL_BENCH_TUBES", &ok);
    return ok && n > 0 ? n : 6667;
}();
// Dossiers per patient: one, as in a day's run of an analyzer (each tube a different patient).
// SGL_BENCH_DOSSIERS_PER_PATIENT overrides it; a huge value gives the former layout, every
// dossier on one patient, where the (patient, analysis, run time) index of the results is one
// long run per analysis and every message dirties 15 of its leaf pages.
const int kDossiersPerPatient = [] {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SGL_BENCH_DOSSIERS_PER_PATIENT", &ok);
    return ok && n > 0 ? n : 1;
}();
const QStringList kXnCodes{u"WBC"_s, u"RBC"_s, u"HGB"_s, u"HCT"_s, u"MCV"_s, u"MCH"_s, u"MCHC"_s, u"RDW-CV"_s,
                           u"PLT"_s, u"MPV"_s, u"NEUT#"_s, u"EO#"_s, u"BASO#"_s, u"LYMPH#"_s, u"MONO#"_s};
const QStringList kLocalCodes{u"GB"_s, u"GR"_s, u"HB"_s, u"HT"_s, u"VGM"_s, u"TCMH"_s, u"CCMH"_s, u"IDR"_s,
                              u"PLAQ"_s, u"VMP"_s, u"PNN"_s, u"PNE"_s, u"PNB"_s, u"LYM"_s, u"MONO"_s};
const QStringList kValues{u"6.52"_s, u"4.61"_s, u"13.8"_s, u"41.2"_s, u"89.4"_s, u"29.9"_s, u"33.5"_s, u"12.9"_s,
                          u"251"_s, u"10.1"_s, u"3.91"_s, u"0.21"_s, u"0.04"_s, u"1.88"_s, u"0.48"_s};
const QStringList kUnits{u"10*3/uL"_s, u"10*6/uL"_s, u"g/dL"_s, u"%"_s, u"fL"_s, u"pg"_s, u"g/dL"_s, u"%"_s,
                         u"10*3/uL"_s, u"fL"_s, u"10*3/uL"_s, u"10*3/uL"_s, u"10*3/uL"_s, u"10*3/uL"_s, u"10*3/uL"_s};

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

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

struct Lab {
    std::unique_ptr<storage::Database> db;
    sqlite3 *handle = nullptr;  ///< the connection under `db` (Qt's SQLite driver, system libsqlite3)
    QStringList barcodes;       ///< one NFS tube per dossier, received
};

/** Opens the SGL database at `path` and finds its sqlite3 connection. */
std::unique_ptr<Lab> openDatabase(const QString &path)
{
    auto lab = std::make_unique<Lab>();
    const QStringList before = QSqlDatabase::connectionNames();
    auto db = storage::Database::open(*storage::DbUrl::parse(u"sqlite://"_s + path), {});
    if (!db)
        return nullptr;
    lab->db = std::move(*db);
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (before.contains(name))
            continue;
        const QVariant h = QSqlDatabase::database(name, false).driver()->handle();
        if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
            lab->handle = *static_cast<sqlite3 *const *>(h.constData());
    }
    return lab->handle ? std::move(lab) : nullptr;
}

/** A migrated SQLite database with the demo catalogue, the shipped profiles and kTubes received NFS tubes. */
std::unique_ptr<Lab> buildLab(const QString &path)
{
    QFile::remove(path);
    auto lab = openDatabase(path);
    if (!lab)
        return nullptr;
    if (!storage::MigrationRunner(*lab->db).migrate())
        return nullptr;
    const auto admin = session(domain::Role::Admin, u"admin"_s);
    auto imported = workflow::ApplyCatalogueImport(*lab->db, *interop::catalogue::CatalogueReferenceData::validator())
                        .run(admin, workflow::CatalogueImportRequest::demoCatalogue());
    if (!imported || !imported->applied)
        return nullptr;
    if (!workflow::analyzers::AnalyzerProfileStore(*lab->db, admin).installShipped())
        return nullptr;
    auto newPatient = [&](int n) { return lab->db->write([&](storage::WriteTx &tx) -> domain::Result<qint64> {
        domain::Patient p;
        p.localId = u"BENCH-%1"_s.arg(n);
        p.traits.birthName = u"BANCDESSAI"_s;
        p.traits.firstBirthName = u"CLAIRE"_s;
        p.traits.birthFirstNames = {u"CLAIRE"_s};
        p.traits.birthDate = QDate(1975, 6, 14);
        p.traits.birthDateRaw = u"1975-06-14"_s;
        p.traits.sex = domain::Sex::Female;
        p.traits.birthPlaceCog = u"75056"_s;
        p.status = domain::IdentityStatus::Prov;
        if (auto s = storage::PatientRepository::insert(tx, p, domain::AuditActor{0, u"bench"_s, {}}); !s)
            return std::unexpected(s.error());
        return p.id;
    }); };
    workflow::orders::OrderEntry entry(*lab->db, session(domain::Role::Secretary, u"secretaire"_s));
    std::optional<qint64> patient;
    for (int i = 0; i < kTubes; ++i) {
        if (i % kDossiersPerPatient == 0) {
            auto p = newPatient(i / kDossiersPerPatient + 1);
            if (!p)
                return nullptr;
            patient = *p;
        }
        workflow::orders::DossierRequest r;
        r.patientId = *patient;
        r.prescriberName = u"Dr Claire BERNARD"_s;
        r.examCodes = {u"NFS"_s};
        r.sampledAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        auto change = entry.create(r);
        if (!change || change->newTubes.size() != 1)
            return nullptr;
        auto received = lab->db->write([&](storage::WriteTx &tx) -> domain::Status {
            domain::Specimen s = change->newTubes.first().specimen;
            return storage::SpecimenRepository::markReceived(tx, s, QDateTime::currentDateTimeUtc(),
                                                             domain::AuditActor{0, u"bench"_s, {}});
        });
        if (!received)
            return nullptr;
        lab->barcodes << change->newTubes.first().specimen.barcode;
    }
    return lab;
}

/**
 * The lab every case starts from, built once and compacted into one file (VACUUM INTO: no WAL
 * beside it), so that each case copies the same bytes.
 */
struct Master {
    QString path;
    QStringList barcodes;
};

const Master *master()
{
    static const std::optional<Master> built = []() -> std::optional<Master> {
        auto lab = buildLab(tempDir().path() + u"/build.sqlite"_s);
        if (!lab)
            return std::nullopt;
        Master m{tempDir().path() + u"/master.sqlite"_s, lab->barcodes};
        sqlite3_stmt *vacuum = nullptr;
        const QByteArray target = m.path.toUtf8();
        const bool ok = sqlite3_prepare_v2(lab->handle, "VACUUM INTO ?", -1, &vacuum, nullptr) == SQLITE_OK
            && sqlite3_bind_text(vacuum, 1, target.constData(), -1, SQLITE_STATIC) == SQLITE_OK
            && sqlite3_step(vacuum) == SQLITE_DONE;
        sqlite3_finalize(vacuum);
        if (!ok)
            return std::nullopt;
        return m;
    }();
    return built ? &*built : nullptr;
}

/** A copy of the master lab at `name` in the temporary directory, opened by the SGL. */
std::unique_ptr<Lab> openLab(const QString &name)
{
    const Master *m = master();
    if (!m)
        return nullptr;
    const QString path = tempDir().path() + u'/' + name;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    if (!QFile::copy(m->path, path))
        return nullptr;
    auto lab = openDatabase(path);
    if (lab)
        lab->barcodes = m->barcodes;
    return lab;
}

QByteArray astmCapture(const QStringList &barcodes)
{
    QByteArray out("\x05");
    int fn = 1;
    for (const QString &b : barcodes) {
        QByteArray text = "H|\\^&|||XN-550^00-24^11001^^^^12345678||||||||E1394-97\rP|1\rO|1||^^"
                          + b.toLatin1() + "^B|^^^^WBC\\^^^^RBC|||||||N||||||||||||||F\r";
        for (qsizetype k = 0; k < kXnCodes.size(); ++k)
            text += "R|" + QByteArray::number(k + 1) + "|^^^^" + kXnCodes.at(k).toLatin1() + "^1|"
                    + kValues.at(k).toLatin1() + "|" + kUnits.at(k).toLatin1() + "||N||F||||20261206083000\r";
        text += "L|1|N\r";
        for (const auto &f : interop::astm::FrameCodec::split(text, 240, interop::astm::SendFraming::RecordPerMessage)) {
            out += interop::astm::FrameCodec::buildFrame(fn, f.text, f.last);
            fn = (fn + 1) % 8;
        }
    }
    out.append('\x04');
    return out;
}

QByteArray hl7Capture(const QStringList &barcodes)
{
    QByteArray out;
    int n = 0;
    for (const QString &b : barcodes) {
        out += "MSH|^~\\&|cobas||SGL||20261206083000||OUL^R22^OUL_R22|M" + QByteArray::number(++n)
               + "|P|2.5.1|||NE|AL||UNICODE UTF-8|||LAB-29^IHE\rSPM|1|" + b.toLatin1()
               + "&BARCODE||BLD^^HL70487|||||||P\rOBR|1|\"\"||NFS\rORC|SC||||CM\r";
        for (qsizetype k = 0; k < kLocalCodes.size(); ++k)
            out += "OBX|" + QByteArray::number(k + 1) + "|NM|" + kLocalCodes.at(k).toLatin1() + "^^99LOC||"
                   + kValues.at(k).toLatin1() + "|" + kUnits.at(k).toLatin1() + "||N|||F|||20261206083000\r";
    }
    return out;
}

/** Decode, map and ingest a whole capture: the numbers of stored and held results. */
std::pair<int, int> ingest(Lab &lab, const QByteArray &capture, const QString &profileName)
{
    workflow::analyzers::AnalyzerProfileStore store(*lab.db, session(domain::Role::Technician, u"technicien"_s));
    auto mapper = store.mapperFor(profileName);
    if (!mapper)
        return {-1, -1};
    auto stream = interop::analyzer::AnalyzerStreamDecoder::decode(capture, mapper->profile());
    if (!stream)
        return {-1, -1};
    workflow::analyzers::AnalyzerIngestion ingestion(*lab.db, domain::AuditActor::system(u"gateway"_s, u"bench"_s));
    int stored = 0;
    int held = 0;
    for (const auto &m : stream->messages) {
        auto out = ingestion.ingest({profileName, m.raw, u"bench"_s, QDateTime::currentDateTimeUtc(), mapper->map(m.message)});
        if (!out)
            return {-1, -1};
        for (const auto &item : out->items) {
            stored += item.fate == workflow::analyzers::ItemFate::Stored ? 1 : 0;
            held += item.fate == workflow::analyzers::ItemFate::Held ? 1 : 0;
        }
    }
    return {stored, held};
}

void runIngest(benchmark::State &state, bool hl7)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto lab = openLab(hl7 ? u"hl7.sqlite"_s : u"astm.sqlite"_s);
        if (!lab) {
            state.SkipWithError("lab setup failed");
            return;
        }
        const QByteArray capture = hl7 ? hl7Capture(lab->barcodes) : astmCapture(lab->barcodes);
        state.ResumeTiming();
        const auto [stored, held] = ingest(*lab, capture, hl7 ? u"law-generic"_s : u"sysmex-xn"_s);
        state.PauseTiming();
        if (stored != kTubes * int(kXnCodes.size()) || held != 0) {
            std::fprintf(stderr, "stored %d held %d, expected %d stored\n", stored, held, kTubes * int(kXnCodes.size()));
            state.SkipWithError("not every result was stored");
            return;
        }
        lab.reset();
        state.ResumeTiming();
    }
    state.counters["results_per_s"] = benchmark::Counter(double(kTubes) * kXnCodes.size(), benchmark::Counter::kIsRate);
}

/** The same rows as ingestion writes, in the same transactions, with nothing else. */
void runRawInsert(benchmark::State &state, bool hl7)
{
    const QByteArray capture = [&] {
        QStringList barcodes;
        for (int i = 0; i < kTubes; ++i)
            barcodes << u"B%1"_s.arg(i, 8, 10, QChar(u'0'));
        return hl7 ? hl7Capture(barcodes) : astmCapture(barcodes);
    }();
    const QByteArray perMessage = capture.left(capture.size() / kTubes);
    for (auto _ : state) {
        state.PauseTiming();
        const QByteArray path = (tempDir().path() + (hl7 ? u"/raw-hl7.sqlite"_s : u"/raw-astm.sqlite"_s)).toUtf8();
        QFile::remove(QString::fromUtf8(path));
        sqlite3 *db = nullptr;
        sqlite3_open(path.constData(), &db);
        // The durability the SGL database opens with (WAL, synchronous=FULL: a committed result
        // survives a power cut), so both sides pay the same fsync per message.
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                         "CREATE TABLE m (id INTEGER PRIMARY KEY, profile TEXT, raw BLOB, received_at TEXT);"
                         "CREATE TABLE r (id INTEGER PRIMARY KEY, message_id INTEGER, barcode TEXT, code TEXT,"
                         " value TEXT, unit TEXT, flag TEXT, observed_at TEXT);",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *msg = nullptr;
        sqlite3_stmt *res = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO m (profile, raw, received_at) VALUES (?, ?, ?)", -1, &msg, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO r (message_id, barcode, code, value, unit, flag, observed_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &res, nullptr);
        state.ResumeTiming();
        for (int t = 0; t < kTubes; ++t) {
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            sqlite3_bind_text(msg, 1, "sysmex-xn", -1, SQLITE_STATIC);
            sqlite3_bind_blob(msg, 2, perMessage.constData(), int(perMessage.size()), SQLITE_STATIC);
            sqlite3_bind_text(msg, 3, "2026-12-06T08:30:00Z", -1, SQLITE_STATIC);
            sqlite3_step(msg);
            sqlite3_reset(msg);
            const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
            // Appended, not "B" + to_string(t): GCC 12 -O3 reports a false -Wrestrict on the latter.
            std::string barcode = "B";
            barcode += std::to_string(t);
            for (qsizetype k = 0; k < kLocalCodes.size(); ++k) {
                const QByteArray code = kLocalCodes.at(k).toLatin1();
                const QByteArray value = kValues.at(k).toLatin1();
                const QByteArray unit = kUnits.at(k).toLatin1();
                sqlite3_bind_int64(res, 1, id);
                sqlite3_bind_text(res, 2, barcode.c_str(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(res, 3, code.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(res, 4, value.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(res, 5, unit.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(res, 6, "N", -1, SQLITE_STATIC);
                sqlite3_bind_text(res, 7, "2026-12-06T08:30:00Z", -1, SQLITE_STATIC);
                sqlite3_step(res);
                sqlite3_reset(res);
            }
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        }
        state.PauseTiming();
        sqlite3_finalize(msg);
        sqlite3_finalize(res);
        sqlite3_close(db);
        state.ResumeTiming();
    }
    state.counters["results_per_s"] = benchmark::Counter(double(kTubes) * kLocalCodes.size(), benchmark::Counter::kIsRate);
}

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/** Rows per table: a replay must leave the copy exactly as the ingestion left its own. */
std::map<std::string, sqlite3_int64> rowCounts(sqlite3 *db)
{
    std::map<std::string, sqlite3_int64> counts;
    std::vector<std::string> tables;
    sqlite3_stmt *list = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &list, nullptr);
    while (sqlite3_step(list) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(list, 0)));
    sqlite3_finalize(list);
    for (const std::string &t : tables) {
        sqlite3_stmt *count = nullptr;
        const std::string sql = "SELECT count(*) FROM \"" + t + "\"";
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &count, nullptr) == SQLITE_OK && sqlite3_step(count) == SQLITE_ROW)
            counts[t] = sqlite3_column_int64(count, 0);
        sqlite3_finalize(count);
    }
    return counts;
}

/** A copy of the master lab opened with raw sqlite3, configured as Database::open configures it. */
sqlite3 *openRaw(const QString &name)
{
    auto lab = openLab(name); // copies the master and lets the SGL open it once, then closes it
    if (!lab)
        return nullptr;
    lab.reset();
    sqlite3 *db = nullptr;
    const QByteArray path = (tempDir().path() + u'/' + name).toUtf8();
    if (sqlite3_open(path.constData(), &db) != SQLITE_OK
        || sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;",
                        nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

/** The ingestion's own statements replayed raw (see the header comment and WriteReplay). */
void runSameWrites(benchmark::State &state, bool hl7)
{
    for (auto _ : state) {
        state.PauseTiming();
        WriteReplay replay;
        std::map<std::string, sqlite3_int64> expected;
        {
            auto lab = openLab(hl7 ? u"capture-hl7.sqlite"_s : u"capture-astm.sqlite"_s);
            if (!lab) {
                state.SkipWithError("lab setup failed");
                return;
            }
            const QByteArray capture = hl7 ? hl7Capture(lab->barcodes) : astmCapture(lab->barcodes);
            replay.start(lab->handle);
            const auto [stored, held] = ingest(*lab, capture, hl7 ? u"law-generic"_s : u"sysmex-xn"_s);
            replay.stop();
            if (stored != kTubes * int(kXnCodes.size()) || held != 0 || !replay.error().empty()) {
                std::fprintf(stderr, "capture: stored %d held %d: %s\n", stored, held, replay.error().c_str());
                state.SkipWithError("capture failed");
                return;
            }
            expected = rowCounts(lab->handle);
        }
        sqlite3 *writes = openRaw(hl7 ? u"replay-hl7.sqlite"_s : u"replay-astm.sqlite"_s);
        if (!writes || !replay.prepare(writes)) {
            std::fprintf(stderr, "prepare: %s\n", replay.error().c_str());
            state.SkipWithError("replay set-up failed");
            sqlite3_close(writes);
            return;
        }
        state.ResumeTiming();
        const bool ok = replay.run(false);
        state.PauseTiming();
        const bool same = ok && rowCounts(writes) == expected;
        sqlite3_close_v2(writes);
        if (!same) {
            std::fprintf(stderr, "replay: %s\n", ok ? "row counts differ from the ingestion's" : replay.error().c_str());
            state.SkipWithError("replay failed");
            return;
        }
        // Every statement, reads included, on a third copy: what remains of the ingestion's time
        // beyond this is Qt's SQL layer and our code.
        sqlite3 *all = openRaw(hl7 ? u"replay-all-hl7.sqlite"_s : u"replay-all-astm.sqlite"_s);
        if (!all || !replay.prepare(all)) {
            sqlite3_close(all);
            state.SkipWithError("replay set-up failed");
            return;
        }
        const auto wall0 = std::chrono::steady_clock::now();
        const double cpu0 = threadCpuSeconds();
        const bool allOk = replay.run(true);
        const double cpu = threadCpuSeconds() - cpu0;
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
        const bool allSame = allOk && rowCounts(all) == expected;
        sqlite3_close_v2(all);
        if (!allSame) {
            state.SkipWithError("replay with reads failed");
            return;
        }
        if (qEnvironmentVariableIsSet("SGL_BENCH_PRINT_STATEMENTS")) {
            // What one message costs the storage: each distinct statement, executions per message.
            std::map<std::size_t, long> runs;
            for (const auto &t : replay.transactions())
                for (const auto &st : t.statements)
                    ++runs[st.text];
            for (const auto &[text, n] : runs)
                std::fprintf(stderr, "%6.2f %s\n", double(n) / double(replay.transactions().size()),
                             replay.texts()[text].substr(0, 160).c_str());
        }
        const double messages = double(replay.transactions().size());
        state.counters["tx"] = messages;
        state.counters["writes_per_tx"] = double(replay.statementCount() - replay.readCount()) / messages;
        state.counters["reads_per_tx"] = double(replay.readCount()) / messages;
        state.counters["with_reads_wall_s"] = wall;
        state.counters["with_reads_cpu_s"] = cpu;
        state.ResumeTiming();
    }
    state.counters["results_per_s"] = benchmark::Counter(double(kTubes) * kXnCodes.size(), benchmark::Counter::kIsRate);
}

void BM_AstmIngest(benchmark::State &state) { runIngest(state, false); }
void BM_AstmRawInsert(benchmark::State &state) { runRawInsert(state, false); }
void BM_Hl7Ingest(benchmark::State &state) { runIngest(state, true); }
void BM_Hl7RawInsert(benchmark::State &state) { runRawInsert(state, true); }
void BM_AstmSameWrites(benchmark::State &state) { runSameWrites(state, false); }
void BM_Hl7SameWrites(benchmark::State &state) { runSameWrites(state, true); }

} // namespace

BENCHMARK(BM_AstmIngest)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AstmRawInsert)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Hl7Ingest)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Hl7RawInsert)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AstmSameWrites)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Hl7SameWrites)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
