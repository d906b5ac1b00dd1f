#pragma once

#include "simulators/mss/MssConnection.h"

#include <QStringList>

namespace sgl::simulators::mss {

/**
 * One SMTP submission connection (RFC 5321, 3207, 4954), as strict as an MSSanté operator:
 * EHLO/HELO, STARTTLS required before anything else (530), then the client certificate names the
 * mailbox; optional AUTH PLAIN (advertised after STARTTLS; the certificate alone is enough, as the
 * lab's client sends no AUTH); MAIL FROM must be that mailbox (553),
 * SIZE honoured (552), RCPT TO (at most config.maxRecipients), DATA with dot-unstuffing,
 * RSET, NOOP, QUIT. Out of sequence: 503 5.5.1; unknown command: 500 5.5.2; an overlong line:
 * 500 5.5.2 and the connection is closed; ten errors in a row: 421 and closed.
 * Accepted messages go to MssSimulatorServer::accept().
 */
class MssSmtpSession : public MssConnection
{
    Q_OBJECT
public:
    MssSmtpSession(QSslSocket *socket, MssSimulatorServer &server);
    void greet() override;

protected:
    void lineReceived(const QByteArray &line) override;
    void lineTooLong() override;
    void tlsReady() override;

private:
    void command(const QByteArray &verb, const QByteArray &argument);
    void ehlo(bool extended);
    void auth(const QByteArray &argument);
    void checkPlain(const QByteArray &base64);
    void mailFrom(const QByteArray &argument);
    void rcptTo(const QByteArray &argument);
    void dataLine(const QByteArray &line);
    void reset();
    void reply(const QByteArray &line);
    void error(const QByteArray &line);
    [[nodiscard]] QString identity() const;

    bool m_greeted = false;        ///< EHLO/HELO seen (since the last STARTTLS)
    bool m_authenticated = false;
    bool m_awaitingPlain = false;  ///< "AUTH PLAIN" without initial response: next line is it
    bool m_inData = false;
    bool m_dataTooBig = false;
    QString m_authUser;
    QString m_sender;
    QStringList m_recipients;
    QByteArray m_data;
    int m_errors = 0;
};

} // namespace sgl::simulators::mss
