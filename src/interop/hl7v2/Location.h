#pragma once

#include <QString>

namespace sgl::interop::hl7v2 {

/**
 * Where something is in a message, as an HL7 ERL (ERR-2): segment id, segment sequence (1 = first
 * occurrence of that segment id), then field, repetition, component and subcomponent positions,
 * all 1-based; 0 means "not that deep".
 */
struct Location {
    QString segment;
    int sequence = 1;
    int field = 0;
    int repetition = 0;
    int component = 0;
    int subcomponent = 0;

    /** ERL text "PID^1^3^2^1" (trailing zero positions left out), also used in Error::location. */
    [[nodiscard]] QString toString() const;
    /** Inverse of toString(); an empty Location for text that is not an ERL. */
    [[nodiscard]] static Location fromString(const QString &erl);
    friend bool operator==(const Location &, const Location &) = default;
};

} // namespace sgl::interop::hl7v2
