#include "app/NavigationPolicy.h"

#include <gtest/gtest.h>

using sgl::app::NavigationPolicy;
using sgl::app::Screen;
using sgl::app::ScreenAccess;
using sgl::domain::Role;

TEST(NavigationPolicy, SecretaryGetsReceptionAndReports)
{
    const QList<ScreenAccess> expected{{Screen::Reception, false}, {Screen::Reports, false}};
    EXPECT_EQ(NavigationPolicy::screensFor({Role::Secretary}), expected);
}

TEST(NavigationPolicy, TechnicianGetsOnlyBench)
{
    const QList<ScreenAccess> expected{{Screen::Bench, false}};
    EXPECT_EQ(NavigationPolicy::screensFor({Role::Technician}), expected);
}

TEST(NavigationPolicy, BiologistSeesCatalogueReadOnly)
{
    const QList<ScreenAccess> expected{{Screen::Reception, false},
                                       {Screen::Bench, false},
                                       {Screen::Validation, false},
                                       {Screen::Reports, false},
                                       {Screen::Catalogue, true}};
    EXPECT_EQ(NavigationPolicy::screensFor({Role::Biologist}), expected);
}

TEST(NavigationPolicy, AdminGetsCatalogueWritableAndAdministration)
{
    const QList<ScreenAccess> expected{{Screen::Reception, false},
                                       {Screen::Catalogue, false},
                                       {Screen::Administration, false}};
    EXPECT_EQ(NavigationPolicy::screensFor({Role::Admin}), expected);
}

TEST(NavigationPolicy, UnionOfRolesIsWritableWhenAnyRoleWrites)
{
    const auto screens = NavigationPolicy::screensFor({Role::Biologist, Role::Admin});
    ASSERT_EQ(screens.size(), 6);
    for (const ScreenAccess &access : screens)
        EXPECT_FALSE(access.readOnly) << NavigationPolicy::key(access.screen).toStdString();
}

TEST(NavigationPolicy, NoRoleNoScreen)
{
    EXPECT_TRUE(NavigationPolicy::screensFor({}).isEmpty());
}

TEST(NavigationPolicy, EveryScreenHasFrenchTitleAndUniqueKey)
{
    QStringList keys;
    for (Screen screen : NavigationPolicy::allScreens()) {
        EXPECT_FALSE(NavigationPolicy::title(screen).isEmpty());
        keys << NavigationPolicy::key(screen);
    }
    keys.removeDuplicates();
    EXPECT_EQ(keys.size(), NavigationPolicy::allScreens().size());
    EXPECT_EQ(NavigationPolicy::title(Screen::Reception), QStringLiteral("Accueil"));
    EXPECT_EQ(NavigationPolicy::title(Screen::Bench), QStringLiteral("Paillasse"));
}
