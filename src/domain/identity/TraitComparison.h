#pragma once

#include "domain/identity/IdentityTraits.h"

#include <QList>
#include <QString>

namespace sgl::domain {

/** One line of the local-vs-INSi comparison shown to the secretary. */
struct TraitComparisonRow {
    QString field;       ///< "birthName", "firstBirthName", "birthFirstNames", "birthDate", "sex", "birthPlaceCog"
    QString label;       ///< French label for the dialog
    QString local;       ///< as entered locally (display form)
    QString remote;      ///< as returned by INSi
    bool equal = false;  ///< equal after NameNormaliser::forComparison (names) / exact (others)
    bool localMissing = false; ///< nothing entered locally (e.g. no COG): not a contradiction
};

/**
 * Field-by-field comparison of local strict traits with those returned by INSi. Names are
 * compared after normalisation (accents, case, hyphens, apostrophes ignored); the local first
 * birth name is compared with the first of the INSi list; dates compare their raw ISO text so a
 * partial INSi date ("1975-00-00") differs from a full local one.
 */
class TraitComparison
{
public:
    [[nodiscard]] static TraitComparison compare(const IdentityTraits &local, const IdentityTraits &insi);

    [[nodiscard]] const QList<TraitComparisonRow> &rows() const { return m_rows; }
    /** True when every row is equal or missing locally. */
    [[nodiscard]] bool compatible() const;
    /** Fields that differ (and are present locally). */
    [[nodiscard]] QStringList differingFields() const;

private:
    QList<TraitComparisonRow> m_rows;
};

} // namespace sgl::domain
