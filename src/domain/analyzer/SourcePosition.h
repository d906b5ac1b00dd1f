#pragma once

#include <QString>

namespace sgl::domain::analyzer {

/**
 * Where a value was read in the instrument's message, so a held result can be shown next to the
 * raw text it came from. Positions are 1-based; 0 means "not applicable".
 *
 * ASTM: `unit` is the record index in the E1394 message (H = 1) and `unitType` its record type
 * ("R"); HL7: `unit` is the segment index in the message (MSH = 1) and `unitType` the segment
 * id ("OBX"). `messageIndex` counts messages in one received stream or replayed file.
 */
struct SourcePosition {
    int messageIndex = 0;
    int unit = 0;
    QString unitType;

    /** "message 2, R record 5" style locator, in English like the other technical locators. */
    [[nodiscard]] QString toString() const;
    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

} // namespace sgl::domain::analyzer
