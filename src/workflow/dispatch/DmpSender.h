#pragma once

#include "interop/dmp/DmpService.h"
#include "workflow/dispatch/DispatchSender.h"

#include <QDateTime>
#include <QHash>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace sgl::workflow::dispatch {

/**
 * The DMP channel's sender: publishes a report version (TD2.1, ITI-41) through a DmpService.
 *
 * - Only a patient with a qualified INS (the row's recipient is the 15-character INS; the outbox
 *   already blocks the others): anything else is a permanent failure with the French reason.
 *   The OID of that INS (.8 NIR / .9 NIA in production, .10 / .11 on test platforms) is the one
 *   the stored CDA carries for it; it goes into the VIHF, the TD0.2 request and the metadata
 *   (interop::dmp::PatientIns). A CDA naming another INS (or none) is refused.
 * - TD0.2 before publishing (not for masks or withdrawal, which need the document already
 *   there): no DMP (queryResponseCode NF) -> transient, « Le patient n'a pas de DMP… », retried
 *   with the backoff (the DMP may be created meanwhile; parked for a human after the last
 *   attempt); a DMP whose patient status is not active -> permanent (parked) « Le patient n'a
 *   pas de DMP actif… »; authorisation INTERDIT -> permanent (parked) « Accès au DMP refusé… ».
 *   VALIDE, EXPIRE or NON_EXISTE publish: the Alimentation profile needs no authorisation
 *   (national-services.md §1.3). Answers are cached per INS for existenceTtlSeconds so that a
 *   batch of one patient's documents asks once; failures of the call are not cached.
 * - The N3 document is published (the N1 when the version has no N3); masks of the version
 *   (SharingChoices) become the confidentiality codes; a version that replaces another is
 *   published with RPLC to it.
 * - Idempotent on the uniqueId: on attempt > 1 the DMP is asked first (TD3.1b) and a document
 *   already there is reported Sent without a second publication; a registry answer
 *   XDSDuplicateUniqueIdInRegistry is Sent too.
 * - Operations of the row (DmpDocumentActions): Send as above; UpdateSharing sets the masks of
 *   the version on the published document (TD3.3a/b, ITI-57; nothing sent when already so);
 *   Delete withdraws it (TD3.3c) — a document the DMP does not have (any more) counts as done.
 * - Errors: DmpFailure::isTransient() decides Transient vs Permanent; the reason is the
 *   error's French message.
 */
class DmpSender final : public DispatchSender {
public:
    static constexpr int kDefaultExistenceTtlSeconds = 300;

    explicit DmpSender(std::shared_ptr<interop::dmp::DmpService> dmp,
                       int existenceTtlSeconds = kDefaultExistenceTtlSeconds, std::function<QDateTime()> clock = {});

    [[nodiscard]] domain::Channel channel() const override { return domain::Channel::Dmp; }
    [[nodiscard]] SendOutcome send(const DispatchItem &item) override;

    /** A 15-character INS (13-character NIR/NIA with 2A/2B for Corsica, then the 2-digit key). */
    [[nodiscard]] static bool isIns(const QString &recipient);

    /** The outcome a TD0.2 answer imposes before publishing; nullopt: publish. */
    [[nodiscard]] static std::optional<SendOutcome> refusalOf(const interop::dmp::DmpExistence &answer);

private:
    struct CachedExistence {
        QDateTime askedAt;
        interop::dmp::DmpExistence answer;
    };
    [[nodiscard]] domain::Result<interop::dmp::DmpExistence> existence(const interop::dmp::PatientIns &patient);

    std::shared_ptr<interop::dmp::DmpService> m_dmp;
    int m_existenceTtlSeconds;
    std::function<QDateTime()> m_clock;
    std::mutex m_cacheMutex;
    QHash<QString, CachedExistence> m_existence; ///< "INS|OID" -> last answer
};

} // namespace sgl::workflow::dispatch
