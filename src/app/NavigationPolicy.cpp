#include "app/NavigationPolicy.h"

namespace sgl::app {

using domain::Role;

namespace {

struct Grant {
    Screen screen;
    QList<Role> writers;
    QList<Role> readers; ///< may open the screen without changing anything
};

QList<Grant> grants()
{
    return {
        {Screen::Reception, {Role::Secretary, Role::Biologist, Role::Admin}, {}},
        {Screen::Bench, {Role::Technician, Role::Biologist}, {}},
        {Screen::Validation, {Role::Biologist}, {}},
        {Screen::Reports, {Role::Biologist, Role::Secretary}, {}},
        {Screen::Catalogue, {Role::Admin}, {Role::Biologist}},
        {Screen::Administration, {Role::Admin}, {}},
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
        if (anyOf(roles, grant.writers))
            screens.append({grant.screen, false});
        else if (anyOf(roles, grant.readers))
            screens.append({grant.screen, true});
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
    }
    return {};
}

QList<Screen> NavigationPolicy::allScreens()
{
    return {Screen::Reception, Screen::Bench,     Screen::Validation,
            Screen::Reports,   Screen::Catalogue, Screen::Administration};
}

} // namespace sgl::app
