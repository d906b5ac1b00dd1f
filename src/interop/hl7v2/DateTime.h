#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace sgl::interop::hl7v2 {

/**
 * An HL7 DTM/DT value: YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ], with its precision, so a
 * partial birth date ("1980", "198001") is kept as such instead of being invented.
 */
struct DateTime {
    enum class Precision { Year, Month, Day, Hour, Minute, Second };

    QString raw;
    Precision precision = Precision::Day;
    int year = 0;
    int month = 0;
    int day = 0;
    QDateTime value; ///< set when precision >= Day; local time unless an offset was given

    /** Full calendar date when precision >= Day, else an invalid QDate. */
    [[nodiscard]] QDate date() const { return precision >= Precision::Day ? value.date() : QDate(); }

    /** Parses the text; nullopt when it is not a valid DTM (bad digits, month 13, 30 Feb...). */
    [[nodiscard]] static std::optional<DateTime> parse(QStringView text);
};

} // namespace sgl::interop::hl7v2
