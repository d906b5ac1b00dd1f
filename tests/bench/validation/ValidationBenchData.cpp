#include "ValidationBenchData.h"

#include "interop/catalogue/CatalogueReferenceData.h"
#include "storage/CatalogueRepository.h"
#include "storage/DbUrl.h"
#include "storage/Dialect.h"
#include "storage/MigrationRunner.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "workflow/catalogue/CatalogueImportRequest.h"

#include <QDateTime>

#include <sqlite3.h>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace sgl::bench {

namespace {

constexpr int kGeneratorVersion = 1;
const QDateTime kNow(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);  // fixed: cached files stay valid
const QDateTime kStart = kNow.addYears(-5);

domain::UserSession adminSession()
{
    domain::UserSession s;
    s.userId = 1;
    s.login = u"bench.admin"_s;
    s.roles = {domain::Role::Admin};
    s.startedAt = QDateTime::currentDateTimeUtc();
    return s;
}

/** The first kAnalyses numeric measured analyses of the catalogue, in catalogue order. */
bool chooseAnalyses(const domain::Catalogue &c, BenchLayout &layout)
{
    layout.codes.clear();
    layout.units.clear();
    layout.mids.clear();
    for (const domain::Analysis &a : c.analyses) {
        if (a.retired || a.isCalculated() || a.resultType != domain::ResultType::Numeric || a.unit.isEmpty())
            continue;
        double mid = 5;
        for (const domain::ReferenceRange &r : a.ranges)
            if (r.low && r.high) {
                mid = (*r.low + *r.high) / 2;
                break;
            }
        layout.codes << a.localCode;
        layout.units << a.unit;
        layout.mids << mid;
        if (layout.codes.size() == BenchLayout::kAnalyses)
            return true;
    }
    std::fprintf(stderr, "catalogue: %lld numeric analyses only\n", (long long)layout.codes.size());
    return false;
}

/** Deterministic value of result `g` for analysis `i` (the same formula in SQL below). */
double valueOf(const BenchLayout &l, int i, qint64 g)
{
    return l.mids[i] * (0.8 + double((g * 37) % 41) / 100.0);
}

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

/** Multi-row INSERT of `rowsPerStatement` rows of `columns`, stepped with all binds of a batch. */
class MultiInsert {
public:
    MultiInsert(sqlite3 *db, const QString &table, const QStringList &columns, int rowsPerStatement)
        : m_db(db), m_columns(int(columns.size())), m_rows(rowsPerStatement)
    {
        QStringList one;
        for (int i = 0; i < m_columns; ++i)
            one << u"?"_s;
        QStringList all;
        for (int r = 0; r < m_rows; ++r)
            all << u"("_s + one.join(u',') + u')';
        const QByteArray sql = u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table, columns.join(u','), all.join(u',')).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
    }
    ~MultiInsert() { sqlite3_finalize(m_stmt); }
    /** Adds one row (values as text, integer or double variants); flushes a full statement. */
    bool add(const QVariantList &row)
    {
        for (int c = 0; c < m_columns; ++c) {
            const int index = m_filled * m_columns + c + 1;
            const QVariant &v = row[c];
            if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                sqlite3_bind_int64(m_stmt, index, v.toLongLong());
            else if (v.typeId() == QMetaType::Double)
                sqlite3_bind_double(m_stmt, index, v.toDouble());
            else if (v.isNull())
                sqlite3_bind_null(m_stmt, index);
            else {
                const QByteArray t = v.toString().toUtf8();
                sqlite3_bind_text(m_stmt, index, t.constData(), int(t.size()), SQLITE_TRANSIENT);
            }
        }
        if (++m_filled < m_rows)
            return true;
        m_filled = 0;
        const bool ok = sqlite3_step(m_stmt) == SQLITE_DONE;
        if (!ok)
            std::fprintf(stderr, "step: %s\n", sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        return ok;
    }
    [[nodiscard]] int filled() const { return m_filled; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_columns;
    int m_rows;
    int m_filled = 0;
};

} // namespace

qint64 BenchLayout::totalResults() const
{
    return qint64(kHistoryDossiers + 1) * kAnalyses + (patients - 1) * kDossiersPerPatient * kResultsPerDossier;
}

QString BenchLayout::key(int latestMigration) const
{
    return u"r%1-m%2-g%3"_s.arg(results).arg(latestMigration).arg(kGeneratorVersion);
}

std::unique_ptr<storage::Database> openDatabase(const QString &url, bool synchronousFull)
{
    auto parsed = storage::DbUrl::parse(url);
    if (!parsed) {
        std::fprintf(stderr, "url: %s\n", qPrintable(parsed.error().toString()));
        return nullptr;
    }
    storage::Database::OpenOptions o;
    o.synchronousFull = synchronousFull;
    auto db = storage::Database::open(*parsed, o);
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

bool prepareCatalogue(storage::Database &db, BenchLayout &layout)
{
    auto validator = interop::catalogue::CatalogueReferenceData::validator();
    if (!validator)
        return false;
    auto imported = workflow::ApplyCatalogueImport(db, *validator)
                        .run(adminSession(), workflow::CatalogueImportRequest::demoCatalogue());
    if (!imported || !imported->applied) {
        std::fprintf(stderr, "catalogue import failed\n");
        return false;
    }
    workflow::CatalogueAdmin admin(db, *validator);
    auto c = admin.load();
    if (!c || !chooseAnalyses(*c, layout))
        return false;
    // A delta rule on every third analysis: 30 % within a year.
    for (int i = 0; i < layout.codes.size(); i += 3) {
        domain::Analysis a = *c->analysis(layout.codes[i]);
        a.delta = domain::DeltaRule{std::nullopt, 30.0, 365};
        auto saved = admin.saveAnalysis(adminSession(), a, {}, u"banc d'essai"_s);
        if (!saved || !saved->saved) {
            std::fprintf(stderr, "delta rule on %s refused\n", qPrintable(layout.codes[i]));
            return false;
        }
    }
    return true;
}

bool readLayout(storage::Database &db, BenchLayout &layout)
{
    auto c = db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
    return c && chooseAnalyses(*c, layout);
}

bool generateSqlite(const QString &path, const BenchLayout &l)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    bool ok = exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; "
                       "PRAGMA cache_size=-262144; BEGIN");
    const auto started = std::chrono::steady_clock::now();
    const QString now = storage::Dialect::isoUtc(kNow);
    {
        MultiInsert patients(db, u"patients"_s,
                             {u"id"_s, u"local_id"_s, u"birth_name"_s, u"first_birth_name"_s, u"birth_date"_s,
                              u"birth_date_raw"_s, u"sex"_s, u"search_name"_s, u"status"_s, u"created_at"_s,
                              u"updated_at"_s},
                             1);
        for (qint64 p = 1; p <= l.patients && ok; ++p) {
            const QString birth = QDate(1940, 1, 1).addDays(p % 25000).toString(Qt::ISODate);
            ok = patients.add({p, u"V%1"_s.arg(p), u"BENCH"_s, u"ANNE"_s, birth, birth,
                               p % 2 ? u"F"_s : u"M"_s, u"BENCH ANNE"_s, u"PROV"_s, now, now});
        }
    }
    // Dossiers: the target's 60 monthly ones and its current one, then 5 per other patient.
    {
        MultiInsert dossiers(db, u"dossiers"_s,
                             {u"id"_s, u"number"_s, u"patient_id"_s, u"status"_s, u"prescriber_name"_s,
                              u"sampled_at"_s, u"created_by"_s, u"created_at"_s, u"updated_at"_s},
                             1);
        for (qint64 d = 1; d <= BenchLayout::kTargetDossier && ok; ++d) {
            const QString at = storage::Dialect::isoUtc(d == BenchLayout::kTargetDossier ? kNow.addSecs(-3600)
                                                                                            : kStart.addDays(d * 30));
            ok = dossiers.add({d, u"VD%1"_s.arg(d), qint64(1),
                               d == BenchLayout::kTargetDossier ? u"technically_validated"_s : u"validated"_s,
                               u"Dr BANC"_s, at, u"bench"_s, at, at});
        }
        for (qint64 p = 2; p <= l.patients && ok; ++p)
            for (int k = 0; k < BenchLayout::kDossiersPerPatient && ok; ++k) {
                const qint64 d = BenchLayout::kTargetDossier + 1 + (p - 2) * BenchLayout::kDossiersPerPatient + k;
                const QString at = storage::Dialect::isoUtc(kStart.addDays((p * 7 + k * 73) % 1800));
                ok = dossiers.add({d, u"VD%1"_s.arg(d), p, u"validated"_s, u"Dr BANC"_s, at, u"bench"_s, at, at});
            }
    }
    const QStringList resultColumns{u"dossier_id"_s,   u"patient_id"_s, u"analysis_code"_s, u"value_kind"_s,
                                    u"value_number"_s, u"value_double"_s, u"unit"_s,        u"state"_s,
                                    u"observed_at"_s,  u"validated_by"_s, u"validated_at"_s};
    auto resultRow = [&](qint64 dossier, qint64 patient, int i, qint64 g, const QString &state, const QString &at) {
        const double v = std::round(valueOf(l, i, g) * 100.0) / 100.0;
        return QVariantList{dossier, patient, l.codes[i], u"numeric"_s, QString::number(v, 'f', 2), v, l.units[i],
                            state, at, state == QLatin1String("validated") ? QVariant(u"bench"_s) : QVariant(),
                            state == QLatin1String("validated") ? QVariant(at) : QVariant()};
    };
    // The target's results one by one (few); the others by 100-row statements.
    if (ok) {
        MultiInsert single(db, u"results"_s, resultColumns, 1);
        for (qint64 d = 1; d <= BenchLayout::kTargetDossier && ok; ++d) {
            const bool current = d == BenchLayout::kTargetDossier;
            const QString at = storage::Dialect::isoUtc(current ? kNow.addSecs(-1800) : kStart.addDays(d * 30).addSecs(3600));
            for (int i = 0; i < BenchLayout::kAnalyses && ok; ++i)
                ok = single.add(resultRow(d, 1, i, d * 31 + i, current ? u"technically_validated"_s : u"validated"_s, at));
        }
    }
    constexpr int kRows = 100;
    static_assert(BenchLayout::kDossiersPerPatient * BenchLayout::kResultsPerDossier % 10 == 0);
    {
        MultiInsert many(db, u"results"_s, resultColumns, kRows);
        MultiInsert single(db, u"results"_s, resultColumns, 1);
        const qint64 others = (l.patients - 1) * BenchLayout::kDossiersPerPatient * BenchLayout::kResultsPerDossier;
        const qint64 full = others - others % kRows;
        for (qint64 g = 0; g < others && ok; ++g) {
            const qint64 p = 2 + g / 50;
            const int k = int((g % 50) / 10);
            const int j = int(g % 10);
            const qint64 d = BenchLayout::kTargetDossier + 1 + (p - 2) * BenchLayout::kDossiersPerPatient + k;
            const int i = int((p + k * 10 + j) % BenchLayout::kAnalyses);
            const QString at = storage::Dialect::isoUtc(kStart.addDays((p * 7 + k * 73) % 1800).addSecs(3600));
            const QVariantList row = resultRow(d, p, i, g, u"validated"_s, at);
            ok = g < full ? many.add(row) : single.add(row);
            if (ok && g % 1000000 == 999999) {
                ok = exec(db, "COMMIT; BEGIN");
                std::fprintf(stderr, "  %lld M results\n", (long long)((g + 1) / 1000000));
            }
        }
    }
    ok = ok && exec(db, "COMMIT") && exec(db, "ANALYZE");
    sqlite3_close(db);
    std::fprintf(stderr, "  generated in %.0f s\n",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return ok;
}

bool generatePostgres(storage::Database &db, const BenchLayout &l)
{
    auto arrayOf = [](const QStringList &items) { return u"ARRAY['"_s + items.join(u"','"_s) + u"']"_s; };
    QStringList mids;
    for (double m : l.mids)
        mids << QString::number(m, 'g', 12);
    const QString codes = arrayOf(l.codes);
    const QString units = arrayOf(l.units);
    const QString mid = u"ARRAY["_s + mids.join(u',') + u"]::float8[]"_s;
    const QString start = u"timestamptz '%1'"_s.arg(storage::Dialect::isoUtc(kStart));
    const QString now = u"timestamptz '%1'"_s.arg(storage::Dialect::isoUtc(kNow));
    const qint64 others = (l.patients - 1) * BenchLayout::kDossiersPerPatient * BenchLayout::kResultsPerDossier;
    const qint64 target = BenchLayout::kTargetDossier;
    // value = mid * (0.8 + ((g * 37) % 41) / 100), rounded to 2 decimals: the SQLite formula.
    auto value = [&](const QString &index, const QString &g) {
        return u"round(((%1)[%2 + 1] * (0.8 + ((%3 * 37) %% 41) / 100.0))::numeric, 2)"_s.arg(mid, index, g);
    };
    const QStringList steps{
        u"INSERT INTO patients (id, local_id, birth_name, first_birth_name, birth_date, birth_date_raw, sex, "
        "search_name, status, created_at, updated_at) OVERRIDING SYSTEM VALUE SELECT g, 'V' || g, 'BENCH', 'ANNE', "
        "to_char(date '1940-01-01' + (g %% 25000)::int, 'YYYY-MM-DD'), to_char(date '1940-01-01' + (g %% 25000)::int, "
        "'YYYY-MM-DD'), CASE WHEN g %% 2 = 1 THEN 'F' ELSE 'M' END, 'BENCH ANNE', 'PROV', %2, %2 "
        "FROM generate_series(1, %1) g"_s.arg(l.patients).arg(now),
        u"INSERT INTO dossiers (id, number, patient_id, status, prescriber_name, sampled_at, created_by, created_at, "
        "updated_at) OVERRIDING SYSTEM VALUE SELECT d, 'VD' || d, 1, CASE WHEN d = %1 THEN 'technically_validated' "
        "ELSE 'validated' END, 'Dr BANC', CASE WHEN d = %1 THEN %3 - interval '1 hour' ELSE %2 + d * interval '30 days' "
        "END, 'bench', %3, %3 FROM generate_series(1, %1) d"_s.arg(target).arg(start, now),
        u"INSERT INTO dossiers (id, number, patient_id, status, prescriber_name, sampled_at, created_by, created_at, "
        "updated_at) OVERRIDING SYSTEM VALUE SELECT %1 + 1 + x, 'VD' || (%1 + 1 + x), 2 + x / %2, 'validated', "
        "'Dr BANC', %3 + ((((2 + x / %2) * 7 + (x %% %2) * 73) %% 1800)::int) * interval '1 day', 'bench', %3, %3 "
        "FROM generate_series(0, %4 - 1) x"_s.arg(target).arg(BenchLayout::kDossiersPerPatient).arg(start)
            .arg((l.patients - 1) * BenchLayout::kDossiersPerPatient),
        u"INSERT INTO results (dossier_id, patient_id, analysis_code, value_kind, value_number, value_double, unit, "
        "state, observed_at, validated_by, validated_at) SELECT d, 1, (%1)[i + 1], 'numeric', (%2)::text, (%2)::float8, "
        "(%3)[i + 1], CASE WHEN d = %4 THEN 'technically_validated' ELSE 'validated' END, "
        "CASE WHEN d = %4 THEN %6 - interval '30 minutes' ELSE %5 + d * interval '30 days' + interval '1 hour' END, "
        "CASE WHEN d = %4 THEN NULL ELSE 'bench' END, "
        "CASE WHEN d = %4 THEN NULL ELSE %5 + d * interval '30 days' + interval '1 hour' END "
        "FROM generate_series(1, %4) d, generate_series(0, %7 - 1) i"_s
            .arg(codes, value(u"i"_s, u"(d * 31 + i)"_s), units).arg(target).arg(start, now).arg(BenchLayout::kAnalyses),
        u"INSERT INTO results (dossier_id, patient_id, analysis_code, value_kind, value_number, value_double, unit, "
        "state, observed_at, validated_by, validated_at) SELECT %1 + 1 + (2 + g / 50 - 2) * 5 + (g %% 50) / 10, "
        "2 + g / 50, (%2)[((2 + g / 50) + ((g %% 50) / 10) * 10 + g %% 10) %% 30 + 1], 'numeric', (%3)::text, "
        "(%3)::float8, (%4)[((2 + g / 50) + ((g %% 50) / 10) * 10 + g %% 10) %% 30 + 1], 'validated', "
        "%5 + ((((2 + g / 50) * 7 + ((g %% 50) / 10) * 73) %% 1800)::int) * interval '1 day' + interval '1 hour', 'bench', "
        "%5 + ((((2 + g / 50) * 7 + ((g %% 50) / 10) * 73) %% 1800)::int) * interval '1 day' + interval '1 hour' "
        "FROM generate_series(0, %6 - 1) g"_s
            .arg(target)
            .arg(codes, value(u"(((2 + g / 50) + ((g % 50) / 10) * 10 + g % 10) % 30)"_s, u"g"_s), units, start)
            .arg(others),
        u"ANALYZE"_s};
    const auto started = std::chrono::steady_clock::now();
    auto built = db.write([&](storage::WriteTx &tx) -> domain::Status {
        for (QString s : steps) {
            s.replace(u"%%"_s, u"%"_s);
            if (auto r = tx.execRaw(s); !r)
                return r;
        }
        return {};
    });
    if (!built) {
        std::fprintf(stderr, "postgres: %s\n", qPrintable(built.error().toString()));
        return false;
    }
    std::fprintf(stderr, "  generated in %.0f s\n",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return true;
}

} // namespace sgl::bench
