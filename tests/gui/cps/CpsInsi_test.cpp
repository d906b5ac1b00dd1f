// INSi in CPx mode from the Accueil screen: the « INSi avec ma carte CPS » button, the PIN dialog
// (password field, emptied once used), the card on a SoftHSM2 token, the simulator's CPx listener.
#include "GuiTestApp.h"
#include "SoftHsmToken.h"
#include "WorkstationFixture.h"

#include "app/reception/CpsPinDialog.h"
#include "app/reception/InsiLookupDialog.h"
#include "app/reception/ReceptionServices.h"
#include "app/reception/ReceptionView.h"
#include "simulators/insi/InsiSimulatorThread.h"
#include "simulators/insi/TestPki.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

using namespace sgl::app;
using namespace sgl::app::test;
using sgl::domain::IdentityStatus;
using sgl::simulators::insi::TestPki;

namespace {

class CpsInsiReceptionTest : public WorkstationFixture {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        const QString why = SoftHsmToken::unavailableReason();
        if (!why.isEmpty())
            GTEST_SKIP() << why.toStdString();
        ASSERT_TRUE(TestPki::create(m_pki.path()).has_value());
        sgl::simulators::insi::InsiSimulatorConfig sim;
        sim.basePath = QStringLiteral(SGL_SOURCE_DIR "/resources/simulators/insi/identities.json");
        sim.certificatePath = TestPki::file(m_pki.path(), "server.pem");
        sim.keyPath = TestPki::file(m_pki.path(), "server.key.pem");
        sim.caPath = TestPki::file(m_pki.path(), "ca.pem");
        sim.cpx = true;
        auto thread = sgl::simulators::insi::InsiSimulatorThread::start(sim);
        ASSERT_TRUE(thread.has_value()) << thread.error().toString().toStdString();
        m_sim = std::move(*thread);
        m_token = std::make_unique<SoftHsmToken>();
        ASSERT_TRUE(m_token->initToken().isEmpty());
        ASSERT_TRUE(m_token->import(TestPki::file(m_pki.path(), "card.key.pem"), TestPki::file(m_pki.path(), "card.pem"),
                                    "card", 1)
                        .isEmpty());
    }

    void configureCard()
    {
        sgl::workflow::identity::CpxInsiSettings cpx;
        cpx.card.modulePath = QString::fromLatin1(SoftHsmToken::kModule);
        cpx.insi.endpoint = m_sim->cpxEndpoint();
        cpx.insi.caBundlePath = TestPki::file(m_pki.path(), "ca.pem");
        cpx.insi.idam = QStringLiteral("SGL-IDAM-TEST-0001");
        m_services->configureCpx(cpx);
    }

    std::unique_ptr<ReceptionView> adrun() { return patient("ADRUN", "ZOE", "31/12/1975", "F"); }

    std::unique_ptr<ReceptionView> patient(const char *name, const char *first, const char *date, const char *sex)
    {
        const auto session = login(QStringLiteral("ssecr"), kPassword);
        auto view = std::make_unique<ReceptionView>(m_services->reception(session), session, false);
        view->show();
        view->startNewPatient();
        view->findChild<QLineEdit *>(QStringLiteral("birthNameEdit"))->setText(QString::fromLatin1(name));
        view->findChild<QLineEdit *>(QStringLiteral("birthFirstNamesEdit"))->setText(QString::fromLatin1(first));
        view->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->setText(QString::fromLatin1(date));
        auto *sexCombo = view->findChild<QComboBox *>(QStringLiteral("sexCombo"));
        sexCombo->setCurrentIndex(sexCombo->findData(QString::fromLatin1(sex)));
        view->save();
        EXPECT_TRUE(view->currentPatient().has_value()) << view->messageText().toStdString();
        return view;
    }

    QTemporaryDir m_pki;
    std::unique_ptr<sgl::simulators::insi::InsiSimulatorThread> m_sim;
    std::unique_ptr<SoftHsmToken> m_token;
};

} // namespace

TEST_F(CpsInsiReceptionTest, CardButtonOnlyWhenACardModuleIsConfigured)
{
    auto without = adrun();
    EXPECT_FALSE(without->findChild<QPushButton *>(QStringLiteral("insiCardButton"))->isVisible());
    configureCard();
    auto with = patient("CORSE", "ANTHONY", "02/03/1980", "M");
    auto *button = with->findChild<QPushButton *>(QStringLiteral("insiCardButton"));
    EXPECT_TRUE(button->isVisible());
    EXPECT_TRUE(button->isEnabled());
}

TEST_F(CpsInsiReceptionTest, PinDialogThenCardSignedLookupThenAccepted)
{
    configureCard();
    auto view = adrun();
    view->findChild<QPushButton *>(QStringLiteral("insiCardButton"))->click();
    CpsPinDialog *pin = view->pinDialog();
    ASSERT_NE(pin, nullptr);
    QLineEdit *field = pin->pinField();
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);
    field->setText(QString::fromLatin1(SoftHsmToken::kUserPin));
    pin->accept();
    EXPECT_TRUE(field->text().isEmpty()); // the dialog keeps nothing
    InsiLookupDialog *dialog = view->insiDialog();
    ASSERT_NE(dialog, nullptr) << view->messageText().toStdString();
    EXPECT_TRUE(dialog->comparisonText().contains(QStringLiteral("ADRUN")));
    dialog->acceptIdentity();
    ASSERT_TRUE(waitUntil([&] { return view->insiDialog() == nullptr; })) << dialog->errorText().toStdString();
    EXPECT_EQ(view->currentPatient()->status, IdentityStatus::Recup) << view->messageText().toStdString();
    EXPECT_EQ(m_sim->calls().last().cpxNationalId, QString::fromLatin1(TestPki::kCardNationalId));
}

TEST_F(CpsInsiReceptionTest, WrongPinIsSaidAndNothingIsCalled)
{
    configureCard();
    auto view = adrun();
    view->lookupInsiWithCard();
    ASSERT_NE(view->pinDialog(), nullptr);
    view->pinDialog()->pinField()->setText(QStringLiteral("0000"));
    view->pinDialog()->accept();
    EXPECT_EQ(view->insiDialog(), nullptr);
    EXPECT_TRUE(view->messageText().contains(QStringLiteral("Code porteur incorrect"))) << view->messageText().toStdString();
    EXPECT_FALSE(view->messageText().contains(QStringLiteral("0000")));
    EXPECT_TRUE(m_sim->calls().isEmpty());
}
