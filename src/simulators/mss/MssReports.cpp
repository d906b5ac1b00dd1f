#include "simulators/mss/MssReports.h"

#include "interop/mss/MimeEncoding.h"
#include "interop/mss/MimeEntity.h"

#include <QLocale>
#include <QRandomGenerator>

namespace sgl::simulators::mss {

using interop::mss::MimeEncoding;
using interop::mss::MimeEntity;

namespace {

QByteArray boundary()
{
    return "=_sgl-mss-sim_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

QByteArray crlf(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace("\n", "\r\n");
    if (!text.endsWith("\r\n"))
        text += "\r\n";
    return text;
}

QByteArray commonHeaders(const QByteArray &from, const QString &to, const QString &subject, const QDateTime &now,
                         const QString &host)
{
    QByteArray h;
    h += "Date: " + MssReports::rfc5322Date(now) + "\r\n";
    h += "From: " + from + "\r\n";
    h += "To: " + to.toUtf8() + "\r\n";
    h += "Subject: " + MimeEncoding::encodeHeaderText(subject, 9) + "\r\n";
    h += "Message-ID: <" + MssReports::newMessageId(host) + ">\r\n";
    h += "Auto-Submitted: auto-replied\r\n";
    h += "MIME-Version: 1.0\r\n";
    return h;
}

QByteArray textPart(const QString &text)
{
    return "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + crlf(text.toUtf8());
}

} // namespace

QByteArray MssReports::rfc5322Date(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000";
}

QByteArray MssReports::newMessageId(const QString &host)
{
    return QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36) + '.'
           + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + '@' + host.toLatin1();
}

QByteArray MssReports::headerBlock(const QByteArray &message)
{
    qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        end = message.indexOf("\n\n");
    return crlf(end < 0 ? message : message.left(end));
}

QByteArray MssReports::deliveryFailure(const QByteArray &original, const QString &sender,
                                       const QStringList &failedRecipients, const QDateTime &now, const QString &host)
{
    const MimeEntity parsed = MimeEntity::parse(original);
    const QByteArray b = boundary();
    QByteArray out = commonHeaders("Mail Delivery System <MAILER-DAEMON@" + host.toLatin1() + '>', sender,
                                   QStringLiteral("Undelivered Mail Returned to Sender"), now, host);
    out += "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + b + "\"\r\n\r\n";
    out += "This is a MIME-encapsulated message.\r\n\r\n";
    out += "--" + b + "\r\n";
    out += textPart(QStringLiteral("Simulateur MSSanté (%1) : votre message « %2 » n'a pas pu être remis à :\n%3\n\n"
                                   "Adresse inconnue de l'annuaire (destinataire simulé « inconnu »).")
                        .arg(host, parsed.subject(), failedRecipients.join(QLatin1Char('\n'))));
    out += "\r\n--" + b + "\r\n";
    out += "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n";
    out += "Reporting-MTA: dns; " + host.toLatin1() + "\r\n";
    out += "Arrival-Date: " + rfc5322Date(now) + "\r\n";
    for (const QString &r : failedRecipients) {
        const QByteArray a = r.toUtf8();
        out += "\r\nFinal-Recipient: rfc822; " + a + "\r\n";
        out += "Original-Recipient: rfc822; " + a + "\r\n";
        out += "Action: failed\r\nStatus: 5.1.1\r\n";
        out += "Diagnostic-Code: smtp; 550 5.1.1 <" + a + ">: Recipient address rejected: User unknown\r\n";
    }
    out += "\r\n--" + b + "\r\n";
    out += "Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n";
    out += headerBlock(original);
    out += "\r\n--" + b + "--\r\n";
    return out;
}

QByteArray MssReports::processedReceipt(const QByteArray &original, const QString &recipient, const QString &notifyTo,
                                        const QDateTime &now, const QString &host)
{
    const MimeEntity parsed = MimeEntity::parse(original);
    const QByteArray originalId = MimeEntity::bareMessageId(parsed.header("Message-ID"));
    const QByteArray b = boundary();
    QByteArray out = commonHeaders(recipient.toUtf8(), notifyTo,
                                   QStringLiteral("Accusé de réception : %1").arg(parsed.subject()), now, host);
    if (!originalId.isEmpty())
        out += "In-Reply-To: <" + originalId + ">\r\nReferences: <" + originalId + ">\r\n";
    out += "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"" + b + "\"\r\n\r\n";
    out += "--" + b + "\r\n";
    out += textPart(QStringLiteral("Le message « %1 » a été traité (intégré automatiquement) par %2.")
                        .arg(parsed.subject(), recipient));
    out += "\r\n--" + b + "\r\n";
    out += "Content-Type: message/disposition-notification\r\n\r\n";
    out += "Reporting-UA: " + host.toLatin1() + "; sgl-mss-sim\r\n";
    out += "Original-Recipient: rfc822; " + recipient.toUtf8() + "\r\n";
    out += "Final-Recipient: rfc822; " + recipient.toUtf8() + "\r\n";
    if (!originalId.isEmpty())
        out += "Original-Message-ID: <" + originalId + ">\r\n";
    out += "Disposition: automatic-action/MDN-sent-automatically; processed\r\n";
    out += "\r\n--" + b + "\r\n";
    out += "Content-Type: text/rfc822-headers\r\n\r\n";
    out += headerBlock(original);
    out += "\r\n--" + b + "--\r\n";
    return out;
}

} // namespace sgl::simulators::mss
