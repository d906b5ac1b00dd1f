#include "domain/identity/PatientMerge.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"


namespace sgl::domain {

namespace {

} // namespace

Result<MergeOutcome> PatientMerge::plan(const Patient &survivor, const Patient &duplicate)
{
    if (survivor.id == duplicate.id)
        return fail(errc::MergeSamePatient, Tr::tr("Impossible de fusionner un patient avec lui-même."));
    if (survivor.mergedInto != 0 || duplicate.mergedInto != 0)
        return fail(errc::MergeAlreadyMerged,
                    Tr::tr("L'un des deux dossiers patient a déjà été fusionné."));
    if (!survivor.ins.isEmpty() && !duplicate.ins.isEmpty() && survivor.ins.full() != duplicate.ins.full())
        return fail(errc::MergeConflictingIns,
                    Tr::tr("Les deux patients ont des INS différents (%1 et %2) : ce ne sont pas la même personne.")
                        .arg(survivor.ins.full(), duplicate.ins.full()));
    MergeOutcome out{survivor, duplicate};
    if (out.survivor.phone.isEmpty())
        out.survivor.phone = duplicate.phone;
    if (out.survivor.email.isEmpty())
        out.survivor.email = duplicate.email;
    if (out.survivor.address.isEmpty())
        out.survivor.address = duplicate.address;
    if (survivor.ins.isEmpty() && !duplicate.ins.isEmpty() && !survivor.fictitious
        && !survivor.traits.strictTraitsDiffer(duplicate.traits)
        && (duplicate.status == IdentityStatus::Recup || duplicate.status == IdentityStatus::Qual)) {
        out.survivor.ins = duplicate.ins;
        out.survivor.status = survivor.status == IdentityStatus::Vali ? IdentityStatus::Qual
                                                                      : IdentityStatus::Recup;
    }
    out.merged.mergedInto = survivor.id;
    return out;
}

} // namespace sgl::domain
