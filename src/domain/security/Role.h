#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain {

/** Roles of the lab staff; a user may hold several. */
enum class Role { Secretary, Technician, Biologist, Admin };

/** Stable storage code: "secretary", "technician", "biologist", "admin". */
[[nodiscard]] QString roleCode(Role role);
[[nodiscard]] std::optional<Role> roleFromCode(const QString &code);
/** French label shown to users ("Secrétaire", "Technicien", "Biologiste", "Administrateur"). */
[[nodiscard]] QString roleLabel(Role role);
[[nodiscard]] QList<Role> allRoles();

} // namespace sgl::domain
