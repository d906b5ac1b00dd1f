#include "workflow/autoval/AutovalInputBuilder.h"

#include "domain/validation/ReleaseCheck.h"
#include "storage/DossierRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/validation/ResultAssessment.h"

#include <QSet>

namespace sgl::workflow::autoval {

using namespace sgl::domain;
namespace av = sgl::domain::autoval;

namespace {

constexpr int kPreviousValues = 10;

void index(av::SerumIndices &indices, const LabResult &r)
{
    const std::optional<double> number = r.value.toDouble();
    if (r.value.kind != ResultValue::Kind::Numeric || !number || r.value.comparator != Comparator::None)
        return;
    const double v = *number;
    if (r.analysisCode == QStringLiteral("IH"))
        indices.haemolysis = v;
    else if (r.analysisCode == QStringLiteral("II"))
        indices.icterus = v;
    else if (r.analysisCode == QStringLiteral("IL"))
        indices.lipaemia = v;
}

} // namespace

QString AutovalInputBuilder::collectionSeries(const Dossier &d)
{
    switch (d.samplerKind) {
    case Dossier::SamplerKind::Laboratory:
        return QStringLiteral("lab");
    case Dossier::SamplerKind::HomeNurse:
        return d.samplerName.trimmed().isEmpty() ? QString()
                                                 : QStringLiteral("home_nurse:") + d.samplerName.simplified().toUpper();
    case Dossier::SamplerKind::Ward:
        return d.ward.trimmed().isEmpty() ? QString() : QStringLiteral("ward:") + d.ward.simplified().toUpper();
    }
    return {};
}

Result<av::DossierInput> AutovalInputBuilder::build(storage::WriteTx &tx, const validation::DossierFacts &f,
                                                         const storage::ActionAudit &action, const QcHoldSource &qc,
                                                         Previous previous)
{
    av::DossierInput in;
    in.dossierNumber = f.dossier.number;
    if (f.patient.traits.sex != Sex::Unknown)
        in.sex = f.patient.traits.sex;
    in.birthDate = f.patient.traits.birthDate;
    in.origin = originCode(f.dossier.origin);
    in.ward = f.dossier.origin == Dossier::Origin::Ward ? f.dossier.ward : QString();
    auto tubes = storage::DossierRepository::specimens(tx, f.dossier.id);
    if (!tubes)
        return std::unexpected(tubes.error());
    in.collectionDate = validation::ResultAssessment::collectedAt(f.dossier, *tubes).toLocalTime().date();
    // The series cross-check needs the recorded sampling time (dossiers.sampled_at, how its
    // neighbours are found), never the registration's.
    in.collectedAt = f.dossier.sampledAt;
    in.collectionSeries = collectionSeries(f.dossier);
    in.patientKey = QString::number(f.dossier.patientId);

    // The antériorités of every numeric analysis still to validate (or, for a neighbour's series
    // cross-check, of every numeric analysis), in one query.
    QStringList codes;
    QList<qint64> ids;
    QDateTime latest;
    for (const LabResult &r : f.results) {
        if (r.state == ValidationState::Cancelled)
            continue;
        ids << r.id;
        const bool wanted = previous == Previous::AllNumeric || r.state != ValidationState::Validated;
        if (!wanted || r.value.kind != ResultValue::Kind::Numeric || codes.contains(r.analysisCode))
            continue;
        codes << r.analysisCode;
        const QDateTime at = validation::ResultAssessment::measuredAt(r);
        if (at.isValid() && (!latest.isValid() || at > latest))
            latest = at;
    }
    QHash<QString, QList<LabResult>> previousOf;
    if (!codes.isEmpty()) {
        auto all = storage::ResultRepository::historyUnaudited(tx, f.dossier.patientId, codes, f.dossier.id, latest,
                                                               kPreviousValues, action);
        if (!all)
            return std::unexpected(all.error());
        previousOf = *all;
    }
    auto held = qc.heldResults(tx, ids);
    if (!held)
        return std::unexpected(held.error());

    for (const LabResult &r : f.results) {
        if (r.state == ValidationState::Cancelled)
            continue;
        index(in.indices, r);
        const Analysis *a = f.catalogue ? f.catalogue->analysis(r.analysisCode) : nullptr;
        const QList<LabResult> earlier = previousOf.value(r.analysisCode);
        const validation::ResultAssessment assessed = validation::ResultAssessment::assess(a, r, f.patient, in.collectionDate, earlier);
        av::ResultInput ri;
        ri.resultId = r.id;
        ri.analysisCode = r.analysisCode;
        ri.analysisLabel = a ? a->label : r.analysisCode;
        ri.value = r.value;
        if (a) {
            ri.analysisUnit = a->unit;
            ri.secondUnit = a->secondUnit;
            ri.secondUnitFactor = a->secondUnitFactor;
        }
        if (assessed.range) {
            ri.referenceLow = assessed.range->low;
            ri.referenceHigh = assessed.range->high;
            ri.criticalLow = assessed.range->criticalLow;
            ri.criticalHigh = assessed.range->criticalHigh;
        }
        ri.flag = r.flag;
        ri.state = r.state;
        ri.critical = f.criticalResults.contains(r.id);
        ri.callBackPending = ri.critical && !f.calledBack.contains(r.id);
        ri.analyzerFlags = r.instrumentFlags;
        ri.qcHeld = held->contains(r.id);
        ri.qcReason = held->value(r.id);
        ri.edited = ReleaseCheck::wasEdited(f.history.value(r.id));
        ri.observedAt = validation::ResultAssessment::measuredAt(r);
        for (const LabResult &p : earlier)
            ri.previous << av::PreviousValue{p.value, validation::ResultAssessment::measuredAt(p)};
        in.results << ri;
    }
    for (const NonConformity &n : f.nonConformities) {
        av::NonConformityInput nc;
        nc.reasonCode = nonConformityReasonCode(n.reason);
        nc.reasonLabel = nonConformityReasonLabel(n.reason);
        if (!n.comment.trimmed().isEmpty())
            nc.reasonLabel += QStringLiteral(" : ") + n.comment.trimmed();
        for (const NonConformity::Effect &e : n.effects)
            nc.analysisCodes << e.analysisCode;
        in.nonConformities << nc;
    }
    for (const ReflexProposal &p : f.pendingReflexes)
        in.pendingReflexes << QStringLiteral("%1 (%2)").arg(p.ruleLabel, p.reason);
    return in;
}

} // namespace sgl::workflow::autoval
