#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sgl::simulators::mss {

/**
 * The reports the simulated operator puts in a sender's mailbox, in the shapes
 * interop::mss::DeliveryReport reads (and real servers write):
 * - a delivery failure (DSN, RFC 3464, as Postfix writes it): multipart/report;
 *   report-type=delivery-status with a French text part, the message/delivery-status part
 *   (per-message block, then one block per failed recipient: Action failed, Status 5.1.1) and
 *   the original header block as text/rfc822-headers;
 * - a return receipt (MDN, RFC 8098, ANS "intégration automatique" form):
 *   multipart/report; report-type=disposition-notification with Original-Message-ID and
 *   "Disposition: automatic-action/MDN-sent-automatically; processed", plus In-Reply-To.
 * Every line ends with CRLF.
 */
class MssReports
{
public:
    /** `original` is the message as received (its header block is returned). */
    [[nodiscard]] static QByteArray deliveryFailure(const QByteArray &original, const QString &sender,
                                                    const QStringList &failedRecipients, const QDateTime &now,
                                                    const QString &host);
    [[nodiscard]] static QByteArray processedReceipt(const QByteArray &original, const QString &recipient,
                                                     const QString &notifyTo, const QDateTime &now,
                                                     const QString &host);
    /** The header block of a message (up to the first empty line), CRLF line ends. */
    [[nodiscard]] static QByteArray headerBlock(const QByteArray &message);
    /** A new unique Message-ID value without <> ("<random>@host"). */
    [[nodiscard]] static QByteArray newMessageId(const QString &host);
    /** RFC 5322 date ("Mon, 07 Dec 2026 01:02:03 +0000"). */
    [[nodiscard]] static QByteArray rfc5322Date(const QDateTime &when);
};

} // namespace sgl::simulators::mss
