#pragma once

#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * Life of a dossier (one request of one patient):
 * registered -> in_progress (a tube received or a result entered) -> technically_validated (every
 * active result technically validated) -> validated -> reported; back to in_progress when a
 * result is rerun, added or corrected (an amended report follows); anything not reported ->
 * cancelled.
 */
enum class DossierStatus { Registered, InProgress, TechnicallyValidated, Validated, Reported, Cancelled };

[[nodiscard]] QString dossierStatusCode(DossierStatus status);
[[nodiscard]] std::optional<DossierStatus> dossierStatusFromCode(const QString &code);
[[nodiscard]] QString dossierStatusLabel(DossierStatus status);
/** True when the rules above allow going from `from` to `to` (same status: false). */
[[nodiscard]] bool dossierTransitionAllowed(DossierStatus from, DossierStatus to);

} // namespace sgl::domain
