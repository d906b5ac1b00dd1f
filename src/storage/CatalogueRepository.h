#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/CatalogueChange.h"
#include "domain/catalogue/CatalogueVersion.h"
#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sgl::storage {

using domain::CatalogueChange;

/** What saveCatalogue() wrote. */
struct CatalogueSaveSummary {
    int chaptersCreated = 0;
    int chaptersUpdated = 0;
    int examsCreated = 0;
    int examsUpdated = 0;
    int analysesCreated = 0;
    int analysesUpdated = 0;     ///< including retired / reactivated ones
    int reflexCreated = 0;
    int reflexUpdated = 0;
    int benchesCreated = 0;
    int benchesUpdated = 0;      ///< renamed
    [[nodiscard]] int total() const
    {
        return chaptersCreated + chaptersUpdated + examsCreated + examsUpdated + analysesCreated + analysesUpdated
               + reflexCreated + reflexUpdated + benchesCreated + benchesUpdated;
    }
};

/**
 * The exam catalogue tables (migrations 0200-0299). Methods run in the caller's transaction,
 * so an import or an edit is all or nothing.
 *
 * Versioning contract: chapters and exams are updated in place (their changes are logged);
 * analyses are never updated in place: a change closes the current row and inserts version
 * n+1 valid from the new catalogue version, so analysisAt() returns, for any catalogue
 * version a result was produced with, the definition (unit, ranges, LOINC) that applied then.
 * Retiring or reactivating an analysis is such a change (field "retired", logged "retired" /
 * "reactivated" when it is the only one); an exam's retirement is logged the same way. A change
 * of an analysis' bench, container or required clinical questions is a new version too
 * (fields "bench", "container", "clinical_questions"). Reflex rules are stored by
 * CatalogueReflexRepository (item kind "reflex"), benches by CatalogueBenchRepository (item
 * kind "bench", updated in place like chapters). Analyses are only deleted by deleteAnalysis(),
 * which the workflow allows for analyses no result ever used.
 */
class CatalogueRepository {
public:
    /** Opens a new catalogue version (dated `version.createdAt`, UTC) and returns its id. */
    [[nodiscard]] static domain::Result<qint64> createVersion(WriteTx &tx, const domain::CatalogueVersion &version);
    /** Id of the latest catalogue version, 0 when the catalogue was never written. */
    [[nodiscard]] static domain::Result<qint64> currentVersionId(ReadTx &tx);
    [[nodiscard]] static domain::Result<std::optional<domain::CatalogueVersion>> version(ReadTx &tx, qint64 id);

    /**
     * The current catalogue: chapters by order, exams by creation, analyses (current versions),
     * reflex rules in catalogue order, benches by creation — retired exams and analyses and
     * inactive rules included.
     */
    [[nodiscard]] static domain::Result<domain::Catalogue> loadCurrent(ReadTx &tx);
    /** The current definition of one analysis. */
    [[nodiscard]] static domain::Result<std::optional<domain::Analysis>> currentAnalysis(ReadTx &tx,
                                                                                        const QString &localCode);
    /** The definition that applied at catalogue version `catalogueVersionId`. */
    [[nodiscard]] static domain::Result<std::optional<domain::Analysis>>
    analysisAt(ReadTx &tx, const QString &localCode, qint64 catalogueVersionId);
    /** Every version of one analysis, oldest first. */
    [[nodiscard]] static domain::Result<QList<domain::Analysis>> analysisVersions(ReadTx &tx,
                                                                                 const QString &localCode);
    /** Current analysis an analyzer's test code maps to (analyzer gateway), nullopt if unmapped. */
    [[nodiscard]] static domain::Result<std::optional<domain::Analysis>>
    findByAnalyzerCode(ReadTx &tx, const QString &analyzer, const QString &code);

    /**
     * Writes `target` as the new state of the catalogue under version `versionId`: creates and
     * updates chapters, benches, exams, analyses and reflex rules that differ from what is
     * stored, logs each change.
     * Items stored but absent from `target` are left untouched. `progress(done, total)` is
     * called after each analysis (total = target.analyses.size()).
     */
    [[nodiscard]] static domain::Result<CatalogueSaveSummary>
    saveCatalogue(WriteTx &tx, const domain::Catalogue &target, qint64 versionId, const QDateTime &at,
                  const std::function<void(int, int)> &progress = {});

    /**
     * Deletes every version of analysis `localCode` with its ranges, value options, analyzer
     * codes and clinical questions, and logs "deleted". Checks nothing else: the caller makes sure no result used it
     * (analysisUsedByResults) and nothing references it. False (nothing written) if unknown.
     */
    [[nodiscard]] static domain::Result<bool> deleteAnalysis(WriteTx &tx, const QString &localCode, qint64 versionId);
    /** Deletes reflex rule `code` and logs "deleted"; false (nothing written) if unknown. */
    [[nodiscard]] static domain::Result<bool> deleteReflexRule(WriteTx &tx, const QString &code, qint64 versionId);
    /** True when any result row (any dossier, any state, cancelled included) names `localCode`. */
    [[nodiscard]] static domain::Result<bool> analysisUsedByResults(ReadTx &tx, const QString &localCode);

    /**
     * History, newest first, at most `limit` rows. `itemKind` ("chapter", "exam", "analysis",
     * "reflex", "bench") and `itemCode` filter when non-empty.
     */
    [[nodiscard]] static domain::Result<QList<CatalogueChange>> history(ReadTx &tx, const QString &itemKind,
                                                                        const QString &itemCode, int limit);

    /** Appends one history row (used by the repositories of the catalogue tables). */
    [[nodiscard]] static domain::Status logChange(WriteTx &tx, qint64 versionId, const QString &kind,
                                                  const QString &code, const QString &change,
                                                  const QStringList &fields);
};

} // namespace sgl::storage
