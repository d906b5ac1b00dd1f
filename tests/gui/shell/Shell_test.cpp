// Shell widgets that need no database: language, settings dialog, main window navigation.
#include "GuiTestApp.h"

#include "app/shell/Application.h"
#include "app/shell/LanguageLoader.h"
#include "app/shell/MainWindow.h"
#include "app/shell/NavigationPolicy.h"
#include "app/shell/ScreenFactory.h"
#include "app/shell/SettingsDialog.h"
#include "shell/RequestingScreens.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QFile>
#include <QListWidget>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace sgl::app;
using sgl::domain::Role;
using sgl::domain::UserSession;

namespace {

/** Builds a label per screen, except the screens it is told this build lacks. */
class LabelScreens : public ScreenFactory {
public:
    QList<Screen> missing;
    QList<std::pair<Screen, bool>> created;
    QWidget *create(Screen screen, bool readOnly, const UserSession &, QWidget *parent) override
    {
        if (missing.contains(screen))
            return nullptr;
        created.append({screen, readOnly});
        return new QLabel(NavigationPolicy::title(screen), parent);
    }
};

UserSession session(qint64 id, const QString &name, QList<Role> roles)
{
    UserSession s;
    s.userId = id;
    s.login = name.toLower();
    s.displayName = name;
    s.roles = std::move(roles);
    return s;
}

} // namespace

TEST(LanguageLoader, FrenchByDefaultEnglishForEnglishLocale)
{
    EXPECT_EQ(LanguageLoader::chooseLanguage({}, QLocale(QLocale::French, QLocale::France)),
              QStringLiteral("fr"));
    EXPECT_EQ(LanguageLoader::chooseLanguage({}, QLocale(QLocale::German)), QStringLiteral("fr"));
    EXPECT_EQ(LanguageLoader::chooseLanguage({}, QLocale(QLocale::English, QLocale::UnitedStates)),
              QStringLiteral("en"));
    EXPECT_EQ(LanguageLoader::chooseLanguage(QStringLiteral("fr"), QLocale(QLocale::English)),
              QStringLiteral("fr"));
    EXPECT_EQ(LanguageLoader::chooseLanguage(QStringLiteral("xx"), QLocale(QLocale::French)),
              QStringLiteral("fr"));
}

TEST(LanguageLoader, EnglishTranslationIsEmbeddedAndUsed)
{
    test::guiApp();
    LanguageLoader loader(QCoreApplication::instance());
    ASSERT_TRUE(loader.install(QStringLiteral("en")));
    EXPECT_EQ(NavigationPolicy::title(Screen::Reception), QStringLiteral("Home"));
    EXPECT_EQ(NavigationPolicy::title(Screen::Bench), QStringLiteral("Bench"));
    EXPECT_EQ(QCoreApplication::translate("sgl::app::ReceptionView", "%n patient(s) trouvé(s).",
                                          nullptr, 2),
              QStringLiteral("2 patients found."));
    ASSERT_TRUE(loader.install(QStringLiteral("fr")));
    EXPECT_EQ(NavigationPolicy::title(Screen::Reception), QStringLiteral("Accueil"));
    EXPECT_EQ(QCoreApplication::translate("sgl::app::ReceptionView", "%n patient(s) trouvé(s).",
                                          nullptr, 1),
              QStringLiteral("1 patient trouvé."));
    EXPECT_EQ(QCoreApplication::translate("sgl::app::ReceptionView", "%n patient(s) trouvé(s).",
                                          nullptr, 3),
              QStringLiteral("3 patients trouvés."));
    EXPECT_FALSE(loader.install(QStringLiteral("de")));
}

TEST(LanguageLoader, QtStandardButtonsAreFrenchInFrench)
{
    // qtbase_fr.qm (Debian qt6-translations-l10n, installed by scripts/install-deps.sh): without
    // it the French workstation showed "Save" and "Cancel" in every dialog.
    test::guiApp();
    LanguageLoader loader(QCoreApplication::instance());
    ASSERT_TRUE(loader.install(QStringLiteral("fr")));
    {
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        EXPECT_EQ(box.button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')), QStringLiteral("Enregistrer"));
        EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Annuler"));
    }
    EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral(",")) << "spin boxes show 2,5 in French";
    ASSERT_TRUE(loader.install(QStringLiteral("en")));
    EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral("."));
    QDialogButtonBox english(QDialogButtonBox::Save);
    EXPECT_EQ(english.button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')), QStringLiteral("Save"));
    ASSERT_TRUE(loader.install(QStringLiteral("fr")));
}

TEST(SettingsDialog, InvalidValuesKeepDialogOpenAndLetterheadGoesToSaver)
{
    test::guiApp();
    AppSettings initial;
    initial.databaseUrl = QStringLiteral("sqlite:///tmp/x.sqlite");
    LabLetterhead lab{QStringLiteral("Labo"), QStringLiteral("750000001"), {}, {}, {}, {}};
    QList<LabLetterhead> saved;
    SettingsDialog dialog(initial, lab, [&](const LabLetterhead &l) -> sgl::domain::Status {
        saved.append(l);
        return {};
    });
    dialog.show();
    auto *finess = dialog.findChild<QLineEdit *>(QStringLiteral("labFinessEdit"));
    ASSERT_NE(finess, nullptr);
    finess->clear();
    QTest::keyClicks(finess, QStringLiteral("12AB"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("FINESS")));
    EXPECT_TRUE(saved.isEmpty()) << "nothing saved while a field is invalid";

    auto *db = dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrlEdit"));
    db->setText(QStringLiteral("mysql://x/y"));
    finess->setText(QStringLiteral("2B0000009"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(saved.isEmpty());

    db->setText(initial.databaseUrl);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().finess, QStringLiteral("2B0000009"));
    EXPECT_EQ(dialog.settings().databaseUrl, initial.databaseUrl);
}

TEST(SettingsDialog, SaverErrorIsShownAndLetterheadReadOnlyWithoutSaver)
{
    test::guiApp();
    AppSettings initial;
    initial.databaseUrl = QStringLiteral("sqlite:///tmp/x.sqlite");
    LabLetterhead lab{QStringLiteral("Labo"), QStringLiteral("750000001"), {}, {}, {}, {}};
    SettingsDialog refusing(initial, lab, [](const LabLetterhead &) -> sgl::domain::Status {
        return sgl::domain::fail(QStringLiteral("auth.forbidden"), QStringLiteral("Refusé."));
    });
    refusing.findChild<QLineEdit *>(QStringLiteral("labNameEdit"))->setText(QStringLiteral("Autre"));
    refusing.accept();
    EXPECT_EQ(refusing.result(), QDialog::Rejected);
    EXPECT_EQ(refusing.errorText(), QStringLiteral("Refusé."));

    SettingsDialog readOnly(initial, lab, {});
    EXPECT_TRUE(readOnly.findChild<QLineEdit *>(QStringLiteral("labNameEdit"))->isReadOnly());
    readOnly.accept();
    EXPECT_EQ(readOnly.result(), QDialog::Accepted);
}

TEST(MainWindow, NavigationFollowsRolesAndSkipsScreensThisBuildLacks)
{
    test::guiApp();
    LabelScreens factory;
    factory.missing = {Screen::Bench, Screen::HeldMessages, Screen::Analyzers, Screen::Qc};
    MainWindow window(factory, QStringLiteral("sqlite:///tmp/demo.sqlite"));
    window.show();
    window.setSession(session(1, QStringLiteral("Marie Curie"), {Role::Biologist}));

    const QList<Screen> expected{Screen::Reception, Screen::Specimens, Screen::Validation, Screen::Reports,
                                 Screen::Dispatch,  Screen::Catalogue};
    EXPECT_EQ(window.visibleScreens(), expected);
    EXPECT_EQ(window.currentScreen(), Screen::Reception);
    EXPECT_TRUE(factory.created.contains(std::pair{Screen::Catalogue, true}));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    ASSERT_NE(nav, nullptr);
    ASSERT_EQ(nav->count(), 6);
    EXPECT_TRUE(nav->item(4)->text().startsWith(QStringLiteral("Envois")));
    EXPECT_TRUE(nav->item(5)->text().startsWith(QStringLiteral("Catalogue")));

    nav->setCurrentRow(3);
    EXPECT_EQ(window.currentScreen(), Screen::Reports);
    EXPECT_FALSE(window.showScreen(Screen::Administration));
    EXPECT_TRUE(window.userStatusText().contains(QStringLiteral("Marie Curie")));
    EXPECT_TRUE(window.userStatusText().contains(QStringLiteral("Biologiste")));
    EXPECT_TRUE(window.databaseStatusText().contains(QStringLiteral("demo.sqlite")));
}

TEST(MainWindow, ReadOnlyMentionIsOnItsOwnLineSoNoLabelIsCut)
{
    // « Réception des tubes (consultation) » is wider than the 240 px bar: with the product's style
    // sheet (item padding) the row must be tall enough for both lines.
    test::guiApp();
    LabelScreens factory;
    MainWindow window(factory, QStringLiteral("sqlite:///tmp/demo.sqlite"));
    QFile style(QStringLiteral(":/styles/sgl.qss"));
    ASSERT_TRUE(style.open(QIODevice::ReadOnly));
    window.setStyleSheet(QString::fromUtf8(style.readAll()));
    window.resize(1366, 768);
    window.show();
    window.setSession(session(1, QStringLiteral("Marie Curie"), {Role::Biologist}));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    ASSERT_NE(nav, nullptr);
    int readOnly = 0;
    for (int i = 0; i < nav->count(); ++i) {
        QListWidgetItem *item = nav->item(i);
        const QStringList lines = item->text().split(QLatin1Char('\n'));
        const QRect rect = nav->visualItemRect(item);
        for (const QString &line : lines)
            EXPECT_LE(nav->fontMetrics().horizontalAdvance(line), rect.width() - nav->iconSize().width() - 40) << qPrintable(line);
        if (lines.size() == 2) {
            ++readOnly;
            EXPECT_EQ(lines.last(), QStringLiteral("(consultation)"));
            EXPECT_GE(rect.height(), 2 * nav->fontMetrics().lineSpacing() + 16) << qPrintable(item->text());
        }
    }
    EXPECT_EQ(readOnly, 3); // Accueil, Réception des tubes, Catalogue
}

TEST(MainWindow, AScreenOpensAnotherOnAFocusWhenTheSessionListsIt)
{
    test::guiApp();
    test::RequestingScreens factory;
    MainWindow window(factory, QStringLiteral("sqlite:///tmp/demo.sqlite"));
    window.setSession(session(1, QStringLiteral("Marie Curie"), {Role::Biologist}));
    ASSERT_TRUE(window.showScreen(Screen::Validation));
    auto *validation = qobject_cast<test::RequestingScreen *>(window.screenWidget(Screen::Validation));
    auto *qc = qobject_cast<test::FocusableScreen *>(window.screenWidget(Screen::Qc));
    ASSERT_TRUE(validation && qc);

    validation->request(QStringLiteral("qc"), QStringLiteral("CRP"));
    EXPECT_EQ(window.currentScreen(), Screen::Qc);
    EXPECT_EQ(qc->focused, QStringLiteral("CRP"));

    // A screen the session does not list: nothing happens.
    ASSERT_TRUE(window.showScreen(Screen::Validation));
    validation->request(QStringLiteral("administration"), {});
    EXPECT_EQ(window.currentScreen(), Screen::Validation);
}

TEST(MainWindow, NewSessionReplacesScreensAndLogoutClearsThem)
{
    test::guiApp();
    LabelScreens factory;
    factory.missing = {Screen::HeldMessages, Screen::Analyzers, Screen::Qc};
    MainWindow window(factory, QStringLiteral("sqlite:///tmp/demo.sqlite"));
    window.setSession(session(1, QStringLiteral("Paul Tech"), {Role::Technician}));
    EXPECT_EQ(window.visibleScreens(), (QList<Screen>{Screen::Specimens, Screen::Bench}));
    QPointer<QWidget> bench = window.screenWidget(Screen::Bench);
    ASSERT_FALSE(bench.isNull());

    window.setSession(session(2, QStringLiteral("Ada Admin"), {Role::Admin}));
    EXPECT_TRUE(bench.isNull()) << "views of the previous session must be destroyed";
    EXPECT_EQ(window.visibleScreens(),
              (QList<Screen>{Screen::Dispatch, Screen::Catalogue, Screen::Administration}));

    window.clearSession();
    EXPECT_TRUE(window.visibleScreens().isEmpty());
    EXPECT_FALSE(window.session().has_value());
    EXPECT_FALSE(window.currentScreen().has_value());
}

TEST(MainWindow, LockHidesScreensUntilUnlocked)
{
    test::guiApp();
    LabelScreens factory;
    MainWindow window(factory, QStringLiteral("sqlite:///tmp/demo.sqlite"));
    window.setSession(session(1, QStringLiteral("Sophie Secr"), {Role::Secretary}));
    window.showScreen(Screen::Reports);
    window.setLocked(true);
    EXPECT_FALSE(window.currentScreen().has_value());
    EXPECT_FALSE(window.showScreen(Screen::Reception)) << "navigation is refused while locked";
    window.setLocked(false);
    EXPECT_EQ(window.currentScreen(), Screen::Reports);
}

TEST(MainWindow, RoleWithoutScreenShowsExplanation)
{
    test::guiApp();
    LabelScreens factory;
    factory.missing = {Screen::Bench, Screen::Specimens, Screen::HeldMessages, Screen::Analyzers, Screen::Qc};
    MainWindow window(factory, QStringLiteral("sqlite:///tmp/demo.sqlite"));
    window.setSession(session(3, QStringLiteral("Paul Tech"), {Role::Technician}));
    EXPECT_TRUE(window.visibleScreens().isEmpty());
    auto *stack = window.findChild<QWidget *>(QStringLiteral("emptyPage"));
    ASSERT_NE(stack, nullptr);
    EXPECT_TRUE(stack->isVisibleTo(&window));
}

TEST(Application, ParsesCommandLineAndRejectsBadOptions)
{
    test::guiApp();
    const QString exe = QStringLiteral("sgl-app");
    auto ok = Application::parseArguments(
        {exe, QStringLiteral("--db"), QStringLiteral("sqlite:///tmp/demo.sqlite"),
         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--insi-url"),
         QStringLiteral("https://127.0.0.1:4443/lps"), QStringLiteral("--insi-cert"),
         QStringLiteral("/pki/client-auto.pem"), QStringLiteral("--insi-idam"),
         QStringLiteral("SGL-IDAM-TEST-0001")});
    ASSERT_TRUE(ok.has_value()) << ok.error().toString().toStdString();
    EXPECT_EQ(ok->databaseUrl, QStringLiteral("sqlite:///tmp/demo.sqlite"));
    EXPECT_EQ(ok->language, QStringLiteral("en"));
    EXPECT_EQ(ok->insiCertificate, QStringLiteral("/pki/client-auto.pem"));
    EXPECT_EQ(ok->insiIdam, QStringLiteral("SGL-IDAM-TEST-0001"));

    auto badLang = Application::parseArguments({exe, QStringLiteral("--lang"), QStringLiteral("de")});
    ASSERT_FALSE(badLang.has_value());
    EXPECT_EQ(badLang.error().location, QStringLiteral("--lang"));
    EXPECT_FALSE(Application::parseArguments({exe, QStringLiteral("--inconnu")}).has_value());
    auto gateway = Application::parseArguments({exe, QStringLiteral("--analyzer-gateway"), QStringLiteral("/tmp/trafic")});
    ASSERT_TRUE(gateway.has_value());
    EXPECT_EQ(gateway->analyzerGatewayDir, QStringLiteral("/tmp/trafic"));
    auto relative = Application::parseArguments({exe, QStringLiteral("--analyzer-gateway"), QStringLiteral("trafic")});
    ASSERT_FALSE(relative.has_value());
    EXPECT_EQ(relative.error().location, QStringLiteral("--analyzer-gateway"));
    EXPECT_FALSE(Application::parseArguments({exe, QStringLiteral("fichier")}).has_value());
    EXPECT_EQ(Application::settingsFile({{}, {}, {}, QStringLiteral("/tmp/x.conf"), {}, {}, {}, {}, {}}),
              QStringLiteral("/tmp/x.conf"));
}
