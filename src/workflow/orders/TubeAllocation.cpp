#include "workflow/orders/TubeAllocation.h"

#include "domain/catalogue/ContainerType.h"
#include "domain/lab/TubePlanner.h"
#include "storage/CounterRepository.h"
#include "storage/DossierRepository.h"
#include "storage/SpecimenRepository.h"

#include <QHash>

namespace sgl::workflow::orders {

using namespace sgl::domain;

domain::Result<QString> TubeAllocation::nextBarcode(storage::WriteTx &tx, const BarcodeScheme &scheme)
{
    // A barcode already used (scheme changed back, tubes imported) is skipped, not reused.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        auto n = storage::CounterRepository::next(tx, QStringLiteral("tube"));
        if (!n)
            return std::unexpected(n.error());
        auto code = scheme.format(*n);
        if (!code)
            return std::unexpected(code.error());
        auto taken = storage::SpecimenRepository::byBarcode(tx, *code);
        if (!taken)
            return std::unexpected(taken.error());
        if (!*taken)
            return *code;
    }
    return scheme.format(0); // unreachable in practice: gives barcode.exhausted
}

domain::Result<TubeAllocation::Outcome> TubeAllocation::allocate(storage::WriteTx &tx, const Dossier &dossier,
                                                                  QList<LabResult *> results, const Catalogue &catalogue,
                                                                  const BarcodeScheme &scheme, const AuditActor &actor)
{
    Outcome out;
    QList<TubePlanner::Need> needs;
    QHash<QString, QList<LabResult *>> byCode;
    for (LabResult *r : results) {
        if (r->specimenId != 0)
            continue;
        const Analysis *a = catalogue.analysis(r->analysisCode);
        needs << TubePlanner::Need{r->analysisCode, a ? a->container : QString(), a && a->isCalculated()};
        byCode[r->analysisCode] << r;
    }
    if (needs.isEmpty())
        return out;
    auto existing = storage::DossierRepository::specimens(tx, dossier.id);
    if (!existing)
        return std::unexpected(existing.error());
    QList<TubePlanner::Tube> tubes;
    for (const Specimen &s : *existing)
        tubes << TubePlanner::Tube{s.id, s.containerCode, s.status != Specimen::Status::Rejected};
    const TubePlanner::Plan plan = TubePlanner::plan(needs, tubes);
    for (auto it = plan.toExisting.cbegin(); it != plan.toExisting.cend(); ++it)
        for (LabResult *r : byCode.value(it.key()))
            r->specimenId = it.value();
    for (const TubePlanner::NewTube &t : plan.newTubes) {
        auto barcode = nextBarcode(tx, scheme);
        if (!barcode)
            return std::unexpected(barcode.error());
        Specimen s;
        s.dossierId = dossier.id;
        s.barcode = *barcode;
        s.containerCode = t.containerCode;
        const auto type = ContainerType::find(t.containerCode);
        s.typeCode = type ? type->specimenType : QString();
        s.typeLabel = ContainerType::specimenTypeLabel(s.typeCode);
        s.status = Specimen::Status::Expected;
        s.collectedAt = dossier.sampledAt;
        if (auto ok = storage::DossierRepository::addSpecimen(tx, s, actor); !ok)
            return std::unexpected(ok.error());
        for (const QString &code : t.analysisCodes)
            for (LabResult *r : byCode.value(code))
                r->specimenId = s.id;
        out.newTubes << AllocatedTube{s, t.analysisCodes};
    }
    out.withoutContainer = plan.withoutContainer;
    return out;
}

} // namespace sgl::workflow::orders
