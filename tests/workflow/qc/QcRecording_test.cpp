// QC lots and runs on both databases (issue 15 item 1): lots refused at save with the field named
// (SD 0, N < 2, retired analysis) and nothing written, manual entry refusing censored and
// non-numeric values, computed targets, two levels evaluated together, the rules of an analysis,
// and QC values recognised from analyzer traffic.

#include "QcTestSupport.h"

#include "domain/ErrorCodes.h"
#include "storage/AnalyzerMessageRepository.h"
#include "storage/AnalyzerQcResultRepository.h"
#include "storage/QcLotRepository.h"
#include "workflow/ErrorCodes.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using namespace sgl::domain::qc;
using workflow::qc::QcLotAdmin;
using workflow::qc::QcRunRecorder;
using workflow::qc::QcRunRequest;
using workflow::qc::QcValueInput;

class QcRecordingTest : public QcTest {
protected:
    QcLot draft()
    {
        QcLot l;
        l.materialId = material().id;
        l.lotNumber = QStringLiteral("L9");
        l.analyzer = kAnalyzer;
        l.analysisCode = kAnalysis;
        l.mean = 10.0;
        l.sd = 1.0;
        return l;
    }
};

TEST_P(QcRecordingTest, LotRefusedAtSaveWithTheFieldNamedAndNothingWritten)
{
    QcLot l = draft();
    const int audit = count(QStringLiteral("audit_log"));
    l.sd = 0.0;
    auto sdZero = QcLotAdmin(*m_db, tech()).saveLot(l);
    ASSERT_FALSE(sdZero);
    EXPECT_EQ(sdZero.error().code, QString(errc::QcSdZero));
    EXPECT_EQ(sdZero.error().location, QStringLiteral("sd"));

    l = draft();
    l.source = QcTargetSource::Computed;
    l.mean.reset();
    l.sd.reset();
    l.initialRuns = 1;
    auto fewRuns = QcLotAdmin(*m_db, tech()).saveLot(l);
    ASSERT_FALSE(fewRuns);
    EXPECT_EQ(fewRuns.error().code, QString(errc::QcInitialRuns));
    EXPECT_EQ(fewRuns.error().location, QStringLiteral("initialRuns"));

    l = draft();
    l.analysisCode = QStringLiteral("NOPE");
    auto unknown = QcLotAdmin(*m_db, tech()).saveLot(l);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QString(errc::QcMissingField));
    EXPECT_EQ(unknown.error().location, QStringLiteral("analysisCode"));

    auto forbidden = QcLotAdmin(*m_db, session(QStringLiteral("secretaire"))).saveLot(draft());
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));
    EXPECT_EQ(count(QStringLiteral("qc_lots"), QStringLiteral("analyzer = 'chimie-test'")), 0);
    EXPECT_EQ(count(QStringLiteral("audit_log")), audit);

    auto saved = QcLotAdmin(*m_db, bio()).saveLot(draft());
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    auto twice = QcLotAdmin(*m_db, bio()).saveLot(draft());
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, QString(storage::errc::Duplicate));
    QcLot edited = *saved;
    edited.sd = 0.0;
    EXPECT_EQ(QcLotAdmin(*m_db, bio()).saveLot(edited).error().code, QString(errc::QcSdZero));
    edited.sd = 2.0;
    edited.version = 99;
    EXPECT_EQ(QcLotAdmin(*m_db, bio()).saveLot(edited).error().code, QString(storage::errc::Conflict));
}

TEST_P(QcRecordingTest, ManualEntryRefusesBadValuesWholesale)
{
    const auto l = lot();
    const auto l2 = lot(QStringLiteral("L456"), 50.0, 5.0);
    QcRunRequest r;
    r.analyzer = kAnalyzer;
    r.analysisCode = kAnalysis;
    r.values = {QcValueInput{l.id, QStringLiteral("10"), 0}, QcValueInput{l2.id, QStringLiteral("<0,5"), 0}};
    auto censored = QcRunRecorder(*m_db, tech()).record(r);
    ASSERT_FALSE(censored);
    EXPECT_EQ(censored.error().code, QString(errc::QcCensoredValue));
    EXPECT_TRUE(censored.error().message.contains(QStringLiteral("L456")));
    r.values[1].valueText = QStringLiteral("trouble");
    EXPECT_EQ(QcRunRecorder(*m_db, tech()).record(r).error().code, QString(errc::QcNotANumber));
    r.values[1].valueText = QString();
    EXPECT_EQ(QcRunRecorder(*m_db, tech()).record(r).error().code, QString(errc::QcEmptyValue));
    r.values[1] = QcValueInput{999999, QStringLiteral("10"), 0};
    EXPECT_EQ(QcRunRecorder(*m_db, tech()).record(r).error().code, QString(workflow::errc::QcLotUnknown));
    r.values[1] = QcValueInput{l.id, QStringLiteral("10"), 0};
    EXPECT_EQ(QcRunRecorder(*m_db, tech()).record(r).error().code, QString(workflow::errc::QcLotUnknown));
    r.analysisCode = QStringLiteral("GLU"); // lot of another analysis
    r.values = {QcValueInput{l.id, QStringLiteral("10"), 0}};
    EXPECT_EQ(QcRunRecorder(*m_db, tech()).record(r).error().code, QString(workflow::errc::QcLotUnknown));
    r.values.clear();
    EXPECT_EQ(QcRunRecorder(*m_db, tech()).record(r).error().code, QString(workflow::errc::QcNoValue));
    r.analysisCode = kAnalysis;
    r.values = {QcValueInput{l.id, QStringLiteral("10"), 0}};
    auto forbidden = QcRunRecorder(*m_db, session(QStringLiteral("secretaire"))).record(r);
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));
    EXPECT_EQ(count(QStringLiteral("qc_runs"), QStringLiteral("analyzer = 'chimie-test'")), 0);
}

TEST_P(QcRecordingTest, TwoLevelsRunTogetherAreJudgedTogether)
{
    const auto l1 = lot();
    const auto l2 = lot(QStringLiteral("L456"), 50.0, 5.0);
    QcRunRequest r;
    r.analyzer = kAnalyzer;
    r.analysisCode = kAnalysis;
    r.values = {QcValueInput{l1.id, QStringLiteral("12,2"), 0}, QcValueInput{l2.id, QStringLiteral("39"), 0}};
    auto out = QcRunRecorder(*m_db, tech()).record(r);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->outcome, QcOutcome::Rejected);
    ASSERT_EQ(out->runs.size(), 2);
    EXPECT_EQ(out->runs[0].runGroup, out->runs[1].runGroup);
    EXPECT_TRUE(out->runs[0].rulesFired.contains(QStringLiteral("R-4s")));
    EXPECT_EQ(out->runs[1].reviewState, QStringLiteral("pending"));
    // Reviewing one level reviews the run.
    auto ok = workflow::qc::QcReview(*m_db, tech())
                  .review({out->runs[1].id, std::nullopt, workflow::qc::QcReviewRequest::Decision::Accept,
                           QStringLiteral("pipetage"), {}});
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    EXPECT_EQ(count(QStringLiteral("qc_runs"), QStringLiteral("review_state = 'accepted' AND analyzer = 'chimie-test'")), 2);
}

TEST_P(QcRecordingTest, RulesOfTheAnalysisAreApplied)
{
    const auto l = lot();
    ASSERT_TRUE(QcLotAdmin(*m_db, tech()).setRules(kAnalysis, {WestgardRule::W12s, WestgardRule::R22s}));
    auto rules = workflow::qc::QcQueries(*m_db, tech()).rules(kAnalysis);
    ASSERT_TRUE(rules);
    EXPECT_EQ(rules->size(), 2);
    auto out = run(l.id, QStringLiteral("13,5"), hoursAgo(1));
    ASSERT_TRUE(out);
    EXPECT_EQ(out->outcome, QcOutcome::Warning) << "1-3s is not applied to CRP any more";
    EXPECT_EQ(out->runs[0].reviewState, QStringLiteral("none"));
}

TEST_P(QcRecordingTest, ComputedLotEstablishesItsTargetFromTheFirstRuns)
{
    QcLot l = draft();
    l.source = QcTargetSource::Computed;
    l.mean.reset();
    l.sd.reset();
    l.initialRuns = 3;
    auto saved = QcLotAdmin(*m_db, tech()).saveLot(l);
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    for (const QString &v : {QStringLiteral("9"), QStringLiteral("10")}) {
        auto out = run(saved->id, v, hoursAgo(3));
        ASSERT_TRUE(out) << out.error().toString().toStdString();
        EXPECT_TRUE(out->establishing);
        EXPECT_EQ(out->runs[0].outcome, QStringLiteral("establishing"));
    }
    auto third = run(saved->id, QStringLiteral("11"), hoursAgo(2));
    ASSERT_TRUE(third);
    EXPECT_EQ(third->runs[0].outcome, QStringLiteral("establishing"));
    auto view = workflow::qc::QcQueries(*m_db, tech()).lot(saved->id);
    ASSERT_TRUE(view) << view.error().toString().toStdString();
    ASSERT_TRUE(view->lot.established());
    EXPECT_DOUBLE_EQ(*view->lot.mean, 10.0);
    EXPECT_DOUBLE_EQ(*view->lot.sd, 1.0);
    EXPECT_EQ(view->runs.size(), 3);
    auto fourth = run(saved->id, QStringLiteral("13,5"), hoursAgo(1));
    ASSERT_TRUE(fourth);
    EXPECT_EQ(fourth->outcome, QcOutcome::Rejected);
}

TEST_P(QcRecordingTest, QcValuesFromAnalyzerTrafficBecomeRuns)
{
    const auto l = lot();
    const LabResult patient = enteredCrp(hoursAgo(2));
    const AuditActor gateway = AuditActor::system(QStringLiteral("gateway"), QStringLiteral("t"));
    auto items = m_db->write([&](storage::WriteTx &tx) -> Result<QList<workflow::qc::QcTrafficItem>> {
        storage::AnalyzerMessageRow m;
        m.profileName = kAnalyzer;
        m.protocol = QStringLiteral("astm");
        m.raw = QByteArrayLiteral("H|\\^&\rL|1\r");
        m.digest = QStringLiteral("d1");
        m.receivedAt = m.processedAt = QDateTime::currentDateTimeUtc();
        if (auto s = storage::AnalyzerMessageRepository::insert(tx, m); !s)
            return std::unexpected(s.error());
        const QList<std::pair<QString, QString>> rows{{QStringLiteral("L123"), QStringLiteral("14")},  // 4 SD
                                                      {QStringLiteral("L999"), QStringLiteral("10")},  // no such lot
                                                      {QStringLiteral("L123"), QStringLiteral("<1")}}; // censored
        for (const auto &[lotNumber, value] : rows) {
            storage::AnalyzerQcRow q;
            q.messageId = m.id;
            q.profileName = kAnalyzer;
            q.specimenId = QStringLiteral("QC1");
            q.lot = lotNumber;
            q.testCode = QStringLiteral("CRP");
            q.analysisCode = kAnalysis;
            q.valueText = value;
            q.observedAt = hoursAgo(1);
            if (auto s = storage::AnalyzerQcResultRepository::insert(tx, q); !s)
                return std::unexpected(s.error());
        }
        return QcRunRecorder::fromMessageIn(tx, m.id, gateway);
    });
    ASSERT_TRUE(items) << items.error().toString().toStdString();
    ASSERT_EQ(items->size(), 3);
    EXPECT_NE((*items)[0].runId, 0);
    EXPECT_FALSE((*items)[0].skipped);
    ASSERT_TRUE((*items)[1].skipped);
    EXPECT_EQ((*items)[1].skipped->code, QString(workflow::errc::QcLotUnknown));
    ASSERT_TRUE((*items)[2].skipped);
    EXPECT_EQ((*items)[2].skipped->code, QString(errc::QcCensoredValue));
    EXPECT_EQ(count(QStringLiteral("qc_runs"), QStringLiteral("source = 'analyzer' AND qc_result_id IS NOT NULL")), 1);
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = 'qc.skipped'")), 2);
    EXPECT_EQ(count(QStringLiteral("qc_runs"), QStringLiteral("source = 'analyzer'")), 1);
    EXPECT_TRUE(held({patient.id}).contains(patient.id));
}

INSTANTIATE_TEST_SUITE_P(Backends, QcRecordingTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
