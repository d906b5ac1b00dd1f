#pragma once

#include "domain/catalogue/DeltaRule.h"
#include "domain/catalogue/ReferenceRange.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::domain {

enum class ResultType { Numeric, Coded, Text };

/** "numeric", "coded", "text" (exchange formats). */
[[nodiscard]] QString resultTypeCode(ResultType type);
[[nodiscard]] std::optional<ResultType> resultTypeFromCode(const QString &code);

/** One allowed answer of a coded analysis ("POS" / "Positif"), optionally SNOMED-coded. */
struct ValueOption {
    QString code;
    QString label;
    bool abnormal = false;   ///< flags the result A when chosen
    friend bool operator==(const ValueOption &, const ValueOption &) = default;
};

/** The code an analyzer sends for this analysis (ASTM/HL7 test code). */
struct AnalyzerMapping {
    QString analyzer;       ///< analyzer id as configured in the gateway
    QString code;           ///< its test code
    friend bool operator==(const AnalyzerMapping &, const AnalyzerMapping &) = default;
};

/**
 * One analysis (one result, one CDA observation) as defined at a given version.
 *
 * Contract: `localCode` is the stable identity across versions; every other field may change,
 * each change giving a new version (results keep the version they were produced with).
 * Numeric values, ranges and formula results are in `unit` (UCUM); `displayUnit` is how the
 * report prints it. When `secondUnit` is set the result is also reported as
 * value × `secondUnitFactor` in `secondUnit`, coded with `secondLoinc`.
 */
struct Analysis {
    QString localCode;
    QString label;
    QString loinc;
    QString specimen;           ///< HL7 table 0487 code (BLD, SER, PLAS, UR...)
    QString method;
    ResultType resultType = ResultType::Numeric;
    QString unit;               ///< UCUM; empty for unitless numeric (INR: CDA REAL), coded, text
    QString displayUnit;
    QString secondUnit;
    std::optional<double> secondUnitFactor;
    QString secondLoinc;
    int decimals = -1;          ///< -1: as measured
    QList<ValueOption> valueOptions;
    QList<ReferenceRange> ranges;
    QString formula;            ///< calculated analysis: expression over other local codes
    QList<AnalyzerMapping> analyzerMappings;
    QString bench;              ///< Bench::code of the bench performing it; empty: not yet assigned
    QString container;          ///< ContainerType::code of the tube it is measured in; empty for calculated analyses
    QStringList questions;      ///< ClinicalQuestion::code of each piece of clinical information it requires
    /** Delta-check thresholds against the patient's previous result; none: no delta check. */
    std::optional<DeltaRule> delta;
    /**
     * Retired: no longer orderable nor exported; old results keep resolving it. Retiring or
     * reactivating is a change like any other (new version, field "retired").
     */
    bool retired = false;
    // Versioning (filled by storage)
    int version = 0;
    QDateTime validFrom;

    [[nodiscard]] bool isCalculated() const { return !formula.isEmpty(); }
    /** Equal definitions (ignores version and date): decides whether an import changes it. */
    [[nodiscard]] bool sameDefinition(const Analysis &other) const;
    /** Exchange-format names of the fields that differ ("loinc", "unit", "ranges"...). */
    [[nodiscard]] QStringList changedFields(const Analysis &other) const;
};

} // namespace sgl::domain
