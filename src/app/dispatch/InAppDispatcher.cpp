#include "app/dispatch/InAppDispatcher.h"

#include "workflow/dispatch/BackgroundDispatcher.h"

#include <QPointer>

namespace sgl::app {

InAppDispatcher::InAppDispatcher(QString url, workflow::dispatch::SenderRegistry senders, QString workstation,
                                 QString configFile, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_senders(std::move(senders)), m_workstation(std::move(workstation)),
      m_configFile(std::move(configFile))
{
}

InAppDispatcher::~InAppDispatcher()
{
    stop();
}

bool InAppDispatcher::start()
{
    stop();
    if (m_senders.isEmpty())
        return false;
    workflow::dispatch::DispatcherConfig config;
    config.claimant = workflow::dispatch::makeClaimantId();
    config.batchSize = 5; // a short batch: logout waits for the row under way only
    config.actor = domain::AuditActor::system(QStringLiteral("envoi automatique"), m_workstation);
    // Queued to the GUI thread; a signal posted after this object is gone is dropped by Qt.
    QPointer<InAppDispatcher> self(this);
    workflow::dispatch::BackgroundDispatcher::Callbacks callbacks{
        [self](const workflow::dispatch::AttemptReport &a) {
            const QString outcome = a.outcome;
            const QString channel = domain::channelCode(a.channel);
            const QString error = a.error;
            QMetaObject::invokeMethod(self.data(), [self, outcome, channel, error] {
                if (self)
                    emit self->attemptRecorded(outcome, channel, error);
            }, Qt::QueuedConnection);
        },
        [self](const domain::Error &e) {
            const QString message = e.message;
            QMetaObject::invokeMethod(self.data(), [self, message] {
                if (!self)
                    return;
                self->m_lastError = message;
                emit self->errorOccurred(message);
            }, Qt::QueuedConnection);
        }};
    m_lastError.clear();
    m_background = std::make_unique<workflow::dispatch::BackgroundDispatcher>(m_url, m_senders, config,
                                                                              workflow::dispatch::DispatchLoopOptions{},
                                                                              std::move(callbacks));
    m_background->readMailboxAfterEachPass(m_configFile);
    return m_background->start();
}

void InAppDispatcher::stop()
{
    if (m_background)
        m_background->stop();
    m_background.reset();
}

bool InAppDispatcher::running() const
{
    return m_background && m_background->running();
}

QString InAppDispatcher::statusText() const
{
    if (m_senders.isEmpty())
        return tr("Envoi automatique inactif : aucun canal (DMP, MSSanté) n'est configuré.");
    QStringList channels;
    for (const domain::Channel c : m_senders.channels())
        channels << domain::channelLabel(c);
    if (running())
        return tr("Envoi automatique actif sur ce poste : %1.").arg(channels.join(QStringLiteral(", ")));
    if (!m_lastError.isEmpty())
        return tr("Envoi automatique arrêté : %1").arg(m_lastError);
    return tr("Envoi automatique arrêté sur ce poste.");
}

} // namespace sgl::app
