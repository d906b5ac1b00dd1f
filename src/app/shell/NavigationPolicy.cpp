#include "app/shell/NavigationPolicy.h"

#include "domain/security/Permission.h"

namespace sgl::app {

using domain::Role;

namespace {

using domain::Permission;

/**
 * A screen is listed for `roles` when the session also holds `read` (none: always); it is
 * writable with `write`. Permissions come from the domain model, so an administrator without a
 * clinical role never sees patient screens (least privilege).
 */
struct Grant {
    Screen screen;
    QList<Role> roles;
    std::optional<Permission> read;
    std::optional<Permission> write; ///< none: never read-only (the screen's use cases decide)
};

QList<Grant> grants()
{
    return {
        {Screen::Reception, {Role::Secretary, Role::Biologist, Role::Admin}, Permission::PatientRead,
         Permission::PatientWrite},
        {Screen::Specimens, {Role::Secretary, Role::Technician, Role::Biologist}, Permission::DossierRead,
         Permission::SpecimenReceive},
        {Screen::Bench, {Role::Technician, Role::Biologist}, Permission::DossierRead,
         Permission::ResultEnter},
        {Screen::HeldMessages, {Role::Technician, Role::Biologist}, Permission::DossierRead,
         Permission::ResultEnter},
        {Screen::Qc, {Role::Technician, Role::Biologist}, Permission::DossierRead, Permission::ResultTechnicalValidate},
        {Screen::Validation, {Role::Biologist}, Permission::DossierRead, Permission::ResultValidate},
        {Screen::Reports, {Role::Biologist, Role::Secretary}, Permission::DossierRead,
         Permission::ReportDispatch},
        {Screen::Dispatch, {Role::Biologist, Role::Admin}, Permission::DispatchManage, Permission::DispatchManage},
        {Screen::Catalogue, {Role::Admin, Role::Biologist}, std::nullopt,
         Permission::CatalogueEdit},
        {Screen::Administration, {Role::Admin}, Permission::UserAdmin, Permission::UserAdmin},
        {Screen::Analyzers, {Role::Technician, Role::Biologist, Role::Admin}, std::nullopt, std::nullopt},
    };
}

bool anyOf(const QList<Role> &held, const QList<Role> &wanted)
{
    for (Role role : wanted) {
        if (held.contains(role))
            return true;
    }
    return false;
}

} // namespace

QList<ScreenAccess> NavigationPolicy::screensFor(const QList<Role> &roles)
{
    QList<ScreenAccess> screens;
    for (const Grant &grant : grants()) {
        if (!anyOf(roles, grant.roles))
            continue;
        if (grant.read && !domain::rolesGrant(roles, *grant.read))
            continue;
        screens.append({grant.screen, grant.write && !domain::rolesGrant(roles, *grant.write)});
    }
    return screens;
}

QString NavigationPolicy::title(Screen screen)
{
    switch (screen) {
    case Screen::Reception:
        return tr("Accueil");
    case Screen::Bench:
        return tr("Paillasse");
    case Screen::Validation:
        return tr("Validation");
    case Screen::Reports:
        return tr("Comptes rendus");
    case Screen::Catalogue:
        return tr("Catalogue");
    case Screen::Administration:
        return tr("Administration");
    case Screen::Specimens:
        return tr("Réception des tubes");
    case Screen::HeldMessages:
        return tr("Messages en attente");
    case Screen::Analyzers:
        return tr("Automates");
    case Screen::Dispatch:
        return tr("Envois");
    case Screen::Qc:
        return tr("Contrôle qualité");
    }
    return {};
}

QString NavigationPolicy::key(Screen screen)
{
    switch (screen) {
    case Screen::Reception:
        return QStringLiteral("reception");
    case Screen::Bench:
        return QStringLiteral("bench");
    case Screen::Validation:
        return QStringLiteral("validation");
    case Screen::Reports:
        return QStringLiteral("reports");
    case Screen::Catalogue:
        return QStringLiteral("catalogue");
    case Screen::Administration:
        return QStringLiteral("administration");
    case Screen::Specimens:
        return QStringLiteral("specimens");
    case Screen::HeldMessages:
        return QStringLiteral("held");
    case Screen::Analyzers:
        return QStringLiteral("analyzers");
    case Screen::Dispatch:
        return QStringLiteral("dispatch");
    case Screen::Qc:
        return QStringLiteral("qc");
    }
    return {};
}

QList<Screen> NavigationPolicy::allScreens()
{
    return {Screen::Reception, Screen::Bench,     Screen::Validation,
            Screen::Reports,   Screen::Catalogue, Screen::Administration, Screen::Specimens,
            Screen::HeldMessages, Screen::Analyzers, Screen::Dispatch, Screen::Qc};
}

} // namespace sgl::app
