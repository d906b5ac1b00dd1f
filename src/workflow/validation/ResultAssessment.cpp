#include "workflow/validation/ResultAssessment.h"

#include "domain/catalogue/RangeResolver.h"
#include "domain/validation/CriticalValue.h"
#include "workflow/Tr.h"

namespace sgl::workflow::validation {

using namespace sgl::domain;

QDateTime ResultAssessment::measuredAt(const LabResult &r)
{
    return r.observedAt.isValid() ? r.observedAt : r.enteredAt;
}

QDateTime ResultAssessment::collectedAt(const Dossier &dossier, const QList<Specimen> &tubes)
{
    if (dossier.sampledAt.isValid())
        return dossier.sampledAt;
    for (const Specimen &s : tubes)
        if (s.collectedAt.isValid())
            return s.collectedAt;
    return dossier.createdAt;
}

ResultAssessment ResultAssessment::assess(const Analysis *analysis, const LabResult &result, const Patient &patient,
                                          const QDate &collection, const QList<LabResult> &previous)
{
    ResultAssessment out;
    if (analysis)
        out.range = RangeResolver::resolve(analysis->ranges, patient.traits.sex, patient.traits.birthDate, collection);
    out.critical = CriticalValue::isCritical(result, out.range);
    if (!analysis) {
        out.delta.reason = Tr::tr("Analyse absente du catalogue : pas de contrôle delta.");
        return out;
    }
    QList<DeltaPrevious> before;
    for (const LabResult &old : previous)
        if (old.dossierId != result.dossierId)
            before << DeltaPrevious{old.value, measuredAt(old), old.id};
    out.delta = DeltaCheck::compare(*analysis, result.value, measuredAt(result), before);
    return out;
}

} // namespace sgl::workflow::validation
