#include "app/shell/Application.h"

#include "app/ErrorCodes.h"
#include "app/analyzers/InAppGateway.h"
#include "app/dispatch/InAppDispatcher.h"
#include "workflow/dispatch/ProductSenders.h"
#include "app/shell/AppServices.h"
#include "app/shell/IdleLock.h"
#include "app/shell/LanguageLoader.h"
#include "app/shell/LoginDialog.h"
#include "app/shell/MainWindow.h"
#include "app/shell/PscLoginFlow.h"
#include "app/shell/PscSessionHolder.h"
#include "app/shell/UnlockDialog.h"
#include "app/shell/SettingsDialog.h"
#include "app/shell/WorkstationScreens.h"
#include "interop/insi/InsiClientConfig.h"
#include "storage/DbConfig.h"
#include "interop/psc/PscClientConfig.h"
#include "workflow/Authenticator.h"
#include "workflow/auth/PscLogin.h"
#include "workflow/auth/SecurityPolicyLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSysInfo>
#include <QTimer>

#include <chrono>

namespace sgl::app {

namespace {
constexpr char kVersion[] = "0.1.0";

std::chrono::milliseconds minutes(int count)
{
    return std::chrono::minutes(count);
}
} // namespace

domain::Result<Application::Options> Application::parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("url"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("fr|en"));
    const QCommandLineOption insi(QStringLiteral("insi-url"), QString(), QStringLiteral("url"));
    const QCommandLineOption config(QStringLiteral("config"), QString(), QStringLiteral("file"));
    const QCommandLineOption cert(QStringLiteral("insi-cert"), QString(), QStringLiteral("pem"));
    const QCommandLineOption key(QStringLiteral("insi-key"), QString(), QStringLiteral("pem"));
    const QCommandLineOption ca(QStringLiteral("insi-ca"), QString(), QStringLiteral("pem"));
    const QCommandLineOption idam(QStringLiteral("insi-idam"), QString(), QStringLiteral("id"));
    const QCommandLineOption gateway(QStringLiteral("analyzer-gateway"), QString(), QStringLiteral("traffic-dir"));
    parser.addOptions({db, lang, insi, config, cert, key, ca, idam, gateway});
    if (!parser.parse(arguments))
        return domain::fail(errc::BadArgument, parser.errorText(),
                            QStringLiteral("ligne de commande"));
    if (!parser.positionalArguments().isEmpty())
        return domain::fail(errc::BadArgument,
                            tr("Argument inattendu : %1").arg(parser.positionalArguments().first()),
                            QStringLiteral("ligne de commande"));
    Options options{parser.value(db),     parser.value(lang), parser.value(insi),
                    parser.value(config), parser.value(cert), parser.value(key),
                    parser.value(ca),     parser.value(idam), parser.value(gateway)};
    if (parser.isSet(gateway) && QDir::isRelativePath(options.analyzerGatewayDir))
        return domain::fail(errc::BadArgument,
                            tr("--analyzer-gateway attend le chemin absolu du journal des échanges, pas « %1 ».")
                                .arg(options.analyzerGatewayDir),
                            QStringLiteral("--analyzer-gateway"));
    if (!options.language.isEmpty() && options.language != QStringLiteral("fr")
        && options.language != QStringLiteral("en"))
        return domain::fail(errc::BadArgument,
                            tr("--lang attend fr ou en, pas « %1 ».").arg(options.language),
                            QStringLiteral("--lang"));
    return options;
}

QString Application::settingsFile(const Options &options)
{
    if (!options.configFile.isEmpty())
        return options.configFile;
    return storage::DbConfig::configFileCandidates().value(0);
}

Application::Application(QApplication &qapp) : m_qapp(qapp) {}

Application::~Application() = default;

int Application::run(QApplication &qapp)
{
    QCoreApplication::setOrganizationName(QStringLiteral("sgl"));
    QCoreApplication::setApplicationName(QStringLiteral("sgl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("SGL"));
    auto options = parseArguments(QCoreApplication::arguments());
    if (!options) {
        QMessageBox::critical(nullptr, QStringLiteral("SGL"), options.error().toString());
        return 2;
    }
    Application app(qapp);
    return app.exec(*options);
}

int Application::exec(const Options &options)
{
    m_settingsFile = settingsFile(options);
    m_gatewayDirOverride = options.analyzerGatewayDir;
    {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        m_settings = AppSettings::load(settings);
    }
    // Command-line INSi values (the demo's simulator) apply to this run only.
    AppSettings effective = m_settings;
    for (auto [value, target] : {std::pair{&options.insiUrl, &effective.insiUrl},
                                 std::pair{&options.insiCertificate, &effective.insiCertificate},
                                 std::pair{&options.insiKey, &effective.insiKey},
                                 std::pair{&options.insiCa, &effective.insiCa},
                                 std::pair{&options.insiIdam, &effective.insiIdam}}) {
        if (!value->isEmpty())
            *target = *value;
    }

    m_language = new LanguageLoader(&m_qapp);
    m_language->install(LanguageLoader::chooseLanguage(
        options.language.isEmpty() ? m_settings.language : options.language, QLocale::system()));
    if (QFile style(QStringLiteral(":/styles/sgl.qss")); style.open(QIODevice::ReadOnly))
        m_qapp.setStyleSheet(QString::fromUtf8(style.readAll()));

    // The settings file is also the storage layer's config file ([database] url), so an
    // explicit --db wins, then SGL_DB_URL, then that file, then the default SQLite file.
    // The lab's security settings ([security] of the same file: lockout, biologists' password login).
    auto policy = workflow::loadSecurityPolicy(m_settingsFile);
    if (!policy) {
        QMessageBox::critical(nullptr, tr("SGL – sécurité"), policy.error().toString());
        return 1;
    }
    auto services = AppServices::open(options.databaseUrl, QSysInfo::machineHostName(), *policy);
    if (!services) {
        QMessageBox::critical(nullptr, tr("SGL – base de données"),
                              tr("Impossible d'ouvrir la base de données :\n%1\n\nVérifiez "
                                 "l'adresse dans les paramètres du poste (%2) ou la variable "
                                 "SGL_DB_URL.")
                                  .arg(services.error().toString(), m_settingsFile));
        return 1;
    }
    m_services = std::move(*services);
    if (!effective.insiUrl.isEmpty()) {
        interop::insi::InsiClientConfig insi;
        insi.endpoint = effective.insiUrl;
        insi.certificatePath = effective.insiCertificate;
        insi.privateKeyPath = effective.insiKey;
        insi.caBundlePath = effective.insiCa;
        insi.idam = effective.insiIdam;
        m_services->configureInsi(insi);
    }
    if (!effective.cpsModule.isEmpty() && !effective.insiCpxUrl.isEmpty()) {
        workflow::identity::CpxInsiSettings cpx;
        cpx.card.modulePath = effective.cpsModule;
        cpx.insi.endpoint = effective.insiCpxUrl;
        cpx.insi.caBundlePath = effective.insiCa;
        cpx.insi.idam = effective.insiIdam;
        m_services->configureCpx(cpx);
    }
    m_services->setLabelPrinter(effective.labelPrinter);
    if (effective.pscConfigured()) {
        interop::psc::PscClientConfig psc;
        psc.issuer = effective.pscIssuer;
        psc.clientId = effective.pscClientId;
        psc.gatewayUrl = effective.pscGatewayUrl;
        psc.transport.caBundlePath = effective.pscCaBundle;
        psc.gatewayTransport.caBundlePath = effective.pscCaBundle;
        m_services->configurePsc(psc, quint16(effective.pscLoopbackPort));
    }
    connect(&m_services->pscSession(), &PscSessionHolder::expired, this, &Application::onPscExpired);
    // The lab's channels (DMP, MSSanté) come from the configuration file, read once: the Envois
    // screen labels the others "canal non configuré", and this workstation sends on these.
    m_senders = workflow::dispatch::productSenders(m_settingsFile);
    m_services->setDispatchChannels(m_senders.channels());
    m_services->setSettingsFile(m_settingsFile);
    m_screens = std::make_unique<WorkstationScreens>(*m_services);
    m_window = std::make_unique<MainWindow>(*m_screens, m_services->databaseDisplay());
    m_idleLock = new IdleLock(m_services->authenticator(), m_window.get(),
                              minutes(m_settings.idleLockMinutes), this);

    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::editSettings);
    connect(m_window.get(), &MainWindow::lockRequested, m_idleLock, &IdleLock::lockNow);
    connect(m_window.get(), &MainWindow::logoutRequested, this, &Application::onLogout);
    connect(m_idleLock, &IdleLock::locked, m_window.get(), [this] { m_window->setLocked(true); });
    connect(m_idleLock, &IdleLock::unlocked, this, &Application::onUnlocked);
    connect(m_idleLock, &IdleLock::logoutRequested, this, &Application::onLogout);
    m_idleLock->setDialogPreparer([this](UnlockDialog &dialog) {
        if (PscLoginFlow *psc = m_services->pscLoginFlow())
            dialog.enableProSanteConnect(*psc, m_services->pscSession());
    });

    if (!login())
        return 0;
    m_window->showMaximized();
    const int code = m_qapp.exec();
    if (const auto session = m_window->session()) // quitting ends the session as a logout does
        (void)m_services->pscLogin().recordLogout(*session);
    (void)m_services->pscSession().signOut();
    m_idleLock->clearSession();
    m_window.reset();
    stopGateway();
    stopDispatcher();
    return code;
}

bool Application::login(const QString &notice)
{
    LoginDialog dialog(m_services->authenticator(), m_window->isVisible() ? m_window.get()
                                                                          : nullptr);
    const auto letterhead = m_services->letterhead();
    dialog.setLabName(letterhead ? letterhead->name : QString());
    if (PscLoginFlow *psc = m_services->pscLoginFlow())
        dialog.enableProSanteConnect(*psc);
    dialog.setNotice(notice);
    if (dialog.exec() != QDialog::Accepted || !dialog.session())
        return false;
    startGateway(*dialog.session()); // before the screens, so the Automates screen shows its links
    startDispatcher();
    m_window->setSession(*dialog.session());
    m_window->setLocked(false);
    m_idleLock->setSession(*dialog.session());
    return true;
}

void Application::endSession()
{
    if (const auto session = m_window->session()) {
        // Audit and PSC sign-out are best effort: the workstation is released whatever happens.
        (void)m_services->pscLogin().recordLogout(*session);
    }
    (void)m_services->pscSession().signOut();
    m_idleLock->clearSession();
    m_window->clearSession();
    stopGateway();
    stopDispatcher();
    m_window->setLocked(false);
}

void Application::onLogout()
{
    endSession();
    // Run the login dialog from the event loop, not from inside the signal emitter.
    QTimer::singleShot(0, this, [this] {
        if (!login())
            m_qapp.quit();
    });
}

void Application::onPscExpired(const QString &message)
{
    const auto session = m_window->session();
    if (!session || session->signInMethod != domain::SignInMethod::ProSanteConnect)
        return;
    (void)m_services->pscLogin().recordExpiry(*session, message);
    m_idleLock->clearSession(); // also closes a lock dialog open over the window
    m_window->clearSession();
    stopGateway();
    stopDispatcher();
    m_window->setLocked(false);
    QTimer::singleShot(0, this, [this, message] {
        if (!login(message))
            m_qapp.quit();
    });
}

void Application::onUnlocked(const domain::UserSession &session)
{
    const auto current = m_window->session();
    if (!current || current->userId != session.userId)
        m_window->setSession(session); // an administrator took over: their rights, their name
    m_window->setLocked(false);
}

void Application::editSettings()
{
    const auto session = m_window->session();
    auto letterhead = m_services->letterhead();
    SettingsDialog::LetterheadSaver saver;
    if (session && session->hasRole(domain::Role::Admin))
        saver = [this, session](const LabLetterhead &lab) {
            return m_services->saveLetterhead(*session, lab);
        };
    SettingsDialog dialog(m_settings, letterhead.value_or(LabLetterhead{}), saver,
                          m_window.get());
    if (auto layout = m_services->labelLayout()) {
        SettingsDialog::LabelLayoutSaver saveLayout;
        if (session && session->hasRole(domain::Role::Admin))
            saveLayout = [this, session](const domain::LabelLayout &l) {
                return m_services->saveLabelLayout(*session, l);
            };
        dialog.enableLabelLayout(*layout, saveLayout);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    m_settings.save(settings);
    if (settings.status() != QSettings::NoError) {
        QMessageBox::warning(m_window.get(), tr("Paramètres"),
                             tr("Les paramètres n'ont pas pu être enregistrés dans %1.")
                                 .arg(m_settingsFile));
        return;
    }
    m_idleLock->setTimeout(minutes(m_settings.idleLockMinutes));
    m_services->setLabelPrinter(m_settings.labelPrinter);
}

} // namespace sgl::app

namespace sgl::app {

void Application::startGateway(const domain::UserSession &session)
{
    stopGateway();
    // --analyzer-gateway (the demo) turns the in-app gateway on for this run only.
    const bool fromCommandLine = !m_gatewayDirOverride.isEmpty();
    if (!m_settings.analyzerGateway && !fromCommandLine)
        return;
    m_gateway = std::make_unique<InAppGateway>(m_services->databaseForGateway(), session,
                                               fromCommandLine ? m_gatewayDirOverride : m_settings.analyzerTrafficDir);
    // A gateway that cannot start does not stop the workstation: the Automates screen says why.
    (void)m_gateway->start();
    m_services->setAnalyzerMonitor(m_gateway.get());
}

void Application::stopGateway()
{
    if (m_services)
        m_services->setAnalyzerMonitor(nullptr);
    m_gateway.reset();
}

void Application::startDispatcher()
{
    stopDispatcher();
    if (!m_settings.dispatchInApp || m_senders.isEmpty())
        return;
    m_dispatcher = std::make_unique<InAppDispatcher>(m_services->databaseUrl(), m_senders, m_services->workstation(),
                                                     m_settingsFile);
    // A dispatcher that cannot start does not stop the workstation: the Envois screen says why.
    (void)m_dispatcher->start();
    m_services->setInAppDispatcher(m_dispatcher.get());
}

void Application::stopDispatcher()
{
    if (m_services)
        m_services->setInAppDispatcher(nullptr);
    m_dispatcher.reset(); // joins the worker: at most the sending under way
}

} // namespace sgl::app
