#pragma once

#include "domain/Error.h"
#include "workflow/dispatch/SenderRegistry.h"

#include <QObject>
#include <QString>

#include <memory>

namespace sgl::workflow::dispatch {
class BackgroundDispatcher;
struct AttemptReport;
}

namespace sgl::app {

/**
 * The report dispatcher run by the workstation (setting « Envoyer les comptes rendus depuis ce
 * poste », on by default): workflow::dispatch::BackgroundDispatcher on its own thread and
 * database connection, from login to logout. Several workstations and the `sgl dispatch`
 * service may run at once: rows are claimed under a lease, never sent twice.
 *
 * Contract: start() returns false, with statusText() saying why, when no channel is configured;
 * attempt reports and errors arrive as signals on the GUI thread (queued from the worker);
 * stop() waits for the worker (at most the sender call under way); the destructor stops.
 */
class InAppDispatcher : public QObject {
    Q_OBJECT
public:
    /**
     * databaseUrl: the workstation's database (AppServices::databaseUrl()), opened again by the
     * worker; configFile: where [mssante] is read to poll the lab's mailbox after each pass
     * (empty: the default candidates).
     */
    InAppDispatcher(QString databaseUrl, workflow::dispatch::SenderRegistry senders, QString workstation,
                    QString configFile = {}, QObject *parent = nullptr);
    ~InAppDispatcher() override;

    bool start();
    void stop();
    [[nodiscard]] bool running() const;
    /** French, for the Envois screen: active with its channels, or why not. */
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] const workflow::dispatch::SenderRegistry &senders() const { return m_senders; }

signals:
    /** One attempt recorded by this workstation (outcome "sent", "retry", "parked", "lost"). */
    void attemptRecorded(const QString &outcome, const QString &channelCode, const QString &error);
    /** The worker could not open the database or a pass failed (French message). */
    void errorOccurred(const QString &message);

private:
    QString m_url;
    workflow::dispatch::SenderRegistry m_senders;
    QString m_workstation;
    QString m_configFile;
    QString m_lastError;
    std::unique_ptr<workflow::dispatch::BackgroundDispatcher> m_background;
};

} // namespace sgl::app
