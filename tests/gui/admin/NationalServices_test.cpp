// « Services nationaux (DMP, MSSanté) » of the administration screen (issue 13), offscreen,
// against the real use case and a throwaway RSA PKI: an error names the field and selects it,
// nothing is written; valid settings are written to the workstation's configuration file and
// read back by the dispatch (DmpSettings, MssSettings); passwords are never shown.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/admin/AdministrationView.h"
#include "app/admin/NationalServicesDialog.h"
#include "app/shell/MainWindow.h"
#include "app/shell/WorkstationScreens.h"
#include "simulators/pki/RsaTestPki.h"
#include "workflow/dispatch/DmpSettings.h"
#include "workflow/dispatch/MssSettings.h"
#include "workflow/dispatch/NationalServicesSettings.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>

using namespace sgl::app;
using namespace sgl::app::test;

namespace {

const QString kPkiDir = QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa");

QString pki(const char *name)
{
    return sgl::simulators::pki::RsaTestPki::file(kPkiDir, name);
}

class NationalServicesTest : public WorkstationFixture {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(sgl::simulators::pki::RsaTestPki::ensure(kPkiDir));
        m_file = m_dir.filePath(QStringLiteral("sgl.conf"));
        m_services->setSettingsFile(m_file);
    }

    void fill(NationalServicesDialog &dialog, const QHash<QString, QString> &values)
    {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QLineEdit *edit = dialog.field(it.key());
            ASSERT_NE(edit, nullptr) << it.key().toStdString();
            edit->setText(it.value());
        }
    }

    QString m_file;
};

} // namespace

TEST_F(NationalServicesTest, AdministratorOpensThemFromTheAdministrationScreen)
{
    const auto admin = login(QStringLiteral("admin"), kAdminPassword);
    WorkstationScreens screens(*m_services);
    MainWindow window(screens, m_services->databaseDisplay());
    window.setSession(admin);
    ASSERT_TRUE(window.showScreen(Screen::Administration));
    auto *view = qobject_cast<AdministrationView *>(window.screenWidget(Screen::Administration));
    ASSERT_NE(view, nullptr);
    ASSERT_NE(view->nationalServicesButton(), nullptr);
    EXPECT_FALSE(view->nationalServicesButton()->isHidden());
    EXPECT_TRUE(view->nationalServicesButton()->isEnabled());
    EXPECT_TRUE(view->nationalServicesButton()->text().startsWith(QStringLiteral("Services &nationaux")));
    EXPECT_TRUE(view->nationalServicesButton()->toolTip().contains(QStringLiteral("DMP, MSSanté")))
        << "the short label's tooltip says what it covers";
}

TEST_F(NationalServicesTest, AnErrorNamesTheFieldThenValidSettingsAreWrittenForTheDispatch)
{
    const auto admin = login(QStringLiteral("admin"), kAdminPassword);
    {
        NationalServicesDialog dialog(m_services->nationalServices(), admin);
        EXPECT_TRUE(dialog.errorText().isEmpty());
        EXPECT_EQ(dialog.field(QStringLiteral("dmp/key_password"))->echoMode(), QLineEdit::Password);
        // The Annuaire Santé API key (online RPPS check) is a secret too.
        ASSERT_NE(dialog.field(QStringLiteral("annuaire/api_key")), nullptr);
        EXPECT_EQ(dialog.field(QStringLiteral("annuaire/api_key"))->echoMode(), QLineEdit::Password);
        fill(dialog, {{QStringLiteral("dmp/endpoint"), QStringLiteral("http://dmp.test/services")},
                      {QStringLiteral("dmp/certificate"), pki("org.pem")},
                      {QStringLiteral("dmp/key"), pki("org.key.pem")},
                      {QStringLiteral("dmp/ca"), pki("ca.pem")},
                      {QStringLiteral("dmp/source_oid"), QStringLiteral("1.2.250.1.999.1.2")},
                      {QStringLiteral("dmp/structure_id"), QStringLiteral("10B0152872")}});
        EXPECT_FALSE(dialog.save());
        EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("DMP — Adresse du service (endpoint) : une URL https://")))
            << dialog.errorText().toStdString();
        EXPECT_TRUE(dialog.field(QStringLiteral("dmp/endpoint"))->property("invalid").toBool());
        EXPECT_FALSE(QFile::exists(m_file)); // nothing written

        dialog.field(QStringLiteral("dmp/endpoint"))->setText(QStringLiteral("https://dmp.test/si-dmp-server/v2/services"));
        dialog.field(QStringLiteral("dmp/key"))->setText(pki("server.key.pem"));
        EXPECT_FALSE(dialog.save());
        EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("(key) : la clé ne correspond pas au certificat")))
            << dialog.errorText().toStdString();
        EXPECT_TRUE(dialog.field(QStringLiteral("dmp/key"))->property("invalid").toBool());
        EXPECT_FALSE(dialog.field(QStringLiteral("dmp/endpoint"))->property("invalid").toBool());

        dialog.field(QStringLiteral("dmp/key"))->setText(pki("org.key.pem"));
        fill(dialog, {{QStringLiteral("mssante/smtp_url"), QStringLiteral("smtp://mss.test:587")},
                      {QStringLiteral("mssante/mailbox"), QStringLiteral("laboratoire@sgl-test.mssante.fr")},
                      {QStringLiteral("mssante/certificate"), pki("mail-client.pem")},
                      {QStringLiteral("mssante/key"), pki("mail-client.key.pem")},
                      {QStringLiteral("mssante/ca"), pki("ca.pem")},
                      {QStringLiteral("mssante/imap_password"), QStringLiteral("secret-imap")}});
        EXPECT_TRUE(dialog.save()) << dialog.errorText().toStdString();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    auto dmp = sgl::workflow::dispatch::DmpSettings::load(m_file);
    ASSERT_TRUE(dmp.has_value()) << dmp.error().toString().toStdString();
    EXPECT_TRUE(dmp->isConfigured());
    EXPECT_EQ(dmp->structureId, QStringLiteral("10B0152872"));
    EXPECT_TRUE(sgl::workflow::dispatch::MssSettings::fromFile(m_file).configured());

    // Opened again: the stored values, never the password.
    NationalServicesDialog again(m_services->nationalServices(), admin);
    EXPECT_EQ(again.field(QStringLiteral("mssante/mailbox"))->text(), QStringLiteral("laboratoire@sgl-test.mssante.fr"));
    EXPECT_TRUE(again.field(QStringLiteral("mssante/imap_password"))->text().isEmpty());
    EXPECT_EQ(again.field(QStringLiteral("mssante/imap_password"))->placeholderText(), QStringLiteral("(inchangé)"));
    EXPECT_TRUE(again.save());
    EXPECT_EQ(sgl::workflow::dispatch::MssSettings::fromFile(m_file).client.imapPassword, QStringLiteral("secret-imap"));
}

TEST_F(NationalServicesTest, ABiologistGetsTheRefusalAndCannotSave)
{
    const auto biologist = login(QStringLiteral("mcurie"), kPassword);
    NationalServicesDialog dialog(m_services->nationalServices(), biologist);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Action refusée"))) << dialog.errorText().toStdString();
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(QFile::exists(m_file));
}
