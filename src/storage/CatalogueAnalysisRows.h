#pragma once

#include "domain/catalogue/Analysis.h"
#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

namespace sgl::storage {

/**
 * The rows of one analysis version: catalogue_analyses (bench and container codes included)
 * plus its reference ranges, value options, analyzer codes and required clinical questions,
 * read and written together. Used by CatalogueRepository; the SQL of those five tables lives
 * here only (CatalogueRepository::deleteAnalysis excepted).
 */
class CatalogueAnalysisRows {
public:
    /**
     * The analyses of catalogue_analyses (alias `a`) matching `where` (SQL condition with `?`
     * placeholders bound to `binds`), in row order, each with its details.
     */
    [[nodiscard]] static domain::Result<QList<domain::Analysis>> load(ReadTx &tx, const QString &where,
                                                                      const QVariantList &binds);
    /** Inserts `analysis` as version `version` of its local code, valid from catalogue version `versionId`. */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, const domain::Analysis &analysis, int version,
                                               qint64 versionId, const QDateTime &at);
    /** Analyzer mappings in the order load() returns them, so that comparisons are stable. */
    [[nodiscard]] static QList<domain::AnalyzerMapping> sortedMappings(QList<domain::AnalyzerMapping> mappings);
};

} // namespace sgl::storage
