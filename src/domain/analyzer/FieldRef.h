#pragma once

#include "domain/Error.h"
#include "domain/analyzer/AnalyzerMessage.h"

#include <QString>

namespace sgl::domain::analyzer {

/** The fields of an instrument message a profile may read, named after their ASTM/HL7 places. */
enum class MessageField {
    Specimen,           ///< ASTM O-3 ; HL7 SPM-2
    InstrumentSpecimen, ///< ASTM O-4 ; HL7 SAC-3
    Patient,            ///< ASTM P-3 ; HL7 PID-3
    LabPatient,         ///< ASTM P-4 ; HL7 PID-2 (added after the first contract: EUROIMMUN exports)
    OrderTest,          ///< ASTM O-5 ; HL7 OBR-4
    TestId,             ///< ASTM R-3 ; HL7 OBX-3
    Value               ///< ASTM R-4 ; HL7 OBX-5
};

/**
 * A field and component of an instrument message, written as on the wire documentation:
 * "O-4.3", "R-3.4", "SPM-2.1", "OBX-3.1"; component 0 ("R-3") means the whole field.
 *
 * Contract: parse() accepts only the places of MessageField for the given protocol and a
 * component 0-20; anything else fails with analyzer.bad_field_ref naming the text. toString()
 * gives back the canonical text (parse(toString()) == *this).
 *
 * An optional part suffix "/n" (1-9) takes the n-th '/'-separated part of the component: Roche
 * instruments send "code/dilution/flag" in R-3.4 ("685/", "1/1/not"), so their profiles read the
 * test code at "R-3.4/1" and the dilution at "R-3.4/2". A missing part reads as empty.
 */
struct FieldRef {
    MessageField field = MessageField::Specimen;
    int component = 1;
    int part = 0;   ///< 1-based '/'-separated part of the component; 0 = the whole component

    /** The text this reference designates in a raw result (component 0: the field joined with '^'), untrimmed. */
    [[nodiscard]] QString read(const AnalyzerResult &result) const;

    [[nodiscard]] static Result<FieldRef> parse(const QString &text, AnalyzerProtocol protocol);
    [[nodiscard]] QString toString(AnalyzerProtocol protocol) const;
    friend bool operator==(const FieldRef &, const FieldRef &) = default;
};

} // namespace sgl::domain::analyzer
