#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain {

/** Where a report is sent (lab-workflow.md §1, national-services.md). */
enum class Channel {
    Dmp,        ///< Dossier Médical Partagé (Mon espace santé)
    MssPro,     ///< MSSanté to a health professional (prescriber, correspondent)
    MssPatient, ///< MSSanté patient mailbox (derived from the qualified INS)
    Dpi         ///< hospital information system (HL7 v2 ORU)
};

/** Storage codes: "dmp", "mss_pro", "mss_patient", "dpi". */
[[nodiscard]] QString channelCode(Channel channel);
[[nodiscard]] std::optional<Channel> channelFromCode(const QString &code);
[[nodiscard]] QString channelLabel(Channel channel);
[[nodiscard]] QList<Channel> allChannels();
/** DMP and the patient's MSSanté box are addressed by the INS: they need a qualified identity. */
[[nodiscard]] bool channelRequiresQualifiedIns(Channel channel);

/**
 * State of one outbox row (one document, one channel, one recipient). The dispatcher claims
 * only Pending and Failed rows. Withheld: the biologist withheld this document from the DMP
 * (reason in last_error). Blocked: the channel cannot be used for this document (DMP without a
 * qualified INS; reason in last_error); both are kept so the decision stays visible and can be
 * revisited, never sent as they are. Parked: the dispatcher gave up (permanent failure, or the
 * maximum number of attempts reached) and waits for a human (retry or cancel); Cancelled: a
 * human cancelled the sending, with a reason. Sending: claimed by a dispatcher under a lease; a
 * row whose lease expired is claimable again (the dispatcher died).
 */
enum class DispatchState { Pending, Sending, Sent, Acknowledged, Failed, Cancelled, Withheld, Blocked, Parked };

/** Storage codes: "pending", "sending", "sent", "acknowledged", "failed", "cancelled",
 *  "withheld", "blocked", "parked". */
[[nodiscard]] QString dispatchStateCode(DispatchState state);
[[nodiscard]] std::optional<DispatchState> dispatchStateFromCode(const QString &code);
[[nodiscard]] QList<DispatchState> allDispatchStates();
/** French label ("en attente", "envoyé", "à reprendre"...). */
[[nodiscard]] QString dispatchStateLabel(DispatchState state);

} // namespace sgl::domain
