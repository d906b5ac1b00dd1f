#include "app/shell/NavigationPolicy.h"

#include <gtest/gtest.h>

using sgl::app::NavigationPolicy;
using sgl::app::Screen;
using sgl::app::ScreenAccess;
using sgl::domain::Role;

TEST(NavigationPolicy, SecretaryRegistersAndConsultsReports)
{
    // Sending reports needs ReportDispatch (biologists): secretaries consult and print.
    const QList<ScreenAccess> expected{{Screen::Reception, false}, {Screen::Specimens, false}, {Screen::Reports, true}};
    EXPECT_EQ(NavigationPolicy::screensFor({Role::Secretary}), expected);
}

TEST(NavigationPolicy, TechnicianGetsTubeReceptionAndBench)
{
    const QList<ScreenAccess> expected{{Screen::Specimens, false}, {Screen::Bench, false},
                                       {Screen::HeldMessages, false}, {Screen::Qc, false}, {Screen::Analyzers, false}};
    EXPECT_EQ(NavigationPolicy::screensFor({Role::Technician}), expected);
}

TEST(NavigationPolicy, BiologistSeesCatalogueAndReceptionReadOnly)
{
    const QList<ScreenAccess> expected{{Screen::Reception, true},
                                       {Screen::Specimens, true},
                                       {Screen::Bench, false},
                                       {Screen::HeldMessages, false},
                                       {Screen::Qc, false},
                                       {Screen::Validation, false},
                                       {Screen::Reports, false},
                                       {Screen::Dispatch, false},
                                       {Screen::Catalogue, true},
                                       {Screen::Analyzers, false}};
    EXPECT_EQ(NavigationPolicy::screensFor({Role::Biologist}), expected);
}

TEST(NavigationPolicy, AdminWithoutClinicalRoleSeesNoPatientScreen)
{
    const QList<ScreenAccess> expected{{Screen::Dispatch, false},
                                       {Screen::Catalogue, false},
                                       {Screen::Administration, false},
                                       {Screen::Analyzers, false}};
    EXPECT_EQ(NavigationPolicy::screensFor({Role::Admin}), expected);
}

TEST(NavigationPolicy, UnionOfRolesIsWritableWhenAnyRoleWrites)
{
    const auto screens =
        NavigationPolicy::screensFor({Role::Biologist, Role::Admin, Role::Secretary});
    ASSERT_EQ(screens.size(), 11);
    for (const ScreenAccess &access : screens)
        EXPECT_FALSE(access.readOnly) << NavigationPolicy::key(access.screen).toStdString();
}

TEST(NavigationPolicy, AdminAndBiologistGetsAllScreensReceptionReadOnly)
{
    const auto screens = NavigationPolicy::screensFor({Role::Biologist, Role::Admin});
    ASSERT_EQ(screens.size(), 11);
    EXPECT_EQ(screens.first(), (ScreenAccess{Screen::Reception, true}));
    EXPECT_EQ(screens.last(), (ScreenAccess{Screen::Analyzers, false}));
}

TEST(NavigationPolicy, DispatchScreenNeedsDispatchManage)
{
    // Envois: biologists and admins manage the outbox; secretaries and technicians never see it
    // (DispatchActions refuses them even the list).
    for (Role role : {Role::Secretary, Role::Technician}) {
        for (const ScreenAccess &access : NavigationPolicy::screensFor({role}))
            EXPECT_NE(access.screen, Screen::Dispatch);
    }
    EXPECT_TRUE(NavigationPolicy::screensFor({Role::Biologist}).contains(ScreenAccess{Screen::Dispatch, false}));
    EXPECT_TRUE(NavigationPolicy::screensFor({Role::Admin}).contains(ScreenAccess{Screen::Dispatch, false}));
    EXPECT_EQ(NavigationPolicy::title(Screen::Dispatch), QStringLiteral("Envois"));
    EXPECT_EQ(NavigationPolicy::key(Screen::Dispatch), QStringLiteral("dispatch"));
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
    EXPECT_EQ(NavigationPolicy::title(Screen::Specimens), QStringLiteral("Réception des tubes"));
    EXPECT_EQ(NavigationPolicy::key(Screen::Specimens), QStringLiteral("specimens"));
}

TEST(NavigationPolicy, QcScreenForTechniciansAndBiologists)
{
    EXPECT_TRUE(NavigationPolicy::screensFor({Role::Technician}).contains(ScreenAccess{Screen::Qc, false}));
    EXPECT_TRUE(NavigationPolicy::screensFor({Role::Biologist}).contains(ScreenAccess{Screen::Qc, false}));
    for (const Role role : {Role::Secretary, Role::Admin})
        for (const ScreenAccess &access : NavigationPolicy::screensFor({role}))
            EXPECT_NE(access.screen, Screen::Qc);
    EXPECT_EQ(NavigationPolicy::title(Screen::Qc), QStringLiteral("Contrôle qualité"));
    EXPECT_EQ(NavigationPolicy::key(Screen::Qc), QStringLiteral("qc"));
}
