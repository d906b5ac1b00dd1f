#pragma once

#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/ReferenceRange.h"
#include "domain/Error.h"
#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/ResultValue.h"

#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * A result as typed by a technician (or sent by an analyzer), checked against its analysis:
 * - numeric: decimal comma or point, censored values ("<0,5", ">500", "<=", ">="), in the
 *   analysis' unit; refused when not a number (two decimal separators, letters) or certainly
 *   outside the valid (physiologically possible) limits of the range that applies;
 * - coded: one of the analysis' values, typed as its code or its label (case and accents
 *   ignored); anything else is refused with the list of allowed values;
 * - text: 1 to 2000 characters.
 * The flag (HL7 0078) comes from AbnormalFlagRule. Errors name the analysis (location = its
 * code): result.empty_entry, result.not_a_number, result.not_in_list, result.implausible,
 * result.text_too_long.
 */
class ResultEntry {
public:
    struct Entered {
        ResultValue value;
        std::optional<AbnormalFlag> flag;
    };

    /**
     * `valueListSystem` is the code system (OID) of the laboratory's value lists, given to coded
     * values; `range` is the range that applies to the patient (RangeResolver), if any.
     */
    [[nodiscard]] static Result<Entered> enter(const Analysis &analysis, const QString &typed,
                                               const std::optional<ReferenceRange> &range,
                                               const QString &valueListSystem);
};

} // namespace sgl::domain
