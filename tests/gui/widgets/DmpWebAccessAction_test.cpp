// The « DMP » button (DmpWebAccessAction) as the workstation puts it on the Accueil, Comptes rendus
// and Validation screens (WorkstationScreens), offscreen, both backends: clicking it on the Accueil
// screen opens the portal URL in this patient's context (opener hook captures it), refuses a
// provisional identity with the use case's words, is disabled for a password session and absent
// when the portal is not configured.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "Samples.h"

#include "app/reception/ReceptionView.h"
#include "app/shell/WorkstationScreens.h"
#include "app/widgets/DmpWebAccessAction.h"
#include "domain/identity/NirKey.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"

#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace sgl;
using namespace sgl::app;
using namespace sgl::app::test;

namespace {

class DmpWebAccessActionTest : public OnBothBackends<WorkstationFixture> {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_config = m_dir.filePath(u"sgl.conf"_s);
        QFile f(m_config);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("[dmp]\nweb_access_url=https://127.0.0.1:9443/web-ps/acces-contexte\n");
        f.close();
        m_services->setSettingsFile(m_config);
        DmpWebAccessAction::setUrlOpener([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
    }
    void TearDown() override
    {
        DmpWebAccessAction::setUrlOpener({});
        WorkstationFixture::TearDown();
    }

    void storePatient(const QString &name, domain::IdentityStatus status, bool withIns)
    {
        domain::Patient p = sgl::testing::samplePatient(u"IPP-"_s + name);
        p.traits.birthName = name;
        p.status = status;
        if (withIns) {
            p.ins.matricule = u"2800275056123"_s;
            p.ins.key = domain::NirKey::computeText(p.ins.matricule);
            p.ins.oid = u"1.2.250.1.213.1.4.10"_s;
        }
        auto ok = m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::insert(tx, p, sgl::testing::actor()); });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    }

    domain::UserSession pscBiologist()
    {
        domain::UserSession s = login(u"mcurie"_s, kPassword);
        s.signInMethod = domain::SignInMethod::ProSanteConnect;
        s.rpps = u"10101010105"_s;
        s.expiresAt = QDateTime::currentDateTimeUtc().addSecs(1800);
        return s;
    }

    std::unique_ptr<ReceptionView> reception(const domain::UserSession &session, const QString &name)
    {
        WorkstationScreens screens(*m_services);
        std::unique_ptr<ReceptionView> view(
            static_cast<ReceptionView *>(screens.create(Screen::Reception, false, session, nullptr)));
        view->show();
        auto *search = view->findChild<QLineEdit *>(u"searchNameEdit"_s);
        EXPECT_NE(search, nullptr);
        if (!search)
            return view;
        QTest::keyClicks(search, name);
        EXPECT_TRUE(view->search());
        view->openRow(0);
        EXPECT_TRUE(view->currentPatient().has_value());
        return view;
    }

    static QPushButton *dmpButton(QWidget &view) { return view.findChild<QPushButton *>(u"dmpWebAccessButton"_s); }

    QString m_config;
    QList<QUrl> m_opened;
};

} // namespace

TEST_P(DmpWebAccessActionTest, ClickOnTheAccueilScreenOpensThePortalInThePatientsContext)
{
    storePatient(u"QUALIFIEE"_s, domain::IdentityStatus::Qual, true);
    auto view = reception(pscBiologist(), u"QUALIFIEE"_s);
    QPushButton *button = dmpButton(*view);
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isHidden());
    ASSERT_TRUE(button->isEnabled()) << button->toolTip().toStdString();
    EXPECT_TRUE(button->toolTip().contains(u"Pro Santé Connect"_s));
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_EQ(m_opened.size(), 1);
    const QUrl url = m_opened.first();
    EXPECT_EQ(url.host(), u"127.0.0.1"_s);
    EXPECT_EQ(url.path(), u"/web-ps/acces-contexte"_s);
    const QUrlQuery q(url);
    EXPECT_EQ(q.queryItemValue(u"ins"_s), u"2800275056123"_s + domain::NirKey::computeText(u"2800275056123"_s));
    EXPECT_EQ(q.queryItemValue(u"ins_oid"_s), u"1.2.250.1.213.1.4.10"_s);
    EXPECT_EQ(q.queryItemValue(u"rpps_hint"_s), u"10101010105"_s);
    auto *action = view->findChild<DmpWebAccessAction *>(u"dmpWebAccessAction"_s);
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->lastMessage().contains(u"IPP-QUALIFIEE"_s)) << action->lastMessage().toStdString();
}

TEST_P(DmpWebAccessActionTest, ProvisionalIdentityIsRefusedWithTheReasonAndNothingOpens)
{
    storePatient(u"PROVISOIRE"_s, domain::IdentityStatus::Prov, false);
    auto view = reception(pscBiologist(), u"PROVISOIRE"_s);
    QPushButton *button = dmpButton(*view);
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(m_opened.isEmpty());
    auto *box = view->findChild<QMessageBox *>(u"dmpWebAccessRefusal"_s);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->text().startsWith(u"INS non qualifiée : identité provisoire"_s)) << box->text().toStdString();
    box->close();
}

TEST_P(DmpWebAccessActionTest, PasswordSessionSeesTheButtonDisabledWithTheReason)
{
    storePatient(u"QUALIFIEE"_s, domain::IdentityStatus::Qual, true);
    auto view = reception(login(u"mcurie"_s, kPassword), u"QUALIFIEE"_s);
    QPushButton *button = dmpButton(*view);
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isHidden());
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->toolTip().contains(u"Pro Santé Connect"_s)) << button->toolTip().toStdString();
    auto *action = view->findChild<DmpWebAccessAction *>(u"dmpWebAccessAction"_s);
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->trigger()) << "the use case refuses even if the button were clicked";
    EXPECT_TRUE(m_opened.isEmpty());
}

TEST_P(DmpWebAccessActionTest, NoButtonWhenThePortalIsNotConfigured)
{
    QFile::remove(m_config);
    storePatient(u"QUALIFIEE"_s, domain::IdentityStatus::Qual, true);
    auto view = reception(pscBiologist(), u"QUALIFIEE"_s);
    QPushButton *button = dmpButton(*view);
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isHidden());
}

TEST_P(DmpWebAccessActionTest, DossierAndValidationScreensCarryTheButton)
{
    const domain::UserSession session = pscBiologist();
    WorkstationScreens screens(*m_services);
    for (Screen screen : {Screen::Reports, Screen::Validation}) {
        std::unique_ptr<QWidget> view(screens.create(screen, false, session, nullptr));
        ASSERT_NE(view, nullptr);
        view->show();
        QPushButton *button = dmpButton(*view);
        ASSERT_NE(button, nullptr) << static_cast<int>(screen);
        EXPECT_FALSE(button->isHidden());
        EXPECT_TRUE(button->isEnabled());
        // No dossier selected yet: the use case says so, nothing opens.
        auto *action = view->findChild<DmpWebAccessAction *>(u"dmpWebAccessAction"_s);
        ASSERT_NE(action, nullptr);
        EXPECT_FALSE(action->trigger());
        EXPECT_TRUE(action->lastMessage().startsWith(u"Aucun patient sélectionné"_s)) << action->lastMessage().toStdString();
        if (auto *box = view->findChild<QMessageBox *>(u"dmpWebAccessRefusal"_s))
            box->close();
    }
    EXPECT_TRUE(m_opened.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, DmpWebAccessActionTest, kBothBackends, sgl::testing::backendName);
