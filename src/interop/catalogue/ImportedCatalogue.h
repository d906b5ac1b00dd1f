#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/Error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace sgl::interop::catalogue {

/**
 * What a reader (CSV or FHIR) extracted from one file, before it is compared with the stored
 * catalogue. Contract: when `errors` is non-empty nothing of it may be applied.
 *
 * A CSV carries only some fields of an analysis: `fields` lists the Analysis fields the file
 * defines (column names of the exchange format, e.g. "loinc", "unit"); the others keep their
 * stored value when merged. `rangesPresent` is true when ranges came with the file (companion
 * ranges CSV or FHIR qualifiedInterval); then they replace the stored ranges of the analyses
 * the file lists.
 */
struct ImportedCatalogue {
    sgl::domain::Catalogue catalogue;
    QSet<QString> fields;
    bool rangesPresent = false;
    QHash<QString, QString> locationOf;   ///< local code -> "file.csv:12" or JSON path
    QList<sgl::domain::Error> errors;
    QList<sgl::domain::Error> warnings;
};

} // namespace sgl::interop::catalogue
