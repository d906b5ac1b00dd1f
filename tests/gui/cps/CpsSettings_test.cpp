// The workstation's CPS card settings (« Carte CPS » tab: the card's PKCS#11 module and the INSi
// CPx address): both or neither, an absolute module path, an https address, French messages
// naming the field; the tab edits them and the dialog shows the faulty field.
#include "GuiTestApp.h"

#include "app/ErrorCodes.h"
#include "app/shell/AppSettings.h"
#include "app/shell/SettingsDialog.h"

#include <QLineEdit>
#include <QTabWidget>

#include <gtest/gtest.h>

using sgl::app::AppSettings;

namespace {

AppSettings withCard()
{
    AppSettings s;
    s.databaseUrl = QStringLiteral("sqlite:///tmp/sgl-test.sqlite");
    s.cpsModule = QStringLiteral("/usr/lib/x86_64-linux-gnu/pkcs11/libcps3_pkcs11_lux.so");
    s.insiCpxUrl = QStringLiteral("https://insi.example/cpx");
    return s;
}

} // namespace

TEST(CpsSettings, BothOrNeitherWithAnAbsoluteModuleAndAnHttpsService)
{
    EXPECT_TRUE(withCard().validate().has_value());
    AppSettings none;
    none.databaseUrl = QStringLiteral("sqlite:///tmp/sgl-test.sqlite");
    EXPECT_TRUE(none.validate().has_value()) << "no card mode is valid";
    struct Case {
        void (*change)(AppSettings &);
        const char *key;
    };
    const Case cases[] = {
        {[](AppSettings &s) { s.cpsModule.clear(); }, "interop/cpsModule"},
        {[](AppSettings &s) { s.cpsModule = QStringLiteral("libcps.so"); }, "interop/cpsModule"},
        {[](AppSettings &s) { s.insiCpxUrl.clear(); }, "interop/insiCpxUrl"},
        {[](AppSettings &s) { s.insiCpxUrl = QStringLiteral("http://insi.example/cpx"); }, "interop/insiCpxUrl"},
    };
    for (const Case &c : cases) {
        AppSettings s = withCard();
        c.change(s);
        auto status = s.validate();
        ASSERT_FALSE(status) << c.key;
        EXPECT_EQ(status.error().code, sgl::app::errc::SettingsCps);
        EXPECT_EQ(status.error().location, QString::fromLatin1(c.key));
        EXPECT_TRUE(status.error().message.startsWith(QStringLiteral("Carte CPS — "))) << c.key;
    }
}

TEST(CpsSettings, TheTabEditsThemAndShowsTheFaultyField)
{
    sgl::app::test::guiApp();
    const AppSettings initial = withCard();
    sgl::app::SettingsDialog dialog(initial, {}, {});
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    ASSERT_NE(tabs, nullptr);
    QWidget *page = dialog.findChild<QWidget *>(QStringLiteral("cpsSettingsPage"));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Carte CPS"));
    auto *module = dialog.findChild<QLineEdit *>(QStringLiteral("cpsModuleEdit"));
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("insiCpxUrlEdit"));
    ASSERT_NE(module, nullptr);
    ASSERT_NE(url, nullptr);
    EXPECT_EQ(module->text(), initial.cpsModule);
    EXPECT_EQ(url->text(), initial.insiCpxUrl);
    module->setText(QStringLiteral("/opt/cps/libcps.so"));
    EXPECT_EQ(dialog.settings().cpsModule, QStringLiteral("/opt/cps/libcps.so"));

    dialog.show();
    url->setText(QStringLiteral("insi.example"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "refused: the dialog stays open";
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("mode CPx"))) << dialog.errorText().toStdString();
    EXPECT_EQ(tabs->currentWidget(), page);
}
