// Envois screen over the real DispatchActions (both backends): rows of the outbox under
// QAbstractItemModelTester, filters, the attempts of the selected row, retry and cancel through
// the buttons (the cancel dialog stays open while the use case refuses an empty reason), and a
// session without dispatch.manage. The use case alone is tested in
// tests/workflow/dispatch/DispatchActions_test.cpp.
#include "DispatchTestSupport.h"
#include "GuiTestApp.h"

#include "app/analyzers/ReasonDialog.h"
#include "app/dispatch/DispatchAttemptModel.h"
#include "app/dispatch/DispatchListModel.h"
#include "app/dispatch/DispatchView.h"
#include "app/dispatch/InAppDispatcher.h"
#include "workflow/dispatch/DispatchActions.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::app::DispatchAttemptModel;
using sgl::app::DispatchListModel;
using sgl::app::DispatchView;
using sgl::app::ReasonDialog;
using sgl::testing::Backend;
using sgl::testing::kDispatchT0;
using sgl::testing::TestSender;
using workflow::dispatch::DispatchActions;
using workflow::dispatch::SendOutcome;
using workflow::dispatch::SenderRegistry;

namespace {

class DispatchViewTest : public sgl::testing::DispatchTest {
protected:
    void SetUp() override
    {
        app::test::guiApp();
        DispatchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_senders.add(m_mss);
        const auto v = version(1);
        m_dmp = enqueue(domain::Channel::Dmp, u"280027505612341"_s, v.documentId);
        m_withheld = enqueue(domain::Channel::Dmp, u"280027505612342"_s, v.documentId, domain::DispatchState::Withheld);
        m_mssRow = enqueue(domain::Channel::MssPro, u"dr.a@medecin.mssante.fr"_s, v.documentId);
        // The MSSanté row is parked by the dispatcher (permanent failure): one attempt, an error.
        m_mss->script = {SendOutcome::permanent(u"Message refusé par le serveur de messagerie (550) : "
                                                u"boîte aux lettres du destinataire inconnue."_s)};
        ASSERT_TRUE(dispatcher(m_senders).runOnce());
        ASSERT_EQ(row(m_mssRow.id).state, domain::DispatchState::Parked);
    }

    std::unique_ptr<DispatchView> makeView(domain::Role role = domain::Role::Biologist, bool readOnly = false)
    {
        auto view = std::make_unique<DispatchView>(
            std::make_unique<DispatchActions>(*m_db, session(role), m_senders.channels()), readOnly);
        view->resize(1366, 700);
        return view;
    }
    static QPushButton *button(DispatchView &view, const char *name)
    {
        return view.findChild<QPushButton *>(QString::fromLatin1(name));
    }
    static QString cell(DispatchView &view, int row, int column, int role = Qt::DisplayRole)
    {
        return view.listModel()->index(row, column).data(role).toString();
    }

    std::shared_ptr<TestSender> m_mss = std::make_shared<TestSender>(domain::Channel::MssPro);
    SenderRegistry m_senders;
    storage::OutboxEntry m_dmp;
    storage::OutboxEntry m_withheld;
    storage::OutboxEntry m_mssRow;
};

} // namespace

TEST_P(DispatchViewTest, ShowsTheOutboxRowsWithTheirAttemptsAndFilters)
{
    auto view = makeView();
    QAbstractItemModelTester rowsTester(view->listModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester attemptsTester(view->attemptModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(view->messageText().isEmpty()) << view->messageText().toStdString();
    ASSERT_EQ(view->listModel()->rowCount(), 3);
    const int dmp = view->listModel()->indexOfId(m_dmp.id);
    const int mss = view->listModel()->indexOfId(m_mssRow.id);
    const int withheld = view->listModel()->indexOfId(m_withheld.id);
    ASSERT_GE(dmp, 0);
    ASSERT_GE(mss, 0);
    ASSERT_GE(withheld, 0);
    EXPECT_EQ(cell(*view, dmp, DispatchListModel::Dossier), m_dossier.number);
    EXPECT_EQ(cell(*view, dmp, DispatchListModel::Document), u"V1"_s);
    EXPECT_EQ(cell(*view, dmp, DispatchListModel::Channel), u"DMP"_s);
    EXPECT_EQ(cell(*view, dmp, DispatchListModel::Recipient), u"280027505612341"_s);
    // No DMP sender in this registry: the truth is that the row waits for a channel.
    EXPECT_EQ(cell(*view, dmp, DispatchListModel::State), u"en attente : canal non configuré"_s);
    EXPECT_EQ(cell(*view, dmp, DispatchListModel::NextAttempt),
              kDispatchT0.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s));
    EXPECT_EQ(cell(*view, mss, DispatchListModel::Channel), u"MSSanté professionnel"_s);
    EXPECT_EQ(cell(*view, mss, DispatchListModel::State), u"à reprendre"_s);
    EXPECT_EQ(cell(*view, mss, DispatchListModel::Attempts), u"1"_s);
    EXPECT_TRUE(cell(*view, mss, DispatchListModel::NextAttempt).isEmpty()) << "parked: nothing is scheduled";
    EXPECT_TRUE(cell(*view, mss, DispatchListModel::LastError, Qt::ToolTipRole).contains(u"inconnue"_s));
    EXPECT_EQ(cell(*view, withheld, DispatchListModel::State), u"suspendu"_s);

    // The attempts of the selected row.
    view->selectRow(mss);
    ASSERT_EQ(view->attemptModel()->rowCount(), 1);
    const auto attempt = [&](int column, int role = Qt::DisplayRole) {
        return view->attemptModel()->index(0, column).data(role).toString();
    };
    EXPECT_EQ(attempt(DispatchAttemptModel::Number), u"1"_s);
    EXPECT_EQ(attempt(DispatchAttemptModel::Outcome), u"échec définitif"_s);
    EXPECT_EQ(attempt(DispatchAttemptModel::StartedAt), kDispatchT0.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s));
    EXPECT_TRUE(attempt(DispatchAttemptModel::Error, Qt::ToolTipRole).contains(u"550"_s));
    view->selectRow(dmp);
    EXPECT_EQ(view->attemptModel()->rowCount(), 0);

    // Filters: state and channel through the use case, dossier number on the listed rows.
    auto *state = view->findChild<QComboBox *>(u"stateCombo"_s);
    auto *channel = view->findChild<QComboBox *>(u"channelCombo"_s);
    auto *dossier = view->findChild<QLineEdit *>(u"dossierEdit"_s);
    ASSERT_TRUE(state && channel && dossier);
    state->setCurrentIndex(state->findData(static_cast<int>(domain::DispatchState::Withheld)));
    ASSERT_EQ(view->listModel()->rowCount(), 1);
    EXPECT_EQ(view->listModel()->rowAt(0)->entry.id, m_withheld.id);
    state->setCurrentIndex(0);
    channel->setCurrentIndex(channel->findData(static_cast<int>(domain::Channel::MssPro)));
    ASSERT_EQ(view->listModel()->rowCount(), 1);
    EXPECT_EQ(view->listModel()->rowAt(0)->entry.id, m_mssRow.id);
    channel->setCurrentIndex(0);
    dossier->setText(u"D999"_s);
    EXPECT_EQ(view->listModel()->rowCount(), 0);
    dossier->setText(m_dossier.number.left(4).toLower());
    EXPECT_EQ(view->listModel()->rowCount(), 3);
}

TEST_P(DispatchViewTest, RetryAndCancelThroughTheButtonsChangeTheStoredRow)
{
    auto view = makeView();
    QAbstractItemModelTester tester(view->listModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QPushButton *retry = button(*view, "retryButton");
    QPushButton *cancel = button(*view, "cancelButton");
    ASSERT_TRUE(retry && cancel);
    EXPECT_FALSE(retry->isEnabled()) << "nothing selected";
    EXPECT_FALSE(cancel->isEnabled());

    // Withheld (the biologist's decision): no retry, cancel allowed.
    view->selectRow(view->listModel()->indexOfId(m_withheld.id));
    EXPECT_FALSE(retry->isEnabled());
    EXPECT_TRUE(cancel->isEnabled());

    // Parked -> pending, attempt budget restarted, version bumped.
    const auto parked = row(m_mssRow.id);
    view->selectRow(view->listModel()->indexOfId(m_mssRow.id));
    ASSERT_TRUE(retry->isEnabled());
    retry->click();
    EXPECT_EQ(row(m_mssRow.id).state, domain::DispatchState::Pending) << view->messageText().toStdString();
    EXPECT_EQ(row(m_mssRow.id).version, parked.version + 1);
    EXPECT_TRUE(view->messageText().startsWith(u"Envoi relancé"_s)) << view->messageText().toStdString();
    const int shown = view->listModel()->indexOfId(m_mssRow.id);
    EXPECT_EQ(cell(*view, shown, DispatchListModel::State), u"en attente"_s) << "the list shows the stored row";
    EXPECT_EQ(auditOf(m_mssRow.id).last().action, u"dispatch.read_attempts"_s);

    // Cancel: refused without a reason (the dialog stays open with the use case's message), then done.
    view->selectRow(view->listModel()->indexOfId(m_dmp.id));
    ASSERT_TRUE(cancel->isEnabled());
    QString refusal;
    bool stayedOpen = false;
    bool sawDialog = false;
    QTimer::singleShot(0, view.get(), [&] {
        auto *dialog = view->findChild<ReasonDialog *>(u"cancelDispatchDialog"_s);
        if (!dialog)
            return;
        sawDialog = true;
        dialog->setReason(u"   "_s);
        dialog->accept();
        refusal = dialog->errorText();
        stayedOpen = dialog->isVisible();
        dialog->setReason(u"Patient suivi par un autre médecin"_s);
        dialog->accept();
    });
    cancel->click();
    ASSERT_TRUE(sawDialog);
    EXPECT_TRUE(stayedOpen);
    EXPECT_EQ(refusal, u"Indiquez le motif de l'annulation de l'envoi."_s);
    const auto cancelled = row(m_dmp.id);
    EXPECT_EQ(cancelled.state, domain::DispatchState::Cancelled);
    EXPECT_TRUE(cancelled.lastError.contains(u"Patient suivi par un autre médecin"_s)) << cancelled.lastError.toStdString();
    EXPECT_TRUE(view->messageText().startsWith(u"Envoi annulé"_s)) << view->messageText().toStdString();
    const int now = view->listModel()->indexOfId(m_dmp.id);
    EXPECT_EQ(cell(*view, now, DispatchListModel::State), u"annulé"_s);
    EXPECT_FALSE(cancel->isEnabled()) << "a cancelled row cannot be cancelled again";
    EXPECT_TRUE(retry->isEnabled()) << "a cancelled row may be retried";

    // Closing the dialog without validating changes nothing.
    view->selectRow(view->listModel()->indexOfId(m_withheld.id));
    QTimer::singleShot(0, view.get(), [&] {
        if (auto *dialog = view->findChild<ReasonDialog *>(u"cancelDispatchDialog"_s))
            dialog->reject();
    });
    cancel->click();
    EXPECT_EQ(row(m_withheld.id).state, domain::DispatchState::Withheld);
    EXPECT_EQ(row(m_withheld.id).version, m_withheld.version);
}

TEST_P(DispatchViewTest, AStaleRowIsRefusedWithTheUseCaseMessageAndShownAsStored)
{
    auto view = makeView();
    view->selectRow(view->listModel()->indexOfId(m_mssRow.id));
    // Someone else retried it meanwhile: the version shown is stale.
    auto other = DispatchActions(*m_db, session(domain::Role::Admin, 8, u"admin"_s), m_senders.channels());
    const auto parked = row(m_mssRow.id);
    ASSERT_TRUE(other.retryNow(parked.id, parked.version));
    EXPECT_FALSE(view->retrySelected());
    EXPECT_FALSE(view->messageText().isEmpty());
    EXPECT_EQ(row(m_mssRow.id).version, parked.version + 1) << "the refused retry changed nothing";
    const int shown = view->listModel()->indexOfId(m_mssRow.id);
    EXPECT_EQ(view->listModel()->rowAt(shown)->entry.version, parked.version + 1);
}

TEST_P(DispatchViewTest, WithoutDispatchManageNothingIsListedAndTheButtonsStayDisabled)
{
    for (domain::Role role : {domain::Role::Secretary, domain::Role::Technician}) {
        auto view = makeView(role);
        EXPECT_EQ(view->listModel()->rowCount(), 0);
        EXPECT_FALSE(view->messageText().isEmpty()) << "the use case's refusal is shown";
        EXPECT_FALSE(button(*view, "retryButton")->isEnabled());
        EXPECT_FALSE(button(*view, "cancelButton")->isEnabled());
        EXPECT_FALSE(view->reload());
    }
    // A read-only screen lists but never acts.
    auto readOnly = makeView(domain::Role::Biologist, true);
    ASSERT_EQ(readOnly->listModel()->rowCount(), 3);
    readOnly->selectRow(readOnly->listModel()->indexOfId(m_mssRow.id));
    EXPECT_FALSE(button(*readOnly, "retryButton")->isEnabled());
    EXPECT_FALSE(button(*readOnly, "cancelButton")->isEnabled());
    const auto before = row(m_mssRow.id);
    EXPECT_FALSE(readOnly->retrySelected());
    EXPECT_EQ(row(m_mssRow.id).version, before.version);
}

TEST_P(DispatchViewTest, FitsThe1366PixelScreenWithoutHorizontalScrolling)
{
    auto view = makeView();
    view->resize(1366 - 200, 640); // minus the navigation list
    view->show();
    auto *table = view->findChild<QTableView *>(u"rowsTable"_s);
    ASSERT_NE(table, nullptr);
    ASSERT_TRUE(app::test::waitUntil([&] { return table->isVisible(); }));
    int total = 0;
    for (int c = 0; c < DispatchListModel::ColumnCount; ++c)
        total += table->horizontalHeader()->sectionSize(c);
    EXPECT_LE(total, table->viewport()->width());
    EXPECT_GT(table->horizontalHeader()->sectionSize(DispatchListModel::LastError), 100);
    EXPECT_GT(table->horizontalHeader()->sectionSize(DispatchListModel::Recipient), 100);

    // Shown again (back from another screen): rows enqueued meanwhile appear without F5.
    view->hide();
    enqueue(domain::Channel::Dpi, u"HOPITAL-1"_s, u"1.2.250.1.999.9.1.1"_s);
    EXPECT_EQ(view->listModel()->rowCount(), 3);
    view->show();
    EXPECT_EQ(view->listModel()->rowCount(), 4);
}

TEST_P(DispatchViewTest, BulkRetryPutsEveryParkedRowListedBackWithProgress)
{
    auto view = makeView();
    auto *retryAll = button(*view, "retryAllButton");
    ASSERT_NE(retryAll, nullptr);
    EXPECT_TRUE(retryAll->isEnabled()) << "the parked MSSanté row can be re-sent";
    ASSERT_EQ(view->bulkRetryRows().size(), 1);
    EXPECT_TRUE(view->retryAll(false));
    EXPECT_TRUE(view->messageText().contains(u"relancé"_s)) << view->messageText().toStdString();
    EXPECT_EQ(row(m_mssRow.id).state, domain::DispatchState::Pending);
    EXPECT_TRUE(view->bulkRetryRows().isEmpty());
    EXPECT_FALSE(retryAll->isEnabled()) << "nothing left to re-send";
    EXPECT_FALSE(view->retryAll(false));

    auto readOnly = makeView(domain::Role::Biologist, true);
    EXPECT_TRUE(button(*readOnly, "retryAllButton")->isHidden());
}

TEST_P(DispatchViewTest, TheWorkstationDispatcherSendsInTheBackgroundAndTheScreenFollows)
{
    auto view = makeView();
    EXPECT_TRUE(view->dispatcherText().contains(u"Ce poste n'envoie pas"_s)) << view->dispatcherText().toStdString();

    auto dmp = std::make_shared<TestSender>(domain::Channel::Dmp);
    SenderRegistry senders;
    senders.add(dmp);
    app::InAppDispatcher dispatcher(m_scratch->url(), senders, u"poste-test"_s);
    EXPECT_TRUE(dispatcher.statusText().contains(u"arrêté"_s));
    QSignalSpy attempts(&dispatcher, &app::InAppDispatcher::attemptRecorded);
    ASSERT_TRUE(dispatcher.start());
    view->setDispatcher(&dispatcher);
    EXPECT_EQ(view->dispatcherText(), u"Envoi automatique actif sur ce poste : DMP."_s);
    view->show();
    // The DMP row is sent by the worker thread; the signal arrives queued on this thread.
    ASSERT_TRUE(attempts.wait(30000));
    EXPECT_EQ(attempts.first().at(0).toString(), u"sent"_s);
    EXPECT_EQ(attempts.first().at(1).toString(), u"dmp"_s);
    EXPECT_EQ(row(m_dmp.id).state, domain::DispatchState::Sent);
    bool listed = false;
    for (int r = 0; r < view->listModel()->rowCount(); ++r)
        listed = listed || (cell(*view, r, DispatchListModel::Channel) == domain::channelLabel(domain::Channel::Dmp)
                            && cell(*view, r, DispatchListModel::State) == domain::dispatchStateLabel(domain::DispatchState::Sent));
    EXPECT_TRUE(listed) << "the screen listed again after the attempt";
    dispatcher.stop();
    EXPECT_FALSE(dispatcher.running());
    EXPECT_EQ(dispatcher.statusText(), u"Envoi automatique arrêté sur ce poste."_s);

    app::InAppDispatcher none(m_scratch->url(), SenderRegistry{}, u"poste-test"_s);
    EXPECT_FALSE(none.start());
    EXPECT_TRUE(none.statusText().contains(u"aucun canal"_s));
}

INSTANTIATE_TEST_SUITE_P(Backends, DispatchViewTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
