#pragma once

#include <QString>

#include <optional>

namespace sgl::domain {

/** Comparator of a censored numeric value such as ">500" or "<0,05". */
enum class Comparator { None, Less, LessOrEqual, Greater, GreaterOrEqual };

/** A coded value (CDA CD/CE): code + code system OID + display name. */
struct CodedValue {
    QString code;
    QString codeSystem;     ///< OID, e.g. 2.16.840.1.113883.6.96 for SNOMED CT
    QString codeSystemName;
    QString displayName;
    friend bool operator==(const CodedValue &, const CodedValue &) = default;
};

/**
 * The value of one result: numeric with UCUM unit (possibly censored), coded, or text.
 * Numeric values keep the decimal string as measured so "5.10" prints with its two decimals.
 */
struct ResultValue {
    enum class Kind { Empty, Numeric, Coded, Text };
    Kind kind = Kind::Empty;
    // Numeric
    QString number;       ///< canonical decimal with '.', e.g. "5.10"; as entered, no exponent
    Comparator comparator = Comparator::None;
    QString unit;         ///< UCUM code ("mmol/L", "10*9/L"); "1" for unitless
    // Coded
    CodedValue coded;
    // Text
    QString text;

    [[nodiscard]] static ResultValue numeric(QString number, QString unit,
                                             Comparator comparator = Comparator::None);
    [[nodiscard]] static ResultValue ofCode(CodedValue value);
    [[nodiscard]] static ResultValue ofText(QString text);

    /**
     * Parses a numeric entry as typed by a technician or sent by an analyzer: "5,1", "5.1",
     * ">500", "<= 0.05", "-2". Returns nullopt when the text is not a (censored) number.
     */
    [[nodiscard]] static std::optional<ResultValue> parseNumeric(const QString &text,
                                                                 const QString &unit);
    [[nodiscard]] std::optional<double> toDouble() const;
    /** Display form with decimal comma for the UI and PDF ("> 500", "5,10"). */
    [[nodiscard]] QString displayFr() const;
    friend bool operator==(const ResultValue &, const ResultValue &) = default;
};

/** Storage/wire code of a comparator: "", "<", "<=", ">", ">=". */
[[nodiscard]] QString comparatorCode(Comparator comparator);
[[nodiscard]] std::optional<Comparator> comparatorFromCode(const QString &code);
/** Storage code of a value kind: "empty", "numeric", "coded", "text". */
[[nodiscard]] QString resultKindCode(ResultValue::Kind kind);
[[nodiscard]] std::optional<ResultValue::Kind> resultKindFromCode(const QString &code);

} // namespace sgl::domain
