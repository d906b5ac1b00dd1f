#pragma once

#include "domain/lab/DossierStatus.h"
#include "domain/lab/ValidationState.h"

#include <QList>

namespace sgl::domain {

/**
 * The status a dossier's results put it in (the status moves with its results):
 * - every result cancelled: cancelled;
 * - every active result validated: validated (a reported dossier stays reported);
 * - every active result at least technically validated: technically_validated;
 * - any result entered, validated or sent back for a rerun, or `anyTubeReceived`: in_progress;
 * - otherwise registered.
 * Only the transitions DossierStatus allows are proposed: next() returns `current` when the
 * computed status cannot be reached from it (a cancelled dossier stays cancelled).
 */
class DossierProgress {
public:
    [[nodiscard]] static DossierStatus statusFor(const QList<ValidationState> &results, bool anyTubeReceived);
    [[nodiscard]] static DossierStatus next(DossierStatus current, const QList<ValidationState> &results,
                                            bool anyTubeReceived);
};

} // namespace sgl::domain
