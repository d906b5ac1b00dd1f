#include "interop/mss/SmtpClient.h"

#include "interop/mss/CurlMail.h"
#include "interop/mss/ErrorCodes.h"
#include "interop/mss/MimeEncoding.h"
#include "interop/mss/Tr.h"

#include <QFileInfo>
#include <QUrl>

namespace sgl::interop::mss {

using domain::fail;

domain::Result<SmtpClient> SmtpClient::create(MssClientConfig config)
{
    const QUrl url(config.smtpUrl);
    if (!url.isValid() || (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps"))
        || url.host().isEmpty())
        return fail(errc::Config, Tr::tr("Adresse du serveur d'envoi MSSanté invalide « %1 » : smtp:// ou smtps:// attendu.")
                                      .arg(config.smtpUrl),
                    QStringLiteral("smtp_url"));
    if (!MimeEncoding::isPlainAddress(config.mailbox))
        return fail(errc::Config, Tr::tr("Adresse de la boîte MSSanté du laboratoire invalide « %1 ».").arg(config.mailbox),
                    QStringLiteral("mailbox"));
    if (config.caBundlePath.isEmpty() || !QFileInfo(config.caBundlePath).isFile())
        return fail(errc::Config, Tr::tr("Fichier des autorités de confiance MSSanté introuvable."),
                    config.caBundlePath.isEmpty() ? QStringLiteral("ca") : config.caBundlePath);
    if (config.certificatePath.isEmpty() || !QFileInfo(config.certificatePath).isFile()
        || config.privateKeyPath.isEmpty() || !QFileInfo(config.privateKeyPath).isFile())
        return fail(errc::Config, Tr::tr("Certificat ou clé privée de la boîte MSSanté introuvable."),
                    config.certificatePath.isEmpty() ? QStringLiteral("certificate") : config.certificatePath);
    if (config.timeoutMs <= 0 || config.connectTimeoutMs <= 0)
        return fail(errc::Config, Tr::tr("Délai d'attente MSSanté invalide."), QStringLiteral("timeout"));
    return SmtpClient(std::move(config));
}

domain::Result<QString> SmtpClient::send(const MimeMessage &message) const
{
    auto bytes = message.toBytes();
    if (!bytes)
        return std::unexpected(bytes.error());
    if (bytes->size() > m_config.maxMessageBytes)
        return fail(errc::Message, Tr::tr("Message MSSanté trop volumineux (%1 Mo, %2 Mo au plus).")
                                       .arg(double(bytes->size()) / (1024 * 1024), 0, 'f', 1)
                                       .arg(double(m_config.maxMessageBytes) / (1024 * 1024), 0, 'f', 0));
    CurlMail::Request request;
    request.url = m_config.smtpUrl;
    request.mailFrom = '<' + m_config.mailbox.toUtf8() + '>';
    for (const QString &to : message.to)
        request.recipients << '<' + to.toUtf8() + '>';
    request.upload = *bytes;
    auto response = CurlMail(m_config).perform(request);
    if (!response)
        return std::unexpected(response.error());
    return QString::fromUtf8(response->lastReply);
}

bool SmtpClient::isTransient(const domain::Error &error)
{
    return error.code == errc::SmtpTransient || error.code == errc::Unreachable || error.code == errc::Timeout
           || error.code == errc::Transport || error.code == errc::Tls;
}

} // namespace sgl::interop::mss
