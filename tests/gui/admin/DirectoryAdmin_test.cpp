// Administration ▸ « Annuaire Santé » (issue 14, item 5, GUI side) against the real use cases on both
// databases: the import runs on a worker thread with its own connection (the progress bar reaches
// 100 % while the GUI keeps processing events), « Annuler » and a wrong header leave the previous
// directory in service with a French message naming the file and line, the search table (model
// under QAbstractItemModelTester) fits 1366 pixels; the account dialog warns about a biologist's
// RPPS unknown to the directory without refusing it.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/admin/AdministrationView.h"
#include "app/admin/DirectoryAdminView.h"
#include "app/admin/UserEditDialog.h"
#include "app/shell/WorkstationScreens.h"
#include "app/widgets/DirectoryResultModel.h"
#include "app/widgets/DirectorySearchPanel.h"
#include "interop/directory/SyntheticExtract.h"
#include "workflow/admin/UserAdmin.h"
#include "workflow/directory/DirectorySearch.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <algorithm>

using namespace sgl::app;
using namespace sgl::app::test;
using namespace Qt::StringLiterals;
using sgl::interop::directory::SyntheticExtract;

namespace {

class DirectoryAdminTest : public OnBothBackends<WorkstationFixture> {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_admin = login(u"admin"_s, kAdminPassword);
        m_search = m_services->directorySearch(m_admin);
    }

    /** The demo's extract (DemoDirectory: 400 lines, seed 2026, a named MSSanté correspondent). */
    QString demoExtract(const QString &stamp = u"202612010300"_s, qint64 rows = 400)
    {
        SyntheticExtract::Options o;
        o.rows = rows;
        o.seed = 2026;
        o.extra = {SyntheticExtract::professional(u"10000000017"_s, u"CORRESPONDANTE"_s, u"Élise"_s, u"10"_s,
                                                  u"elise.correspondante@demo.mssante.fr"_s)};
        return write(stamp, o);
    }
    QString write(const QString &stamp, const SyntheticExtract::Options &o)
    {
        const QString path = m_dir.filePath(u"PS_LibreAcces_Personne_activite_"_s + stamp + u".txt"_s);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        EXPECT_TRUE(SyntheticExtract::write(f, o).has_value());
        return path;
    }
    std::unique_ptr<DirectoryAdminView> makeView(bool readOnly = false)
    {
        auto view = std::make_unique<DirectoryAdminView>(*m_search, m_services->databaseUrl(), m_admin, readOnly);
        view->resize(1200, 640);
        view->show();
        return view;
    }
    /** Imports through the screen and waits for the worker (the GUI thread keeps running events). */
    bool importAndWait(DirectoryAdminView &view, const QStringList &paths, int timeoutMs = 20000)
    {
        QSignalSpy done(&view, &DirectoryAdminView::importFinished);
        if (!view.startImport(paths))
            return false;
        return waitUntil([&] { return done.count() > 0; }, timeoutMs);
    }

    sgl::domain::UserSession m_admin;
    std::unique_ptr<sgl::workflow::directory::DirectorySearch> m_search;
};

TEST_P(DirectoryAdminTest, DemoExtractImportsOnAWorkerThreadWithProgressUpTo100Percent)
{
    auto view = makeView();
    EXPECT_TRUE(view->statusText().contains(u"Aucun annuaire importé"_s)) << view->statusText().toStdString();
    EXPECT_FALSE(view->cancelButton()->isEnabled());
    view->setBatchSize(50);
    QList<int> values;
    QObject::connect(view->progressBar(), &QProgressBar::valueChanged, [&](int v) { values << v; });
    QSignalSpy done(view.get(), &DirectoryAdminView::importFinished);
    ASSERT_TRUE(view->startImport({demoExtract()}));
    // Returned at once: the import runs elsewhere, the buttons say so.
    EXPECT_TRUE(view->importRunning());
    EXPECT_TRUE(view->cancelButton()->isEnabled());
    EXPECT_FALSE(view->importButton()->isEnabled());
    EXPECT_FALSE(view->startImport({demoExtract(u"202601010300"_s)})) << "one import at a time";
    ASSERT_TRUE(waitUntil([&] { return done.count() > 0; }, 20000));
    EXPECT_TRUE(done.first().first().toBool());
    ASSERT_GE(values.size(), 3) << "several batches reported";
    for (qsizetype i = 1; i < values.size(); ++i)
        EXPECT_GE(values[i], values[i - 1]);
    EXPECT_EQ(values.last(), 100);
    EXPECT_EQ(view->progressBar()->value(), 100);
    EXPECT_FALSE(view->messageIsError());
    EXPECT_TRUE(view->messageText().contains(u"400 activités"_s)) << view->messageText().toStdString();
    EXPECT_TRUE(view->statusText().contains(u"Extraction du 01/12/2026"_s)) << view->statusText().toStdString();
    EXPECT_TRUE(view->statusText().contains(u"PS_LibreAcces_Personne_activite_202612010300.txt"_s));
    EXPECT_TRUE(view->importButton()->isEnabled());
    EXPECT_FALSE(view->cancelButton()->isEnabled());

    // The search table reads the new directory.
    DirectorySearchPanel *panel = view->searchPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel->nameEdit()->setText(u"correspondante"_s);
    ASSERT_TRUE(panel->search());
    ASSERT_EQ(panel->model()->rowCount(), 1);
    const auto cell = [&](int column) { return panel->model()->index(0, column).data().toString(); };
    EXPECT_EQ(cell(DirectoryResultModel::Name), u"Dr Élise CORRESPONDANTE"_s);
    EXPECT_EQ(cell(DirectoryResultModel::Mssante), u"elise.correspondante@demo.mssante.fr"_s);
    EXPECT_EQ(cell(DirectoryResultModel::Rpps), u"10000000017"_s);
    EXPECT_FALSE(cell(DirectoryResultModel::Profession).isEmpty());
    EXPECT_FALSE(cell(DirectoryResultModel::City).isEmpty());
    ASSERT_TRUE(panel->selected());
    EXPECT_EQ(panel->selected()->idPp, u"10000000017"_s);

    panel->nameEdit()->setText(u"zzzinconnu"_s);
    ASSERT_TRUE(panel->search());
    EXPECT_EQ(panel->model()->rowCount(), 0);
    EXPECT_TRUE(panel->messageText().contains(u"Aucun professionnel"_s));
    panel->nameEdit()->clear();
    EXPECT_FALSE(panel->search()) << "no criterion";
    EXPECT_FALSE(panel->messageText().isEmpty());
}

TEST_P(DirectoryAdminTest, CancelLeavesThePreviousGenerationInService)
{
    auto view = makeView();
    ASSERT_TRUE(importAndWait(*view, {demoExtract(u"202611010300"_s, 60)}));
    const QString before = view->statusText();
    ASSERT_TRUE(before.contains(u"Extraction du 01/11/2026"_s)) << before.toStdString();

    // A big extract in small batches: « Annuler » at the first progress report.
    SyntheticExtract::Options big;
    big.rows = 20000;
    big.seed = 9;
    view->setBatchSize(10);
    QSignalSpy done(view.get(), &DirectoryAdminView::importFinished);
    ASSERT_TRUE(view->startImport({write(u"202612010300"_s, big)}));
    int reports = 0;
    QObject::connect(view->progressBar(), &QProgressBar::valueChanged, [&](int) {
        if (++reports == 1)
            view->cancelButton()->click();
    });
    ASSERT_TRUE(waitUntil([&] { return done.count() > 0; }, 60000));
    EXPECT_FALSE(done.first().first().toBool());
    EXPECT_GE(reports, 1);
    EXPECT_TRUE(view->messageIsError());
    EXPECT_TRUE(view->messageText().contains(u"annulé"_s)) << view->messageText().toStdString();
    EXPECT_TRUE(view->messageText().contains(u"L'annuaire précédent reste en service (extraction du 01/11/2026"_s))
        << view->messageText().toStdString();
    EXPECT_EQ(view->statusText(), before);
    EXPECT_EQ(view->progressBar()->value(), 0);
    auto status = m_search->status();
    ASSERT_TRUE(status && *status);
    EXPECT_EQ((*status)->rowCount, 60);
}

TEST_P(DirectoryAdminTest, WrongHeaderShowsTheFrenchErrorWithFileAndLine)
{
    auto view = makeView();
    ASSERT_TRUE(importAndWait(*view, {demoExtract(u"202611010300"_s, 30)}));
    const QString path = m_dir.filePath(u"PS_LibreAcces_Personne_activite_mauvais.txt"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Nom|Prenom|RPPS\r\nDUPONT|Jean|10000000017\r\n");
    }
    ASSERT_TRUE(importAndWait(*view, {path}));
    EXPECT_TRUE(view->messageIsError());
    const QString message = view->messageText();
    EXPECT_TRUE(message.contains(u"Fichier PS_LibreAcces_Personne_activite_mauvais.txt, ligne 1 : En-tête incorrect"_s))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"L'annuaire précédent reste en service (extraction du 01/11/2026, "_s))
        << message.toStdString();
    EXPECT_TRUE(view->statusText().contains(u"Extraction du 01/11/2026"_s));

    // A missing file: the error names it too.
    ASSERT_TRUE(importAndWait(*view, {m_dir.filePath(u"absent.txt"_s)}));
    EXPECT_TRUE(view->messageIsError());
    EXPECT_TRUE(view->messageText().contains(u"absent.txt : Lecture impossible"_s)) << view->messageText().toStdString();
    EXPECT_FALSE(view->startImport({}));
}

TEST_P(DirectoryAdminTest, ReadOnlyOrNonAdministratorCannotImportButSearches)
{
    auto readOnly = makeView(true);
    EXPECT_FALSE(readOnly->importButton()->isEnabled());
    EXPECT_FALSE(readOnly->startImport({demoExtract()}));

    const auto biologist = login(u"mcurie"_s, kPassword);
    auto search = m_services->directorySearch(biologist);
    DirectoryAdminView view(*search, m_services->databaseUrl(), biologist, false);
    EXPECT_FALSE(view.importButton()->isEnabled()) << "system.config only";
    EXPECT_FALSE(view.startImport({demoExtract()}));
}

TEST_P(DirectoryAdminTest, FitsThe1366PixelScreenWithoutHorizontalScrolling)
{
    auto view = makeView();
    ASSERT_TRUE(importAndWait(*view, {demoExtract()}));
    EXPECT_LE(view->minimumSizeHint().width(), 1366 - 200);
    view->resize(1366 - 200, 640);
    view->searchPanel()->cityEdit()->setText(u"a"_s);
    ASSERT_TRUE(view->searchPanel()->search());
    QTableView *table = view->searchPanel()->table();
    ASSERT_TRUE(waitUntil([&] { return table->isVisible(); }));
    QApplication::processEvents();
    int total = 0;
    for (int c = 0; c < DirectoryResultModel::ColumnCount; ++c)
        total += table->horizontalHeader()->sectionSize(c);
    EXPECT_LE(total, table->viewport()->width());
    EXPECT_GT(table->horizontalHeader()->sectionSize(DirectoryResultModel::Mssante), 120);
}

TEST_P(DirectoryAdminTest, AdministrationOffersTheDirectoryToAdministrators)
{
    WorkstationScreens screens(*m_services);
    std::unique_ptr<QWidget> widget(screens.create(Screen::Administration, false, m_admin, nullptr));
    auto *view = qobject_cast<AdministrationView *>(widget.get());
    ASSERT_NE(view, nullptr);
    ASSERT_NE(view->directoryButton(), nullptr);
    EXPECT_FALSE(view->directoryButton()->isHidden());
}

TEST_P(DirectoryAdminTest, AccountDialogWarnsAboutAnUnknownBiologistRppsWithoutRefusingIt)
{
    auto view = makeView();
    ASSERT_TRUE(importAndWait(*view, {demoExtract()}));
    UserEditDialog dialog(m_services->userAdmin(), m_admin, UserEditDialog::Mode::Create);
    dialog.setDirectory(m_search.get());
    auto *rpps = dialog.findChild<QLineEdit *>(u"rppsEdit"_s);
    auto *biologist = dialog.findChild<QCheckBox *>(u"biologistCheck"_s);
    ASSERT_TRUE(rpps && biologist);
    const QString unknown = SyntheticExtract::rpps(987654);
    rpps->setText(unknown);
    EXPECT_TRUE(dialog.rppsWarning().isEmpty()) << "only a biologist's number is checked";
    biologist->setChecked(true);
    EXPECT_TRUE(dialog.rppsWarning().contains(u"RPPS inconnu de l'Annuaire Santé (extraction du 01/12/2026)"_s))
        << dialog.rppsWarning().toStdString();
    rpps->setText(u"10000000018"_s); // wrong key
    EXPECT_TRUE(dialog.rppsWarning().contains(u"clé de contrôle"_s)) << dialog.rppsWarning().toStdString();
    rpps->setText(u"10000000017"_s);
    EXPECT_TRUE(dialog.rppsWarning().isEmpty()) << dialog.rppsWarning().toStdString();

    // A warning, not a refusal: the account with the unknown number is created.
    rpps->setText(unknown);
    dialog.findChild<QLineEdit *>(u"loginEdit"_s)->setText(u"bnouveau"_s);
    dialog.findChild<QLineEdit *>(u"displayNameEdit"_s)->setText(u"Dr Bruno Nouveau"_s);
    dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(kPassword);
    dialog.findChild<QLineEdit *>(u"confirmEdit"_s)->setText(kPassword);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    auto users = m_services->userAdmin().listUsers(m_admin);
    ASSERT_TRUE(users);
    EXPECT_TRUE(std::ranges::any_of(*users, [&](const auto &u) { return u.login == u"bnouveau"_s && u.rpps == unknown; }));
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryAdminTest, kBothBackends, sgl::testing::backendName);

} // namespace
