#pragma once

#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * What the dispatcher does with an outbox row. Every row starts with Send. A DMP row already
 * sent cycles back to pending with UpdateSharing (the version's masks changed after
 * publication: ITI-57 metadata update) or Delete (withdrawn from the DMP: UpdateAvailability-
 * Status). MSSanté rows only ever Send: a message cannot be recalled.
 */
enum class DispatchOperation { Send, UpdateSharing, Delete };

/** Storage codes: "send", "update_sharing", "delete". */
[[nodiscard]] QString dispatchOperationCode(DispatchOperation operation);
[[nodiscard]] std::optional<DispatchOperation> dispatchOperationFromCode(const QString &code);
/** French: "envoi", "mise à jour du masquage", "retrait du DMP". */
[[nodiscard]] QString dispatchOperationLabel(DispatchOperation operation);

} // namespace sgl::domain
