#pragma once

#include "app/shell/NavigationPolicy.h"
#include "domain/security/UserSession.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace sgl::app {

class ScreenFactory;

/**
 * The workstation shell: role-dependent navigation on the left, the current screen on the
 * right, user and database in the status bar. A screen with an int `badge` property (and its
 * notify signal) shows that count after its title while it is above zero. A screen with a signal
 * `screenRequested(QString key, QString focus)` opens another screen by its NavigationPolicy key when
 * that screen is listed for the session, then calls its `focusOn(QString)` slot with `focus` if it
 * has one (the validation screen's QC banner opening the QC screen on an analysis). It owns no business
 * logic: menu actions are signals the Application connects (settings, lock, logout).
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ScreenFactory &factory, const QString &databaseDisplay, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Rebuilds navigation and screens for this session (login, or an admin unlocking). */
    void setSession(const domain::UserSession &session);
    /** Removes every screen (logout): nothing of the previous session stays in memory. */
    void clearSession();
    [[nodiscard]] std::optional<domain::UserSession> session() const { return m_session; }

    /** Screens listed in the navigation, in order. */
    [[nodiscard]] QList<Screen> visibleScreens() const;
    /** Opens a screen if listed; false otherwise. */
    bool showScreen(Screen screen);
    [[nodiscard]] std::optional<Screen> currentScreen() const;
    /** The view of a listed screen, null otherwise. */
    [[nodiscard]] QWidget *screenWidget(Screen screen) const;

    /** The navigation entry of a listed screen ("Messages en attente (3)"), empty otherwise. */
    [[nodiscard]] QString navigationText(Screen screen) const;
    [[nodiscard]] QString userStatusText() const;
    [[nodiscard]] QString databaseStatusText() const;

public slots:
    /** Hides (locked) or shows again the screens; patient data must not stay visible. */
    void setLocked(bool locked);

private slots:
    /** Titles with the count of screens that have a "badge" property (e.g. held analyzer results). */
    void refreshBadges();
    /** A screen asked for another one (see the class comment); ignored when not listed. */
    void openRequestedScreen(const QString &key, const QString &focus);

signals:
    void settingsRequested();
    void lockRequested();
    void logoutRequested();

private:
    void removeScreens();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ScreenFactory &m_factory;
    std::optional<domain::UserSession> m_session;
    QList<Screen> m_screens; ///< parallel to navigation rows and stack pages 0..n-1
    QWidget *m_lockedPage = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    int m_pageBeforeLock = -1;
};

} // namespace sgl::app
