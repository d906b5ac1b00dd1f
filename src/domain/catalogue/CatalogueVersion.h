#pragma once

#include <QDateTime>
#include <QString>

namespace sgl::domain {

/**
 * One dated change set of the catalogue (an admin edit or an import). Results store the id of
 * the version current when they were produced, so the definition that applied (unit, ranges,
 * LOINC) is found again later: the analysis version valid at that catalogue version.
 */
struct CatalogueVersion {
    qint64 id = 0;
    QDateTime createdAt;   ///< UTC
    QString author;        ///< user login
    QString reason;        ///< "import transcodage LOINC 2026-03", "édition : plage Hb"
    QString source;        ///< "edit", "import-csv", "import-fhir", "demo"
};

} // namespace sgl::domain
