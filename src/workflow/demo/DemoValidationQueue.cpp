#include "workflow/demo/DemoValidationQueue.h"

#include "workflow/bench/TechnicalValidation.h"
#include "workflow/demo/DemoSteps.h"
#include "workflow/validation/BiologicalValidation.h"
#include "workflow/validation/ValidationActions.h"

namespace sgl::workflow {

using namespace Qt::StringLiterals;

namespace {

/** One dossier of the queue: ordered, its tubes received, `values` entered and validated technically. */
struct Prepared {
    domain::Dossier dossier;
    int results = 0;
};

domain::Result<Prepared> prepare(storage::Database &db, const QList<domain::Patient> &patients,
                                 const domain::UserSession &secretary, const domain::UserSession &technician,
                                 const QString &localId, const QStringList &exams, const QList<DemoSteps::Entry> &values,
                                 const QDateTime &sampledAt, const QMap<QString, QString> &answers = {},
                                 domain::Dossier::Priority priority = domain::Dossier::Priority::Routine)
{
    auto patient = DemoSteps::patientId(patients, localId);
    if (!patient)
        return std::unexpected(patient.error());
    auto change = DemoSteps::order(db, secretary, *patient, exams, answers, sampledAt, priority);
    if (!change)
        return std::unexpected(change.error());
    if (auto s = DemoSteps::receiveAll(db, technician, *change); !s)
        return std::unexpected(s.error());
    if (auto n = DemoSteps::enter(db, technician, change->dossier.id, values); !n)
        return std::unexpected(n.error());
    auto v = bench::TechnicalValidation(db, technician).dossier(change->dossier.id);
    if (!v)
        return std::unexpected(v.error());
    return Prepared{change->dossier, int(change->addedResults.size())};
}

} // namespace

domain::Result<DemoValidationQueue::Summary> DemoValidationQueue::seed(storage::Database &db,
                                                                       const QList<domain::Patient> &patients,
                                                                       const domain::UserSession &secretary,
                                                                       const domain::UserSession &technician,
                                                                       const domain::UserSession &biologist,
                                                                       const QDateTime &now)
{
    Summary summary;
    const auto count = [&](const Prepared &p) {
        ++summary.dossiers;
        summary.results += p.results;
    };
    const QMap<QString, QString> fasting{{u"FASTING"_s, u"oui"_s}};

    // 1. A critical potassium (above the catalogue's critical limit 6,5): validation is refused
    //    until the call-back to the prescriber is recorded.
    auto critical = prepare(db, patients, secretary, technician, u"DEMO-0003"_s, {u"IONO"_s},
                            {{"NA", "138"}, {"K", "6,9"}, {"CL", "101"}, {"BICAR", "24"}}, now.addSecs(-70 * 60), {},
                            domain::Dossier::Priority::Urgent);
    if (!critical)
        return std::unexpected(critical.error());
    count(*critical);

    // 2. A delta alert: CASANOVA's creatinine was 98 µmol/L yesterday (D-DEMO-0003).
    auto delta = prepare(db, patients, secretary, technician, u"DEMO-0002"_s, {u"CREAT"_s}, {{"CREA", "165"}},
                         now.addSecs(-3 * 3600));
    if (!delta)
        return std::unexpected(delta.error());
    count(*delta);
    summary.deltaDossierId = delta->dossier.id;

    // 3. Two clean dossiers for batch release: within range, no antériorité rule firing.
    auto glucose = prepare(db, patients, secretary, technician, u"DEMO-0007"_s, {u"GLY"_s}, {{"GLU", "5,2"}},
                           now.addSecs(-5 * 3600), fasting);
    if (!glucose)
        return std::unexpected(glucose.error());
    count(*glucose);
    auto crp = prepare(db, patients, secretary, technician, u"DEMO-0006"_s, {u"CRP"_s}, {{"CRP", "2,1"}},
                       now.addSecs(-4 * 3600 - 30 * 60));
    if (!crp)
        return std::unexpected(crp.error());
    count(*crp);

    validation::BiologicalValidation validation(db, biologist, report::IssueReportVersion());
    // 4. A partial dossier: the ionogram validated (partial report), the CRP to validate, the
    //    HbA1c still at the bench.
    auto partial = prepare(db, patients, secretary, technician, u"DEMO-0004"_s, {u"IONO"_s, u"CRP"_s, u"HBA1C"_s},
                           {{"NA", "139"}, {"K", "4,1"}, {"CL", "102"}, {"BICAR", "26"}, {"CRP", "1,2"}},
                           now.addSecs(-6 * 3600));
    if (!partial)
        return std::unexpected(partial.error());
    count(*partial);
    validation::ValidationRequest ionogram;
    ionogram.dossierId = partial->dossier.id;
    ionogram.analysisCodes = {u"NA"_s, u"K"_s, u"CL"_s, u"BICAR"_s};
    if (auto v = validation.validate(ionogram); !v)
        return std::unexpected(v.error());

    // 5. An amended report: validated, unvalidated with its reason, validated again (version 2).
    auto amended = prepare(db, patients, secretary, technician, u"DEMO-0001"_s, {u"CRP"_s}, {{"CRP", "3,4"}},
                           now.addSecs(-8 * 3600));
    if (!amended)
        return std::unexpected(amended.error());
    count(*amended);
    validation::ValidationRequest whole;
    whole.dossierId = amended->dossier.id;
    if (auto v = validation.validate(whole); !v)
        return std::unexpected(v.error());
    auto undone = validation::ValidationActions(db, biologist)
                      .unvalidate(amended->dossier.id, std::nullopt, {u"CRP"_s},
                                  u"Résultat transmis avant la fin du contrôle de qualité de la série"_s);
    if (!undone)
        return std::unexpected(undone.error());
    whole.amendmentReason = u"Contrôle de qualité de la série conforme : résultat confirmé"_s;
    if (auto v = validation.validate(whole); !v)
        return std::unexpected(v.error());
    return summary;
}

} // namespace sgl::workflow
