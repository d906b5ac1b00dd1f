#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace sgl::domain {

/** One code of the LOINC reference subset shipped as data (resources/catalogue/loinc-subset.csv). */
struct LoincEntry {
    QString code;
    QString longName;      ///< LOINC long common name (English)
    QString exampleUnit;   ///< example UCUM unit, empty for qualitative results
    QString component;     ///< short French label used in admin screens
};

/**
 * Where a catalogue's LOINC code stands: syntax/check digit wrong (Invalid), right but outside the
 * shipped subset (Unverified: flagged, never refused, the subset is not the whole of LOINC), or
 * found in the subset (Verified).
 */
enum class LoincStatus { Missing, Invalid, Unverified, Verified };

[[nodiscard]] QString loincStatusCode(LoincStatus status);

class LoincSubset
{
public:
    LoincSubset() = default;
    explicit LoincSubset(const QList<LoincEntry> &entries);
    [[nodiscard]] const LoincEntry *find(const QString &code) const;
    [[nodiscard]] LoincStatus status(const QString &code) const;
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }
    [[nodiscard]] QList<LoincEntry> entries() const { return m_entries.values(); }

private:
    QHash<QString, LoincEntry> m_entries;
};

} // namespace sgl::domain
