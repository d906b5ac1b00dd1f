// Envois, tab « Messages reçus » (both backends): the received MSSanté messages kept for a human
// under QAbstractItemModelTester, the count in the tab title, saving one as .eml, marking one
// handled through the note dialog (which stays open while the note is missing), the handled
// ones behind the checkbox, and sessions that may not see them. The use case alone is tested in
// tests/workflow/dispatch/ReceivedMessages_test.cpp.
#include "DispatchTestSupport.h"
#include "GuiTestApp.h"

#include "app/analyzers/ReasonDialog.h"
#include "app/dispatch/DispatchView.h"
#include "app/dispatch/ReceivedMessageModel.h"
#include "app/dispatch/ReceivedMessagesPane.h"
#include "storage/MailboxMessageRepository.h"
#include "workflow/dispatch/DispatchActions.h"
#include "workflow/dispatch/ReceivedMessages.h"

#include <QTimeZone>
#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::app::DispatchView;
using sgl::app::ReasonDialog;
using sgl::app::ReceivedMessageModel;
using sgl::app::ReceivedMessagesPane;
using sgl::testing::Backend;

namespace {

class ReceivedMessagesPaneTest : public sgl::testing::DispatchTest {
protected:
    void SetUp() override
    {
        app::test::guiApp();
        DispatchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_held = keep(u"question@medecin.mssante.fr"_s, u"held"_s, QDateTime(QDate(2026, 12, 6), QTime(8, 5), QTimeZone::utc()));
        m_nonconforming = keep(u"cr@soustraitant.mssante.fr"_s, u"nonconforming"_s,
                               QDateTime(QDate(2026, 12, 6), QTime(9, 40), QTimeZone::utc()));
    }
    qint64 keep(const QString &messageId, const QString &outcome, const QDateTime &received)
    {
        storage::MailboxMessage m;
        m.messageId = messageId;
        m.receivedAt = received;
        m.sender = u"Expéditeur <%1>"_s.arg(messageId);
        m.subject = u"Objet %1"_s.arg(outcome);
        m.outcome = outcome;
        m.reason = outcome == u"held"_s ? u"Message sans compte rendu CDA : à lire par un humain."_s
                                        : u"CR-BIO reçu non conforme : custodian absent."_s;
        m.raw = "Message-ID: <" + messageId.toLatin1() + ">\r\nSubject: x\r\n\r\ncorps\r\n";
        auto k = m_db->write([&](storage::WriteTx &tx) { return storage::MailboxMessageRepository::insertOrKeepIn(tx, m); });
        EXPECT_TRUE(k);
        return k ? k->id : 0;
    }
    std::unique_ptr<DispatchView> makeView(domain::Role role = domain::Role::Biologist, bool readOnly = false)
    {
        auto view = std::make_unique<DispatchView>(
            std::make_unique<workflow::dispatch::DispatchActions>(*m_db, session(role), QList<domain::Channel>{}), readOnly);
        view->setReceivedMessages(std::make_unique<workflow::dispatch::ReceivedMessages>(*m_db, session(role)));
        view->resize(1366, 768);
        return view;
    }
    static QString cell(ReceivedMessagesPane &pane, int row, int column, int role = Qt::DisplayRole)
    {
        return pane.model()->index(row, column).data(role).toString();
    }
    qint64 m_held = 0;
    qint64 m_nonconforming = 0;
};

} // namespace

TEST_P(ReceivedMessagesPaneTest, AHeldMessageIsListedSavedAndMarkedHandled)
{
    auto view = makeView();
    ReceivedMessagesPane *pane = view->receivedPane();
    ASSERT_NE(pane, nullptr);
    QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(view->tabTitle(0), u"Envois"_s);
    EXPECT_EQ(view->tabTitle(1), u"Messages reçus (2)"_s);
    ASSERT_EQ(pane->model()->rowCount(), 2);
    const int held = pane->model()->indexOfId(m_held);
    const int nc = pane->model()->indexOfId(m_nonconforming);
    EXPECT_EQ(nc, 0) << "newest first";
    EXPECT_EQ(cell(*pane, held, ReceivedMessageModel::Received),
              QDateTime(QDate(2026, 12, 6), QTime(8, 5), QTimeZone::utc()).toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s));
    EXPECT_EQ(cell(*pane, held, ReceivedMessageModel::Status), u"À examiner"_s);
    EXPECT_EQ(cell(*pane, nc, ReceivedMessageModel::Status), u"CR-BIO non conforme"_s);
    EXPECT_EQ(cell(*pane, held, ReceivedMessageModel::Sender), u"Expéditeur <question@medecin.mssante.fr>"_s);
    EXPECT_TRUE(cell(*pane, nc, ReceivedMessageModel::Reason).contains(u"custodian"_s));

    // Fits 1366 px without horizontal scrolling.
    auto *tabs = view->findChild<QTabWidget *>(u"tabs"_s);
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(1);
    view->show();
    QCoreApplication::processEvents();
    auto *table = pane->findChild<QTableView *>(u"receivedTable"_s);
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    EXPECT_LE(table->horizontalHeader()->length(), table->viewport()->width() + 1);

    auto *save = pane->findChild<QPushButton *>(u"saveReceivedButton"_s);
    auto *handle = pane->findChild<QPushButton *>(u"handleReceivedButton"_s);
    EXPECT_FALSE(save->isEnabled()) << "nothing selected";
    EXPECT_FALSE(handle->isEnabled());
    auto *details = pane->findChild<QLabel *>(u"receivedDetails"_s);
    ASSERT_NE(details, nullptr);
    EXPECT_TRUE(details->isHidden()) << "nothing selected";
    pane->selectRow(held);
    EXPECT_TRUE(save->isEnabled());
    EXPECT_TRUE(handle->isEnabled());
    // The table elides the reason; the line under it gives it whole.
    EXPECT_FALSE(details->isHidden());
    EXPECT_EQ(details->text(), u"Motif : Message sans compte rendu CDA : à lire par un humain."_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"message.eml"_s);
    ASSERT_TRUE(pane->saveSelectedTo(path)) << pane->messageText().toStdString();
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(saved.readAll(), QByteArray("Message-ID: <question@medecin.mssante.fr>\r\nSubject: x\r\n\r\ncorps\r\n"));

    QString refusal;
    bool stayedOpen = false;
    bool sawDialog = false;
    QTimer::singleShot(0, pane, [&] {
        auto *dialog = pane->findChild<ReasonDialog *>(u"handleReceivedDialog"_s);
        if (!dialog)
            return;
        sawDialog = true;
        dialog->setReason(u"  "_s);
        dialog->accept();
        refusal = dialog->errorText();
        stayedOpen = dialog->isVisible();
        dialog->setReason(u"Le Dr Lefèvre a été rappelé"_s);
        dialog->accept();
    });
    handle->click();
    ASSERT_TRUE(sawDialog);
    EXPECT_TRUE(stayedOpen);
    EXPECT_FALSE(refusal.isEmpty());
    ASSERT_EQ(pane->model()->rowCount(), 1) << "handled: no longer in the open list";
    EXPECT_EQ(pane->model()->indexOfId(m_held), -1);
    EXPECT_EQ(view->tabTitle(1), u"Messages reçus (1)"_s);
    EXPECT_TRUE(pane->messageText().contains(u"marqué traité"_s)) << pane->messageText().toStdString();

    pane->setShowHandled(true);
    ASSERT_EQ(pane->model()->rowCount(), 2);
    const int handled = pane->model()->indexOfId(m_held);
    EXPECT_EQ(cell(*pane, handled, ReceivedMessageModel::Status), u"Traité"_s);
    EXPECT_TRUE(cell(*pane, handled, ReceivedMessageModel::Status, Qt::ToolTipRole).contains(u"Le Dr Lefèvre a été rappelé"_s));
    pane->selectRow(handled);
    EXPECT_FALSE(handle->isEnabled()) << "already handled";
    EXPECT_TRUE(details->text().contains(u"Le Dr Lefèvre a été rappelé"_s)) << details->text().toStdString();
    EXPECT_EQ(view->tabTitle(1), u"Messages reçus (1)"_s);

    // The rest of the screen's refresh lists them again: a message kept meanwhile appears.
    keep(u"nouveau@x.mssante.fr"_s, u"held"_s, QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone::utc()));
    EXPECT_TRUE(view->reload());
    EXPECT_EQ(view->tabTitle(1), u"Messages reçus (2)"_s);
}

TEST_P(ReceivedMessagesPaneTest, WithoutThePermissionOrReadOnlyNothingCanBeDone)
{
    auto technician = makeView(domain::Role::Technician);
    ASSERT_NE(technician->receivedPane(), nullptr);
    EXPECT_EQ(technician->receivedPane()->model()->rowCount(), 0);
    EXPECT_FALSE(technician->receivedPane()->messageText().isEmpty());

    auto readOnly = makeView(domain::Role::Biologist, true);
    ReceivedMessagesPane *pane = readOnly->receivedPane();
    ASSERT_EQ(pane->model()->rowCount(), 2);
    pane->selectRow(0);
    auto *handle = pane->findChild<QPushButton *>(u"handleReceivedButton"_s);
    EXPECT_FALSE(handle->isEnabled());
    pane->markSelectedHandled(); // no dialog, nothing changed
    auto open = workflow::dispatch::ReceivedMessages(*m_db, session(domain::Role::Biologist)).list();
    ASSERT_TRUE(open);
    EXPECT_EQ(open->size(), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReceivedMessagesPaneTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
