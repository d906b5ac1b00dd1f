#include "workflow/demo/DemoWorkInProgress.h"

#include "workflow/demo/DemoSteps.h"
#include "workflow/bench/TechnicalValidation.h"
#include "workflow/specimens/SpecimenReception.h"

namespace sgl::workflow {

using namespace Qt::StringLiterals;

domain::Result<DemoWorkInProgress::Summary> DemoWorkInProgress::seed(storage::Database &db,
                                                                     const QList<domain::Patient> &patients,
                                                                     const domain::UserSession &secretary,
                                                                     const domain::UserSession &technician,
                                                                     const QDateTime &now)
{
    Summary summary;
    const auto count = [&](const orders::DossierChange &c) {
        ++summary.dossiers;
        summary.results += int(c.addedResults.size());
    };

    // 1. The secretary's: LEROY Lucas, sampled at the lab 20 minutes ago, tubes not yet received.
    auto leroy = DemoSteps::patientId(patients, u"DEMO-0005"_s);
    if (!leroy)
        return std::unexpected(leroy.error());
    auto awaiting = DemoSteps::order(db, secretary, *leroy, {u"NFS"_s, u"CRP"_s}, {}, now.addSecs(-20 * 60));
    if (!awaiting)
        return std::unexpected(awaiting.error());
    count(*awaiting);

    // 2. Reception: PETIT Emma, the dry tube arrives haemolysed.
    auto petit = DemoSteps::patientId(patients, u"DEMO-0006"_s);
    if (!petit)
        return std::unexpected(petit.error());
    auto haemolysed = DemoSteps::order(db, secretary, *petit, {u"IONO"_s, u"CREAT"_s}, {}, now.addSecs(-90 * 60));
    if (!haemolysed)
        return std::unexpected(haemolysed.error());
    count(*haemolysed);
    if (auto s = DemoSteps::receiveAll(db, technician, *haemolysed); !s)
        return std::unexpected(s.error());
    for (const orders::AllocatedTube &tube : haemolysed->newTubes) {
        if (tube.specimen.containerCode != u"SEC"_s)
            continue;
        // Haemolysis releases the red cells' potassium: K must be drawn again; the creatinine
        // (little affected) is performed with the reservation printed.
        QList<domain::NonConformity::Effect> effects{
            {u"K"_s, domain::NonConformity::Consequence::NewSampleRequested},
            {u"CREA"_s, domain::NonConformity::Consequence::PerformedWithReservation}};
        auto nc = specimens::SpecimenReception(db, technician)
                      .recordNonConformity(tube.specimen.id, domain::NonConformity::Reason::Haemolysed,
                                           u"Sérum rosé à la centrifugation"_s, effects);
        if (!nc)
            return std::unexpected(nc.error());
    }

    // 3. The technician's: BENALI Karim under anticoagulant, values entered, not yet validated.
    auto benali = DemoSteps::patientId(patients, u"DEMO-0004"_s);
    if (!benali)
        return std::unexpected(benali.error());
    auto entered = DemoSteps::order(db, secretary, *benali, {u"NFS"_s, u"TP"_s},
                         {{u"ANTICOAGULANT"_s, u"AVK : fluindione 20 mg/j"_s}}, now.addSecs(-150 * 60),
                         domain::Dossier::Priority::Urgent);
    if (!entered)
        return std::unexpected(entered.error());
    count(*entered);
    if (auto s = DemoSteps::receiveAll(db, technician, *entered); !s)
        return std::unexpected(s.error());
    const QList<DemoSteps::Entry> haemogram{{"GB", "6,8"},  {"GR", "4,10"}, {"HB", "12,9"}, {"HT", "38,5"},  {"VGM", "94"},
                                 {"TCMH", "31,5"}, {"CCMH", "33,5"}, {"IDR", "13,2"}, {"PLAQ", "212"}, {"VMP", "9,8"},
                                 {"PNN", "3,9"}, {"PNE", "0,2"},  {"PNB", "0,03"}, {"LYM", "2,1"}, {"MONO", "0,5"},
                                 {"TQ", "31,0"}, {"TPPC", "32"},  {"INR", "2,6"}};
    if (auto n = DemoSteps::enter(db, technician, entered->dossier.id, haemogram); !n)
        return std::unexpected(n.error());

    // 4. The biologist's: CASANOVA Pierre, fasting glucose and CRP, technically validated.
    auto casanova = DemoSteps::patientId(patients, u"DEMO-0002"_s);
    if (!casanova)
        return std::unexpected(casanova.error());
    auto validated = DemoSteps::order(db, secretary, *casanova, {u"GLY"_s, u"CRP"_s}, {{u"FASTING"_s, u"oui"_s}},
                           now.addSecs(-4 * 3600));
    if (!validated)
        return std::unexpected(validated.error());
    count(*validated);
    if (auto s = DemoSteps::receiveAll(db, technician, *validated); !s)
        return std::unexpected(s.error());
    if (auto n = DemoSteps::enter(db, technician, validated->dossier.id, {{"GLU", "7,4"}, {"CRP", "<1"}}); !n)
        return std::unexpected(n.error());
    if (auto v = bench::TechnicalValidation(db, technician).dossier(validated->dossier.id); !v)
        return std::unexpected(v.error());

    // 5. The analyzers': tubes received this morning and waiting on the haematology analyzer
    //    (ASTM) and the chemistry analyzer (HL7 LAW); the demo's simulators query them by barcode.
    const QList<std::pair<QString, QStringList>> forAnalyzers{
        {u"DEMO-0001"_s, {u"NFS"_s, u"IONO"_s, u"CREAT"_s}},
        {u"DEMO-0003"_s, {u"NFS"_s, u"GLY"_s, u"CRP"_s, u"BHEP"_s}},
        {u"DEMO-0007"_s, {u"NFS"_s, u"EAL"_s}},
    };
    int minutes = 50;
    for (const auto &[localId, exams] : forAnalyzers) {
        auto patient = DemoSteps::patientId(patients, localId);
        if (!patient)
            return std::unexpected(patient.error());
        auto work = DemoSteps::order(db, secretary, *patient, exams, {{u"FASTING"_s, u"oui"_s}}, now.addSecs(-minutes * 60));
        if (!work)
            return std::unexpected(work.error());
        count(*work);
        if (auto s = DemoSteps::receiveAll(db, technician, *work); !s)
            return std::unexpected(s.error());
        minutes += 10;
    }
    return summary;
}

} // namespace sgl::workflow
