#pragma once

#include "domain/Error.h"
#include "simulators/mss/MssMailStore.h"
#include "simulators/mss/MssSimulatorConfig.h"

#include <QObject>
#include <QSslConfiguration>

#include <memory>

namespace sgl::simulators::mss {

class MssListener;

/**
 * A light MSSanté operator on loopback for the demo and the tests (issue 13): an SMTP submission
 * server and an IMAP server (both STARTTLS, TLS 1.2 or later, client certificate issued by the
 * simulator's CA required) over one MssMailStore.
 *
 * Delivery rules (accept()): each recipient gets the message in its mailbox; a recipient whose
 * address contains "inconnu" is unknown: the sender gets a DSN (failed, 5.1.1) instead; when the
 * message asks for a receipt (Disposition-Notification-To) each known recipient answers, after
 * config.mdnDelayMs, with an MDN "processed" to that address. Lives in the thread that created it.
 */
class MssSimulatorServer : public QObject
{
    Q_OBJECT
public:
    /** Errors: sim.tls_config (PKI files), sim.listen (port taken), msssim.store (store directory). */
    [[nodiscard]] static domain::Result<std::unique_ptr<MssSimulatorServer>> create(const MssSimulatorConfig &config,
                                                                                  QObject *parent = nullptr);
    ~MssSimulatorServer() override;

    [[nodiscard]] quint16 smtpPort() const;
    [[nodiscard]] quint16 imapPort() const;
    [[nodiscard]] const MssSimulatorConfig &config() const { return m_config; }
    [[nodiscard]] const QSslConfiguration &tlsConfiguration() const { return m_tls; }
    [[nodiscard]] MssMailStore &store() { return *m_store; }
    /** Shared with other threads (tests): the store is thread-safe. */
    [[nodiscard]] std::shared_ptr<MssMailStore> sharedStore() const { return m_store; }

    /** Stores an accepted message (see the class comment); returns the queue id for "250 ... queued as". */
    QByteArray accept(const QString &sender, const QStringList &recipients, const QByteArray &data);
    /**
     * LOGIN / AUTH PLAIN: the user must be the certificate's mailbox; the password must be
     * config.password when one is set (otherwise the certificate is enough).
     */
    [[nodiscard]] bool passwordAccepted(const QString &user, const QString &certificateMailbox,
                                        const QString &password) const;
    /**
     * Puts the demo's messages in mailbox (MssSeedMail) unless a previous run already did.
     * Returns how many were added.
     */
    int seedInbox(const QString &mailbox, const QString &dossierNumber);

private:
    MssSimulatorServer(MssSimulatorConfig config, QSslConfiguration tls, QObject *parent);
    void scheduleReceipt(const QByteArray &original, const QString &recipient, const QString &notifyTo);

    MssSimulatorConfig m_config;
    QSslConfiguration m_tls;
    std::shared_ptr<MssMailStore> m_store;
    MssListener *m_smtp = nullptr;
    MssListener *m_imap = nullptr;
    quint64 m_queued = 0;
};

} // namespace sgl::simulators::mss
