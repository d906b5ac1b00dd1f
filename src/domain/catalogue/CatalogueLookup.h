#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/report/ReportContent.h"
#include "domain/Sex.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace sgl::domain {

/**
 * Indexed, read-only view of a catalogue for the code paths that look many analyses up:
 * report building (chapter LOINC section codes, analysis LOINC/UCUM, the patient's range),
 * analyzer ingestion, result entry. Built once per catalogue (hash per local code).
 */
class CatalogueLookup
{
public:
    explicit CatalogueLookup(Catalogue catalogue);

    [[nodiscard]] const Catalogue &catalogue() const { return m_catalogue; }
    [[nodiscard]] const Analysis *analysis(const QString &localCode) const;
    /** The exam listing the analysis first (its battery in the report). */
    [[nodiscard]] const Exam *examOf(const QString &localCode) const;
    /** Chapter or sub-chapter the analysis' exam is printed in. */
    [[nodiscard]] const Chapter *chapterOf(const QString &localCode) const;
    /** The top chapter: the CR-BIO level-1 section (its `loinc` is the section code). */
    [[nodiscard]] const Chapter *sectionOf(const QString &localCode) const;
    /**
     * The normal range that applies to this patient (RangeResolver rules), as a report prints
     * and codes it: decimals with '.', formatted with the analysis' decimals when set, UCUM
     * unit; text-only ranges carry `text`. nullopt when no range applies.
     */
    [[nodiscard]] std::optional<ReferenceInterval>
    referenceInterval(const QString &localCode, Sex sex, QDate birthDate, QDate collectionDate) const;

private:
    Catalogue m_catalogue;
    QHash<QString, qsizetype> m_analysis;
    QHash<QString, qsizetype> m_examOf;
    QHash<QString, qsizetype> m_chapter;
};

} // namespace sgl::domain
