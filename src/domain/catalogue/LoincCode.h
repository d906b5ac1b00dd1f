#pragma once

#include "domain/Error.h"

#include <QString>

namespace sgl::domain {

/**
 * A LOINC code "NNNNN-C": 1 to 7 digits, a hyphen, and a mod-10 (Luhn) check digit.
 *
 * Error codes: "loinc.empty", "loinc.syntax", "loinc.check_digit".
 * parse() trims surrounding spaces but accepts nothing else: no letters, no missing hyphen.
 */
class LoincCode
{
public:
    /** Validates syntax and check digit; `location` is copied into the error. */
    [[nodiscard]] static Result<LoincCode> parse(const QString &text, const QString &location = {});
    /** True when `text` is a syntactically valid LOINC code with the right check digit. */
    [[nodiscard]] static bool isValid(const QString &text);
    /** The check digit (0-9) LOINC computes for the digits before the hyphen, -1 if not digits. */
    [[nodiscard]] static int checkDigit(const QString &body);

    [[nodiscard]] const QString &code() const { return m_code; }
    friend bool operator==(const LoincCode &, const LoincCode &) = default;

private:
    explicit LoincCode(QString code) : m_code(std::move(code)) {}
    QString m_code;
};

} // namespace sgl::domain
