#pragma once

#include "interop/mss/MssClientConfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace sgl::testing {

/**
 * The private Postfix + Dovecot of tests/mail/mail-servers.sh, started once per test process
 * (first call of instance()) in a temporary directory and stopped at exit. Tests skip with the
 * reason when the servers cannot run here (not root, postfix/dovecot absent): strict mode (CI)
 * turns that skip into a failure.
 */
class MailServers {
public:
    /** The running servers, or nullptr with *whyNot set. */
    static MailServers *instance(QString *whyNot);
    ~MailServers();

    /** A value of the script's env file (SGL_MAIL_SMTP_URL...). */
    [[nodiscard]] QString env(const QString &key) const { return m_env.value(key); }
    /** Client settings of the lab's mailbox (client certificate, test CA, IMAP password). */
    [[nodiscard]] interop::mss::MssClientConfig labConfig() const;
    /** Messages delivered to a mailbox of the test domains (Maildir new/ and cur/), oldest first. */
    [[nodiscard]] QList<QByteArray> messages(const QString &address) const;
    /** Waits until `address` holds at least `count` messages; false after timeoutMs. */
    bool waitForMessages(const QString &address, int count, int timeoutMs = 20000) const;
    /** Removes every delivered message (between tests). */
    void clearMailboxes() const;
    /** Postfix's log (for failure messages). */
    [[nodiscard]] QByteArray postfixLog() const;

private:
    MailServers() = default;
    void stop();
    QString m_dir;
    QString m_script;
    QHash<QString, QString> m_env;
};

} // namespace sgl::testing
