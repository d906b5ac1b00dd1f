#include "domain/security/Role.h"

#include "domain/Tr.h"


namespace sgl::domain {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Secretary:
        return QStringLiteral("secretary");
    case Role::Technician:
        return QStringLiteral("technician");
    case Role::Biologist:
        return QStringLiteral("biologist");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : allRoles())
        if (roleCode(r) == code)
            return r;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Secretary:
        return Tr::tr("Secrétaire");
    case Role::Technician:
        return Tr::tr("Technicien");
    case Role::Biologist:
        return Tr::tr("Biologiste");
    case Role::Admin:
        return Tr::tr("Administrateur");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Secretary, Role::Technician, Role::Biologist, Role::Admin};
}

} // namespace sgl::domain
