#include "interop/mss/DeliveryReport.h"

#include "interop/mss/ErrorCodes.h"
#include "interop/mss/Tr.h"

namespace sgl::interop::mss {

using domain::fail;
using Fields = QList<QPair<QByteArray, QByteArray>>;

namespace {

QByteArray field(const Fields &fields, QByteArrayView name)
{
    for (const auto &[n, v] : fields) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

/** The report's machine-readable part, searched depth first. */
const MimeEntity *findPart(const MimeEntity &entity, QByteArrayView type)
{
    if (entity.mediaType() == type)
        return &entity;
    if (entity.mediaType() == "message/rfc822")
        return nullptr; // an attached original message is not part of the report
    for (const MimeEntity &p : entity.parts) {
        if (const MimeEntity *found = findPart(p, type))
            return found;
    }
    return nullptr;
}

/** Fields of a report part: its own header block (when the blank line is missing) then its body's blocks. */
QList<Fields> reportFields(const MimeEntity &part)
{
    QList<Fields> blocks;
    Fields own;
    for (const auto &h : part.headers) {
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) != 0
            && !h.first.startsWith("Content-Transf"))
            own << h;
    }
    if (!own.isEmpty())
        blocks << own;
    blocks << MimeEntity::fieldBlocks(part.decodedBody());
    return blocks;
}

QString addressOf(const QByteArray &value)
{
    // "rfc822; someone@example.org"
    const qsizetype semicolon = value.indexOf(';');
    return QString::fromUtf8(semicolon >= 0 ? value.mid(semicolon + 1).trimmed() : value.trimmed());
}

/** Message-ID of the returned original (message/rfc822 or text/rfc822-headers), else In-Reply-To. */
QByteArray originalFromAttachments(const MimeEntity &message)
{
    if (const MimeEntity *m = findPart(message, "text/rfc822-headers")) {
        const QList<Fields> blocks = MimeEntity::fieldBlocks(m->decodedBody());
        for (const Fields &b : blocks) {
            const QByteArray id = field(b, "Message-ID");
            if (!id.isEmpty())
                return MimeEntity::bareMessageId(id);
        }
    }
    for (const MimeEntity &p : message.parts) {
        if (p.mediaType() == "message/rfc822" && !p.parts.isEmpty()) {
            const QByteArray id = p.parts.first().header("Message-ID");
            if (!id.isEmpty())
                return MimeEntity::bareMessageId(id);
        }
    }
    const QByteArray inReplyTo = message.header("In-Reply-To");
    return inReplyTo.isEmpty() ? QByteArray() : MimeEntity::bareMessageId(inReplyTo);
}

domain::Result<DeliveryReport> readMdn(const MimeEntity &message, const MimeEntity &part)
{
    DeliveryReport r;
    r.kind = DeliveryReport::Kind::Mdn;
    QByteArray disposition;
    for (const Fields &b : reportFields(part)) {
        if (r.originalMessageId.isEmpty() && !field(b, "Original-Message-ID").isEmpty())
            r.originalMessageId = MimeEntity::bareMessageId(field(b, "Original-Message-ID"));
        if (r.finalRecipient.isEmpty() && !field(b, "Final-Recipient").isEmpty())
            r.finalRecipient = addressOf(field(b, "Final-Recipient"));
        if (disposition.isEmpty())
            disposition = field(b, "Disposition");
    }
    if (r.originalMessageId.isEmpty())
        r.originalMessageId = originalFromAttachments(message);
    if (disposition.isEmpty())
        return fail(errc::MalformedReport,
                    Tr::tr("Accusé de réception MSSanté illisible : champ Disposition absent (message « %1 »).")
                        .arg(message.subject()),
                    QString::fromLatin1(message.header("Message-ID")));
    if (r.originalMessageId.isEmpty())
        return fail(errc::MalformedReport,
                    Tr::tr("Accusé de réception MSSanté sans référence au message d'origine "
                           "(Original-Message-ID absent) : « %1 ».").arg(message.subject()),
                    QString::fromLatin1(message.header("Message-ID")));
    // "automatic-action/MDN-sent-automatically; processed/Error: 902^label^...|..."
    const qsizetype semicolon = disposition.indexOf(';');
    QByteArray type = semicolon >= 0 ? disposition.mid(semicolon + 1).trimmed() : disposition.trimmed();
    QByteArray modifier;
    if (const qsizetype slash = type.indexOf('/'); slash >= 0) {
        modifier = type.mid(slash + 1).trimmed();
        type = type.left(slash).trimmed();
    }
    r.disposition = QString::fromLatin1(type.toLower());
    const bool error = modifier.toLower().startsWith("error");
    if (error) {
        QByteArray detail = modifier.mid(modifier.indexOf(':') + 1).trimmed();
        const QList<QByteArray> pieces = detail.split('^');
        r.errorCode = QString::fromUtf8(pieces.value(0).trimmed());
        r.errorLabel = QString::fromUtf8(pieces.value(1).trimmed());
    }
    static const QStringList okTypes{QStringLiteral("processed"), QStringLiteral("displayed")};
    if (!error && okTypes.contains(r.disposition)) {
        r.outcome = DeliveryReport::Outcome::Acknowledged;
        return r;
    }
    r.outcome = DeliveryReport::Outcome::Failed;
    if (error)
        r.reason = Tr::tr("Le destinataire n'a pas pu intégrer le document : erreur %1 « %2 » (accusé de réception).")
                       .arg(r.errorCode, r.errorLabel);
    else
        r.reason = Tr::tr("Le destinataire a renvoyé un accusé de réception « %1 » : document non traité.")
                       .arg(r.disposition);
    return r;
}

domain::Result<DeliveryReport> readDsn(const MimeEntity &message, const MimeEntity &part)
{
    DeliveryReport r;
    r.kind = DeliveryReport::Kind::Dsn;
    r.originalMessageId = originalFromAttachments(message);
    if (r.originalMessageId.isEmpty())
        return fail(errc::MalformedReport,
                    Tr::tr("Avis de non-remise sans le message d'origine (identifiant introuvable) : « %1 ».")
                        .arg(message.subject()),
                    QString::fromLatin1(message.header("Message-ID")));
    const QList<Fields> blocks = reportFields(part);
    // The first block is per message, the next ones per recipient; the worst action wins.
    bool anyRecipient = false;
    for (const Fields &b : blocks) {
        const QByteArray action = field(b, "Action").trimmed().toLower();
        if (action.isEmpty())
            continue;
        anyRecipient = true;
        if (r.outcome == DeliveryReport::Outcome::Failed)
            continue;
        r.disposition = QString::fromLatin1(action);
        r.finalRecipient = addressOf(field(b, "Final-Recipient"));
        r.errorCode = QString::fromLatin1(field(b, "Status").trimmed());
        r.errorLabel = addressOf(field(b, "Diagnostic-Code"));
        if (action == "failed")
            r.outcome = DeliveryReport::Outcome::Failed;
    }
    if (!anyRecipient)
        return fail(errc::MalformedReport,
                    Tr::tr("Avis de non-remise illisible : aucun destinataire (champ Action absent) dans « %1 ».")
                        .arg(message.subject()),
                    QString::fromLatin1(message.header("Message-ID")));
    if (r.outcome == DeliveryReport::Outcome::Failed)
        r.reason = Tr::tr("Message non remis à %1 (statut %2) : %3").arg(r.finalRecipient, r.errorCode, r.errorLabel);
    return r;
}

} // namespace

bool DeliveryReport::isReport(const MimeEntity &message)
{
    const QByteArray reportType = message.parameter("Content-Type", "report-type").toLower();
    return reportType == "disposition-notification" || reportType == "delivery-status"
           || findPart(message, "message/disposition-notification") != nullptr
           || findPart(message, "message/delivery-status") != nullptr;
}

domain::Result<DeliveryReport> DeliveryReport::read(const MimeEntity &message)
{
    if (const MimeEntity *mdn = findPart(message, "message/disposition-notification"))
        return readMdn(message, *mdn);
    if (const MimeEntity *dsn = findPart(message, "message/delivery-status"))
        return readDsn(message, *dsn);
    const QByteArray reportType = message.parameter("Content-Type", "report-type").toLower();
    if (reportType == "disposition-notification")
        return readMdn(message, message); // no part of the right type: look for the fields anywhere
    return fail(errc::MalformedReport,
                Tr::tr("Rapport de messagerie illisible : partie message/delivery-status absente (« %1 »).")
                    .arg(message.subject()),
                QString::fromLatin1(message.header("Message-ID")));
}

} // namespace sgl::interop::mss
