#pragma once

#include <QString>

namespace sgl::domain::analyzer {

/**
 * What the instrument said the sample is, read from the standard place only (ASTM O-12 action
 * code `Q` or H-12 processing id `Q`; HL7 SPM-11 table 0369). `Unspecified` when the message
 * carries no indication: profile rules (id prefix, regex) decide later, never this layer.
 */
enum class SampleKind { Unspecified, Patient, QualityControl, Calibrator, Other };

/** Stable lower-case name ("patient", "qc"...) for logs and JSON output. */
[[nodiscard]] QString sampleKindName(SampleKind kind);

} // namespace sgl::domain::analyzer
