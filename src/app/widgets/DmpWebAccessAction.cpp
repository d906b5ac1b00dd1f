#include "app/widgets/DmpWebAccessAction.h"

#include "workflow/ErrorCodes.h"
#include "workflow/dmp/DmpWebAccess.h"

#include <QBoxLayout>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace sgl::app {

namespace {

DmpWebAccessAction::UrlOpener &dmpWebAccessOpener()
{
    static DmpWebAccessAction::UrlOpener current;
    return current;
}

} // namespace

DmpWebAccessAction *DmpWebAccessAction::attach(QWidget *screen, QBoxLayout *layout,
                                               std::unique_ptr<workflow::dmp::DmpWebAccess> access,
                                               PatientSource patient, int index)
{
    auto *action = new DmpWebAccessAction(screen, std::move(access), std::move(patient));
    if (layout) {
        action->m_button = new QPushButton(tr("D&MP"), screen);
        action->m_button->setObjectName(QStringLiteral("dmpWebAccessButton"));
        layout->insertWidget(index, action->m_button);
        connect(action->m_button, &QPushButton::clicked, action, [action] { action->trigger(); });
        action->refresh();
    }
    return action;
}

DmpWebAccessAction::DmpWebAccessAction(QWidget *screen, std::unique_ptr<workflow::dmp::DmpWebAccess> access,
                                       PatientSource patient)
    : QObject(screen), m_screen(screen), m_access(std::move(access)), m_patient(std::move(patient))
{
    setObjectName(QStringLiteral("dmpWebAccessAction"));
}

DmpWebAccessAction::~DmpWebAccessAction() = default;

void DmpWebAccessAction::setUrlOpener(UrlOpener urlOpener)
{
    dmpWebAccessOpener() = std::move(urlOpener);
}

void DmpWebAccessAction::refresh()
{
    if (!m_button)
        return;
    const auto available = m_access->available();
    // A lab that has not configured the portal does not see the button at all.
    m_button->setVisible(available || available.error().code != workflow::errc::DmpWebNotConfigured);
    m_button->setEnabled(available.has_value());
    m_button->setToolTip(available ? tr("Ouvrir le DMP de ce patient dans le navigateur (portail web des professionnels, "
                                        "authentification par votre session Pro Santé Connect). INS qualifiée exigée.")
                                   : available.error().message);
}

bool DmpWebAccessAction::trigger()
{
    refresh();
    const qint64 patientId = m_patient ? m_patient() : 0;
    auto link = m_access->openForPatient(patientId);
    if (!link) {
        m_lastMessage = link.error().message;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("DMP"), m_lastMessage, QMessageBox::Ok, m_screen);
        box->setObjectName(QStringLiteral("dmpWebAccessRefusal"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    const bool opened = dmpWebAccessOpener() ? dmpWebAccessOpener()(link->url) : QDesktopServices::openUrl(link->url);
    m_lastMessage = opened ? tr("DMP du patient %1 ouvert dans le navigateur.").arg(link->patientLocalId)
                           : tr("Le navigateur n'a pas pu être ouvert : vérifiez le navigateur par défaut du poste.");
    if (!opened) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("DMP"), m_lastMessage, QMessageBox::Ok, m_screen);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return opened;
}

} // namespace sgl::app
