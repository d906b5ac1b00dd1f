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

    // 4. Two blood counts sampled together in the lab at 08:15, their tubes swapped: MARTIN's
    //    tube holds PETIT's blood (far from MARTIN's counts of yesterday, the delta score holds it),
    //    PETIT's — no history, all within limits — holds MARTIN's: only the series cross-check
    //    (SYS.ECHANGE) keeps it from auto-validation, naming MARTIN's dossier.
    const QDateTime morning = now.addSecs(-(6 * 3600 + 40 * 60));
    auto swappedMartin = prepare(db, patients, secretary, technician, u"DEMO-0001"_s, {u"NFS"_s},
                                 {{"GB", "5,1"}, {"GR", "4,80"}, {"HB", "14,6"}, {"HT", "43,5"}, {"VGM", "90,6"},
                                  {"TCMH", "30,4"}, {"CCMH", "33,6"}, {"IDR", "12,5"}, {"PLAQ", "320"}, {"VMP", "9,8"},
                                  {"PNN", "2,90"}, {"PNE", "0,15"}, {"PNB", "0,03"}, {"LYM", "1,60"}, {"MONO", "0,42"}},
                                 morning);
    if (!swappedMartin)
        return std::unexpected(swappedMartin.error());
    count(*swappedMartin);
    auto swappedPetit = prepare(db, patients, secretary, technician, u"DEMO-0006"_s, {u"NFS"_s},
                                {{"GB", "7,0"}, {"GR", "4,14"}, {"HB", "12,0"}, {"HT", "36,5"}, {"VGM", "88,2"},
                                 {"TCMH", "29,0"}, {"CCMH", "32,9"}, {"IDR", "13,1"}, {"PLAQ", "250"}, {"VMP", "10,2"},
                                 {"PNN", "4,20"}, {"PNE", "0,20"}, {"PNB", "0,04"}, {"LYM", "2,10"}, {"MONO", "0,46"}},
                                morning.addSecs(120));
    if (!swappedPetit)
        return std::unexpected(swappedPetit.error());
    count(*swappedPetit);
    summary.swappedDossierId = swappedPetit->dossier.id;

    validation::BiologicalValidation validation(db, biologist, report::IssueReportVersion());
    // 5. A partial dossier: the ionogram validated (partial report), the CRP to validate, the
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

    // 6. An amended report: validated, unvalidated with its reason, validated again (version 2).
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
