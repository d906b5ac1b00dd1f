#pragma once

#include "domain/Error.h"
#include "domain/lab/ValidationState.h"
#include "domain/security/Role.h"

#include <QList>
#include <QString>

namespace sgl::domain {

struct LabResult;

/**
 * The result validation rules, checked in workflow before anything is stored:
 *
 * | action            | from                                   | to                   | roles                  | reason |
 * |-------------------|----------------------------------------|----------------------|------------------------|--------|
 * | Enter             | Pending, Entered, RerunRequested       | Entered              | technician, biologist  | no     |
 * | TechnicalValidate | Entered                                | TechnicallyValidated | technician, biologist  | no     |
 * | Validate          | TechnicallyValidated                   | Validated            | biologist              | no     |
 * | RequestRerun      | Entered, TechnicallyValidated          | RerunRequested       | technician, biologist  | yes    |
 * | Correct           | Validated, TechnicallyValidated        | Entered              | biologist              | yes    |
 * | Cancel            | Pending, Entered, TechnicallyValidated, RerunRequested | Cancelled | biologist (secretary: from Pending only) | yes |
 *
 * Errors: validation.transition_forbidden (wrong state), validation.role_forbidden (no role
 * allowed), validation.reason_required (empty reason), validation.empty_value (entering or
 * validating a result without a value). Messages are French.
 */
class ValidationStateMachine {
public:
    [[nodiscard]] static Result<ValidationState> next(ValidationState from, ValidationAction action,
                                                      const QList<Role> &roles,
                                                      const QString &reason = {});
    /** next() plus the value checks on the result itself. */
    [[nodiscard]] static Result<ValidationState> next(const LabResult &result,
                                                      ValidationAction action,
                                                      const QList<Role> &roles,
                                                      const QString &reason = {});
    [[nodiscard]] static QList<Role> rolesFor(ValidationAction action);
    [[nodiscard]] static bool requiresReason(ValidationAction action);
};

} // namespace sgl::domain
