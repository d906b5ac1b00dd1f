// The Validation screen over the use cases (issue 12, gaps on the screens), both databases: the
// pre-loaded next dossier leaves no audit row until it is shown, then exactly one; the "Appels"
// tab and the results' state show "appel à faire" until the call-back is recorded; "Ajouter une
// analyse" offers the workflow's list in a picker and adds the chosen analysis.

#include "ValidationGuiFixture.h"

#include "app/validation/AddAnalysisDialog.h"
#include "app/validation/CallBackListModel.h"
#include "app/validation/ValidationCommands.h"
#include "app/validation/ValidationDialogs.h"
#include "app/validation/ValidationQueueModel.h"
#include "app/validation/ValidationResultsModel.h"
#include "storage/DossierClaimRepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace sgl::app::test {
namespace {

using namespace sgl::domain;

class ValidationViewReadsTest : public ValidationGuiTest {
protected:
    int opens(qint64 dossierId)
    {
        return count(QStringLiteral("audit_log"), QStringLiteral("action = ? AND entity_id = ?"),
                     {QStringLiteral("dossier.open"), QString::number(dossierId)});
    }
    QString tabTitle(ValidationView &v, const char *objectName)
    {
        auto *tabs = v.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        auto *page = v.findChild<QWidget *>(QString::fromLatin1(objectName));
        return tabs && page ? tabs->tabText(tabs->indexOf(page)) : QString();
    }
};

TEST_P(ValidationViewReadsTest, PreloadedDossierIsAuditedOnlyWhenShown)
{
    const Dossier first = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}}, Dossier::Priority::Urgent);
    const Dossier second = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("4")}}, Dossier::Priority::Urgent);
    ValidationView &v = view();
    const auto *queue = v.queueModel();
    ASSERT_TRUE(v.openDossier(first.id)) << v.messageText().toStdString();
    const int next = queue->rowOf(first.id) + 1;
    ASSERT_LT(next, queue->rowCount());
    const qint64 nextId = queue->row(next).dossierId;
    const int before = opens(nextId); // the pre-load runs once events are processed
    ASSERT_TRUE(waitUntil([&] { return v.preloadedDossierId() == nextId; }));
    EXPECT_EQ(opens(first.id), 1);
    EXPECT_EQ(opens(nextId), before) << "pre-loaded, not looked at: no dossier.open row";

    ASSERT_TRUE(v.openNext()) << v.messageText().toStdString();
    ASSERT_EQ(v.dossier()->dossierId, nextId);
    EXPECT_EQ(opens(nextId), before + 1) << "shown: exactly one row";
    EXPECT_GT(v.dossier()->auditSeq, 0);
    EXPECT_GE(queue->rowOf(second.id), 0);
}

TEST_P(ValidationViewReadsTest, StalePreloadIsReadAgainWhenShown)
{
    const Dossier first = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}}, Dossier::Priority::Urgent);
    const Dossier second = ready({QStringLiteral("IONO")}, normalIono(QStringLiteral("7,0")), Dossier::Priority::Urgent);
    ValidationView &v = view();
    const auto *queue = v.queueModel();
    ASSERT_TRUE(v.openDossier(first.id));
    const int next = queue->rowOf(first.id) + 1;
    ASSERT_LT(next, queue->rowCount());
    const qint64 nextId = queue->row(next).dossierId;
    const int before = opens(nextId);
    ASSERT_TRUE(waitUntil([&] { return v.preloadedDossierId() == nextId; }));
    // Another workstation acts on it meanwhile (its version moves).
    const int stored = dossierOf(nextId).version;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) -> Status {
        auto claimed = storage::DossierClaimRepository::claim(tx, nextId, stored);
        return claimed ? Status{} : Status(std::unexpected(claimed.error()));
    }));
    ASSERT_TRUE(v.openNext()) << v.messageText().toStdString();
    EXPECT_EQ(opens(nextId), before + 1) << "the stale pre-load wrote nothing; the fresh read wrote its row";
    EXPECT_GE(queue->rowOf(second.id), 0);
    EXPECT_EQ(v.dossier()->version, dossierOf(nextId).version) << "what is shown is what is stored";
}

TEST_P(ValidationViewReadsTest, CallBacksTabShowsWhatIsToDoThenTheRecord)
{
    const Dossier d = ready({QStringLiteral("IONO")}, normalIono(QStringLiteral("7,0")));
    ValidationView &v = view();
    QAbstractItemModelTester tester(v.callBackModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(v.openDossier(d.id));
    const CallBackListModel *calls = v.callBackModel();
    ASSERT_EQ(calls->rowCount(), 1);
    EXPECT_EQ(calls->index(0, CallBackListModel::OutcomeColumn).data().toString(), QStringLiteral("Appel à faire"));
    EXPECT_TRUE(calls->index(0, CallBackListModel::AnalysisColumn).data().toString().contains(QStringLiteral("(K)")));
    EXPECT_EQ(tabTitle(v, "callBacksTable"), QStringLiteral("Appels (1 à faire)"));
    // Beside the result itself: its state says what blocks it.
    const QModelIndex k = v.resultsModel()->indexOfAnalysis(QStringLiteral("K"));
    ASSERT_TRUE(k.isValid());
    const QModelIndex state = v.resultsModel()->index(k.row(), ValidationResultsModel::StateColumn, k.parent());
    EXPECT_EQ(state.data().toString(), QStringLiteral("Appel à faire"));
    const QModelIndex na = v.resultsModel()->indexOfAnalysis(QStringLiteral("NA"));
    EXPECT_NE(v.resultsModel()->index(na.row(), ValidationResultsModel::StateColumn, na.parent()).data().toString(),
              QStringLiteral("Appel à faire"));

    workflow::validation::CallBackRequest c;
    c.analysisCode = QStringLiteral("K");
    c.calledName = QStringLiteral("IDE service cardiologie");
    c.method = CallBack::Method::Phone;
    c.readBack = true;
    ASSERT_TRUE(v.recordCallBack(c)) << v.messageText().toStdString();
    ASSERT_EQ(calls->rowCount(), 1);
    EXPECT_EQ(calls->index(0, CallBackListModel::CalledColumn).data().toString(), QStringLiteral("IDE service cardiologie"));
    EXPECT_EQ(calls->index(0, CallBackListModel::MethodColumn).data().toString(), QStringLiteral("Téléphone"));
    EXPECT_EQ(calls->index(0, CallBackListModel::OutcomeColumn).data().toString(), QStringLiteral("Relecture confirmée"));
    EXPECT_EQ(calls->index(0, CallBackListModel::ByColumn).data().toString(), QStringLiteral("biologiste"));
    EXPECT_EQ(tabTitle(v, "callBacksTable"), QStringLiteral("Appels (1)"));
    const QModelIndex k2 = v.resultsModel()->indexOfAnalysis(QStringLiteral("K"));
    const QModelIndex state2 = v.resultsModel()->index(k2.row(), ValidationResultsModel::StateColumn, k2.parent());
    EXPECT_EQ(state2.data().toString(), QStringLiteral("À valider"));
    EXPECT_TRUE(state2.data(Qt::ToolTipRole).toString().contains(QStringLiteral("IDE service cardiologie")));
}

TEST_P(ValidationViewReadsTest, DetailTabsShowWholeTitlesAt1366)
{
    // The longest titles at once: a call-back to make, deltas, comments, the rules' verdict.
    const Dossier d = ready({QStringLiteral("IONO")}, normalIono(QStringLiteral("7,0")));
    ValidationView &v = view();
    QFile style(QStringLiteral(":/styles/sgl.qss"));
    ASSERT_TRUE(style.open(QIODevice::ReadOnly));
    v.setStyleSheet(QString::fromUtf8(style.readAll()));
    // The screen's share of a maximised 1366x768 window (navigation column, menu, status bar).
    v.resize(1366 - 240, 690);
    v.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&v));
    ASSERT_TRUE(v.openDossier(d.id)) << v.messageText().toStdString();
    QApplication::processEvents();
    auto *tabs = v.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_GE(tabs->count(), 8);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    // Without eliding, each tab takes its whole title: the last one must still end inside the bar.
    tabs->setElideMode(Qt::ElideNone);
    QApplication::processEvents();
    EXPECT_LE(tabs->tabBar()->tabRect(tabs->count() - 1).right(), tabs->tabBar()->width())
        << "no title cut: " << titles.join(QStringLiteral(" | ")).toStdString();
}

TEST_P(ValidationViewReadsTest, AddAnalysisPicksFromTheWorkflowsList)
{
    const Dossier d = ready({QStringLiteral("IONO")}, normalIono());
    ValidationView &v = view();
    ASSERT_TRUE(v.openDossier(d.id));
    auto offered = v.commands().addableAnalyses(*v.dossier());
    ASSERT_TRUE(offered) << offered.error().toString().toStdString();
    QStringList codes;
    for (const auto &a : *offered)
        codes << a.code;
    EXPECT_FALSE(codes.contains(QStringLiteral("K"))) << "already in the dossier";
    ASSERT_TRUE(codes.contains(QStringLiteral("CRP")));

    // The dialog as the button opens it: filter, choose, reason, OK.
    bool seen = false;
    QTimer::singleShot(0, &v, [&] {
        auto *dialog = qobject_cast<AddAnalysisDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        dialog->setFilter(QStringLiteral("crp"));
        dialog->setReason(QStringLiteral("Syndrome inflammatoire"));
        if (dialog->code() == QLatin1String("CRP"))
            dialog->accept();
        else
            dialog->reject();
    });
    ValidationDialogs::addAnalysis(v);
    ASSERT_TRUE(seen);
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("CRP"))) << v.messageText().toStdString();
    bool added = false;
    for (const auto *r : v.dossier()->rows())
        added = added || r->result.analysisCode == QLatin1String("CRP");
    EXPECT_TRUE(added);
    auto after = v.commands().addableAnalyses(*v.dossier());
    ASSERT_TRUE(after);
    EXPECT_EQ(after->size(), offered->size() - 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ValidationViewReadsTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
