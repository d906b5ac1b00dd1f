// Administration screen and the status bar against the real workflow services (UserAdmin) on a
// temporary migrated SQLite database.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/admin/AdministrationView.h"
#include "app/admin/LabLetterhead.h"
#include "app/admin/UserListModel.h"
#include "app/shell/MainWindow.h"
#include "app/shell/WorkstationScreens.h"
#include "workflow/Authenticator.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sgl::app;
using namespace sgl::app::test;
using sgl::domain::Role;

using AdministrationTest = WorkstationFixture;

TEST_F(AdministrationTest, AdminSeesAccountsDisablesAndReactivates)
{
    const auto admin = login(QStringLiteral("admin"), kAdminPassword);
    WorkstationScreens screens(*m_services);
    MainWindow window(screens, m_services->databaseDisplay());
    window.setSession(admin);
    ASSERT_TRUE(window.visibleScreens().contains(Screen::Administration));
    ASSERT_TRUE(window.showScreen(Screen::Administration));
    auto *view = qobject_cast<AdministrationView *>(window.screenWidget(Screen::Administration));
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(view->model()->rowCount(), 3);

    ASSERT_TRUE(view->selectLogin(QStringLiteral("ssecr")));
    view->toggleActive();
    EXPECT_TRUE(view->messageText().contains(QStringLiteral("désactivé")))
        << view->messageText().toStdString();
    auto refused = m_services->authenticator().authenticate(QStringLiteral("ssecr"), kPassword);
    EXPECT_FALSE(refused.has_value()) << "a disabled account cannot log in";

    ASSERT_TRUE(view->selectLogin(QStringLiteral("ssecr")));
    view->toggleActive();
    EXPECT_TRUE(m_services->authenticator()
                    .authenticate(QStringLiteral("ssecr"), kPassword)
                    .has_value());

    ASSERT_TRUE(view->selectLogin(QStringLiteral("admin")));
    view->toggleActive();
    EXPECT_TRUE(view->messageText().contains(QStringLiteral("propre compte")));
}

TEST_F(AdministrationTest, NonAdminSessionIsRefusedByTheUseCase)
{
    // Even if a view were built for a biologist, the workflow refuses the listing (the use
    // case itself: tests/workflow/auth/UserAdmin_test.cpp); the view shows the refusal.
    const auto biologist = login(QStringLiteral("mcurie"), kPassword);
    AdministrationView view(m_services->userAdmin(), biologist, false);
    EXPECT_EQ(view.model()->rowCount(), 0);
    EXPECT_EQ(view.messageText(), QStringLiteral("Action refusée : mcurie n'a pas le droit d'administrer les utilisateurs."));
}

TEST_F(AdministrationTest, StatusBarShowsUserRolesAndDatabaseWithoutPassword)
{
    WorkstationScreens screens(*m_services);
    MainWindow window(screens, m_services->databaseDisplay());
    window.setSession(login(QStringLiteral("mcurie"), kPassword));
    EXPECT_TRUE(window.userStatusText().contains(QStringLiteral("Dr Marie Curie")));
    EXPECT_TRUE(window.userStatusText().contains(QStringLiteral("Biologiste")));
    EXPECT_TRUE(window.databaseStatusText().contains(QStringLiteral("gui.sqlite")));
    EXPECT_FALSE(window.visibleScreens().contains(Screen::Administration));
}

TEST_F(AdministrationTest, LetterheadSavedByAdminForEveryWorkstationRefusedToOthers)
{
    const LabLetterhead lab{QStringLiteral("Laboratoire des Tilleuls"),
                            QStringLiteral("750000001"), QStringLiteral("1 rue des Tilleuls"),
                            QStringLiteral("75001"), QStringLiteral("Paris"),
                            QStringLiteral("01 00 00 00 00")};
    const auto biologist = login(QStringLiteral("mcurie"), kPassword);
    auto refused = m_services->saveLetterhead(biologist, lab);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, QStringLiteral("auth.forbidden"));

    const auto admin = login(QStringLiteral("admin"), kAdminPassword);
    auto bad = lab;
    bad.finess = QStringLiteral("123");
    EXPECT_FALSE(m_services->saveLetterhead(admin, bad).has_value());
    ASSERT_TRUE(m_services->saveLetterhead(admin, lab).has_value());
    auto stored = m_services->letterhead();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(*stored, lab);
}
