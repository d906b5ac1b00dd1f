#include "simulators/mss/MssSimulatorServer.h"

#include "interop/mss/MimeEntity.h"
#include "simulators/common/ErrorCodes.h"
#include "simulators/mss/MssImapSession.h"
#include "simulators/mss/MssListener.h"
#include "simulators/mss/MssLog.h"
#include "simulators/mss/MssReports.h"
#include "simulators/mss/MssSeedMail.h"
#include "simulators/mss/MssSmtpSession.h"
#include "simulators/mss/Tr.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMssSim, "sgl.sim.mss")

namespace sgl::simulators::mss {

using interop::mss::MimeEntity;

namespace {

/** "Name <a@b>" or "a@b" -> "a@b" (lower case). */
QString bareAddress(const QByteArray &value)
{
    const qsizetype open = value.lastIndexOf('<');
    const qsizetype close = value.lastIndexOf('>');
    const QByteArray a = open >= 0 && close > open ? value.mid(open + 1, close - open - 1) : value;
    return QString::fromUtf8(a.trimmed()).toLower();
}

} // namespace

MssSimulatorServer::MssSimulatorServer(MssSimulatorConfig config, QSslConfiguration tls, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_tls(std::move(tls)),
      m_store(std::make_shared<MssMailStore>(m_config.storeDirectory))
{
}

MssSimulatorServer::~MssSimulatorServer() = default;

domain::Result<std::unique_ptr<MssSimulatorServer>> MssSimulatorServer::create(const MssSimulatorConfig &config,
                                                                               QObject *parent)
{
    auto tls = common::SimTlsServer::configuration(config.tls);
    if (!tls)
        return std::unexpected(tls.error());
    std::unique_ptr<MssSimulatorServer> server(new MssSimulatorServer(config, *tls, parent));
    if (auto loaded = server->m_store->load(); !loaded)
        return std::unexpected(loaded.error());
    MssSimulatorServer *self = server.get();
    server->m_smtp = new MssListener(
        [self](QSslSocket *socket) { (new MssSmtpSession(socket, *self))->greet(); }, self);
    server->m_imap = new MssListener(
        [self](QSslSocket *socket) { (new MssImapSession(socket, *self))->greet(); }, self);
    for (auto [listener, port] : {std::pair{server->m_smtp, config.smtpPort}, std::pair{server->m_imap, config.imapPort}}) {
        if (!listener->listen(QHostAddress::LocalHost, port))
            return domain::fail(common::errc::SimListen, Tr::tr("Le simulateur MSSanté ne peut pas écouter sur le port %1 : %2")
                                                             .arg(port)
                                                             .arg(listener->errorString()),
                                QString::number(port));
    }
    if (!config.seedMailbox.isEmpty()) {
        const int added = server->seedInbox(config.seedMailbox, config.seedDossier);
        qCInfo(lcMssSim).noquote() << "seeded" << added << "message(s) into" << config.seedMailbox;
    }
    return server;
}

quint16 MssSimulatorServer::smtpPort() const
{
    return m_smtp->serverPort();
}

quint16 MssSimulatorServer::imapPort() const
{
    return m_imap->serverPort();
}

bool MssSimulatorServer::passwordAccepted(const QString &user, const QString &certificateMailbox,
                                          const QString &password) const
{
    if (user.isEmpty() || user.toLower() != certificateMailbox)
        return false;
    return m_config.password.isEmpty() || password == m_config.password;
}

QByteArray MssSimulatorServer::accept(const QString &sender, const QStringList &recipients, const QByteArray &data)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray queueId = QByteArray::number(now.toMSecsSinceEpoch(), 16).toUpper()
                               + QByteArray::number(++m_queued, 16).toUpper();
    const MimeEntity parsed = MimeEntity::parse(data);
    const QByteArray messageId = MimeEntity::bareMessageId(parsed.header("Message-ID"));
    const QString notifyTo = bareAddress(parsed.header("Disposition-Notification-To"));
    const bool isReport = parsed.mediaType() == "multipart/report"; // never answer a report with a report
    QStringList unknown;
    for (const QString &rcpt : recipients) {
        if (rcpt.contains(QLatin1StringView("inconnu"))) {
            unknown << rcpt;
            continue;
        }
        const QByteArray trace = "Return-Path: <" + sender.toUtf8() + ">\r\nReceived: from client (" + "127.0.0.1)\r\n\tby "
                                 + m_config.hostName.toLatin1() + " (sgl-mss-sim) with ESMTPS id " + queueId
                                 + "\r\n\tfor <" + rcpt.toUtf8() + ">; " + MssReports::rfc5322Date(now) + "\r\n";
        const qint64 uid = m_store->deliver(rcpt, trace + data);
        qCInfo(lcMssSim).noquote() << "smtp" << queueId << "from" << sender << "to" << rcpt << "uid" << uid
                                   << "message-id" << messageId;
        if (!notifyTo.isEmpty() && !isReport)
            scheduleReceipt(data, rcpt, notifyTo);
    }
    if (!unknown.isEmpty()) {
        const qint64 uid = m_store->deliver(sender, MssReports::deliveryFailure(data, sender, unknown, now, m_config.hostName));
        qCInfo(lcMssSim).noquote() << "smtp" << queueId << "bounce to" << sender << "uid" << uid << "for"
                                   << unknown.join(QLatin1Char(','));
    }
    return queueId;
}

void MssSimulatorServer::scheduleReceipt(const QByteArray &original, const QString &recipient, const QString &notifyTo)
{
    QTimer::singleShot(qMax(0, m_config.mdnDelayMs), this, [this, original, recipient, notifyTo] {
        const qint64 uid = m_store->deliver(
            notifyTo, MssReports::processedReceipt(original, recipient, notifyTo, QDateTime::currentDateTimeUtc(),
                                                   m_config.hostName));
        qCInfo(lcMssSim).noquote() << "mdn processed from" << recipient << "to" << notifyTo << "uid" << uid;
    });
}

int MssSimulatorServer::seedInbox(const QString &mailbox, const QString &dossierNumber)
{
    int added = 0;
    const QList<StoredMail> existing = m_store->messages(mailbox);
    for (const QByteArray &message :
         MssSeedMail::messages(mailbox, dossierNumber, QDateTime::currentDateTimeUtc(), m_config.hostName)) {
        const QByteArray id = MimeEntity::parse(message).header("Message-ID");
        const bool already = std::any_of(existing.begin(), existing.end(), [&](const StoredMail &m) {
            return MimeEntity::parse(MssReports::headerBlock(m.bytes)).header("Message-ID") == id;
        });
        if (!already) {
            m_store->deliver(mailbox, message);
            ++added;
        }
    }
    return added;
}

} // namespace sgl::simulators::mss
