#pragma once

#include "interop/mss/SmtpClient.h"
#include "workflow/dispatch/DispatchSender.h"
#include "workflow/dispatch/MssSettings.h"

namespace sgl::workflow::dispatch {

/**
 * DispatchSender of the MSSanté channels, over interop::mss::SmtpClient:
 * - Channel::MssPro: to the row's recipient (a correspondent's MSSanté address), the
 *   professional version (documents "N3" and "PDF"); never for a version masked to
 *   professionals (MASQUE_PS, national-services.md §3);
 * - Channel::MssPatient: to `<INS>@patient.mssante.fr` (the row's recipient, which must be
 *   that, with the INS of the CDA), the patient version ("N3" and "PDF-patient"); never for a
 *   version hidden from the patient (INVISIBLE_PATIENT).
 *
 * Idempotence: the Message-ID depends only on the document uniqueId and the recipient
 * (interop::mss::MssReportMessage::messageId), so attempt > 1 re-sends the same message,
 * recognisable by the recipient's mailbox; the acknowledgement recorded is that Message-ID,
 * which the mailbox poll (MailboxPoll) matches return receipts and bounces against.
 *
 * Outcomes: SMTP 5xx, a document that cannot be composed (unreadable CDA, bad address,
 * too large), a masked version or a wrong patient address are permanent; network, TLS, 4xx and
 * an unreadable stored document are transient. Reasons are the French messages of interop::mss.
 */
class MssSender final : public DispatchSender {
public:
    MssSender(domain::Channel channel, interop::mss::SmtpClient client, MssSettings settings);

    /** One sender per MSSanté channel, or the configuration error (mss.config). */
    [[nodiscard]] static domain::Result<std::shared_ptr<MssSender>> create(domain::Channel channel,
                                                                          const MssSettings &settings);

    [[nodiscard]] domain::Channel channel() const override { return m_channel; }
    [[nodiscard]] SendOutcome send(const DispatchItem &item) override;

private:
    domain::Channel m_channel;
    interop::mss::SmtpClient m_client;
    MssSettings m_settings;
};

} // namespace sgl::workflow::dispatch
