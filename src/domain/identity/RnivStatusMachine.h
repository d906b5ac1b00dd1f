#pragma once

#include "domain/Error.h"
#include "domain/identity/IdentityStatus.h"

#include <QString>

namespace sgl::domain {

/** Something that happens to an identity and may change its RNIV status. */
enum class RnivEvent {
    InsiIdentityAccepted,     ///< user accepted the INSi answer (INS + INSi traits stored)
    InsiIdentityRejected,     ///< user rejected the INSi answer: nothing changes
    InsiVerificationPassed,   ///< re-verification found the same INS and traits
    InsiVerificationFailed,   ///< re-verification no longer confirms the INS: INS link lost
    HighTrustEvidenceChecked, ///< CNI / passport / residence permit seen
    LowTrustEvidenceChecked,  ///< other document seen: no effect on the status
    HighTrustEvidenceRemoved, ///< the last high-trust document was withdrawn (entered in error)
    StrictTraitEdited,        ///< a strict trait was edited by hand
    UsedTraitEdited,          ///< used name / used first name / contact edited: no effect
    MarkedDoubtful,
    DoubtLifted,
    MarkedFictitious,
    FictitiousLifted,
};

/** The RNIV attributes that constrain statuses. */
struct RnivAttributes {
    bool doubtful = false;
    bool fictitious = false;
    friend bool operator==(const RnivAttributes &, const RnivAttributes &) = default;
};

/** Outcome of an event: the new status and attributes. */
struct RnivState {
    IdentityStatus status = IdentityStatus::Prov;
    RnivAttributes attributes;
    friend bool operator==(const RnivState &, const RnivState &) = default;
};

/**
 * RNIV status rules (shared/specs/national-services.md §2.2).
 *
 * The status is derived from two facts, (INS retrieved and confirmed by INSi) x (high-trust
 * document checked), read back from the status itself: Recup/Qual = INS, Vali/Qual = document.
 * Rules:
 * - a fictitious identity is always PROV: it may not call INSi nor be validated
 *   (InsiIdentityAccepted and HighTrustEvidenceChecked are refused with "rniv.fictitious");
 *   marking an identity fictitious drops both facts;
 * - a doubtful identity may never be VALI nor QUAL: MarkedDoubtful drops the document fact
 *   (QUAL -> RECUP, VALI -> PROV), HighTrustEvidenceChecked is refused ("rniv.doubtful");
 *   lifting the doubt does not restore anything — the document must be checked again;
 * - editing a strict trait by hand drops both facts (the INS and the document confirmed the old
 *   traits): RECUP/VALI/QUAL -> PROV;
 * - InsiVerificationFailed drops the INS fact (QUAL -> VALI, RECUP -> PROV);
 * - rejections, passed verifications, low-trust documents and used-trait edits change nothing.
 */
class RnivStatusMachine
{
public:
    [[nodiscard]] static Result<RnivState> apply(const RnivState &current, RnivEvent event);
    /** Status for the two facts under the attributes (the single derivation rule). */
    [[nodiscard]] static IdentityStatus derive(bool insConfirmed, bool highTrustChecked,
                                               RnivAttributes attributes);
    [[nodiscard]] static bool hasInsFact(IdentityStatus status);
    [[nodiscard]] static bool hasDocumentFact(IdentityStatus status);
    /** Stable name of an event for the audit trail ("INSI_ACCEPTED"...). */
    [[nodiscard]] static QString eventCode(RnivEvent event);
};

} // namespace sgl::domain
