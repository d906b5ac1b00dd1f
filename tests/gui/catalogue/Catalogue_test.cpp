// Catalogue screen over the real CatalogueAdmin, after importing the shipped demo catalogue
// through ApplyCatalogueImport.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/catalogue/AnalysisEditDialog.h"
#include "app/catalogue/CatalogueTreeModel.h"
#include "app/catalogue/CatalogueView.h"
#include "app/shell/MainWindow.h"
#include "app/shell/WorkstationScreens.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/catalogue/CatalogueAdmin.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>

using namespace sgl::app;
using namespace sgl::app::test;

namespace {

class CatalogueViewTest : public WorkstationFixture {
protected:
    void importDemoCatalogue()
    {
        const auto admin = login(QStringLiteral("admin"), kAdminPassword);
        auto validator = sgl::interop::catalogue::CatalogueReferenceData::validator();
        ASSERT_TRUE(validator.has_value()) << validator.error().toString().toStdString();
        sgl::workflow::CatalogueImportRequest request;
        request.data = sgl::interop::catalogue::CatalogueReferenceData::demoCatalogueCsv();
        request.sourceName = QStringLiteral("demo-catalogue.csv");
        request.rangesCsv = sgl::interop::catalogue::CatalogueReferenceData::demoRangesCsv();
        request.rangesSourceName = QStringLiteral("demo-ranges.csv");
        request.reason = QStringLiteral("Catalogue de démonstration");
        auto outcome = sgl::workflow::ApplyCatalogueImport(*m_db, std::move(*validator))
                           .run(admin, request);
        ASSERT_TRUE(outcome.has_value()) << outcome.error().toString().toStdString();
    }
};

} // namespace

TEST_F(CatalogueViewTest, EmptyCatalogueShowsZeroCounts)
{
    CatalogueView view(m_services->catalogueAdmin(), m_services->catalogueError());
    ASSERT_NE(m_services->catalogueAdmin(), nullptr) << m_services->catalogueError().message.toStdString();
    EXPECT_EQ(view.model()->rowCount(), 0);
    EXPECT_TRUE(view.statusText().startsWith(QStringLiteral("0 chapitres")));
    EXPECT_FALSE(view.find(QStringLiteral("glucose")));
}

TEST_F(CatalogueViewTest, DemoCatalogueTreeSearchAndDetails)
{
    importDemoCatalogue();
    WorkstationScreens screens(*m_services);
    MainWindow window(screens, m_services->databaseDisplay());
    window.setSession(login(QStringLiteral("mcurie"), kPassword));
    ASSERT_TRUE(window.showScreen(Screen::Catalogue));
    auto *view = qobject_cast<CatalogueView *>(window.screenWidget(Screen::Catalogue));
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GT(view->model()->rowCount(), 0) << view->statusText().toStdString();
    const auto &catalogue = view->model()->catalogue();
    ASSERT_FALSE(catalogue.analyses.isEmpty());
    const auto &analysis = catalogue.analyses.first();
    ASSERT_TRUE(view->find(analysis.loinc.isEmpty() ? analysis.localCode : analysis.loinc));
    EXPECT_TRUE(view->detailsText().contains(analysis.localCode) || view->detailsText().contains(analysis.label))
        << view->detailsText().toStdString();
    EXPECT_FALSE(view->find(QStringLiteral("zzzz-introuvable")));
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("Aucun")));
}

TEST_F(CatalogueViewTest, AdminEditsAnalysisWithReasonBadLoincRefused)
{
    importDemoCatalogue();
    const auto admin = login(QStringLiteral("admin"), kAdminPassword);
    CatalogueView view(m_services->catalogueAdmin(), m_services->catalogueError(), admin, false);
    ASSERT_TRUE(view.find(QStringLiteral("glucose")));
    const sgl::domain::Analysis *glucose = view.selectedAnalysis();
    ASSERT_NE(glucose, nullptr);
    const QString code = glucose->localCode;
    auto *editButton = view.findChild<QPushButton *>(QStringLiteral("editButton"));
    ASSERT_NE(editButton, nullptr);
    EXPECT_TRUE(editButton->isEnabled());

    {
        AnalysisEditDialog dialog(*m_services->catalogueAdmin(), admin, *glucose);
        dialog.findChild<QLineEdit *>(QStringLiteral("labelEdit"))
            ->setText(QStringLiteral("Glucose à jeun"));
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Rejected);
        EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("motif")));

        dialog.findChild<QLineEdit *>(QStringLiteral("loincEdit"))->setText(QStringLiteral("14749-7"));
        dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"))
            ->setText(QStringLiteral("Libellé harmonisé"));
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Rejected) << "wrong LOINC check digit";
        EXPECT_FALSE(dialog.errorText().isEmpty());

        dialog.findChild<QLineEdit *>(QStringLiteral("loincEdit"))->setText(QStringLiteral("14749-6"));
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    ASSERT_TRUE(view.reload());
    const auto *stored = view.model()->catalogue().analysis(code);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->label, QStringLiteral("Glucose à jeun"));
    EXPECT_GT(stored->version, 1);
    ASSERT_TRUE(view.find(code));
    ASSERT_NE(view.selectedAnalysis(), nullptr);
    EXPECT_EQ(view.selectedAnalysis()->localCode, code) << "an exact code wins the search";
}

TEST_F(CatalogueViewTest, BiologistCannotEdit)
{
    importDemoCatalogue();
    const auto biologist = login(QStringLiteral("mcurie"), kPassword);
    CatalogueView view(m_services->catalogueAdmin(), m_services->catalogueError(), biologist, true);
    view.show();
    ASSERT_TRUE(view.find(QStringLiteral("glucose")));
    EXPECT_FALSE(view.findChild<QPushButton *>(QStringLiteral("editButton"))->isVisible());
    // And the use case itself refuses a biologist.
    auto refused = m_services->catalogueAdmin()->saveAnalysis(biologist, *view.selectedAnalysis(),
                                                              QString(), QStringLiteral("essai"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, QStringLiteral("auth.forbidden"));
    EXPECT_EQ(refused.error().location, QStringLiteral("catalogue.edit"));
}
