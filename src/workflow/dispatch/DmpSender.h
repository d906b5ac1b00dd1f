#pragma once

#include "interop/dmp/DmpService.h"
#include "workflow/dispatch/DispatchSender.h"

#include <memory>

namespace sgl::workflow::dispatch {

/**
 * The DMP channel's sender: publishes a report version (TD2.1, ITI-41) through a DmpService.
 *
 * - Only a patient with a qualified INS (the row's recipient is the 15-character INS; the outbox
 *   already blocks the others): anything else is a permanent failure with the French reason.
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
    explicit DmpSender(std::shared_ptr<interop::dmp::DmpService> dmp);

    [[nodiscard]] domain::Channel channel() const override { return domain::Channel::Dmp; }
    [[nodiscard]] SendOutcome send(const DispatchItem &item) override;

    /** A 15-character INS (13-character NIR/NIA with 2A/2B for Corsica, then the 2-digit key). */
    [[nodiscard]] static bool isIns(const QString &recipient);

private:
    std::shared_ptr<interop::dmp::DmpService> m_dmp;
};

} // namespace sgl::workflow::dispatch
