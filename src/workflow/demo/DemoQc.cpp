#include "workflow/demo/DemoQc.h"

#include "domain/analyzer/MappedMessage.h"
#include "workflow/analyzers/AnalyzerIngestion.h"
#include "workflow/demo/DemoSteps.h"
#include "workflow/qc/QcLotAdmin.h"
#include "workflow/qc/QcRunRecorder.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sgl::workflow {

using namespace sgl::domain;
using namespace sgl::domain::qc;

namespace {

const QString kAnalyzer = u"cobas-demo"_s;

Result<QcLot> lot(qc::QcLotAdmin &admin, qint64 material, const QString &number, const QString &analysis,
                  const QString &unit, double mean, double sd, const QDate &expiry)
{
    QcLot l;
    l.materialId = material;
    l.lotNumber = number;
    l.analyzer = kAnalyzer;
    l.analysisCode = analysis;
    l.unit = unit;
    l.mean = mean;
    l.sd = sd;
    l.expiresOn = expiry;
    return admin.saveLot(l);
}

} // namespace

Result<int> DemoQc::seed(storage::Database &db, const QList<Patient> &patients, const UserSession &secretary,
                         const UserSession &technician, const QDateTime &now)
{
    qc::QcLotAdmin admin(db, technician);
    auto level1 = admin.saveMaterial(QcMaterial{0, u"LQ-CHIM-1"_s, u"Liquichek Chimie"_s, u"Bio-Rad"_s, u"1"_s, true, 0});
    if (!level1)
        return std::unexpected(level1.error());
    auto level2 = admin.saveMaterial(QcMaterial{0, u"LQ-CHIM-2"_s, u"Liquichek Chimie"_s, u"Bio-Rad"_s, u"2"_s, true, 0});
    if (!level2)
        return std::unexpected(level2.error());
    const QDate expiry = now.date().addMonths(8);
    auto glu1 = lot(admin, level1->id, u"26041"_s, u"GLU"_s, u"mmol/L"_s, 5.5, 0.15, expiry);
    if (!glu1)
        return std::unexpected(glu1.error());
    auto glu2 = lot(admin, level2->id, u"26042"_s, u"GLU"_s, u"mmol/L"_s, 16.5, 0.45, expiry);
    if (!glu2)
        return std::unexpected(glu2.error());
    auto crp = lot(admin, level1->id, u"26051"_s, u"CRP"_s, u"mg/L"_s, 10.0, 0.6, expiry);
    if (!crp)
        return std::unexpected(crp.error());

    // A week of morning controls, in control (z within ±2), glucose with a 1-2s warning on day 3.
    qc::QcRunRecorder recorder(db, technician);
    const QList<double> zGlu1{0.3, -0.6, 2.3, 0.8, -0.2, 0.5, -1.1};
    const QList<double> zGlu2{-0.4, 0.2, 0.9, -0.7, 1.2, -0.3, 0.1};
    const QList<double> zCrp{0.4, -0.9, 0.6, 1.1, -0.5, 0.2, -1.4};
    int runs = 0;
    for (int day = 0; day < 7; ++day) {
        const QDateTime at = QDateTime(now.date().addDays(day - 7), QTime(7, 30), QTimeZone::utc());
        qc::QcRunRequest glucose{kAnalyzer, u"GLU"_s,
                                 {qc::QcValueInput{glu1->id, formatQcNumber(5.5 + zGlu1[day] * 0.15), 0},
                                  qc::QcValueInput{glu2->id, formatQcNumber(16.5 + zGlu2[day] * 0.45), 0}},
                                 at, u"manual"_s, {}, {}};
        if (auto r = recorder.record(glucose); !r)
            return std::unexpected(r.error());
        qc::QcRunRequest protein{kAnalyzer, u"CRP"_s,
                                 {qc::QcValueInput{crp->id, formatQcNumber(10.0 + zCrp[day] * 0.6), 0}},
                                 at.addSecs(300), u"manual"_s, {}, {}};
        if (auto r = recorder.record(protein); !r)
            return std::unexpected(r.error());
        runs += 3;
    }

    // A CRP measured by the chemistry analyzer this morning, then a control rejected by 1-3s.
    auto santoni = DemoSteps::patientId(patients, u"DEMO-0003"_s);
    if (!santoni)
        return std::unexpected(santoni.error());
    auto work = DemoSteps::order(db, secretary, *santoni, {u"CRP"_s}, {}, now.addSecs(-3 * 3600));
    if (!work)
        return std::unexpected(work.error());
    if (auto s = DemoSteps::receiveAll(db, technician, *work); !s)
        return std::unexpected(s.error());
    QString barcode;
    for (const auto &t : work->newTubes)
        if (t.analysisCodes.contains(u"CRP"_s))
            barcode = t.specimen.barcode;
    analyzer::MappedResult value;
    value.specimenId = barcode;
    value.testCode = u"CRP"_s;
    value.analysisCode = u"CRP"_s;
    value.valueText = u"48"_s;
    value.observedAt = now.addSecs(-50 * 60);
    value.raw.value = value.valueText;
    analyzers::IngestInput input;
    input.profileName = kAnalyzer;
    input.raw = u"DEMO|CRP|%1|48|mg/L"_s.arg(barcode).toUtf8();
    input.peer = u"demo"_s;
    input.receivedAt = now.addSecs(-49 * 60);
    input.mapped.raw.protocol = analyzer::AnalyzerProtocol::Hl7;
    input.mapped.results << value;
    auto ingested = analyzers::AnalyzerIngestion(db, AuditActor::fromSession(technician)).ingest(input);
    if (!ingested)
        return std::unexpected(ingested.error());
    qc::QcRunRequest rejected{kAnalyzer, u"CRP"_s, {qc::QcValueInput{crp->id, u"12,1"_s, 0}},
                              now.addSecs(-30 * 60), u"manual"_s, {}, u"Contrôle de 9 h"_s};
    if (auto r = recorder.record(rejected); !r)
        return std::unexpected(r.error());
    return runs + 1;
}

} // namespace sgl::workflow
