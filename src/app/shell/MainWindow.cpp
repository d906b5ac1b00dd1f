#include "app/shell/MainWindow.h"

#include "app/shell/ScreenFactory.h"
#include "ui_MainWindow.h"

#include <QLabel>
#include <QMessageBox>
#include <QMetaProperty>
#include <QVBoxLayout>

namespace sgl::app {

namespace {

constexpr int kTitleRole = Qt::UserRole + 1; ///< the screen's title without its badge

QWidget *makeMessagePage(const QString &objectName, const QString &title, const QString &text)
{
    auto *page = new QWidget;
    page->setObjectName(objectName);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *titleLabel = new QLabel(title, page);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    titleLabel->setAlignment(Qt::AlignCenter);
    auto *textLabel = new QLabel(text, page);
    textLabel->setAlignment(Qt::AlignCenter);
    textLabel->setWordWrap(true);
    layout->addWidget(titleLabel);
    layout->addWidget(textLabel);
    layout->addStretch();
    return page;
}

QString rolesText(const QList<domain::Role> &roles)
{
    QStringList labels;
    for (domain::Role role : roles)
        labels << domain::roleLabel(role);
    return labels.join(QStringLiteral(", "));
}

} // namespace

MainWindow::MainWindow(ScreenFactory &factory, const QString &databaseDisplay, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_factory(factory)
{
    m_ui->setupUi(this);
    m_ui->navigationList->setObjectName(QStringLiteral("navigationList"));
    m_lockedPage = makeMessagePage(QStringLiteral("lockedPage"), tr("Poste verrouillé"),
                                   tr("Authentifiez-vous pour reprendre le travail."));
    m_emptyPage = makeMessagePage(QStringLiteral("emptyPage"), tr("Aucun écran disponible"),
                                  tr("Vos rôles ne donnent accès à aucun écran de ce poste. "
                                     "Adressez-vous à un administrateur."));
    m_ui->screenStack->addWidget(m_lockedPage);
    m_ui->screenStack->addWidget(m_emptyPage);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseLabel->setText(tr("Base : %1").arg(databaseDisplay));
    statusBar()->addWidget(m_userLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_screens.size())
            showScreen(m_screens.at(row));
    });
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->logoutAction, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    clearSession();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSession(const domain::UserSession &session)
{
    removeScreens();
    m_session = session;
    for (const ScreenAccess &access : NavigationPolicy::screensFor(session.roles)) {
        QWidget *view = m_factory.create(access.screen, access.readOnly, session,
                                         m_ui->screenStack);
        if (!view)
            continue;
        view->setObjectName(NavigationPolicy::key(access.screen) + QStringLiteral("Screen"));
        m_ui->screenStack->addWidget(view);
        m_screens.append(access.screen);
        QString label = NavigationPolicy::title(access.screen);
        // On its own line: « Réception des tubes (consultation) » is wider than the 240 px bar.
        if (access.readOnly)
            label += QLatin1Char('\n') + tr("(consultation)");
        auto *item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/%1.png").arg(NavigationPolicy::key(access.screen))),
            label);
        item->setData(Qt::UserRole, static_cast<int>(access.screen));
        item->setData(kTitleRole, label);
        m_ui->navigationList->addItem(item);
        // A screen with a "badge" property (open items waiting) shows its count in the navigation.
        const QMetaProperty badge = view->metaObject()->property(view->metaObject()->indexOfProperty("badge"));
        if (badge.isValid() && badge.hasNotifySignal())
            connect(view, badge.notifySignal(), this,
                    metaObject()->method(metaObject()->indexOfSlot("refreshBadges()")));
        const int request = view->metaObject()->indexOfSignal("screenRequested(QString,QString)");
        if (request >= 0)
            connect(view, view->metaObject()->method(request), this,
                    metaObject()->method(metaObject()->indexOfSlot("openRequestedScreen(QString,QString)")));
    }
    refreshBadges();
    m_userLabel->setText(tr("%1 — %2").arg(session.displayName, rolesText(session.roles)));
    m_ui->lockAction->setEnabled(true);
    m_ui->logoutAction->setEnabled(true);
    if (m_screens.isEmpty()) {
        m_ui->screenStack->setCurrentWidget(m_emptyPage);
    } else {
        m_ui->navigationList->setCurrentRow(0);
        showScreen(m_screens.first());
    }
}

void MainWindow::clearSession()
{
    removeScreens();
    m_session.reset();
    m_userLabel->setText(tr("Aucun utilisateur connecté"));
    m_ui->lockAction->setEnabled(false);
    m_ui->logoutAction->setEnabled(false);
    m_ui->screenStack->setCurrentWidget(m_lockedPage);
}

void MainWindow::removeScreens()
{
    m_ui->navigationList->clear();
    while (m_ui->screenStack->count() > 2) {
        QWidget *page = m_ui->screenStack->widget(2);
        m_ui->screenStack->removeWidget(page);
        delete page;
    }
    m_screens.clear();
    m_pageBeforeLock = -1;
}

QList<Screen> MainWindow::visibleScreens() const
{
    return m_screens;
}

bool MainWindow::showScreen(Screen screen)
{
    const int row = m_screens.indexOf(screen);
    if (row < 0 || m_pageBeforeLock >= 0)
        return false;
    if (m_ui->navigationList->currentRow() != row)
        m_ui->navigationList->setCurrentRow(row);
    m_ui->screenStack->setCurrentIndex(row + 2);
    return true;
}

std::optional<Screen> MainWindow::currentScreen() const
{
    const int row = m_ui->screenStack->currentIndex() - 2;
    if (row < 0 || row >= m_screens.size())
        return std::nullopt;
    return m_screens.at(row);
}

QWidget *MainWindow::screenWidget(Screen screen) const
{
    const int row = m_screens.indexOf(screen);
    return row < 0 ? nullptr : m_ui->screenStack->widget(row + 2);
}

void MainWindow::openRequestedScreen(const QString &key, const QString &focus)
{
    for (const Screen screen : std::as_const(m_screens)) {
        if (NavigationPolicy::key(screen) != key)
            continue;
        if (!showScreen(screen))
            return;
        QWidget *view = screenWidget(screen);
        if (!focus.isEmpty() && view && view->metaObject()->indexOfMethod("focusOn(QString)") >= 0)
            QMetaObject::invokeMethod(view, "focusOn", Q_ARG(QString, focus));
        return;
    }
}

void MainWindow::refreshBadges()
{
    for (int row = 0; row < m_screens.size(); ++row) {
        QListWidgetItem *item = m_ui->navigationList->item(row);
        QWidget *view = m_ui->screenStack->widget(row + 2);
        if (!item || !view)
            continue;
        const QVariant badge = view->property("badge");
        const QString title = item->data(kTitleRole).toString();
        item->setText(badge.isValid() && badge.toInt() > 0 ? tr("%1 (%2)").arg(title).arg(badge.toInt()) : title);
    }
}

QString MainWindow::navigationText(Screen screen) const
{
    const int row = m_screens.indexOf(screen);
    return row < 0 ? QString() : m_ui->navigationList->item(row)->text();
}

QString MainWindow::userStatusText() const
{
    return m_userLabel->text();
}

QString MainWindow::databaseStatusText() const
{
    return m_databaseLabel->text();
}

void MainWindow::setLocked(bool locked)
{
    if (locked) {
        if (m_pageBeforeLock < 0)
            m_pageBeforeLock = m_ui->screenStack->currentIndex();
        m_ui->screenStack->setCurrentWidget(m_lockedPage);
        m_ui->navigationList->setEnabled(false);
        menuBar()->setEnabled(false);
        return;
    }
    const int page = m_pageBeforeLock;
    m_pageBeforeLock = -1;
    m_ui->navigationList->setEnabled(true);
    menuBar()->setEnabled(true);
    if (page >= 0)
        m_ui->screenStack->setCurrentIndex(page);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("À propos de SGL"),
                       tr("<b>SGL %1</b><br>Système de gestion de laboratoire de biologie "
                          "médicale, logiciel libre.<br>%2")
                           .arg(QCoreApplication::applicationVersion(),
                                m_databaseLabel->text().toHtmlEscaped()));
}

} // namespace sgl::app
