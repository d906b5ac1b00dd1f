// Login and idle lock against the real workflow services (AuthService) on a temporary migrated
// SQLite database.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/shell/IdleLock.h"
#include "app/shell/LoginDialog.h"
#include "app/shell/MainWindow.h"
#include "app/shell/UnlockDialog.h"
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

namespace {

void typeCredentials(QDialog &dialog, const QString &login, const QString &password)
{
    auto *loginEdit = dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    ASSERT_NE(loginEdit, nullptr);
    ASSERT_NE(passwordEdit, nullptr);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

} // namespace

using LoginDialogTest = WorkstationFixture;

TEST_F(LoginDialogTest, WrongPasswordKeepsDialogOpenThenRightOneOpensSession)
{
    LoginDialog dialog(m_services->authenticator());
    dialog.show();
    typeCredentials(dialog, QStringLiteral("mcurie"), QStringLiteral("mauvais-mot-de-passe1"));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.session().has_value());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Identifiant ou mot de passe incorrect."));
    EXPECT_TRUE(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty())
        << "the password field is cleared after every attempt";

    typeCredentials(dialog, QStringLiteral("mcurie"), kPassword);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.session().has_value());
    EXPECT_EQ(dialog.session()->login, QStringLiteral("mcurie"));
    EXPECT_EQ(dialog.session()->displayName, QStringLiteral("Dr Marie Curie"));
    EXPECT_TRUE(dialog.session()->hasRole(Role::Biologist));
}

TEST_F(LoginDialogTest, UnknownLoginAndEmptyFieldsAreRefused)
{
    LoginDialog dialog(m_services->authenticator());
    dialog.show();
    typeCredentials(dialog, QStringLiteral("personne"), kPassword);
    EXPECT_FALSE(dialog.session().has_value());
    const QString unknownMessage = dialog.errorText();
    EXPECT_FALSE(unknownMessage.isEmpty());
    typeCredentials(dialog, QStringLiteral("mcurie"), QStringLiteral("mauvais-mot-de-passe1"));
    EXPECT_EQ(dialog.errorText(), unknownMessage)
        << "the message must not reveal whether the login exists";
    typeCredentials(dialog, QString(), QString());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("identifiant")));
    EXPECT_FALSE(dialog.session().has_value());
}

TEST_F(LoginDialogTest, AccountLockedAfterRepeatedFailures)
{
    LoginDialog dialog(m_services->authenticator());
    dialog.show();
    for (int i = 0; i < m_services->policy().maxFailedAttempts; ++i)
        typeCredentials(dialog, QStringLiteral("ssecr"), QStringLiteral("mauvais-mot-de-passe1"));
    typeCredentials(dialog, QStringLiteral("ssecr"), kPassword);
    EXPECT_FALSE(dialog.session().has_value()) << "locked: even the right password is refused";
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Compte verrouillé après plusieurs échecs de connexion, jusqu'à ")))
        << dialog.errorText().toStdString();
}

using IdleLockTest = WorkstationFixture;

TEST_F(IdleLockTest, LocksAfterIdleTimeoutAndSameUserUnlocks)
{
    WorkstationScreens screens(*m_services);
    MainWindow window(screens, m_services->databaseDisplay());
    const auto session = login(QStringLiteral("mcurie"), kPassword);
    window.setSession(session);
    window.show();
    // A manual clock: the test decides how much time passes, no timer race.
    auto now = std::chrono::steady_clock::time_point{} + std::chrono::hours(1);
    IdleLock lock(m_services->authenticator(), &window, std::chrono::minutes(5), nullptr, [&now] { return now; });
    QObject::connect(&lock, &IdleLock::locked, &window, [&] { window.setLocked(true); });
    QObject::connect(&lock, &IdleLock::unlocked, &window, [&] { window.setLocked(false); });
    QSignalSpy unlocked(&lock, &IdleLock::unlocked);
    // The application offers PSC on each unlock dialog through this hook, before it opens.
    int prepared = 0;
    lock.setDialogPreparer([&](UnlockDialog &d) {
        ++prepared;
        EXPECT_FALSE(d.isVisible());
    });
    lock.setSession(session);

    // Input keeps it unlocked: 4 minutes, a mouse move, 4 more minutes is 8 minutes in all but
    // only 4 without input.
    now += std::chrono::minutes(4);
    QTest::mouseMove(&window, QPoint(10, 10));
    now += std::chrono::minutes(4);
    lock.checkIdle();
    EXPECT_FALSE(lock.isLocked());
    now += std::chrono::seconds(59);
    lock.checkIdle();
    EXPECT_FALSE(lock.isLocked()) << "4 min 59 s without input";
    now += std::chrono::seconds(1);
    lock.checkIdle();
    ASSERT_TRUE(lock.isLocked()) << "5 min without input";
    EXPECT_FALSE(window.currentScreen().has_value()) << "screens are hidden while locked";
    UnlockDialog *dialog = lock.unlockDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(prepared, 1);

    // Escape does not unlock.
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(lock.isLocked());

    typeCredentials(*dialog, QStringLiteral("mcurie"), QStringLiteral("mauvais-mot-de-passe1"));
    EXPECT_TRUE(lock.isLocked());
    typeCredentials(*dialog, QStringLiteral("mcurie"), kPassword);
    ASSERT_TRUE(waitUntil([&] { return !lock.isLocked(); }));
    ASSERT_EQ(unlocked.count(), 1);
    EXPECT_EQ(unlocked.first().first().value<sgl::domain::UserSession>().userId, m_biologistId);
    EXPECT_TRUE(window.currentScreen().has_value() || window.visibleScreens().isEmpty());
}

TEST_F(IdleLockTest, OtherUserCannotUnlockButAdminCan)
{
    QWidget window;
    window.show();
    IdleLock lock(m_services->authenticator(), &window, std::chrono::minutes(10));
    QSignalSpy unlocked(&lock, &IdleLock::unlocked);
    lock.setSession(login(QStringLiteral("mcurie"), kPassword));
    lock.lockNow();
    ASSERT_TRUE(lock.isLocked());
    UnlockDialog *dialog = lock.unlockDialog();
    ASSERT_NE(dialog, nullptr);

    typeCredentials(*dialog, QStringLiteral("ssecr"), kPassword);
    EXPECT_TRUE(lock.isLocked()) << "a colleague without admin role may not take over";
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("administrateur")));

    typeCredentials(*dialog, QStringLiteral("admin"), kAdminPassword);
    ASSERT_TRUE(waitUntil([&] { return !lock.isLocked(); }));
    ASSERT_EQ(unlocked.count(), 1);
    const auto session = unlocked.first().first().value<sgl::domain::UserSession>();
    EXPECT_EQ(session.login, QStringLiteral("admin")) << "the admin's session replaces the locked one";
}

TEST_F(IdleLockTest, LogoutFromLockDialogEndsSession)
{
    QWidget window;
    window.show();
    IdleLock lock(m_services->authenticator(), &window, std::chrono::minutes(10));
    QSignalSpy logout(&lock, &IdleLock::logoutRequested);
    lock.setSession(login(QStringLiteral("ssecr"), kPassword));
    lock.lockNow();
    auto *button = lock.unlockDialog()->findChild<QPushButton *>(QStringLiteral("logoutButton"));
    ASSERT_NE(button, nullptr);
    button->click();
    ASSERT_TRUE(waitUntil([&] { return logout.count() == 1; }));
    EXPECT_FALSE(lock.isLocked());
    lock.lockNow();
    EXPECT_FALSE(lock.isLocked()) << "no session: nothing to lock";
}
