#pragma once

#include "domain/Error.h"
#include "domain/identity/Patient.h"

namespace sgl::domain {

/**
 * Rules for merging a duplicate record into the surviving one (identity vigilance).
 *
 * The survivor keeps its traits, status, INS and attributes; empty contact fields (phone, email,
 * address) are filled from the duplicate; the duplicate's INS is taken only when the survivor
 * has none and both have the same strict traits (else the INS would attach to other traits).
 * Evidence is not transferred (a document confirmed the duplicate's traits), which keeps the
 * status rules of RnivStatusMachine true. The duplicate is returned with mergedInto set.
 *
 * Refused: same record ("merge.same_patient"), either already merged ("merge.already_merged"),
 * two different INS ("merge.conflicting_ins").
 */
struct MergeOutcome {
    Patient survivor;
    Patient merged;
};

class PatientMerge
{
public:
    [[nodiscard]] static Result<MergeOutcome> plan(const Patient &survivor, const Patient &duplicate);
};

} // namespace sgl::domain
