// The « Contrôle qualité » screen offscreen on the demo database: lots and runs models (under
// QAbstractItemModelTester), the Levey-Jennings chart (series built, violations marked in red
// with the rule), the review dialog (refusal without reason, acceptance releasing the hold), the
// manual entry refusing a censored value, and the lot editor refusing an SD of 0.

#include "GuiTestApp.h"
#include "QcTestSupport.h"

#include "app/bench/WorklistModel.h"
#include "app/qc/LeveyJenningsChart.h"
#include "app/qc/QcEntryDialog.h"
#include "app/qc/QcLotDialog.h"
#include "app/qc/QcLotListModel.h"
#include "app/qc/QcReviewDialog.h"
#include "app/qc/QcServices.h"
#include "app/qc/QcView.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QScatterSeries>

namespace sgl::testing {
namespace {

using namespace sgl::app;

class QcViewTest : public QcTest {
protected:
    void SetUp() override
    {
        app::test::guiApp();
        QcTest::SetUp();
    }
    std::unique_ptr<QcServices> services(const domain::UserSession &s) { return std::make_unique<QcServices>(*m_db, s); }

    qint64 demoLot(const QString &number)
    {
        auto lots = QcServices(*m_db, tech()).queries().lots();
        EXPECT_TRUE(lots);
        for (const auto &v : lots.value_or(QList<workflow::qc::QcLotView>{}))
            if (v.lot.lotNumber == number)
                return v.lot.id;
        ADD_FAILURE() << "no demo lot " << number.toStdString();
        return 0;
    }
};

TEST_P(QcViewTest, ScreenListsTheDemoLotsAndDrawsTheLeveyJenningsChart)
{
    QcView view(services(tech()), tech(), false);
    view.resize(1366, 700);
    QAbstractItemModelTester lotTester(view.lotModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester runTester(view.runModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(view.lotModel()->rowCount(), 3);
    EXPECT_EQ(view.pendingReviewCount(), 1);

    view.showLot(demoLot(QStringLiteral("26051"))); // CRP: 7 runs in control + the rejected one
    LeveyJenningsChart *chart = view.chart();
    EXPECT_EQ(chart->valueCount(), 8);
    EXPECT_EQ(chart->limitLineCount(), 7); // mean, ±1, ±2, ±3 SD
    ASSERT_EQ(chart->rejections().size(), 1);
    EXPECT_EQ(chart->rejections().first()->color(), QColor(Qt::red));
    EXPECT_EQ(chart->rejections().first()->pointLabelsFormat(), QStringLiteral("1-2s, 1-3s"));
    EXPECT_TRUE(chart->warnings().isEmpty());
    EXPECT_EQ(view.runModel()->rowCount(), 8);
    EXPECT_EQ(view.runModel()->data(view.runModel()->index(0, QcRunListModel::Review)).toString(), QStringLiteral("à revoir"));

    view.showLot(demoLot(QStringLiteral("26041"))); // glucose level 1: one 1-2s warning
    EXPECT_EQ(chart->valueCount(), 7);
    EXPECT_TRUE(chart->rejections().isEmpty());
    ASSERT_EQ(chart->warnings().size(), 1);
    EXPECT_EQ(chart->markLabels(), QStringList{QStringLiteral("1-2s")});
}

TEST_P(QcViewTest, ReviewDialogRefusesWithoutReasonThenReleasesTheHold)
{
    auto s = services(tech());
    auto pending = s->queries().pendingReviews();
    ASSERT_TRUE(pending && pending->size() == 1);
    auto review = s->queries().review(pending->first().run.id);
    ASSERT_TRUE(review) << review.error().toString().toStdString();
    ASSERT_EQ(review->holds.size(), 1);
    const qint64 heldResult = review->holds.first().resultId;
    EXPECT_TRUE(held({heldResult}).contains(heldResult));

    QcReviewDialog dialog(*s, *review);
    EXPECT_EQ(dialog.heldRowCount(), 1);
    EXPECT_FALSE(dialog.submit());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_TRUE(held({heldResult}).contains(heldResult));
    dialog.setReason(QStringLiteral("Contrôle repassé : 10,2 mg/L"));
    dialog.setComment(QStringLiteral("flacon ouvert depuis 8 jours"));
    ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();
    ASSERT_TRUE(dialog.outcome());
    EXPECT_EQ(dialog.outcome()->released, 1);
    EXPECT_FALSE(held({heldResult}).contains(heldResult));

    QcView view(services(tech()), tech(), false);
    EXPECT_EQ(view.pendingReviewCount(), 0);
}

TEST_P(QcViewTest, ManualEntryRefusesACensoredValueAndRecordsAGoodOne)
{
    auto s = services(tech());
    auto lots = s->queries().lots();
    ASSERT_TRUE(lots);
    const qint64 level1 = demoLot(QStringLiteral("26041"));
    const qint64 level2 = demoLot(QStringLiteral("26042"));
    QcEntryDialog dialog(*s, *lots);
    dialog.selectLot(level1);
    ASSERT_TRUE(dialog.setValue(level1, QStringLiteral("<0,5")));
    ASSERT_TRUE(dialog.setValue(level2, QStringLiteral("16,4")));
    EXPECT_FALSE(dialog.submit());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("26041"))) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("censurée")));
    ASSERT_TRUE(dialog.setValue(level1, QStringLiteral("5,6")));
    ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();
    ASSERT_TRUE(dialog.outcome());
    EXPECT_EQ(dialog.outcome()->runs.size(), 2);
    EXPECT_EQ(dialog.outcome()->outcome, domain::qc::QcOutcome::Accepted);
}

TEST_P(QcViewTest, LotEditorRefusesSdZeroNamingTheField)
{
    auto s = services(tech());
    QcLotDialog dialog(*s, {});
    dialog.setNewMaterial(QStringLiteral("CTRL-NEW"), QStringLiteral("Nouveau contrôle"), QStringLiteral("1"));
    dialog.lineEdit(QStringLiteral("lotNumber"))->setText(QStringLiteral("L777"));
    dialog.lineEdit(QStringLiteral("analyzer"))->setText(QStringLiteral("cobas-demo"));
    dialog.lineEdit(QStringLiteral("analysisCode"))->setText(QStringLiteral("crp"));
    dialog.lineEdit(QStringLiteral("mean"))->setText(QStringLiteral("10"));
    dialog.lineEdit(QStringLiteral("sd"))->setText(QStringLiteral("0"));
    EXPECT_FALSE(dialog.submit());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("écart-type"))) << dialog.errorText().toStdString();
    EXPECT_EQ(count(QStringLiteral("qc_materials"), QStringLiteral("code = 'CTRL-NEW'")), 0) << "nothing saved";
    dialog.lineEdit(QStringLiteral("sd"))->setText(QStringLiteral("0,6"));
    ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();
    ASSERT_TRUE(dialog.saved());
    EXPECT_EQ(dialog.saved()->analysisCode, QStringLiteral("CRP"));
    EXPECT_DOUBLE_EQ(*dialog.saved()->sd, 0.6);
}

TEST_P(QcViewTest, WorklistMarksTheResultsHeldByQc)
{
    // The demo's CRP of SANTONI Marie is held by the rejected CRP control.
    auto pending = QcServices(*m_db, tech()).queries().pendingReviews();
    ASSERT_TRUE(pending && pending->size() == 1);
    auto review = QcServices(*m_db, tech()).queries().review(pending->first().run.id);
    ASSERT_TRUE(review && review->holds.size() == 1);
    workflow::bench::WorklistItem heldItem;
    heldItem.resultId = review->holds.first().resultId;
    heldItem.analysisCode = QStringLiteral("CRP");
    heldItem.state = domain::ValidationState::Entered;
    workflow::bench::WorklistItem freeItem = heldItem;
    freeItem.resultId = heldItem.resultId + 100000;
    WorklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setItems({heldItem, freeItem});
    auto holds = QcServices(*m_db, tech()).queries().held({heldItem.resultId, freeItem.resultId});
    ASSERT_TRUE(holds);
    model.setQcHolds(*holds);
    EXPECT_TRUE(model.data(model.index(0, WorklistModel::StateColumn)).toString().endsWith(QStringLiteral("retenu CQ")));
    EXPECT_TRUE(model.data(model.index(0, WorklistModel::StateColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("CQ rejeté : CRP, lot 26051, règle 1-3s")));
    EXPECT_FALSE(model.data(model.index(1, WorklistModel::StateColumn)).toString().contains(QStringLiteral("CQ")));
    EXPECT_TRUE(model.qcHold(1).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, QcViewTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
