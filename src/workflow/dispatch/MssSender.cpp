#include "workflow/dispatch/MssSender.h"

#include "interop/mss/MssReportMessage.h"
#include "storage/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QRegularExpression>

namespace sgl::workflow::dispatch {

MssSender::MssSender(domain::Channel channel, interop::mss::SmtpClient client, MssSettings settings)
    : m_channel(channel), m_client(std::move(client)), m_settings(std::move(settings))
{
}

domain::Result<std::shared_ptr<MssSender>> MssSender::create(domain::Channel channel, const MssSettings &settings)
{
    auto client = interop::mss::SmtpClient::create(settings.client);
    if (!client)
        return std::unexpected(client.error());
    return std::make_shared<MssSender>(channel, std::move(*client), settings);
}

SendOutcome MssSender::send(const DispatchItem &item)
{
    const bool toPatient = m_channel == domain::Channel::MssPatient;
    if (item.row.channel != m_channel)
        return SendOutcome::permanent(Tr::tr("Envoi MSSanté confié au mauvais canal (%1).").arg(domain::channelCode(item.row.channel)));
    if (item.row.operation != domain::DispatchOperation::Send)
        // Masking and withdrawal after publication are DMP operations: a message cannot be recalled.
        return SendOutcome::permanent(Tr::tr("Opération sans objet pour une messagerie MSSanté : un message envoyé "
                                             "ne peut être ni masqué ni retiré."));
    const domain::SharingChoices &sharing = item.version.sharing;
    if (toPatient && sharing.hiddenFromPatientUntilAnnouncement)
        return SendOutcome::permanent(Tr::tr("Document invisible pour le patient jusqu'à la consultation d'annonce : "
                                             "il n'est pas envoyé dans sa messagerie."));
    if (!toPatient && sharing.maskedToProfessionals)
        return SendOutcome::permanent(Tr::tr("Document masqué aux professionnels de santé : il n'est pas envoyé par "
                                             "MSSanté aux correspondants."));
    static const QRegularExpression patientAddress(QStringLiteral(R"(^(\d{13}[0-9A-Za-z]{2})@patient\.mssante\.fr$)"));
    const auto patientMatch = patientAddress.match(item.row.recipient.trimmed());
    if (toPatient && !patientMatch.hasMatch())
        return SendOutcome::permanent(Tr::tr("Adresse de messagerie patient invalide « %1 » : "
                                             "<INS>@patient.mssante.fr attendu (INS qualifié).").arg(item.row.recipient));

    auto cda = item.document(QStringLiteral("N3"));
    if (!cda) {
        if (cda.error().code == storage::errc::NotFound)
            return SendOutcome::permanent(Tr::tr("Compte rendu CDA introuvable pour ce document : %1").arg(cda.error().message));
        return SendOutcome::transient(Tr::tr("Compte rendu CDA illisible pour l'instant : %1").arg(cda.error().message));
    }
    auto pdf = item.document(toPatient ? QStringLiteral("PDF-patient") : QStringLiteral("PDF"));
    if (!pdf && pdf.error().code != storage::errc::NotFound)
        return SendOutcome::transient(Tr::tr("Version PDF illisible pour l'instant : %1").arg(pdf.error().message));

    interop::mss::MssReportInput input;
    input.cda = cda->bytes;
    if (pdf)
        input.pdf = pdf->bytes;
    input.dossierNumber = item.dossierNumber;
    input.from = m_settings.client.mailbox;
    input.recipient = item.row.recipient.trimmed();
    input.replacesUniqueId = item.version.replacesDocumentId;
    input.confidentialityCodes = sharing.dmpConfidentialityCodes();
    input.laboratoryName = m_settings.laboratoryName;
    input.sourceId = m_settings.sourceOid;
    input.nilReference = m_settings.nilReference;
    input.now = QDateTime::currentDateTimeUtc();
    auto message = interop::mss::MssReportMessage::build(input);
    if (!message)
        return SendOutcome::permanent(message.error().message);
    if (toPatient) {
        auto summary = interop::mss::CdaSummary::read(input.cda);
        if (summary && summary->ins != patientMatch.captured(1))
            return SendOutcome::permanent(Tr::tr("L'INS du compte rendu (%1) ne correspond pas à l'adresse du patient %2 : "
                                                 "envoi refusé.").arg(summary->ins, item.row.recipient));
    }
    auto sent = m_client.send(*message);
    if (!sent) {
        if (interop::mss::SmtpClient::isTransient(sent.error()))
            return SendOutcome::transient(sent.error().message);
        return SendOutcome::permanent(sent.error().message);
    }
    return SendOutcome::sent(QString::fromLatin1(message->messageId));
}

} // namespace sgl::workflow::dispatch
