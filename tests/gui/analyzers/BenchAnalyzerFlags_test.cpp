// A value from an analyzer on the Paillasse (issue 11 §6 → issue 10's bench): the entry grid
// names the analyzer and shows the instrument's flags as sent, the worklist marks flagged values;
// a typed value shows nothing there.
#include "AnalyzerGuiFixture.h"

#include "app/bench/BenchServices.h"
#include "app/bench/BenchView.h"
#include "app/bench/ResultGridModel.h"
#include "app/bench/WorklistModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace sgl::app::test {
namespace {

class BenchAnalyzerFlagsTest : public AnalyzerGuiFixture {};

TEST_P(BenchAnalyzerFlagsTest, GridShowsAnalyzerAndInstrumentFlags)
{
    auto outcome = ingest(m_barcode, QStringLiteral("GLUC3"), QStringLiteral("12.5"), {QStringLiteral("H"), QStringLiteral("W")});
    ASSERT_EQ(outcome.items.size(), 1);
    ASSERT_EQ(outcome.items.first().fate, workflow::analyzers::ItemFate::Stored)
        << (outcome.items.first().reason ? outcome.items.first().reason->toString().toStdString() : std::string());
    BenchView v(m_services->bench(m_tech), m_tech, false);
    QAbstractItemModelTester grid(v.gridModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester worklist(v.worklistModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    v.resize(1366, 700);
    v.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&v));
    ASSERT_TRUE(v.openDossier(outcome.items.first().dossierId)) << v.messageText().toStdString();
    int row = -1;
    for (int i = 0; i < v.gridModel()->rowCount(); ++i)
        if (v.gridModel()->row(i).result.analysisCode == QStringLiteral("GLU"))
            row = i;
    ASSERT_GE(row, 0);
    EXPECT_EQ(v.gridModel()->index(row, ResultGridModel::InstrumentColumn).data().toString(),
              QStringLiteral("test-astm · H W"));
    EXPECT_TRUE(v.gridModel()->index(row, ResultGridModel::InstrumentColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("H, W")));
    EXPECT_EQ(v.gridModel()->headerData(ResultGridModel::InstrumentColumn, Qt::Horizontal).toString(),
              QStringLiteral("Automate"));

    bool marked = false;
    for (int i = 0; i < v.worklistModel()->rowCount(); ++i) {
        const QString state = v.worklistModel()->index(i, WorklistModel::StateColumn).data().toString();
        marked = marked || state.endsWith(QStringLiteral("⚑"));
    }
    EXPECT_TRUE(marked) << "the worklist marks the flagged value";

    domain::LabResult typed;
    EXPECT_TRUE(ResultGridModel::instrumentText(typed).isEmpty()) << "a typed value names no analyzer";
}

INSTANTIATE_TEST_SUITE_P(Backends, BenchAnalyzerFlagsTest, kBothBackends, sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
