#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/CatalogueValidator.h"
#include "interop/catalogue/ImportedCatalogue.h"

#include <QByteArray>
#include <QStringList>

namespace sgl::interop::catalogue {

/**
 * The catalogue exchange CSV, version 1 (schemas/catalogue-exchange.md): UTF-8, ';' separated,
 * header row of column names, one row per analysis. Used for the LOINC transcoding round trip
 * (Ségur vague 1): export, the provider fills/corrects column `loinc`, re-import.
 *
 * Required columns: chapter_code, exam_code, local_code, label, specimen, unit, method, loinc.
 * Optional: see optionalColumns(); a file without some of them (an older export without bench,
 * bench_label, container, clinical_questions, delta_absolute, delta_relative, delta_window_days)
 * leaves those fields as stored (a new analysis: none, so no delta rule). Any of the three delta
 * columns filled on a row gives the analysis a DeltaRule (the validator refuses an incomplete
 * one); all three empty while the columns are present removes the rule. Columns written
 * for information only (loinc_long_name, loinc_status) are ignored on import. Decimal numbers
 * accept ',' or '.'. Lists (value_list, analyzer_codes, clinical_questions) are '|'-separated.
 * A bench is defined by the first row giving its label (bench_label); a later row with another
 * label for the same code is an error, a row without label keeps the one above.
 *
 * A second CSV ("ranges" companion) carries reference ranges, one row per sex/age bracket:
 * local_code;sex;age_min;age_max;low;high;critical_low;critical_high;valid_low;valid_high;text.
 */
class CatalogueCsv
{
public:
    [[nodiscard]] static QStringList requiredColumns();
    [[nodiscard]] static QStringList optionalColumns();
    [[nodiscard]] static QStringList informativeColumns();
    [[nodiscard]] static QStringList rangeColumns();

    /** Every analysis, in chapter/exam order, with a UTF-8 BOM so spreadsheets detect UTF-8. */
    [[nodiscard]] static QByteArray write(const sgl::domain::Catalogue &catalogue,
                                          const sgl::domain::LoincSubset &loinc);
    [[nodiscard]] static QByteArray writeRanges(const sgl::domain::Catalogue &catalogue);

    /**
     * Reads a catalogue CSV and, when given, its ranges companion: file-level checks only
     * (encoding, columns, duplicate local codes, chapters/exams/benches defined twice differently,
     * numbers, result types, value lists, sex and age syntax), every problem located
     * "<source>:<line>". Business rules (LOINC, UCUM, ranges overlap, formulas) are checked by
     * CatalogueMerge on the merged definitions, with the same locations.
     */
    [[nodiscard]] static ImportedCatalogue read(const QByteArray &csv, const QString &source,
                                                const QByteArray &rangesCsv = {},
                                                const QString &rangesSource = {});
};

} // namespace sgl::interop::catalogue
