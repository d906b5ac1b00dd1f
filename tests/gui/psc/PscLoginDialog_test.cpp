// « Se connecter avec Pro Santé Connect » in the login dialog, end to end and offscreen (issue 14
// item 1): the real simulated provider (sgl-psc-sim's server, HTTPS) and the lab's real gateway
// (which alone holds the secret) run in their own threads; the workstation side is the product's
// (AppServices, PscLoginFlow, loopback listener, PscSignIn over the gateway, workflow::PscLogin).
// The browser is replaced by a libcurl GET of the authorization URL (the provider's 302) and a
// QNetworkAccessManager GET of the loopback redirect. Both databases.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/shell/LoginDialog.h"
#include "app/shell/MainWindow.h"
#include "app/shell/PscLoginFlow.h"
#include "app/shell/PscSessionHolder.h"
#include "app/shell/UnlockDialog.h"
#include "app/shell/WorkstationScreens.h"
#include "interop/psc/PscClientConfig.h"
#include "interop/psc/PscGatewayServer.h"
#include "interop/psc/PscHttp.h"
#include "simulators/pki/RsaTestPki.h"
#include "simulators/psc/PscSimulatorThread.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "workflow/admin/UserAdmin.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>

using namespace sgl;
using namespace sgl::app;
using namespace sgl::app::test;
using namespace std::chrono_literals;

namespace {

const QString kPkiDir = QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa");
constexpr const char *kClientId = "sgl-laboratoire";
constexpr const char *kSecret = "secret-de-test-sgl";

/** The provider and the lab's gateway, started once per process (RSA keys are slow to make). */
struct PscServers {
    quint16 loopbackPort = 0;
    std::unique_ptr<simulators::psc::PscSimulatorThread> sim;
    std::unique_ptr<simulators::common::SimServerThread> gateway;
    QString ca;

    static PscServers &instance()
    {
        static PscServers servers;
        return servers;
    }

private:
    PscServers()
    {
        guiApp();
        if (auto ok = simulators::pki::RsaTestPki::ensure(kPkiDir); !ok)
            ADD_FAILURE() << ok.error().toString().toStdString();
        ca = simulators::pki::RsaTestPki::file(kPkiDir, "ca.pem");
        // The registered redirect has a fixed port, as at PSC: take a free one for this process.
        {
            QTcpServer probe;
            if (probe.listen(QHostAddress::LocalHost, 0))
                loopbackPort = probe.serverPort();
        }
        simulators::psc::PscSimConfig cfg;
        cfg.certificatePath = simulators::pki::RsaTestPki::file(kPkiDir, "server.pem");
        cfg.keyPath = simulators::pki::RsaTestPki::file(kPkiDir, "server.key.pem");
        cfg.clients = {{QString::fromLatin1(kClientId), QString::fromLatin1(kSecret),
                        {QStringLiteral("http://127.0.0.1:%1/psc/callback").arg(loopbackPort)}}};
        auto started = simulators::psc::PscSimulatorThread::start(cfg);
        if (!started) {
            ADD_FAILURE() << started.error().toString().toStdString();
            return;
        }
        sim = std::move(*started);
        interop::psc::PscGatewaySettings settings;
        settings.client.issuer = sim->issuer();
        settings.client.clientId = QString::fromLatin1(kClientId);
        settings.client.clientSecret = QString::fromLatin1(kSecret);
        settings.client.transport.caBundlePath = ca;
        settings.certificatePath = cfg.certificatePath;
        settings.keyPath = cfg.keyPath;
        auto thread = simulators::common::SimServerThread::start([settings](QObject *owner) -> domain::Result<quint16> {
            auto server = interop::psc::PscGatewayServer::start(settings);
            if (!server)
                return std::unexpected(server.error());
            const quint16 port = (*server)->port();
            (*server)->setParent(owner);
            server->release();
            return port;
        });
        if (!thread) {
            ADD_FAILURE() << thread.error().toString().toStdString();
            return;
        }
        gateway = std::move(*thread);
    }
};

class PscLoginDialogTest : public OnBothBackends<WorkstationFixture> {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        PscServers &servers = PscServers::instance();
        ASSERT_NE(servers.sim, nullptr);
        ASSERT_NE(servers.gateway, nullptr);
        interop::psc::PscClientConfig config; // the workstation form: gateway, never the secret
        config.issuer = servers.sim->issuer();
        config.clientId = QString::fromLatin1(kClientId);
        config.gatewayUrl = QStringLiteral("https://127.0.0.1:%1").arg(servers.gateway->port());
        config.transport.caBundlePath = servers.ca;
        config.gatewayTransport.caBundlePath = servers.ca;
        m_services->configurePsc(config, servers.loopbackPort);
        m_flow = m_services->pscLoginFlow();
        ASSERT_NE(m_flow, nullptr);
        m_flow->setTimeout(30s);
        m_flow->setUrlOpener([this](const QUrl &url) {
            m_authorizationUrl = url;
            return true;
        });
    }

    /** The browser's first leg: the provider authenticates (here without a page) and answers 302. */
    QUrl providerRedirect(const QString &loginHint = {})
    {
        QUrl url = m_authorizationUrl;
        if (!loginHint.isEmpty()) { // the professional presents another card
            QUrlQuery q(url);
            q.addQueryItem(QStringLiteral("login_hint"), loginHint);
            url.setQuery(q);
        }
        interop::psc::PscHttpRequest request;
        request.url = url.toString(QUrl::FullyEncoded);
        interop::psc::PscTransportConfig transport;
        transport.caBundlePath = PscServers::instance().ca;
        auto answer = interop::psc::PscHttp::send(request, transport);
        EXPECT_TRUE(answer) << (answer ? std::string() : answer.error().toString().toStdString());
        if (!answer)
            return {};
        EXPECT_EQ(answer->status, 302);
        return QUrl::fromEncoded(answer->location);
    }

    /** The browser's second leg: the redirect to the workstation's loopback listener. */
    QString followToLoopback(const QUrl &location)
    {
        EXPECT_EQ(location.host(), QStringLiteral("127.0.0.1"));
        EXPECT_EQ(location.port(), PscServers::instance().loopbackPort);
        QNetworkAccessManager browser;
        QNetworkReply *reply = browser.get(QNetworkRequest(location));
        EXPECT_TRUE(waitUntil([reply] { return reply->isFinished(); }, 30000));
        const QString page = QString::fromUtf8(reply->readAll());
        reply->deleteLater();
        return page;
    }

    QStringList auditActions(const QString &entity)
    {
        QStringList out;
        auto rows = m_db->read([&](storage::ReadTx &tx) {
            return storage::AuditRepository::forEntity(tx, QStringLiteral("user"), entity);
        });
        EXPECT_TRUE(rows);
        for (const auto &e : rows.value_or(QList<domain::AuditEntry>()))
            out << e.action;
        return out;
    }

    void clickPsc(LoginDialog &dialog)
    {
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("pscButton"));
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(button->isVisible());
        EXPECT_EQ(button->text().remove(QLatin1Char('&')), QStringLiteral("Se connecter avec Pro Santé Connect"));
        button->click();
        auto *waiting = dialog.findChild<QLabel *>(QStringLiteral("pscWaitingLabel"));
        ASSERT_NE(waiting, nullptr);
        EXPECT_TRUE(waiting->isVisible()) << dialog.errorText().toStdString();
        EXPECT_EQ(waiting->text(), QStringLiteral("Validez la connexion dans votre navigateur…"));
        EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("pscCancelButton"))->isVisible());
        ASSERT_TRUE(m_authorizationUrl.isValid()) << dialog.errorText().toStdString();
        EXPECT_TRUE(m_authorizationUrl.query().contains(QStringLiteral("acr_values=eidas1")));
    }

    PscLoginFlow *m_flow = nullptr;
    QUrl m_authorizationUrl;
};

TEST_P(PscLoginDialogTest, BiologistSignsInThroughPscAndTheMainWindowHasThePscSession)
{
    LoginDialog dialog(m_services->authenticator());
    dialog.enableProSanteConnect(*m_flow);
    dialog.show();
    clickPsc(dialog);
    ASSERT_TRUE(dialog.isWaitingForPsc());

    const QString page = followToLoopback(providerRedirect());
    EXPECT_TRUE(page.contains(QStringLiteral("Connexion réussie, vous pouvez revenir au SGL"))) << page.toStdString();
    ASSERT_TRUE(waitUntil([&] { return dialog.result() == QDialog::Accepted; }, 30000)) << dialog.errorText().toStdString();
    ASSERT_TRUE(dialog.session().has_value());

    WorkstationScreens screens(*m_services);
    MainWindow window(screens, QStringLiteral("base de test"));
    window.setSession(*dialog.session());
    const auto session = window.session();
    ASSERT_TRUE(session.has_value());
    EXPECT_EQ(session->login, QStringLiteral("mcurie"));
    EXPECT_EQ(session->rpps, QStringLiteral("10101010105"));
    EXPECT_EQ(session->signInMethod, domain::SignInMethod::ProSanteConnect);
    EXPECT_TRUE(session->expiresAt.isValid());
    EXPECT_GT(session->expiresAt, QDateTime::currentDateTimeUtc());

    const auto identity = m_services->pscSession().identity();
    ASSERT_TRUE(identity.has_value());
    EXPECT_EQ(identity->professional.rpps, QStringLiteral("10101010105"));
    EXPECT_FALSE(identity->tokens.accessToken.isEmpty());
    EXPECT_TRUE(m_services->pscSession().renewalAt().isValid());
    EXPECT_LT(m_services->pscSession().renewalAt(), identity->tokens.accessExpiresAt);
    EXPECT_TRUE(auditActions(QStringLiteral("mcurie")).contains(QStringLiteral("auth.psc_login")));

    // Renewal through the gateway: new access token, same professional.
    QSignalSpy renewed(&m_services->pscSession(), &PscSessionHolder::renewed);
    m_services->pscSession().renewNow();
    ASSERT_EQ(renewed.count(), 1);
    ASSERT_TRUE(m_services->pscSession().identity().has_value());
    EXPECT_NE(m_services->pscSession().identity()->tokens.accessToken, identity->tokens.accessToken);

    // Logout ends the provider session: the old refresh token no longer renews anything.
    const interop::psc::PscIdentity before = *m_services->pscSession().identity();
    ASSERT_TRUE(m_services->pscSession().signOut());
    EXPECT_FALSE(m_services->pscSession().identity().has_value());
    QSignalSpy expired(&m_services->pscSession(), &PscSessionHolder::expired);
    m_services->pscSession().start(before);
    m_services->pscSession().renewNow();
    ASSERT_EQ(expired.count(), 1);
    EXPECT_TRUE(expired.first().first().toString().startsWith(QStringLiteral("Votre session Pro Santé Connect a expiré")))
        << expired.first().first().toString().toStdString();
    EXPECT_FALSE(m_services->pscSession().identity().has_value());
}

TEST_P(PscLoginDialogTest, InactiveProfessionalIsRefusedWithTheFrenchReason)
{
    LoginDialog dialog(m_services->authenticator());
    dialog.enableProSanteConnect(*m_flow);
    dialog.show();
    clickPsc(dialog);
    const QString page = followToLoopback(providerRedirect(QStringLiteral("10101010303")));
    EXPECT_TRUE(page.contains(QStringLiteral("Connexion refusée"))) << page.toStdString();
    ASSERT_TRUE(waitUntil([&] { return !dialog.errorText().isEmpty(); }, 30000));
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Connexion Pro Santé Connect refusée"))) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.session().has_value());
    EXPECT_FALSE(dialog.isWaitingForPsc());
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("pscButton"))->isVisible()) << "the user may try again";
    EXPECT_FALSE(m_services->pscSession().identity().has_value());
    EXPECT_TRUE(auditActions(QStringLiteral("psc")).contains(QStringLiteral("auth.psc_login_refused")));
}

TEST_P(PscLoginDialogTest, ProfessionalWithoutLocalAccountIsRefusedNamingTheRpps)
{
    LoginDialog dialog(m_services->authenticator());
    dialog.enableProSanteConnect(*m_flow);
    dialog.show();
    clickPsc(dialog);
    followToLoopback(providerRedirect(QStringLiteral("10101010204")));
    ASSERT_TRUE(waitUntil([&] { return !dialog.errorText().isEmpty(); }, 30000));
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Aucun compte du laboratoire n'est rattaché au RPPS 10101010204")))
        << dialog.errorText().toStdString();
    EXPECT_FALSE(dialog.session().has_value());
    EXPECT_FALSE(m_services->pscSession().identity().has_value());
}

TEST_P(PscLoginDialogTest, CancelStopsWaitingAndALateRedirectFindsNobody)
{
    LoginDialog dialog(m_services->authenticator());
    dialog.enableProSanteConnect(*m_flow);
    dialog.show();
    clickPsc(dialog);
    dialog.findChild<QPushButton *>(QStringLiteral("pscCancelButton"))->click();
    EXPECT_FALSE(dialog.isWaitingForPsc());
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("pscButton"))->isVisible());
    EXPECT_TRUE(dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->isEnabled());
    QTcpServer probe; // the loopback port is free again
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost, PscServers::instance().loopbackPort));
}

TEST_P(PscLoginDialogTest, LockedBiologistUnlocksThroughPsc)
{
    // A biologist whose password is refused (the lab reserves them PSC) must not have to close
    // their session at the lock screen: the lock dialog offers PSC as the login dialog does.
    const domain::UserSession locked = login(QStringLiteral("mcurie"), kPassword);
    UnlockDialog dialog(m_services->authenticator(), locked);
    dialog.enableProSanteConnect(*m_flow, m_services->pscSession());
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("pscButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->text().remove(QLatin1Char('&')), QStringLiteral("Déverrouiller avec Pro Santé Connect"));
    button->click();
    ASSERT_TRUE(dialog.isWaitingForPsc()) << dialog.errorText().toStdString();
    EXPECT_FALSE(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isEnabled());
    followToLoopback(providerRedirect());
    ASSERT_TRUE(waitUntil([&] { return dialog.result() == QDialog::Accepted; }, 30000)) << dialog.errorText().toStdString();
    ASSERT_TRUE(dialog.session().has_value());
    EXPECT_EQ(dialog.session()->userId, locked.userId);
    EXPECT_EQ(dialog.session()->signInMethod, domain::SignInMethod::ProSanteConnect);
    ASSERT_TRUE(m_services->pscSession().identity().has_value());
    EXPECT_EQ(m_services->pscSession().identity()->professional.rpps, QStringLiteral("10101010105"));
}

TEST_P(PscLoginDialogTest, AnotherProfessionalCannotUnlockThroughPscAndItsTokensAreDropped)
{
    const domain::UserSession locked = login(QStringLiteral("ssecr"), kPassword);
    UnlockDialog dialog(m_services->authenticator(), locked);
    dialog.enableProSanteConnect(*m_flow, m_services->pscSession());
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("pscButton"))->click();
    followToLoopback(providerRedirect()); // the biologist's card, not the secretary's session
    ASSERT_TRUE(waitUntil([&] { return !dialog.errorText().isEmpty(); }, 30000));
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Seul l'utilisateur de la session ou un administrateur peut déverrouiller ce poste."));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.session().has_value());
    EXPECT_FALSE(dialog.isWaitingForPsc());
    EXPECT_TRUE(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isEnabled());
    EXPECT_FALSE(m_services->pscSession().identity().has_value()) << "the refused professional's PSC session stays open";
}

TEST_P(PscLoginDialogTest, RefusedPscUnlockGivesTheLockedBiologistHerOwnPscSessionBack)
{
    // Dr Curie works under PSC and the window locks. Another biologist of the lab presents his
    // card at the lock screen: refused, and his PSC session ends; Dr Curie's, which his sign-in
    // had replaced on the workstation, is put back and still renews at the provider.
    workflow::NewUser other;
    other.login = QStringLiteral("ppharma");
    other.displayName = QStringLiteral("Dr Paul Pharmabio");
    other.roles = {domain::Role::Biologist};
    other.password = kPassword;
    other.rpps = QStringLiteral("10101010204");
    ASSERT_TRUE(m_services->userAdmin().createUserAsSystem(
        domain::AuditActor::system(QStringLiteral("gui tests"), QStringLiteral("poste-test")), other));

    LoginDialog login(m_services->authenticator());
    login.enableProSanteConnect(*m_flow);
    login.show();
    clickPsc(login);
    followToLoopback(providerRedirect());
    ASSERT_TRUE(waitUntil([&] { return login.result() == QDialog::Accepted; }, 30000)) << login.errorText().toStdString();
    ASSERT_TRUE(login.session().has_value());
    const interop::psc::PscIdentity curie = *m_services->pscSession().identity();

    UnlockDialog dialog(m_services->authenticator(), *login.session());
    dialog.enableProSanteConnect(*m_flow, m_services->pscSession());
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("pscButton"))->click();
    ASSERT_TRUE(dialog.isWaitingForPsc()) << dialog.errorText().toStdString();
    followToLoopback(providerRedirect(QStringLiteral("10101010204")));
    ASSERT_TRUE(waitUntil([&] { return !dialog.errorText().isEmpty(); }, 30000));
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Seul l'utilisateur de la session ou un administrateur peut déverrouiller ce poste."));
    EXPECT_FALSE(dialog.session().has_value());

    const auto held = m_services->pscSession().identity();
    ASSERT_TRUE(held.has_value()) << "the locked biologist lost her PSC session";
    EXPECT_EQ(held->professional.rpps, QStringLiteral("10101010105"));
    EXPECT_EQ(held->tokens.refreshToken, curie.tokens.refreshToken);
    EXPECT_TRUE(m_services->pscSession().renewalAt().isValid());
    QSignalSpy renewed(&m_services->pscSession(), &PscSessionHolder::renewed);
    QSignalSpy expired(&m_services->pscSession(), &PscSessionHolder::expired);
    m_services->pscSession().renewNow();
    EXPECT_EQ(renewed.count(), 1);
    EXPECT_EQ(expired.count(), 0);
    EXPECT_TRUE(auditActions(QStringLiteral("ppharma")).contains(QStringLiteral("auth.psc_login")));
}

TEST_P(PscLoginDialogTest, NoPscButtonWithoutPscSettings)
{
    LoginDialog dialog(m_services->authenticator());
    dialog.show();
    EXPECT_EQ(dialog.findChild<QPushButton *>(QStringLiteral("pscButton")), nullptr);
    UnlockDialog unlock(m_services->authenticator(), login(QStringLiteral("ssecr"), kPassword));
    unlock.show();
    EXPECT_EQ(unlock.findChild<QPushButton *>(QStringLiteral("pscButton")), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Backends, PscLoginDialogTest, kBothBackends, sgl::testing::backendName);

} // namespace
