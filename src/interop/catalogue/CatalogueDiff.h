#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/CatalogueValidator.h"
#include "domain/Error.h"
#include "interop/catalogue/ImportedCatalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::interop::catalogue {

/**
 * The preview of an import: what applying `incoming` to `current` would do, and the merged
 * catalogue that would result. Nothing is stored here; workflow.ApplyCatalogueImport stores
 * `merged` in one transaction only when `errors` is empty.
 *
 * Modes: Merge creates analyses whose local code is new and updates the others; Transcoding
 * (return of a LOINC transcoding provider) only takes the `loinc` column and reports rows whose
 * local code is not in the catalogue as errors ("catalogue.unknown_local_code"): a provider
 * must not add analyses. Analyses absent from the file are left as they are in both modes.
 */
struct CatalogueDiff {
    enum class Mode { Merge, Transcoding };
    enum class Kind { New, Changed, Unchanged, UnknownLocalCode, InvalidLoinc };
    struct Entry {
        Kind kind = Kind::Unchanged;
        QString localCode;
        QString label;
        QString location;          ///< file:line or JSON path
        QStringList changedFields; ///< for Changed: exchange-format column names
        QString oldLoinc;
        QString newLoinc;
    };

    QList<Entry> entries;
    int newChapters = 0;
    int changedChapters = 0;
    int newExams = 0;
    int changedExams = 0;
    int newBenches = 0;
    int changedBenches = 0;     ///< renamed by the file
    sgl::domain::Catalogue merged;
    QList<sgl::domain::Error> errors;
    QList<sgl::domain::Error> warnings;

    [[nodiscard]] int count(Kind kind) const;
    [[nodiscard]] bool hasChanges() const;
    /** True when the import may be applied (no errors). */
    [[nodiscard]] bool ok() const { return errors.isEmpty(); }

    [[nodiscard]] static CatalogueDiff compute(const sgl::domain::Catalogue &current,
                                               const ImportedCatalogue &incoming, Mode mode,
                                               const sgl::domain::CatalogueValidator &validator);
};

[[nodiscard]] QString diffKindCode(CatalogueDiff::Kind kind);

} // namespace sgl::interop::catalogue
