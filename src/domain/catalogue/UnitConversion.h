#pragma once

#include <QString>

#include <optional>

namespace sgl::domain {

struct Analysis;

/**
 * Conversion of a numeric result between two units of the same analysis, for antériorités and
 * delta checks when the laboratory changed the unit of an analysis between two results.
 *
 * Only conversions that are certain are offered:
 * - identical units ("" and "1" both mean unitless);
 * - units differing by metric prefixes on the same atoms, with at most one "/" ("g/L" ->
 *   "mg/dL", "mmol/L" -> "umol/L", "10*9/L" -> "10*3/uL"), atoms g, mol, L/l, U, [IU], eq,
 *   kat, osm, counts written 10*N;
 * - the analysis' own unit and second unit, through Analysis::secondUnitFactor (value in
 *   `unit` × factor = value in `secondUnit`), combined with a prefix change on either side.
 * Everything else (mass to molar without the analysis factor, annotations, exponents) gives
 * nullopt: the caller then refuses to compare and says why.
 */
class UnitConversion {
public:
    /** The factor f with value_in_to = value_in_from × f, or nullopt when not certain. */
    [[nodiscard]] static std::optional<double> factor(const QString &from, const QString &to,
                                                      const Analysis *analysis = nullptr);
    /** `value` in `from` expressed in `to`, or nullopt (see factor()). */
    [[nodiscard]] static std::optional<double> convert(double value, const QString &from, const QString &to,
                                                       const Analysis *analysis = nullptr);
};

} // namespace sgl::domain
