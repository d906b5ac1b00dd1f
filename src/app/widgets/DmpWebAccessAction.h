#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QBoxLayout;
class QPushButton;
class QWidget;

namespace sgl::workflow::dmp {
class DmpWebAccess;
}

namespace sgl::app {

/**
 * The « DMP » button of the patient, dossier and validation screens (TD0.9): opens the patient's
 * DMP in the DMP professional web portal, in the system browser, through
 * workflow::dmp::DmpWebAccess. Holds no rule: the button is hidden when the portal is not
 * configured, disabled with the use case's reason as tooltip when DmpWebAccess::available()
 * refuses (password session, expired PSC session, no right), and a click asks the use case for
 * the patient the screen shows; a refusal (identity not qualified, no patient…) is shown in a
 * non-blocking message box, worded by the use case. Owned by the screen (QObject child).
 */
class DmpWebAccessAction : public QObject {
    Q_OBJECT
public:
    /** The patient the screen shows (0 when none). */
    using PatientSource = std::function<qint64()>;
    /** Opens a URL; true when the browser was asked. Default: QDesktopServices::openUrl. */
    using UrlOpener = std::function<bool(const QUrl &)>;

    /**
     * Adds the button to `layout` (a layout of `screen`) at `index` (-1: at the end); returns
     * the action, owned by `screen`. A null layout still creates the action (no button).
     */
    static DmpWebAccessAction *attach(QWidget *screen, QBoxLayout *layout,
                                      std::unique_ptr<workflow::dmp::DmpWebAccess> access, PatientSource patient,
                                      int index = -1);
    ~DmpWebAccessAction() override;

    [[nodiscard]] QPushButton *button() const { return m_button; }
    /** The click: asks the use case, opens the URL or shows the refusal; true when opened. */
    bool trigger();
    /** The last message shown (refusal or confirmation), French. */
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }
    /** Replaces the opener of every action (tests); an empty function restores the default. */
    static void setUrlOpener(UrlOpener opener);

private:
    DmpWebAccessAction(QWidget *screen, std::unique_ptr<workflow::dmp::DmpWebAccess> access, PatientSource patient);
    void refresh();

    QWidget *m_screen;
    std::unique_ptr<workflow::dmp::DmpWebAccess> m_access;
    PatientSource m_patient;
    QPushButton *m_button = nullptr;
    QString m_lastMessage;
};

} // namespace sgl::app
