#include "workflow/orders/DossierStatusSync.h"

#include "domain/lab/DossierProgress.h"
#include "storage/DossierRepository.h"
#include "storage/ResultRepository.h"

namespace sgl::workflow::orders {

using namespace sgl::domain;

Status DossierStatusSync::apply(storage::WriteTx &tx, Dossier &dossier, const AuditActor &actor)
{
    auto states = storage::ResultRepository::statesOf(tx, dossier.id);
    if (!states)
        return std::unexpected(states.error());
    auto tubes = storage::DossierRepository::specimens(tx, dossier.id);
    if (!tubes)
        return std::unexpected(tubes.error());
    // A tube received then rejected for a new sample still means work has started on the dossier.
    bool received = false;
    for (const Specimen &s : *tubes)
        received = received || s.status == Specimen::Status::Received || s.receivedAt.isValid();
    const DossierStatus target = DossierProgress::next(dossier.status, *states, received);
    if (target == dossier.status)
        return {};
    // Registered straight to technically validated goes through in progress (allowed both ways).
    if (!dossierTransitionAllowed(dossier.status, target))
        if (auto s = storage::DossierRepository::setStatus(tx, dossier, DossierStatus::InProgress, actor); !s)
            return s;
    return storage::DossierRepository::setStatus(tx, dossier, target, actor);
}

} // namespace sgl::workflow::orders
