#include "interop/mss/ImapClient.h"

#include "interop/mss/CurlMail.h"
#include "interop/mss/ErrorCodes.h"
#include "interop/mss/MimeEncoding.h"
#include "interop/mss/Tr.h"

#include <QFileInfo>
#include <QUrl>

namespace sgl::interop::mss {

using domain::fail;

namespace {

QString inboxUrl(const QString &base)
{
    QString url = base;
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url + QStringLiteral("/INBOX");
}

} // namespace

domain::Result<ImapClient> ImapClient::create(MssClientConfig config)
{
    const QUrl url(config.imapUrl);
    if (!url.isValid() || (url.scheme() != QLatin1String("imap") && url.scheme() != QLatin1String("imaps"))
        || url.host().isEmpty())
        return fail(errc::Config, Tr::tr("Adresse du serveur de lecture MSSanté invalide « %1 » : imap:// ou imaps:// attendu.")
                                      .arg(config.imapUrl),
                    QStringLiteral("imap_url"));
    if (!MimeEncoding::isPlainAddress(config.mailbox))
        return fail(errc::Config, Tr::tr("Adresse de la boîte MSSanté du laboratoire invalide « %1 ».").arg(config.mailbox),
                    QStringLiteral("mailbox"));
    if (config.caBundlePath.isEmpty() || !QFileInfo(config.caBundlePath).isFile())
        return fail(errc::Config, Tr::tr("Fichier des autorités de confiance MSSanté introuvable."),
                    config.caBundlePath.isEmpty() ? QStringLiteral("ca") : config.caBundlePath);
    return ImapClient(std::move(config));
}

domain::Result<QList<qint64>> ImapClient::search(const QByteArray &criteria) const
{
    CurlMail::Request request;
    request.url = inboxUrl(m_config.imapUrl);
    request.customRequest = "UID SEARCH " + criteria;
    request.login = true;
    auto response = CurlMail(m_config).perform(request);
    if (!response)
        return std::unexpected(response.error());
    QList<qint64> uids;
    for (const QByteArray &line : response->body.split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &token : l.mid(8).split(' ')) {
            bool ok = false;
            const qint64 uid = token.trimmed().toLongLong(&ok);
            if (ok && uid > 0)
                uids << uid;
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

domain::Result<QList<qint64>> ImapClient::pending() const
{
    return search("UNKEYWORD $SglDone UNKEYWORD $SglHeld");
}

domain::Result<QList<qint64>> ImapClient::held() const
{
    return search("KEYWORD $SglHeld");
}

domain::Result<QByteArray> ImapClient::fetch(qint64 uid) const
{
    CurlMail::Request request;
    request.url = inboxUrl(m_config.imapUrl) + QStringLiteral(";UID=%1").arg(uid);
    request.login = true;
    auto response = CurlMail(m_config).perform(request);
    if (!response)
        return std::unexpected(response.error());
    return response->body;
}

domain::Status ImapClient::command(const QByteArray &command) const
{
    CurlMail::Request request;
    request.url = inboxUrl(m_config.imapUrl);
    request.customRequest = command;
    request.login = true;
    auto response = CurlMail(m_config).perform(request);
    if (!response)
        return std::unexpected(response.error());
    return {};
}

domain::Status ImapClient::markDone(qint64 uid) const
{
    return command("UID STORE " + QByteArray::number(uid) + " +FLAGS (\\Seen $SglDone)");
}

domain::Status ImapClient::markHeld(qint64 uid) const
{
    if (auto s = command("UID STORE " + QByteArray::number(uid) + " -FLAGS (\\Seen)"); !s)
        return s;
    return command("UID STORE " + QByteArray::number(uid) + " +FLAGS (\\Flagged $SglHeld)");
}

} // namespace sgl::interop::mss
