#pragma once

#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * Life of one result, technical validation before biological validation (SFBC SG3-02):
 * pending -> entered -> technically_validated -> validated; reruns and corrections go back.
 * Transitions and who may do them: ValidationStateMachine.
 */
enum class ValidationState {
    Pending,              ///< ordered, no value yet
    Entered,              ///< value entered or received from an analyzer
    TechnicallyValidated, ///< checked by a technician (QC in control, flags reviewed)
    Validated,            ///< biologically validated: may be reported
    RerunRequested,       ///< sent back to the bench (rerun, dilution, new specimen)
    Cancelled             ///< will not be reported (reason recorded)
};

/** Storage codes: "pending", "entered", "technically_validated", "validated",
 *  "rerun_requested", "cancelled". */
[[nodiscard]] QString validationStateCode(ValidationState state);
[[nodiscard]] std::optional<ValidationState> validationStateFromCode(const QString &code);
/** French label for the UI ("À saisir", "Saisi", "Validé techniquement", ...). */
[[nodiscard]] QString validationStateLabel(ValidationState state);

/** What a user does to a result. */
enum class ValidationAction { Enter, TechnicalValidate, Validate, RequestRerun, Correct, Cancel };

[[nodiscard]] QString validationActionCode(ValidationAction action);

} // namespace sgl::domain
