// The workstation's Pro Santé Connect settings ([psc] of the settings file, « Pro Santé Connect »
// tab): round trip, all-or-nothing validation with French messages, the tab edits them.
#include "GuiTestApp.h"

#include "app/ErrorCodes.h"
#include "app/shell/AppSettings.h"
#include "app/shell/SettingsDialog.h"

#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using sgl::app::AppSettings;

namespace {

AppSettings withPsc()
{
    AppSettings s;
    s.databaseUrl = QStringLiteral("sqlite:///tmp/sgl-test.sqlite");
    s.pscIssuer = QStringLiteral("https://auth.bas.psc.esante.gouv.fr/auth/realms/esante-wallet");
    s.pscClientId = QStringLiteral("sgl-laboratoire");
    s.pscGatewayUrl = QStringLiteral("https://serveur-labo:8443");
    s.pscLoopbackPort = 53682;
    s.pscCaBundle = QStringLiteral("/etc/sgl/ca-labo.pem");
    return s;
}

} // namespace

TEST(PscSettings, RoundTripAndConfiguredOnlyWhenComplete)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sgl.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        withPsc().save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    EXPECT_EQ(AppSettings::load(settings), withPsc());
    EXPECT_EQ(settings.value(QStringLiteral("psc/gatewayUrl")).toString(), QStringLiteral("https://serveur-labo:8443"));
    EXPECT_TRUE(withPsc().pscConfigured());
    EXPECT_TRUE(withPsc().validate().has_value());
    AppSettings none;
    none.databaseUrl = QStringLiteral("sqlite:///tmp/sgl-test.sqlite");
    EXPECT_FALSE(none.pscConfigured());
    EXPECT_TRUE(none.validate().has_value()) << "PSC off is valid";
}

TEST(PscSettings, IncompleteOrInsecureSettingsAreRefusedNamingTheField)
{
    struct Case {
        void (*change)(AppSettings &);
        const char *key;
    };
    const Case cases[] = {
        {[](AppSettings &s) { s.pscIssuer = QStringLiteral("http://auth.example/realms/x"); }, "psc/issuer"},
        {[](AppSettings &s) { s.pscClientId.clear(); }, "psc/clientId"},
        {[](AppSettings &s) { s.pscGatewayUrl = QStringLiteral("serveur-labo:8443"); }, "psc/gatewayUrl"},
        {[](AppSettings &s) { s.pscLoopbackPort = 80; }, "psc/loopbackPort"},
        {[](AppSettings &s) { s.pscLoopbackPort = 0; }, "psc/loopbackPort"},
    };
    for (const Case &c : cases) {
        AppSettings s = withPsc();
        c.change(s);
        auto status = s.validate();
        ASSERT_FALSE(status) << c.key;
        EXPECT_EQ(status.error().code, sgl::app::errc::SettingsPsc);
        EXPECT_EQ(status.error().location, QString::fromLatin1(c.key));
        EXPECT_TRUE(status.error().message.startsWith(QStringLiteral("Pro Santé Connect — "))) << c.key;
        EXPECT_FALSE(s.pscConfigured() && status.has_value());
    }
}

TEST(PscSettings, TheTabEditsThemAndFocusesTheFaultyField)
{
    sgl::app::test::guiApp();
    AppSettings initial = withPsc();
    sgl::app::SettingsDialog dialog(initial, {}, {});
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    ASSERT_NE(tabs, nullptr);
    QWidget *page = dialog.findChild<QWidget *>(QStringLiteral("pscSettingsPage"));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Pro Santé Connect"));
    auto *gateway = dialog.findChild<QLineEdit *>(QStringLiteral("pscGatewayEdit"));
    ASSERT_NE(gateway, nullptr);
    EXPECT_EQ(gateway->text(), initial.pscGatewayUrl);
    dialog.findChild<QSpinBox *>(QStringLiteral("pscPortSpin"))->setValue(53700);
    EXPECT_EQ(dialog.settings().pscLoopbackPort, 53700);

    dialog.show();
    gateway->setText(QStringLiteral("ftp://serveur"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("passerelle du laboratoire"))) << dialog.errorText().toStdString();
    EXPECT_EQ(tabs->currentWidget(), page);
    EXPECT_TRUE(gateway->hasFocus() || !dialog.isActiveWindow());
}
