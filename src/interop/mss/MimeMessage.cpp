#include "interop/mss/MimeMessage.h"

#include "interop/mss/ErrorCodes.h"
#include "interop/mss/MimeEncoding.h"
#include "interop/mss/Tr.h"

#include <QCryptographicHash>
#include <QLocale>

namespace sgl::interop::mss {

using domain::fail;

namespace {

bool isHeaderSafe(const QByteArray &value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e)
            return false;
    }
    return true;
}

bool isMessageIdSafe(const QByteArray &id)
{
    return !id.isEmpty() && isHeaderSafe(id) && !id.contains('<') && !id.contains('>') && !id.contains(' ')
           && id.contains('@');
}

QByteArray rfc5322Date(const QDateTime &date)
{
    // English day and month names, whatever the locale (RFC 5322 §3.3).
    return QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

} // namespace

domain::Result<QByteArray> MimeMessage::toBytes() const
{
    if (!MimeEncoding::isPlainAddress(from))
        return fail(errc::Message, Tr::tr("Adresse d'expéditeur MSSanté invalide « %1 ».").arg(from),
                    QStringLiteral("From"));
    if (to.isEmpty())
        return fail(errc::Message, Tr::tr("Message MSSanté sans destinataire."), QStringLiteral("To"));
    for (const QString &address : to) {
        if (!MimeEncoding::isPlainAddress(address))
            return fail(errc::Message, Tr::tr("Adresse de destinataire MSSanté invalide « %1 ».").arg(address),
                        QStringLiteral("To"));
    }
    if (!isMessageIdSafe(messageId))
        return fail(errc::Message, Tr::tr("Identifiant de message invalide « %1 ».").arg(QString::fromLatin1(messageId)),
                    QStringLiteral("Message-ID"));
    if (!inReplyTo.isEmpty() && !isMessageIdSafe(inReplyTo))
        return fail(errc::Message, Tr::tr("Identifiant du message précédent invalide « %1 ».")
                                       .arg(QString::fromLatin1(inReplyTo)),
                    QStringLiteral("In-Reply-To"));
    for (const QByteArray &ref : references) {
        if (!isMessageIdSafe(ref))
            return fail(errc::Message, Tr::tr("Référence de message invalide « %1 ».").arg(QString::fromLatin1(ref)),
                        QStringLiteral("References"));
    }
    if (!dispositionNotificationTo.isEmpty() && !MimeEncoding::isPlainAddress(dispositionNotificationTo))
        return fail(errc::Message, Tr::tr("Adresse d'accusé de réception invalide « %1 ».").arg(dispositionNotificationTo),
                    QStringLiteral("Disposition-Notification-To"));
    for (const auto &[name, value] : extraHeaders) {
        if (name.isEmpty() || !isHeaderSafe(name) || name.contains(':') || name.contains(' ') || !isHeaderSafe(value))
            return fail(errc::Message, Tr::tr("En-tête de message invalide « %1 ».").arg(QString::fromLatin1(name)),
                        QString::fromLatin1(name));
    }

    const QByteArray text = MimeEncoding::base64Lines(bodyText.toUtf8());
    QList<QByteArray> parts;
    parts << "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + text;
    for (const MimeAttachment &a : attachments) {
        QByteArray part = "Content-Type: " + a.contentType + ";\r\n " + MimeEncoding::fileNameParameters("name", a.fileName)
                          + "\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment;\r\n "
                          + MimeEncoding::fileNameParameters("filename", a.fileName) + "\r\n\r\n";
        part += MimeEncoding::base64Lines(a.body);
        parts << part;
    }
    // Base64 bodies never contain "=_" and the part headers are ours: this boundary cannot occur
    // in the content. Derived from the content so a re-send is byte-identical.
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(messageId);
    for (const QByteArray &p : parts)
        h.addData(p);
    const QByteArray boundary = "=_sgl_" + h.result().toHex().left(32);

    QByteArray out;
    out += "Date: " + rfc5322Date(date.isValid() ? date : QDateTime::currentDateTimeUtc()) + "\r\n";
    out += "From: " + from.toLatin1() + "\r\n";
    out += "To: " + to.join(QStringLiteral(",\r\n ")).toLatin1() + "\r\n";
    out += "Subject: " + MimeEncoding::encodeHeaderText(subject, 9) + "\r\n";
    out += "Message-ID: <" + messageId + ">\r\n";
    if (!inReplyTo.isEmpty())
        out += "In-Reply-To: <" + inReplyTo + ">\r\n";
    if (!references.isEmpty()) {
        QByteArray refs;
        for (const QByteArray &r : references)
            refs += (refs.isEmpty() ? "" : "\r\n ") + ('<' + r + '>');
        out += "References: " + refs + "\r\n";
    }
    if (!dispositionNotificationTo.isEmpty())
        out += "Disposition-Notification-To: " + dispositionNotificationTo.toLatin1() + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    for (const QByteArray &p : parts)
        out += "--" + boundary + "\r\n" + p;
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace sgl::interop::mss
