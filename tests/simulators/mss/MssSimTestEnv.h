#pragma once

#include "interop/mss/MimeMessage.h"
#include "interop/mss/MssClientConfig.h"
#include "simulators/mss/MssSimulatorThread.h"

#include <QByteArray>
#include <QString>

#include <memory>

/**
 * Shared set-up of the MSSanté simulator tests: a QCoreApplication, the build's RSA test PKI
 * (RsaTestPki::ensure) and two simulators in their threads: the normal one (MDN after 100 ms)
 * and a "small" one (4 KiB messages at most, password "s3cret" required for LOGIN/AUTH PLAIN).
 */
class MssSimTestEnv
{
public:
    static MssSimTestEnv &instance();

    [[nodiscard]] QString pki(const char *file) const;
    sgl::simulators::mss::MssSimulatorThread &sim() { return *m_sim; }
    sgl::simulators::mss::MssSimulatorThread &small() { return *m_small; }
    /** The lab's mailbox (mail-client.pem's address). */
    [[nodiscard]] static QString lab();
    /** Client settings of the lab for a simulator, with a client certificate of the PKI ("mail-client"). */
    [[nodiscard]] sgl::interop::mss::MssClientConfig labConfig(sgl::simulators::mss::MssSimulatorThread &sim,
                                                               const char *certificate = "mail-client") const;
    /** A message from the lab asking for a return receipt; Message-ID derived from `tag`. */
    [[nodiscard]] static sgl::interop::mss::MimeMessage message(const QString &to, const QByteArray &tag);
    /** Waits (at most timeoutMs) until the mailbox holds at least `count` messages. */
    static bool waitFor(sgl::simulators::mss::MssSimulatorThread &sim, const QString &mailbox, int count,
                        int timeoutMs = 5000);

private:
    MssSimTestEnv();
    std::unique_ptr<sgl::simulators::mss::MssSimulatorThread> m_sim;
    std::unique_ptr<sgl::simulators::mss::MssSimulatorThread> m_small;
    QString m_pkiDir;
};

/** A clear-text line conversation with a simulator port (refusal tests). */
class RawSession
{
public:
    explicit RawSession(quint16 port);
    ~RawSession();
    /** Next line without CRLF; empty on timeout/close. */
    QByteArray line(int timeoutMs = 3000);
    /** Reads lines until one starts with `prefix` (SMTP "250 ", IMAP "a1 "); returns it. */
    QByteArray until(const QByteArray &prefix, int timeoutMs = 3000);
    void send(const QByteArray &bytes);
    /** Client side of STARTTLS with a certificate of the PKI (nullptr: none); true once encrypted. */
    bool startTls(const char *certificate);
    /** True when the server closed the connection within timeoutMs. */
    bool closedByServer(int timeoutMs = 3000);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};
