#include "domain/identity/RnivStatusMachine.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"


namespace sgl::domain {

namespace {

} // namespace

bool RnivStatusMachine::hasInsFact(IdentityStatus status)
{
    return status == IdentityStatus::Recup || status == IdentityStatus::Qual;
}

bool RnivStatusMachine::hasDocumentFact(IdentityStatus status)
{
    return status == IdentityStatus::Vali || status == IdentityStatus::Qual;
}

IdentityStatus RnivStatusMachine::derive(bool insConfirmed, bool highTrustChecked,
                                         RnivAttributes attributes)
{
    if (attributes.fictitious)
        return IdentityStatus::Prov;
    const bool document = highTrustChecked && !attributes.doubtful;
    if (insConfirmed)
        return document ? IdentityStatus::Qual : IdentityStatus::Recup;
    return document ? IdentityStatus::Vali : IdentityStatus::Prov;
}

Result<RnivState> RnivStatusMachine::apply(const RnivState &current, RnivEvent event)
{
    bool ins = hasInsFact(current.status);
    bool document = hasDocumentFact(current.status);
    RnivAttributes attrs = current.attributes;
    switch (event) {
    case RnivEvent::InsiIdentityAccepted:
        if (attrs.fictitious)
            return fail(errc::RnivFictitious,
                        Tr::tr("Une identité fictive ne peut pas être rapprochée d'un INS."));
        ins = true;
        break;
    case RnivEvent::InsiVerificationFailed:
        ins = false;
        break;
    case RnivEvent::HighTrustEvidenceChecked:
        if (attrs.fictitious)
            return fail(errc::RnivFictitious,
                        Tr::tr("Une identité fictive ne peut pas être validée."));
        if (attrs.doubtful)
            return fail(errc::RnivDoubtful,
                        Tr::tr("Une identité douteuse ne peut pas être validée : levez d'abord le doute."));
        document = true;
        break;
    case RnivEvent::HighTrustEvidenceRemoved:
        document = false;
        break;
    case RnivEvent::StrictTraitEdited:
        ins = false;
        document = false;
        break;
    case RnivEvent::MarkedDoubtful:
        attrs.doubtful = true;
        document = false;
        break;
    case RnivEvent::DoubtLifted:
        attrs.doubtful = false;
        break;
    case RnivEvent::MarkedFictitious:
        attrs.fictitious = true;
        ins = false;
        document = false;
        break;
    case RnivEvent::FictitiousLifted:
        attrs.fictitious = false;
        break;
    case RnivEvent::InsiIdentityRejected:
    case RnivEvent::InsiVerificationPassed:
    case RnivEvent::LowTrustEvidenceChecked:
    case RnivEvent::UsedTraitEdited:
        break;
    }
    return RnivState{derive(ins, document, attrs), attrs};
}

QString RnivStatusMachine::eventCode(RnivEvent event)
{
    switch (event) {
    case RnivEvent::InsiIdentityAccepted: return QStringLiteral("INSI_ACCEPTED");
    case RnivEvent::InsiIdentityRejected: return QStringLiteral("INSI_REJECTED");
    case RnivEvent::InsiVerificationPassed: return QStringLiteral("INSI_VERIFIED");
    case RnivEvent::InsiVerificationFailed: return QStringLiteral("INSI_VERIFICATION_FAILED");
    case RnivEvent::HighTrustEvidenceChecked: return QStringLiteral("EVIDENCE_HIGH_TRUST");
    case RnivEvent::LowTrustEvidenceChecked: return QStringLiteral("EVIDENCE_LOW_TRUST");
    case RnivEvent::HighTrustEvidenceRemoved: return QStringLiteral("EVIDENCE_REMOVED");
    case RnivEvent::StrictTraitEdited: return QStringLiteral("STRICT_TRAIT_EDITED");
    case RnivEvent::UsedTraitEdited: return QStringLiteral("USED_TRAIT_EDITED");
    case RnivEvent::MarkedDoubtful: return QStringLiteral("MARKED_DOUBTFUL");
    case RnivEvent::DoubtLifted: return QStringLiteral("DOUBT_LIFTED");
    case RnivEvent::MarkedFictitious: return QStringLiteral("MARKED_FICTITIOUS");
    case RnivEvent::FictitiousLifted: return QStringLiteral("FICTITIOUS_LIFTED");
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace sgl::domain
