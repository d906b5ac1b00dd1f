#include "interop/mss/MssReportMessage.h"

#include "interop/mss/ErrorCodes.h"
#include "interop/mss/MimeEncoding.h"
#include "interop/mss/Tr.h"
#include "interop/mss/XdmArchive.h"

#include <QCryptographicHash>

namespace sgl::interop::mss {

using domain::fail;

QByteArray MssReportMessage::messageId(const QString &uniqueId, const QString &recipient, const QString &fromAddress)
{
    const QByteArray key = uniqueId.toUtf8() + '\n' + recipient.trimmed().toLower().toUtf8();
    const QByteArray hex = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32);
    QString domain = fromAddress.section(QLatin1Char('@'), 1).trimmed().toLower();
    if (domain.isEmpty() || !MimeEncoding::isPlainAddress(QStringLiteral("x@") + domain))
        domain = QStringLiteral("sgl.invalid");
    return hex + ".sgl@" + domain.toLatin1();
}

QString MssReportMessage::pdfFileName(const CdaSummary &s, const QString &dossierNumber)
{
    const QString date = s.effectiveTime.isValid() ? s.effectiveTime.toUTC().toString(QStringLiteral("yyyyMMdd"))
                                                   : QString();
    QStringList pieces{date, s.typeDisplay, s.familyName.toUpper(), s.givenName, dossierNumber};
    pieces.removeAll(QString());
    QString name = pieces.join(QLatin1Char('_'));
    // No path separator or control character may reach the recipient's disk.
    for (QChar &c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c == QLatin1Char('"'))
            c = QLatin1Char('_');
    }
    return name + QStringLiteral(".pdf");
}

QString MssReportMessage::subject(const CdaSummary &s)
{
    QString subject = QStringLiteral("XDM/1.0/DDM+%1 %2 %3").arg(s.typeDisplay, s.familyName.toUpper(), s.givenName);
    if (s.birthDate.isValid())
        subject += QLatin1Char(' ') + s.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
    return subject.simplified();
}

domain::Result<MimeMessage> MssReportMessage::build(const MssReportInput &input)
{
    auto summary = CdaSummary::read(input.cda);
    if (!summary)
        return std::unexpected(summary.error());
    if (!MimeEncoding::isPlainAddress(input.recipient))
        return fail(errc::Message, Tr::tr("Adresse MSSanté du destinataire invalide « %1 ».").arg(input.recipient),
                    QStringLiteral("recipient"));
    const QDateTime now = input.now.isValid() ? input.now.toUTC() : QDateTime::currentDateTimeUtc();

    XdmPackage package;
    package.cda = input.cda;
    package.summary = *summary;
    package.pdf = input.pdf;
    package.sourceId = input.sourceId;
    package.laboratoryName = input.laboratoryName;
    package.intendedRecipient = input.recipient;
    package.confidentialityCodes = input.confidentialityCodes;
    // The zip's bytes depend on its submission time: the document's own time keeps a re-send identical.
    package.submissionTime = summary->effectiveTime.isValid() ? summary->effectiveTime : now;
    auto zip = XdmArchive::write(package);
    if (!zip)
        return std::unexpected(zip.error());

    MimeMessage m;
    m.from = input.from;
    m.to = {input.recipient};
    m.subject = subject(*summary);
    m.messageId = messageId(summary->uniqueId, input.recipient, input.from);
    if (!input.replacesUniqueId.isEmpty()) {
        m.inReplyTo = messageId(input.replacesUniqueId, input.recipient, input.from);
        m.references = {m.inReplyTo};
    }
    if (input.requestReceipt)
        m.dispositionNotificationTo = input.from;
    m.date = now;
    m.extraHeaders.append({"X-MSS-CODECDA", summary->typeCode.toLatin1()});
    m.extraHeaders.append({QByteArray("X-MSS-INS"), QByteArray(summary->ins.isEmpty() ? "N" : "O")});
    if (!input.nilReference.isEmpty())
        m.extraHeaders.append({"X-MSS-NIL", input.nilReference.toLatin1()});
    if (input.endOfConversation)
        m.extraHeaders.append({QByteArray("X-MSS-MES"), QByteArray("FIN")});
    const QString patient = QStringLiteral("%1 %2").arg(summary->familyName.toUpper(), summary->givenName).trimmed();
    // The message goes to French professionals and patients: always in French, whatever the
    // language of the workstation that sends it (no tr()).
    m.bodyText = (input.replacesUniqueId.isEmpty()
                      ? QStringLiteral("Bonjour,\r\n\r\nVeuillez trouver ci-joint le compte rendu de biologie médicale de %1 "
                               "(dossier %2) : archive IHE_XDM.ZIP (document CDA) et sa version PDF.\r\n")
                      : QStringLiteral("Bonjour,\r\n\r\nCe compte rendu de biologie médicale de %1 (dossier %2) annule et "
                               "remplace le précédent envoi : archive IHE_XDM.ZIP (document CDA) et sa version PDF.\r\n"))
                     .arg(patient, input.dossierNumber)
                 + QStringLiteral("\r\nCordialement,\r\n%1\r\n").arg(input.laboratoryName);
    m.attachments.append({QStringLiteral("IHE_XDM.ZIP"), "application/zip", *zip});
    if (!input.pdf.isEmpty())
        m.attachments.append({pdfFileName(*summary, input.dossierNumber), "application/pdf", input.pdf});
    return m;
}

} // namespace sgl::interop::mss
