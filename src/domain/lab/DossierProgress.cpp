#include "domain/lab/DossierProgress.h"

namespace sgl::domain {

DossierStatus DossierProgress::statusFor(const QList<ValidationState> &results, bool anyTubeReceived)
{
    using V = ValidationState;
    int active = 0, validated = 0, technical = 0, started = 0;
    for (V s : results) {
        if (s == V::Cancelled)
            continue;
        ++active;
        if (s == V::Validated)
            ++validated;
        if (s == V::Validated || s == V::TechnicallyValidated)
            ++technical;
        if (s != V::Pending)
            ++started;
    }
    if (!results.isEmpty() && active == 0)
        return DossierStatus::Cancelled;
    if (active > 0 && validated == active)
        return DossierStatus::Validated;
    if (active > 0 && technical == active)
        return DossierStatus::TechnicallyValidated;
    if (started > 0 || anyTubeReceived)
        return DossierStatus::InProgress;
    return DossierStatus::Registered;
}

DossierStatus DossierProgress::next(DossierStatus current, const QList<ValidationState> &results, bool anyTubeReceived)
{
    DossierStatus target = statusFor(results, anyTubeReceived);
    if (current == DossierStatus::Reported && target == DossierStatus::Validated)
        return current; // reporting is a step of its own, not a result state
    if (target == current)
        return current;
    if (dossierTransitionAllowed(current, target))
        return target;
    // Registered -> technically validated in one user action (all results entered and validated
    // at once): go through in_progress, which is allowed from both ends.
    if (dossierTransitionAllowed(current, DossierStatus::InProgress)
        && dossierTransitionAllowed(DossierStatus::InProgress, target))
        return target;
    return current;
}

} // namespace sgl::domain
