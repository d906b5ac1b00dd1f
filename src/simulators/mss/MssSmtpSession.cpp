#include "simulators/mss/MssSmtpSession.h"

#include "interop/mss/MimeEncoding.h"
#include "simulators/mss/MssLog.h"
#include "simulators/mss/MssSimulatorServer.h"

#include <QSslSocket>

#include <optional>

namespace sgl::simulators::mss {

namespace {

constexpr int kMaxSmtpErrors = 10;

/** "<addr>" followed by optional ESMTP parameters; nullopt when not bracketed. */
std::optional<QPair<QByteArray, QByteArray>> pathAndParameters(const QByteArray &argument)
{
    const QByteArray a = argument.trimmed();
    if (!a.startsWith('<'))
        return std::nullopt;
    const qsizetype close = a.indexOf('>');
    if (close < 0)
        return std::nullopt;
    return QPair<QByteArray, QByteArray>{a.mid(1, close - 1), a.mid(close + 1).trimmed()};
}

} // namespace

MssSmtpSession::MssSmtpSession(QSslSocket *socket, MssSimulatorServer &server) : MssConnection(socket, server, "smtp")
{
}

void MssSmtpSession::greet()
{
    reply("220 " + m_server.config().hostName.toLatin1() + " ESMTP sgl-mss-sim");
}

void MssSmtpSession::reply(const QByteArray &line)
{
    send(line + "\r\n");
}

void MssSmtpSession::error(const QByteArray &line)
{
    qCInfo(lcMssSim).noquote() << "smtp" << peer() << "refused:" << QString::fromLatin1(line);
    reply(line);
    if (++m_errors >= kMaxSmtpErrors) {
        reply("421 4.7.0 " + m_server.config().hostName.toLatin1() + " Error: too many errors");
        closeAfterSend();
    }
}

void MssSmtpSession::lineTooLong()
{
    error("500 5.5.2 Error: line too long");
    closeAfterSend();
}

void MssSmtpSession::tlsReady()
{
    m_greeted = false; // RFC 3207: the client forgets what it knew and says EHLO again
    reset();
}

QString MssSmtpSession::identity() const
{
    return m_authUser.isEmpty() ? certificateMailbox() : m_authUser;
}

void MssSmtpSession::reset()
{
    m_sender.clear();
    m_recipients.clear();
    m_data.clear();
    m_inData = false;
    m_dataTooBig = false;
    setMaxLine(m_server.config().maxCommandLine);
}

void MssSmtpSession::lineReceived(const QByteArray &line)
{
    if (m_inData) {
        dataLine(line);
        return;
    }
    if (m_awaitingPlain) {
        m_awaitingPlain = false;
        if (line == "*") {
            error("501 5.7.0 Authentication aborted");
            return;
        }
        checkPlain(line);
        return;
    }
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    command(verb, space < 0 ? QByteArray() : line.mid(space + 1));
}

void MssSmtpSession::command(const QByteArray &verb, const QByteArray &argument)
{
    if (verb == "EHLO" || verb == "HELO") {
        if (argument.trimmed().isEmpty()) {
            error("501 5.5.4 Syntax: " + verb + " hostname");
            return;
        }
        ehlo(verb == "EHLO");
        return;
    }
    if (verb == "NOOP") {
        reply("250 2.0.0 Ok");
        return;
    }
    if (verb == "RSET") {
        reset();
        reply("250 2.0.0 Ok");
        return;
    }
    if (verb == "QUIT") {
        reply("221 2.0.0 Bye");
        closeAfterSend();
        return;
    }
    static const QList<QByteArray> known{"STARTTLS", "AUTH", "MAIL", "RCPT", "DATA"};
    if (!known.contains(verb)) {
        error("500 5.5.2 Error: command not recognized");
        return;
    }
    if (!m_greeted) {
        error("503 5.5.1 Error: send HELO/EHLO first");
        return;
    }
    if (verb == "STARTTLS") {
        if (isEncrypted()) {
            error("503 5.5.1 Error: TLS already active");
            return;
        }
        reply("220 2.0.0 Ready to start TLS");
        startTls();
        return;
    }
    if (!isEncrypted()) {
        error("530 5.7.0 Must issue a STARTTLS command first");
        return;
    }
    if (verb == "AUTH") {
        auth(argument);
        return;
    }
    if (verb == "MAIL")
        mailFrom(argument);
    else if (verb == "RCPT")
        rcptTo(argument);
    else if (m_recipients.isEmpty()) // DATA
        error("503 5.5.1 Error: need RCPT command");
    else if (!argument.isEmpty())
        error("501 5.5.4 Syntax: DATA");
    else {
        m_inData = true;
        m_data.clear();
        setMaxLine(m_server.config().maxDataLine);
        reply("354 End data with <CR><LF>.<CR><LF>");
    }
}

void MssSmtpSession::ehlo(bool extended)
{
    m_greeted = true;
    reset();
    const QByteArray host = m_server.config().hostName.toLatin1();
    if (!extended) {
        reply("250 " + host);
        return;
    }
    QList<QByteArray> lines{host, "PIPELINING", "SIZE " + QByteArray::number(m_server.config().maxMessageBytes),
                            "8BITMIME", "ENHANCEDSTATUSCODES"};
    if (!isEncrypted())
        lines << "STARTTLS";
    else if (!m_authenticated)
        lines << "AUTH PLAIN";
    for (qsizetype i = 0; i < lines.size(); ++i)
        reply("250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines[i]);
}

void MssSmtpSession::auth(const QByteArray &argument)
{
    if (m_authenticated) {
        error("503 5.5.1 Error: already authenticated");
        return;
    }
    if (!m_sender.isEmpty()) {
        error("503 5.5.1 Error: MAIL transaction in progress");
        return;
    }
    const QList<QByteArray> words = argument.trimmed().split(' ');
    if (words.value(0).toUpper() != "PLAIN") {
        error("504 5.5.4 Unrecognized authentication type");
        return;
    }
    if (words.size() < 2) {
        m_awaitingPlain = true;
        reply("334 ");
        return;
    }
    checkPlain(words[1]);
}

void MssSmtpSession::checkPlain(const QByteArray &base64)
{
    // authzid \0 authcid \0 password
    const QList<QByteArray> fields = QByteArray::fromBase64(base64.trimmed()).split('\0');
    const QString user = QString::fromUtf8(fields.value(1)).toLower();
    if (fields.size() != 3 || !m_server.passwordAccepted(user, certificateMailbox(), QString::fromUtf8(fields[2]))) {
        error("535 5.7.8 Error: authentication failed");
        return;
    }
    m_authenticated = true;
    m_authUser = user;
    reply("235 2.7.0 Authentication successful");
}

void MssSmtpSession::mailFrom(const QByteArray &argument)
{
    if (!m_sender.isEmpty()) {
        error("503 5.5.1 Error: nested MAIL command");
        return;
    }
    if (!argument.toUpper().startsWith("FROM:")) {
        error("501 5.5.4 Syntax: MAIL FROM:<address>");
        return;
    }
    const auto path = pathAndParameters(argument.mid(5));
    if (!path) {
        error("501 5.1.7 Bad sender address syntax");
        return;
    }
    for (const QByteArray &p : path->second.split(' ')) {
        if (p.toUpper().startsWith("SIZE=") && p.mid(5).toLongLong() > m_server.config().maxMessageBytes) {
            error("552 5.3.4 Message size exceeds fixed limit");
            return;
        }
    }
    const QString sender = QString::fromUtf8(path->first).toLower();
    // The operator only lets a mailbox send as itself (the certificate or the AUTH user says which).
    if (sender.isEmpty() || sender != identity()) {
        error("553 5.7.1 <" + path->first + ">: Sender address rejected: not owned by user " + identity().toUtf8());
        return;
    }
    m_sender = sender;
    reply("250 2.1.0 Ok");
}

void MssSmtpSession::rcptTo(const QByteArray &argument)
{
    if (m_sender.isEmpty()) {
        error("503 5.5.1 Error: need MAIL command");
        return;
    }
    if (!argument.toUpper().startsWith("TO:")) {
        error("501 5.5.4 Syntax: RCPT TO:<address>");
        return;
    }
    const auto path = pathAndParameters(argument.mid(3));
    const QString rcpt = path ? QString::fromUtf8(path->first).toLower() : QString();
    if (!path || !interop::mss::MimeEncoding::isPlainAddress(rcpt)) {
        error("501 5.1.3 Bad recipient address syntax");
        return;
    }
    if (m_recipients.size() >= m_server.config().maxRecipients) {
        error("452 4.5.3 Error: too many recipients");
        return;
    }
    m_recipients << rcpt;
    reply("250 2.1.5 Ok");
}

void MssSmtpSession::dataLine(const QByteArray &line)
{
    if (line == ".") {
        const bool tooBig = m_dataTooBig;
        const QString sender = m_sender;
        const QStringList recipients = m_recipients;
        const QByteArray data = m_data;
        reset();
        if (tooBig) {
            error("552 5.3.4 Message size exceeds fixed limit");
            return;
        }
        m_errors = 0;
        const QByteArray id = m_server.accept(sender, recipients, data);
        reply("250 2.0.0 Ok: queued as " + id);
        return;
    }
    if (m_dataTooBig)
        return; // keep reading to the final dot, then refuse
    const QByteArray unstuffed = line.startsWith('.') ? line.mid(1) : line;
    if (m_data.size() + unstuffed.size() + 2 > m_server.config().maxMessageBytes) {
        m_dataTooBig = true;
        m_data.clear();
        return;
    }
    m_data += unstuffed;
    m_data += "\r\n";
}

} // namespace sgl::simulators::mss
