// INSi qualification from the Accueil screen against the project's INSi simulator (HTTPS with
// client certificate, throwaway test PKI) through the real InsiClient and QualifyIdentity.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/reception/InsiLookupDialog.h"
#include "app/reception/ReceptionServices.h"
#include "app/reception/ReceptionView.h"
#include "interop/insi/InsiClientConfig.h"
#include "simulators/insi/InsiSimulatorThread.h"
#include "simulators/insi/TestPki.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sgl::app;
using namespace sgl::app::test;
using sgl::domain::IdentityStatus;
using sgl::simulators::insi::TestPki;

namespace {

class InsiReceptionTest : public WorkstationFixture {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        ASSERT_TRUE(m_pki.isValid());
        auto pki = TestPki::create(m_pki.path());
        ASSERT_TRUE(pki.has_value()) << pki.error().toString().toStdString();
        sgl::simulators::insi::InsiSimulatorConfig sim;
        sim.basePath = QStringLiteral(SGL_SOURCE_DIR "/resources/simulators/insi/identities.json");
        sim.certificatePath = TestPki::file(m_pki.path(), "server.pem");
        sim.keyPath = TestPki::file(m_pki.path(), "server.key.pem");
        sim.caPath = TestPki::file(m_pki.path(), "ca.pem");
        auto thread = sgl::simulators::insi::InsiSimulatorThread::start(sim);
        ASSERT_TRUE(thread.has_value()) << thread.error().toString().toStdString();
        m_sim = std::move(*thread);
        sgl::interop::insi::InsiClientConfig client;
        client.endpoint = m_sim->endpoint();
        client.certificatePath = TestPki::file(m_pki.path(), "client-auto.pem");
        client.privateKeyPath = TestPki::file(m_pki.path(), "client-auto.key.pem");
        client.caBundlePath = TestPki::file(m_pki.path(), "ca.pem");
        client.idam = QStringLiteral("SGL-IDAM-TEST-0001");
        m_services->configureInsi(client);
        ASSERT_NE(m_services->insi(), nullptr) << m_services->insiError().toString().toStdString();
    }

    std::unique_ptr<ReceptionView> registerPatient(const QString &name, const QString &first,
                                                   const QString &date, const QString &sex,
                                                   bool withCni)
    {
        const auto session = login(QStringLiteral("ssecr"), kPassword);
        auto view = std::make_unique<ReceptionView>(m_services->reception(session), session,
                                                    false);
        view->show();
        view->startNewPatient();
        view->findChild<QLineEdit *>(QStringLiteral("birthNameEdit"))->setText(name);
        view->findChild<QLineEdit *>(QStringLiteral("birthFirstNamesEdit"))->setText(first);
        view->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->setText(date);
        auto *sexCombo = view->findChild<QComboBox *>(QStringLiteral("sexCombo"));
        sexCombo->setCurrentIndex(sexCombo->findData(sex));
        if (withCni)
            view->addEvidence(); // identity card is the default document type
        view->save();
        EXPECT_TRUE(view->currentPatient().has_value()) << view->messageText().toStdString();
        return view;
    }

    QTemporaryDir m_pki;
    std::unique_ptr<sgl::simulators::insi::InsiSimulatorThread> m_sim;
};

} // namespace

TEST_F(InsiReceptionTest, AcceptedInsiIdentityWithCheckedCardIsQualified)
{
    auto view = registerPatient(QStringLiteral("ADRUN"), QStringLiteral("ZOE"),
                                QStringLiteral("31/12/1975"), QStringLiteral("F"), true);
    ASSERT_EQ(view->currentPatient()->status, IdentityStatus::Vali);
    auto *button = view->findChild<QPushButton *>(QStringLiteral("insiButton"));
    ASSERT_TRUE(button->isEnabled());
    button->click();
    InsiLookupDialog *dialog = view->insiDialog();
    ASSERT_NE(dialog, nullptr) << view->messageText().toStdString();
    EXPECT_TRUE(dialog->comparisonText().contains(QStringLiteral("ADRUN")));
    dialog->acceptIdentity();
    ASSERT_TRUE(waitUntil([&] { return view->insiDialog() == nullptr; }))
        << dialog->errorText().toStdString();
    const auto patient = *view->currentPatient();
    EXPECT_EQ(patient.status, IdentityStatus::Qual) << view->messageText().toStdString();
    EXPECT_TRUE(patient.insUsable());
    EXPECT_EQ(patient.ins.oid.left(22), QStringLiteral("1.2.250.1.213.1.4.10").left(22));
}

TEST_F(InsiReceptionTest, RefusalNeedsReasonAndChangesNothing)
{
    auto view = registerPatient(QStringLiteral("ADRUN"), QStringLiteral("ZOE"),
                                QStringLiteral("31/12/1975"), QStringLiteral("F"), false);
    ASSERT_EQ(view->currentPatient()->status, IdentityStatus::Prov);
    view->lookupInsi();
    InsiLookupDialog *dialog = view->insiDialog();
    ASSERT_NE(dialog, nullptr) << view->messageText().toStdString();
    dialog->refuseIdentity();
    EXPECT_FALSE(dialog->errorText().isEmpty()) << "a refusal needs its reason";
    dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))
        ->setText(QStringLiteral("Personne différente (homonyme)"));
    dialog->refuseIdentity();
    ASSERT_TRUE(waitUntil([&] { return view->insiDialog() == nullptr; }));
    EXPECT_EQ(view->currentPatient()->status, IdentityStatus::Prov);
    EXPECT_TRUE(view->currentPatient()->ins.isEmpty());
    EXPECT_TRUE(view->messageText().contains(QStringLiteral("refusée")));
}

TEST_F(InsiReceptionTest, UnknownIdentityCannotBeAccepted)
{
    auto view = registerPatient(QStringLiteral("INCONNUE"), QStringLiteral("PERSONNE"),
                                QStringLiteral("01/01/1950"), QStringLiteral("F"), false);
    view->lookupInsi();
    InsiLookupDialog *dialog = view->insiDialog();
    ASSERT_NE(dialog, nullptr) << view->messageText().toStdString();
    EXPECT_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("acceptButton"))->isEnabled());
    dialog->reject();
    EXPECT_EQ(view->currentPatient()->status, IdentityStatus::Prov);
}
