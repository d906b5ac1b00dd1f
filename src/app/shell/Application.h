#pragma once

#include "app/shell/AppSettings.h"
#include "domain/security/UserSession.h"
#include "workflow/dispatch/SenderRegistry.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QApplication;

namespace sgl::app {

class AppServices;
class IdleLock;
class InAppGateway;
class InAppDispatcher;
class LanguageLoader;
class MainWindow;
class WorkstationScreens;

/**
 * Starts the workstation: command line, settings, language, style, database, login, main
 * window and idle lock; then logout/login cycles until the user quits. With the setting
 * « Passerelle automates intégrée », the analyzer gateway runs from login to logout or quit. main() only calls run().
 */
class Application : public QObject {
    Q_OBJECT
public:
    /** Command line: --db URL, --lang fr|en, --config FILE, and the INSi client:
     *  --insi-url URL --insi-cert PEM --insi-key PEM --insi-ca PEM --insi-idam ID. */
    struct Options {
        QString databaseUrl;
        QString language;
        QString insiUrl;
        QString configFile;
        QString insiCertificate;
        QString insiKey;
        QString insiCa;
        QString insiIdam;
        QString analyzerGatewayDir; ///< --analyzer-gateway DIR: in-app gateway on for this run, raw traffic in DIR
    };
    /** Parses the arguments (argv[0] included); an error names the faulty option in French. */
    [[nodiscard]] static domain::Result<Options> parseArguments(const QStringList &arguments);
    /** The settings file: --config, else $SGL_CONFIG, else ~/.config/sgl/sgl.conf (the file the
     *  storage layer also reads for [database] url). */
    [[nodiscard]] static QString settingsFile(const Options &options);

    static int run(QApplication &qapp);

private:
    explicit Application(QApplication &qapp);
    ~Application() override;
    int exec(const Options &options);
    /** The login dialog (password, and Pro Santé Connect when configured); `notice` says why it shows. */
    bool login(const QString &notice = {});
    void onLogout();
    /** The PSC session could not be renewed: the SGL session ends, the login dialog says why. */
    void onPscExpired(const QString &message);
    /** Ends the current session (audit, PSC sign-out, gateway, dispatcher), keeping the window. */
    void endSession();
    void onUnlocked(const domain::UserSession &session);
    void editSettings();
    /** Starts the in-app analyzer gateway for this session when the workstation setting asks for it. */
    void startGateway(const domain::UserSession &session);
    /** Stops it (logout, quit): the links close with the session that opened them. */
    void stopGateway();
    /** The workstation dispatcher (setting dispatchInApp), login to logout, on the lab's channels. */
    void startDispatcher();
    void stopDispatcher();

    QApplication &m_qapp;
    QString m_settingsFile;
    QString m_gatewayDirOverride;
    AppSettings m_settings;
    LanguageLoader *m_language = nullptr;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<WorkstationScreens> m_screens;
    std::unique_ptr<MainWindow> m_window;
    IdleLock *m_idleLock = nullptr;
    std::unique_ptr<InAppGateway> m_gateway;
    std::unique_ptr<InAppDispatcher> m_dispatcher;
    workflow::dispatch::SenderRegistry m_senders; ///< the lab's channels, read once at start
};

} // namespace sgl::app
