#pragma once

#include "domain/Error.h"

#include <QString>

namespace sgl::domain {

/**
 * How tube barcodes are numbered: an optional prefix (site letters), a sequence number padded to
 * a fixed number of digits, then one check character computed with ISO/IEC 7064 MOD 37-2 over
 * prefix and digits (0-9, A-Z or '*': all encodable in Code 128 and DataMatrix). The check
 * character lets reception refuse a mistyped or misread code before looking it up.
 */
struct BarcodeScheme {
    QString prefix;   ///< 0 to 4 characters among 0-9 and A-Z
    int digits = 8;   ///< 6 to 10

    /** Refuses a prefix with other characters or too long, digits out of range (barcode.bad_scheme). */
    [[nodiscard]] Status validate() const;
    /** The barcode of sequence number `sequence` (>= 1 and fitting in `digits`), with its check character. */
    [[nodiscard]] Result<QString> format(qint64 sequence) const;
    /** True when `barcode` has this scheme's shape and a correct check character. */
    [[nodiscard]] bool matches(const QString &barcode) const;

    /** ISO/IEC 7064 MOD 37-2 check character of `payload` (0-9, A-Z), '\0' when a character is outside. */
    [[nodiscard]] static QChar mod37Check(const QString &payload);
};

} // namespace sgl::domain
