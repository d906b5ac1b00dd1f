#pragma once

#include "domain/Error.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace sgl::domain {

/**
 * Syntax check of a UCUM case-sensitive expression, following the UCUM grammar:
 * main-term = ["/"] term; term = component {("." | "/") component};
 * component = annotatable [annotation] | annotation | factor | "(" term ")";
 * annotatable = simple-unit [exponent]; simple-unit = atom | prefix metric-atom;
 * exponent = [sign] digits; annotation = "{" printable ASCII except braces "}".
 *
 * The atom table holds the UCUM atoms a medical laboratory meets (base and derived SI units,
 * time, volume, arbitrary/international units, counts, pressure, [pH]...) with their metric
 * flag, so "mmol", "ug", "m[IU]" parse and "mh" (milli-hour) does not.
 *
 * Error codes: "ucum.empty", "ucum.syntax" (location = expression + character offset).
 */
class UcumUnit
{
public:
    /** Validates `expression`; on success returns it unchanged (UCUM is case-sensitive). */
    [[nodiscard]] static Result<UcumUnit> parse(const QString &expression,
                                                const QString &location = {});
    [[nodiscard]] static bool isValidSyntax(const QString &expression);

    /**
     * The expression with annotations removed the way the ANS terminology schematron does
     * before looking the unit up (replace "\{.[a-z]*.\}" by ""), e.g. "{ratio}" -> "".
     */
    [[nodiscard]] static QString strippedAsAnsKit(const QString &expression);

    [[nodiscard]] const QString &expression() const { return m_expression; }

private:
    explicit UcumUnit(QString e) : m_expression(std::move(e)) {}
    QString m_expression;
};

/**
 * The list of UCUM codes the ANS CDA kit accepts (terminology 2.16.840.1.113883.6.8, shipped as
 * data in resources/catalogue/ucum-units.txt). A unit is "known" when, after the kit's annotation
 * stripping, it is empty or listed: exactly what CDA validation layer 6 will check.
 */
class UcumKnownUnits
{
public:
    UcumKnownUnits() = default;
    explicit UcumKnownUnits(const QStringList &codes);
    [[nodiscard]] bool isEmpty() const { return m_codes.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_codes.size(); }
    [[nodiscard]] bool isKnown(const QString &expression) const;
    /**
     * Syntax check then list check. Error codes: those of UcumUnit::parse, plus "ucum.unknown"
     * when the syntax is right but the kit does not list the unit.
     */
    [[nodiscard]] Status check(const QString &expression, const QString &location = {}) const;

private:
    QSet<QString> m_codes;
};

} // namespace sgl::domain
