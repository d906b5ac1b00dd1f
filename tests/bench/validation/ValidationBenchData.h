#pragma once

// The generated database of bench_validation: layout shared by the SQLite and PostgreSQL
// generators so both hold the same rows.

#include "storage/Database.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace sgl::bench {

/** Sizes and the analyses used; patient 1 is the target, its dossier kTargetDossier the one opened. */
struct BenchLayout {
    static constexpr int kHistoryDossiers = 60;   ///< 5 years, monthly
    static constexpr int kAnalyses = 30;          ///< results per target dossier
    static constexpr qint64 kTargetDossier = kHistoryDossiers + 1;
    static constexpr int kDossiersPerPatient = 5; ///< other patients
    static constexpr int kResultsPerDossier = 10;
    qint64 results = 0;                          ///< asked for (SGL_BENCH_RESULTS)
    qint64 patients = 0;
    QStringList codes;                           ///< kAnalyses numeric analyses of the demo catalogue
    QStringList units;
    QList<double> mids;                          ///< a typical value of each (middle of its range)
    [[nodiscard]] qint64 totalResults() const;
    /** "r<results>-m<latest migration>-g<generator version>": the cache key of the SQLite file. */
    [[nodiscard]] QString key(int latestMigration) const;
};

/** Opens (migrating) a database; logs and returns nullptr on error. */
[[nodiscard]] std::unique_ptr<storage::Database> openDatabase(const QString &url, bool synchronousFull = true);
/**
 * Imports the demo catalogue (workflow path) and gives delta rules to a third of the analyses;
 * fills `layout` with the analyses used. False on error (logged).
 */
[[nodiscard]] bool prepareCatalogue(storage::Database &db, BenchLayout &layout);
/** Reads back the analyses of a cached database into `layout`. */
[[nodiscard]] bool readLayout(storage::Database &db, BenchLayout &layout);
/** Fills a migrated SQLite file (raw sqlite3, multi-row INSERTs, big transactions). */
[[nodiscard]] bool generateSqlite(const QString &path, const BenchLayout &layout);
/** Fills a migrated PostgreSQL schema (server-side generate_series). */
[[nodiscard]] bool generatePostgres(storage::Database &db, const BenchLayout &layout);

} // namespace sgl::bench
