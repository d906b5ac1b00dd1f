#include "domain/lab/ValidationStateMachine.h"

#include "domain/ErrorCodes.h"
#include "domain/lab/LabResult.h"
#include "domain/Tr.h"

namespace sgl::domain {

namespace {
using S = ValidationState;
using A = ValidationAction;

std::optional<S> target(S from, A action)
{
    switch (action) {
    case A::Enter:
        if (from == S::Pending || from == S::Entered || from == S::RerunRequested)
            return S::Entered;
        break;
    case A::TechnicalValidate:
        if (from == S::Entered)
            return S::TechnicallyValidated;
        break;
    case A::Validate:
        if (from == S::TechnicallyValidated)
            return S::Validated;
        break;
    case A::RequestRerun:
        if (from == S::Entered || from == S::TechnicallyValidated)
            return S::RerunRequested;
        break;
    case A::Correct:
        // A biologist corrects a validated value, or a technically validated one before validating it.
        if (from == S::Validated || from == S::TechnicallyValidated)
            return S::Entered;
        break;
    case A::Cancel:
        if (from != S::Validated && from != S::Cancelled)
            return S::Cancelled;
        break;
    }
    return std::nullopt;
}

} // namespace

QList<Role> ValidationStateMachine::rolesFor(ValidationAction action)
{
    switch (action) {
    case A::Enter:
    case A::TechnicalValidate:
    case A::RequestRerun:
        return {Role::Technician, Role::Biologist};
    case A::Validate:
    case A::Correct:
    case A::Cancel:
        return {Role::Biologist};
    }
    return {};
}

bool ValidationStateMachine::requiresReason(ValidationAction action)
{
    return action == A::RequestRerun || action == A::Correct || action == A::Cancel;
}

Result<ValidationState> ValidationStateMachine::next(ValidationState from, ValidationAction action,
                                                     const QList<Role> &roles,
                                                     const QString &reason)
{
    bool allowed = false;
    for (Role r : rolesFor(action))
        allowed = allowed || roles.contains(r);
    // The secretary who edits a request cancels an exam nobody has started: only pending results.
    if (action == A::Cancel && from == S::Pending && roles.contains(Role::Secretary))
        allowed = true;
    if (!allowed)
        return fail(errc::ValidationRoleForbidden,
                    Tr::tr("Action « %1 » réservée au rôle : %2.")
                        .arg(validationActionCode(action),
                             rolesFor(action).size() == 1 ? roleLabel(rolesFor(action).first())
                                                          : Tr::tr("technicien ou biologiste")));
    const auto to = target(from, action);
    if (!to)
        return fail(errc::ValidationTransitionForbidden,
                    Tr::tr("Action « %1 » impossible sur un résultat à l'état « %2 ».")
                        .arg(validationActionCode(action), validationStateLabel(from)));
    if (requiresReason(action) && reason.trimmed().isEmpty())
        return fail(errc::ValidationReasonRequired,
                    Tr::tr("Un motif est obligatoire pour l'action « %1 ».")
                        .arg(validationActionCode(action)));
    return *to;
}

Result<ValidationState> ValidationStateMachine::next(const LabResult &result,
                                                     ValidationAction action,
                                                     const QList<Role> &roles,
                                                     const QString &reason)
{
    auto to = next(result.state, action, roles, reason);
    if (!to)
        return to;
    const bool needsValue = action == A::Enter || action == A::TechnicalValidate
        || action == A::Validate;
    if (needsValue && result.value.kind == ResultValue::Kind::Empty)
        return fail(errc::ValidationEmptyValue,
                    Tr::tr("Le résultat %1 n'a pas de valeur.").arg(result.analysisCode),
                    result.analysisCode);
    return to;
}

} // namespace sgl::domain
