// « Messages en attente » (issue 11 §6): held results listed with their raw message and the
// offending record highlighted, « Rattacher… » (with the mapping saved in the profile) and
// « Rejeter… » through the real HeldResults use cases, refusals shown, the navigation badge,
// the 1366-pixel fit; on both databases, the model under QAbstractItemModelTester.
#include "AnalyzerGuiFixture.h"

#include "app/analyzers/AttachHeldDialog.h"
#include "app/analyzers/HeldItemListModel.h"
#include "app/analyzers/HeldMessagesView.h"
#include "app/shell/MainWindow.h"
#include "app/shell/WorkstationScreens.h"
#include "domain/ErrorCodes.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace sgl::app::test {
namespace {

using workflow::analyzers::HeldState;

class HeldMessagesTest : public AnalyzerGuiFixture {
protected:
    std::unique_ptr<HeldMessagesView> view(const domain::UserSession &s, bool readOnly = false)
    {
        auto v = std::make_unique<HeldMessagesView>(services(s), s, readOnly);
        QFile style(QStringLiteral(":/styles/sgl.qss"));
        if (style.open(QIODevice::ReadOnly))
            v->setStyleSheet(QString::fromUtf8(style.readAll()));
        // The screen's share of a maximised 1366x768 window (navigation column, menu, status bar).
        v->resize(1366 - 200, 640);
        v->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(v.get()));
        return v;
    }
};

TEST_P(HeldMessagesTest, ListsHeldResultsWithTheirRawMessageAndBadge)
{
    auto unmapped = ingest(m_barcode, QStringLiteral("GLUX"), QStringLiteral("5,5"));
    ASSERT_EQ(unmapped.items.size(), 1);
    EXPECT_EQ(unmapped.items.first().fate, workflow::analyzers::ItemFate::Held);
    auto unknown = ingest(QStringLiteral("999999999"), QStringLiteral("GLUC3"), QStringLiteral("6.1"));
    ASSERT_EQ(unknown.items.size(), 1);
    EXPECT_EQ(unknown.items.first().fate, workflow::analyzers::ItemFate::Held);

    auto v = view(m_tech);
    QAbstractItemModelTester tester(v->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(v->model()->rowCount(), 2) << v->messageText().toStdString();
    EXPECT_EQ(v->badge(), 2);
    const int row = v->model()->rowOf(unmapped.items.first().heldId);
    ASSERT_GE(row, 0);
    const auto cell = [&](int column) { return v->model()->index(row, column).data().toString(); };
    EXPECT_EQ(cell(HeldItemListModel::Analyzer), QStringLiteral("test-astm"));
    EXPECT_EQ(cell(HeldItemListModel::Tube), m_barcode);
    EXPECT_EQ(cell(HeldItemListModel::TestCode), QStringLiteral("GLUX"));
    EXPECT_FALSE(cell(HeldItemListModel::Reason).isEmpty());
    EXPECT_EQ(v->model()->itemAt(row)->reasonCode, domain::errc::AnalyzerUnmappedTest);

    ASSERT_TRUE(v->selectItem(unmapped.items.first().heldId));
    EXPECT_TRUE(v->rawText().contains(QStringLiteral("R|1|^^^GLUX|5,5"))) << v->rawText().toStdString();
    EXPECT_TRUE(v->rawText().startsWith(QStringLiteral("H|"))) << "one record per line";
    EXPECT_TRUE(v->highlightedLine().startsWith(QStringLiteral("R|1|^^^GLUX"))) << v->highlightedLine().toStdString();
    EXPECT_FALSE(v->table()->horizontalScrollBar()->isVisible()) << "the list fits 1366 px without scrolling";
}

TEST_P(HeldMessagesTest, AttachSavesTheMappingAndStoresTheValue)
{
    auto held = ingest(m_barcode, QStringLiteral("GLUX"), QStringLiteral("5.5"));
    ASSERT_EQ(held.items.size(), 1);
    auto v = view(m_tech);
    QAbstractItemModelTester tester(v->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy badge(v.get(), &HeldMessagesView::badgeChanged);
    ASSERT_TRUE(v->selectItem(held.items.first().heldId));

    EXPECT_TRUE(v->attachSelected({m_barcode, QStringLiteral("GLU"), true, QStringLiteral("code non paramétré")}))
        << v->messageText().toStdString();
    EXPECT_FALSE(v->messageIsError());
    EXPECT_EQ(v->model()->rowCount(), 0);
    EXPECT_EQ(v->badge(), 0);
    ASSERT_FALSE(badge.isEmpty());
    EXPECT_EQ(badge.last().first().toInt(), 0);
    auto profile = workflow::analyzers::AnalyzerProfileStore(*m_db, m_admin).get(QStringLiteral("test-astm"));
    ASSERT_TRUE(profile);
    ASSERT_EQ(profile->codeMappings.size(), 1);
    EXPECT_EQ(profile->codeMappings.first().testCode, QStringLiteral("GLUX"));
    EXPECT_EQ(profile->codeMappings.first().analysisCode, QStringLiteral("GLU"));

    v->setShowResolved(true);
    ASSERT_EQ(v->model()->rowCount(), 1);
    EXPECT_EQ(v->model()->itemAt(0)->state, HeldState::Attached);
    EXPECT_EQ(v->model()->index(0, HeldItemListModel::State).data().toString(), QStringLiteral("Rattaché"));

    // The next message with that code goes straight to the dossier.
    auto next = ingest(m_barcode, QStringLiteral("GLUX"), QStringLiteral("5.6"));
    ASSERT_EQ(next.items.size(), 1);
    EXPECT_NE(next.items.first().fate, workflow::analyzers::ItemFate::Held);
}

TEST_P(HeldMessagesTest, RefusalsAreShownAndNothingChanges)
{
    auto held = ingest(QStringLiteral("999999999"), QStringLiteral("GLUC3"), QStringLiteral("6.1"));
    ASSERT_EQ(held.items.size(), 1);
    auto v = view(m_tech);
    ASSERT_TRUE(v->selectItem(held.items.first().heldId));

    EXPECT_FALSE(v->rejectSelected(QString()));
    EXPECT_TRUE(v->messageIsError());
    EXPECT_FALSE(v->messageText().isEmpty());
    EXPECT_FALSE(v->attachSelected({QStringLiteral("123456780"), QStringLiteral("GLU"), false, QStringLiteral("essai")}));
    EXPECT_TRUE(v->messageIsError()) << "an unknown tube is refused";
    EXPECT_EQ(v->model()->rowCount(), 1);
    EXPECT_EQ(v->badge(), 1);

    // The dialog shows the use case's refusal and stays open.
    const auto item = *v->model()->itemAt(0);
    AttachHeldDialog dialog(item, {{QStringLiteral("GLU"), QStringLiteral("Glucose")}},
                            [](const AttachChoice &) -> domain::Status {
                                return domain::fail(domain::errc::AnalyzerUnmappedTest, QStringLiteral("Refusé."));
                            });
    EXPECT_EQ(dialog.choice().barcode, QStringLiteral("999999999"));
    EXPECT_EQ(dialog.choice().analysisCode, QStringLiteral("GLU")) << "the mapped analysis by default";
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Refusé."));

    ASSERT_TRUE(v->selectItem(held.items.first().heldId));
    EXPECT_TRUE(v->rejectSelected(QStringLiteral("tube de contrôle externe"))) << v->messageText().toStdString();
    EXPECT_EQ(v->model()->rowCount(), 0);
    v->setShowResolved(true);
    ASSERT_EQ(v->model()->rowCount(), 1);
    EXPECT_EQ(v->model()->itemAt(0)->state, HeldState::Rejected);
}

TEST_P(HeldMessagesTest, WithoutResultEntryTheUseCaseRefusesAndTheScreenSaysSo)
{
    ingest(m_barcode, QStringLiteral("GLUX"), QStringLiteral("5.5"));
    auto v = view(analyzerSession(domain::Role::Secretary, QStringLiteral("secretaire")));
    EXPECT_EQ(v->model()->rowCount(), 0);
    EXPECT_TRUE(v->messageIsError());
    EXPECT_FALSE(v->messageText().isEmpty());
}

TEST_P(HeldMessagesTest, NavigationShowsTheOpenCount)
{
    ingest(m_barcode, QStringLiteral("GLUX"), QStringLiteral("5.5"));
    WorkstationScreens screens(*m_services);
    MainWindow window(screens, QStringLiteral("test"));
    window.setSession(m_tech);
    ASSERT_TRUE(window.visibleScreens().contains(Screen::HeldMessages));
    EXPECT_EQ(window.navigationText(Screen::HeldMessages), QStringLiteral("Messages en attente (1)"));
    auto *held = qobject_cast<HeldMessagesView *>(window.screenWidget(Screen::HeldMessages));
    ASSERT_NE(held, nullptr);
    ASSERT_TRUE(held->selectItem(held->model()->itemAt(0)->id));
    ASSERT_TRUE(held->rejectSelected(QStringLiteral("doublon")));
    EXPECT_EQ(window.navigationText(Screen::HeldMessages), QStringLiteral("Messages en attente"));
}

TEST(HeldMessagesView, OffendingLineIsTheResultRecordElseTheLocation)
{
    const QStringList lines{QStringLiteral("H|\\^&"), QStringLiteral("P|1"), QStringLiteral("O|1|123||^^^GLU"),
                            QStringLiteral("R|1|^^^GLU|5.5"), QStringLiteral("R|2|^^^NA|140"), QStringLiteral("L|1")};
    workflow::analyzers::HeldItem item;
    item.testCode = QStringLiteral("NA");
    item.valueText = QStringLiteral("140");
    EXPECT_EQ(HeldMessagesView::offendingLine(lines, item), 4);
    item.testCode.clear();
    item.valueText.clear();
    item.location = QStringLiteral("message 1, R 4");
    EXPECT_EQ(HeldMessagesView::offendingLine(lines, item), 3);
    item.location = QStringLiteral("message 1");
    EXPECT_EQ(HeldMessagesView::offendingLine(lines, item), -1) << "a message without record: nothing highlighted";
    item.location = QStringLiteral("message 1, L 60");
    EXPECT_EQ(HeldMessagesView::offendingLine(lines, item), -1) << "out of range: nothing highlighted";
    item.location.clear();
    item.testCode = QStringLiteral("GLU");
    item.valueText = QStringLiteral("9.9");
    EXPECT_EQ(HeldMessagesView::offendingLine(lines, item), 3) << "a value not found: the result line naming the code";
    item.testCode = QStringLiteral("123");
    EXPECT_EQ(HeldMessagesView::offendingLine(lines, item), 2) << "else any line naming it";
}

INSTANTIATE_TEST_SUITE_P(Backends, HeldMessagesTest, kBothBackends, sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
