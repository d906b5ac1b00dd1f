// Export and re-import of a generated 5,000-analysis catalogue, each with its raw baseline:
//  - CSV write vs a plain QByteArray join of the same fields;
//  - CSV read vs a plain line/field split (QByteArray::split) of the same bytes;
//  - FHIR write/read (QJsonDocument) vs QJsonDocument round trip of the same bytes;
//  - FHIR ConceptMap write/read vs QJsonDocument round trip of the same bytes; the retired
//    filter of ExportCatalogue vs a plain copy of the catalogue;
//  - full import into SQLite (parse + diff + validation + one transaction) vs raw prepared
//    INSERTs of the same analyses through QtSql alone; export from SQLite.
#include "domain/security/UserSession.h"
#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/CatalogueDiff.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "interop/catalogue/FhirCatalogue.h"
#include "interop/catalogue/FhirConceptMap.h"
#include "storage/Database.h"
#include "storage/MigrationRunner.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/catalogue/ExportCatalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace sgl;
using namespace sgl::domain;
using namespace sgl::interop::catalogue;

namespace {

constexpr int kAnalyses = 5000;

/** The demo catalogue replicated to 5,000 analyses (codes suffixed), 100 exams of 50. */
const Catalogue &bigCatalogue()
{
    static const Catalogue c = [] {
        const Catalogue demo = CatalogueReferenceData::demoCatalogue().catalogue;
        Catalogue out;
        out.chapters = demo.chapters;
        int n = 0;
        for (int copy = 0; n < kAnalyses; ++copy) {
            Exam e;
            e.code = QStringLiteral("EX%1").arg(copy);
            e.label = QStringLiteral("Examen %1").arg(copy);
            e.chapterCode = demo.chapters[copy % demo.chapters.size()].code;
            for (const Analysis &a : demo.analyses) {
                if (n >= kAnalyses)
                    break;
                Analysis b = a;
                b.localCode = QStringLiteral("%1_%2").arg(a.localCode).arg(copy);
                if (!b.formula.isEmpty())
                    b.formula.clear(); // formulas reference the original codes
                e.analysisCodes << b.localCode;
                out.analyses << b;
                ++n;
            }
            out.exams << e;
        }
        return out;
    }();
    return c;
}

const QByteArray &bigCsv()
{
    static const QByteArray csv = CatalogueCsv::write(bigCatalogue(), *CatalogueReferenceData::loincSubset());
    return csv;
}

const QByteArray &bigRanges()
{
    static const QByteArray csv = CatalogueCsv::writeRanges(bigCatalogue());
    return csv;
}

void BM_CsvWrite(benchmark::State &state)
{
    const LoincSubset loinc = *CatalogueReferenceData::loincSubset();
    for (auto _ : state)
        benchmark::DoNotOptimize(CatalogueCsv::write(bigCatalogue(), loinc));
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_CsvWrite)->Unit(benchmark::kMillisecond);

void BM_RawCsvJoin(benchmark::State &state)
{
    for (auto _ : state) {
        QByteArray out;
        for (const Analysis &a : bigCatalogue().analyses)
            out += (QStringList{a.localCode, a.label, a.specimen, a.unit, a.method, a.loinc}.join(u';') + u'\n').toUtf8();
        benchmark::DoNotOptimize(out);
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_RawCsvJoin)->Unit(benchmark::kMillisecond);

void BM_CsvRead(benchmark::State &state)
{
    for (auto _ : state) {
        ImportedCatalogue in = CatalogueCsv::read(bigCsv(), QStringLiteral("big.csv"), bigRanges(), QStringLiteral("r.csv"));
        if (!in.errors.isEmpty())
            state.SkipWithError("parse errors");
        benchmark::DoNotOptimize(in);
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
    state.SetBytesProcessed(state.iterations() * (bigCsv().size() + bigRanges().size()));
}
BENCHMARK(BM_CsvRead)->Unit(benchmark::kMillisecond);

void BM_RawLineSplit(benchmark::State &state)
{
    for (auto _ : state) {
        qsizetype fields = 0;
        for (const QByteArray &bytes : {bigCsv(), bigRanges()})
            for (const QByteArray &line : bytes.split('\n'))
                fields += QString::fromUtf8(line).split(u';').size();
        benchmark::DoNotOptimize(fields);
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
    state.SetBytesProcessed(state.iterations() * (bigCsv().size() + bigRanges().size()));
}
BENCHMARK(BM_RawLineSplit)->Unit(benchmark::kMillisecond);

void BM_DiffAndValidate(benchmark::State &state)
{
    const CatalogueValidator validator = *CatalogueReferenceData::validator();
    const ImportedCatalogue in = CatalogueCsv::read(bigCsv(), QStringLiteral("big.csv"), bigRanges(), QStringLiteral("r.csv"));
    for (auto _ : state) {
        auto d = CatalogueDiff::compute(bigCatalogue(), in, CatalogueDiff::Mode::Merge, validator);
        if (!d.ok())
            state.SkipWithError(qPrintable(d.errors.front().toString()));
        benchmark::DoNotOptimize(d);
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_DiffAndValidate)->Unit(benchmark::kMillisecond);

void BM_FhirWrite(benchmark::State &state)
{
    const LoincSubset loinc = *CatalogueReferenceData::loincSubset();
    for (auto _ : state)
        benchmark::DoNotOptimize(FhirCatalogue::toBundle(bigCatalogue(), loinc));
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_FhirWrite)->Unit(benchmark::kMillisecond);

void BM_FhirRead(benchmark::State &state)
{
    const QByteArray json = FhirCatalogue::toBundle(bigCatalogue(), LoincSubset());
    for (auto _ : state) {
        auto in = FhirCatalogue::fromBundle(json, QStringLiteral("big.json"));
        if (!in.errors.isEmpty())
            state.SkipWithError("fhir errors");
        benchmark::DoNotOptimize(in);
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(BM_FhirRead)->Unit(benchmark::kMillisecond);

void BM_RawJsonRoundTrip(benchmark::State &state)
{
    const QByteArray json = FhirCatalogue::toBundle(bigCatalogue(), LoincSubset());
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact));
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(BM_RawJsonRoundTrip)->Unit(benchmark::kMillisecond);

void BM_ConceptMapWrite(benchmark::State &state)
{
    const LoincSubset loinc = *CatalogueReferenceData::loincSubset();
    for (auto _ : state)
        benchmark::DoNotOptimize(FhirConceptMap::write(bigCatalogue(), loinc));
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_ConceptMapWrite)->Unit(benchmark::kMillisecond);

void BM_ConceptMapRead(benchmark::State &state)
{
    const QByteArray json = FhirConceptMap::write(bigCatalogue(), *CatalogueReferenceData::loincSubset());
    for (auto _ : state) {
        auto in = FhirConceptMap::read(json, QStringLiteral("map.json"));
        if (!in.errors.isEmpty() || in.catalogue.analyses.size() != kAnalyses)
            state.SkipWithError("conceptmap errors");
        benchmark::DoNotOptimize(in);
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(BM_ConceptMapRead)->Unit(benchmark::kMillisecond);

void BM_RawConceptMapJsonRoundTrip(benchmark::State &state)
{
    const QByteArray json = FhirConceptMap::write(bigCatalogue(), *CatalogueReferenceData::loincSubset());
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented));
    state.SetItemsProcessed(state.iterations() * kAnalyses);
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(BM_RawConceptMapJsonRoundTrip)->Unit(benchmark::kMillisecond);

/** One analysis in ten and one exam in ten retired. */
const Catalogue &bigCatalogueWithRetired()
{
    static const Catalogue c = [] {
        Catalogue out = bigCatalogue();
        for (qsizetype i = 0; i < out.analyses.size(); i += 10)
            out.analyses[i].retired = true;
        for (qsizetype i = 0; i < out.exams.size(); i += 10)
            out.exams[i].retired = true;
        return out;
    }();
    return c;
}

void BM_ExportableFilter(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(workflow::ExportCatalogue::exportable(bigCatalogueWithRetired()));
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_ExportableFilter)->Unit(benchmark::kMillisecond);

void BM_RawCatalogueCopy(benchmark::State &state)
{
    for (auto _ : state) {
        // Deep copy (detach) of the same lists, the floor of any filtering copy.
        Catalogue copy = bigCatalogueWithRetired();
        copy.analyses.detach();
        copy.exams.detach();
        benchmark::DoNotOptimize(copy);
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_RawCatalogueCopy)->Unit(benchmark::kMillisecond);

std::unique_ptr<storage::Database> freshDatabase(const QTemporaryDir &dir, int n)
{
    auto url = storage::DbUrl::parse(QStringLiteral("sqlite://%1/bench%2.sqlite").arg(dir.path()).arg(n));
    storage::Database::OpenOptions o;
    o.synchronousFull = false;
    auto db = storage::Database::open(*url, o);
    if (!db)
        return nullptr;
    storage::MigrationRunner runner(**db);
    if (!runner.migrate())
        return nullptr;
    return std::move(*db);
}

UserSession benchAdmin()
{
    UserSession s;
    s.userId = 1;
    s.login = QStringLiteral("bench");
    s.roles = {Role::Admin};
    return s;
}

void BM_ImportIntoSqlite(benchmark::State &state)
{
    QTemporaryDir dir;
    const CatalogueValidator validator = *CatalogueReferenceData::validator();
    workflow::CatalogueImportRequest r;
    r.data = bigCsv();
    r.sourceName = QStringLiteral("big.csv");
    r.rangesCsv = bigRanges();
    r.rangesSourceName = QStringLiteral("r.csv");
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto db = freshDatabase(dir, ++n);
        state.ResumeTiming();
        auto out = workflow::ApplyCatalogueImport(*db, validator).run(benchAdmin(), r);
        if (!out || !out->applied)
            state.SkipWithError("import failed");
        state.PauseTiming();
        db.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_ImportIntoSqlite)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ImportIntoPostgres(benchmark::State &state)
{
    // Same import on PostgreSQL when SGL_TEST_PG_URL is set (a fresh schema per iteration).
    const QString base = qEnvironmentVariable("SGL_TEST_PG_URL");
    if (base.isEmpty()) {
        state.SkipWithError("SGL_TEST_PG_URL non défini : PostgreSQL non mesuré");
        return;
    }
    const CatalogueValidator validator = *CatalogueReferenceData::validator();
    workflow::CatalogueImportRequest r;
    r.data = bigCsv();
    r.sourceName = QStringLiteral("big.csv");
    r.rangesCsv = bigRanges();
    int n = 0;
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());
    for (auto _ : state) {
        state.PauseTiming();
        auto url = storage::DbUrl::parse(base + (base.contains(u'?') ? u'&' : u'?')
                                         + QStringLiteral("schema=bench_%1_%2").arg(run).arg(++n));
        auto db = url ? storage::Database::open(*url) : std::unexpected(url.error());
        if (!db || !storage::MigrationRunner(**db).migrate()) {
            state.SkipWithError("PostgreSQL setup failed");
            return;
        }
        state.ResumeTiming();
        auto out = workflow::ApplyCatalogueImport(**db, validator).run(benchAdmin(), r);
        if (!out || !out->applied)
            state.SkipWithError("import failed");
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_ImportIntoPostgres)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_RawSqliteInserts(benchmark::State &state)
{
    // Baseline: the same analyses and ranges as plain prepared INSERTs in one transaction.
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString name = QStringLiteral("raw%1").arg(++n);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dir.filePath(name + QStringLiteral(".sqlite")));
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            q.exec(QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, code TEXT, label TEXT, loinc TEXT, unit TEXT, "
                                  "specimen TEXT, method TEXT)"));
            q.exec(QStringLiteral("CREATE TABLE r (a INTEGER, pos INTEGER, sex TEXT, low REAL, high REAL)"));
            state.ResumeTiming();
            db.transaction();
            QSqlQuery ins(db), rng(db);
            ins.prepare(QStringLiteral("INSERT INTO a (code, label, loinc, unit, specimen, method) VALUES (?, ?, ?, ?, ?, ?)"));
            rng.prepare(QStringLiteral("INSERT INTO r (a, pos, sex, low, high) VALUES (?, ?, ?, ?, ?)"));
            for (const Analysis &x : bigCatalogue().analyses) {
                ins.addBindValue(x.localCode);
                ins.addBindValue(x.label);
                ins.addBindValue(x.loinc);
                ins.addBindValue(x.unit);
                ins.addBindValue(x.specimen);
                ins.addBindValue(x.method);
                ins.exec();
                const QVariant id = ins.lastInsertId();
                for (int i = 0; i < x.ranges.size(); ++i) {
                    rng.addBindValue(id);
                    rng.addBindValue(i);
                    rng.addBindValue(x.ranges[i].sex ? sexCode(*x.ranges[i].sex) : QString());
                    rng.addBindValue(x.ranges[i].low.value_or(0));
                    rng.addBindValue(x.ranges[i].high.value_or(0));
                    rng.exec();
                }
            }
            db.commit();
            state.PauseTiming();
        }
        QSqlDatabase::removeDatabase(name);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_RawSqliteInserts)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ExportFromSqlite(benchmark::State &state)
{
    QTemporaryDir dir;
    auto db = freshDatabase(dir, 0);
    workflow::CatalogueImportRequest r;
    r.data = bigCsv();
    r.sourceName = QStringLiteral("big.csv");
    r.rangesCsv = bigRanges();
    auto out = workflow::ApplyCatalogueImport(*db, *CatalogueReferenceData::validator()).run(benchAdmin(), r);
    if (!out || !out->applied) {
        state.SkipWithError("setup import failed");
        return;
    }
    workflow::ExportCatalogue exporter(*db, *CatalogueReferenceData::loincSubset());
    for (auto _ : state) {
        auto csv = exporter.run(workflow::ExportCatalogue::Format::Csv);
        if (!csv)
            state.SkipWithError("export failed");
        benchmark::DoNotOptimize(csv);
    }
    state.SetItemsProcessed(state.iterations() * kAnalyses);
}
BENCHMARK(BM_ExportFromSqlite)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
