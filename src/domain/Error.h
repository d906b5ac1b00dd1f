#pragma once

#include <QString>

#include <expected>

namespace sgl::domain {

/**
 * A recoverable failure, carried by value through std::expected across every layer.
 *
 * Contract:
 * - `code` is stable ("<module>.<reason>", e.g. "ins.nir_key_mismatch"): support, audit and tests
 *   rely on it; never reword or reuse one. Each module declares its codes in its own header.
 * - `message` is what the user reads, in French (translatable through Qt Linguist).
 * - `location` names where the bad input is (file:line, HL7 segment/field, XPath, form field),
 *   empty when not applicable.
 */
struct Error {
    QString code;
    QString message;
    QString location;

    /** "message (location)" for logs and CLI output; never contains secrets. */
    [[nodiscard]] QString toString() const;
};

/** Value or error; the only way recoverable failures cross a layer boundary. */
template <class T>
using Result = std::expected<T, Error>;

/** Success or error, for actions without a value. */
using Status = std::expected<void, Error>;

/** Shorthand for `std::unexpected(Error{...})`. */
[[nodiscard]] inline std::unexpected<Error> fail(QString code, QString message,
                                                 QString location = {})
{
    return std::unexpected(Error{std::move(code), std::move(message), std::move(location)});
}

} // namespace sgl::domain
