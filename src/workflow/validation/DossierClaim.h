#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Dossier.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sgl::workflow::validation {

/**
 * The first and last steps every biologist's action takes in its transaction: claim the dossier
 * at the version the screen displayed (storage::DossierClaimRepository: version bumped, the
 * second of two concurrent validators refused with storage.conflict naming who changed it), and
 * record the action on the dossier in the audit trail.
 */
class DossierClaim {
public:
    /**
     * Claims `dossier` (as read in `tx`) at `displayedVersion` (nullopt: the version just read,
     * for the CLI); `dossier.version` becomes the new version. A cancelled dossier is refused
     * (validation.dossier_closed).
     */
    [[nodiscard]] static domain::Status claim(storage::WriteTx &tx, domain::Dossier &dossier,
                                              std::optional<int> displayedVersion);
    /** Audit row `action` ("validation.validate"...) on the dossier with `details` as after-JSON. */
    [[nodiscard]] static domain::Status audit(storage::WriteTx &tx, const domain::AuditActor &actor, const QString &action,
                                              qint64 dossierId, const QJsonObject &details);
};

} // namespace sgl::workflow::validation
