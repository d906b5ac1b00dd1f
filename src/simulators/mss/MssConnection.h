#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QSslSocket;

namespace sgl::simulators::mss {

class MssSimulatorServer;

/**
 * What the SMTP and IMAP sessions share: a line-framed connection that starts in clear text and
 * switches to TLS on STARTTLS (TLS 1.2 or later, client certificate required and verified against
 * the simulator's CA: the handshake fails without one), bounded lines, an idle timeout.
 * Owns its socket; deletes itself when the peer goes away.
 */
class MssConnection : public QObject
{
    Q_OBJECT
public:
    MssConnection(QSslSocket *socket, MssSimulatorServer &server, const char *protocol);
    ~MssConnection() override;

    /** Sends the greeting; called once by the server. */
    virtual void greet() = 0;

protected:
    /** One line without its CRLF (or LF). */
    virtual void lineReceived(const QByteArray &line) = 0;
    /** A line longer than the current limit: answer and close. */
    virtual void lineTooLong() = 0;
    /** The TLS handshake succeeded with a verified client certificate. */
    virtual void tlsReady() {}

    void send(const QByteArray &bytes);
    /** Switches to TLS; input received before the handshake is discarded (no command injection). */
    void startTls();
    /** Flushes what was sent, then closes. */
    void closeAfterSend();
    [[nodiscard]] bool isEncrypted() const;
    /** The mailbox of the client certificate: its e-mail SAN, else emailAddress, else CN; lower case. */
    [[nodiscard]] QString certificateMailbox() const;
    void setMaxLine(qsizetype bytes) { m_maxLine = bytes; }
    [[nodiscard]] QString peer() const { return m_peer; }

    MssSimulatorServer &m_server;

private:
    void readLines();
    void encrypted();

    QSslSocket *m_socket;
    QByteArray m_buffer;
    qsizetype m_maxLine;
    bool m_handshaking = false;
    bool m_closing = false;
    QTimer m_idle;
    QString m_peer;
    const char *m_protocol;
};

} // namespace sgl::simulators::mss
