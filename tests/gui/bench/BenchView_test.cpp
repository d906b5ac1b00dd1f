// Paillasse screen (issue 10, item 4): worklist with bench counts, the entry grid's keyboard flow
// (Return stores and moves on, decimal comma, refusals naming the analysis), technical
// validation (selection, dossier, bench run), rerun/dilution with reason and the history panel,
// through the real workflow use cases, on both databases; models under QAbstractItemModelTester.
#include "GuiTestApp.h"
#include "Samples.h"
#include "WorkstationFixture.h"

#include "app/bench/BenchServices.h"
#include "app/bench/BenchView.h"
#include "app/bench/RerunDialog.h"
#include "app/bench/ResultEntryDelegate.h"
#include "app/bench/ResultGridModel.h"
#include "app/bench/ResultHistoryModel.h"
#include "app/bench/WorklistModel.h"
#include "domain/audit/AuditActor.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "storage/SpecimenRepository.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "workflow/orders/OrderEntry.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace sgl::app::test {
namespace {

using namespace sgl::domain;

UserSession sessionOf(Role role, const QString &login)
{
    UserSession s;
    s.userId = 90 + int(role);
    s.login = login;
    s.displayName = login;
    s.roles = {role};
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.workstation = QStringLiteral("paillasse-1");
    return s;
}

class BenchViewTest : public OnBothBackends<WorkstationFixture> {
protected:
    void SetUp() override
    {
        guiApp();
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_NE(m_services->catalogueAdmin(), nullptr);
        auto imported = m_services->catalogueAdmin()->applyImport(login(QStringLiteral("admin"), kAdminPassword),
                                                                   workflow::CatalogueImportRequest::demoCatalogue());
        ASSERT_TRUE(imported && imported->applied);
        const AuditActor actor{0, QStringLiteral("test"), QStringLiteral("test")};
        auto ok = m_db->write([&](storage::WriteTx &tx) -> Status {
            m_patient = sgl::testing::samplePatient(QStringLiteral("IPP-BENCH-1"));
            return storage::PatientRepository::insert(tx, m_patient, actor);
        });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    }

    /** A dossier with `exams`, every tube received. */
    qint64 receivedDossier(const QStringList &exams)
    {
        workflow::orders::DossierRequest r;
        r.patientId = m_patient.id;
        r.prescriberName = QStringLiteral("Dr Claire BERNARD");
        r.examCodes = exams;
        r.clinicalAnswers.insert(QStringLiteral("FASTING"), QStringLiteral("oui"));
        auto change = workflow::orders::OrderEntry(*m_db, sessionOf(Role::Secretary, QStringLiteral("secretaire"))).create(r);
        EXPECT_TRUE(change) << (change ? std::string() : change.error().toString().toStdString());
        if (!change)
            return 0;
        const AuditActor actor{0, QStringLiteral("test"), QStringLiteral("test")};
        auto ok = m_db->write([&](storage::WriteTx &tx) -> Status {
            for (auto &t : change->newTubes) {
                Specimen s = t.specimen;
                if (auto m = storage::SpecimenRepository::markReceived(tx, s, QDateTime::currentDateTimeUtc(), actor); !m)
                    return m;
            }
            return {};
        });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return change->dossier.id;
    }

    std::unique_ptr<BenchView> view(const UserSession &s, bool readOnly = false)
    {
        auto v = std::make_unique<BenchView>(m_services->bench(s), s, readOnly);
        v->resize(1366, 700);
        v->show();
        v->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(v.get()));
        return v;
    }

    int rowOf(const BenchView &v, const QString &code)
    {
        for (int i = 0; i < v.gridModel()->rowCount(); ++i)
            if (v.gridModel()->row(i).result.analysisCode == code)
                return i;
        return -1;
    }

    QString cell(const BenchView &v, int row, int column)
    {
        return v.gridModel()->index(row, column).data().toString();
    }

    Patient m_patient;
    UserSession m_tech = sessionOf(Role::Technician, QStringLiteral("technicien"));
};

TEST_P(BenchViewTest, KeyboardFlowEntersWithDecimalCommaAndMovesToTheNextResult)
{
    const qint64 id = receivedDossier({QStringLiteral("GLY"), QStringLiteral("CREAT")});
    ASSERT_NE(id, 0);
    auto v = view(m_tech);
    QAbstractItemModelTester worklistTester(v->worklistModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester gridTester(v->gridModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester historyTester(v->historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(v->benchEntries().contains(QStringLiteral("Biochimie (3)"))) << v->benchEntries().join(u'|').toStdString();
    v->selectBench(QStringLiteral("BIOCH"));
    ASSERT_EQ(v->worklistModel()->rowCount(), 3);

    ASSERT_TRUE(v->openDossier(id));
    const int glu = rowOf(*v, QStringLiteral("GLU"));
    const int crea = rowOf(*v, QStringLiteral("CREA"));
    const int dfg = rowOf(*v, QStringLiteral("DFG"));
    ASSERT_EQ(glu, 0);
    ASSERT_GE(crea, 0);
    ASSERT_GE(dfg, 0);
    EXPECT_EQ(cell(*v, glu, ResultGridModel::UnitColumn), QStringLiteral("mmol/L"));
    EXPECT_EQ(cell(*v, glu, ResultGridModel::ReferenceColumn), QStringLiteral("3,9 – 6,1"));
    EXPECT_FALSE(v->gridModel()->flags(v->gridModel()->index(dfg, ResultGridModel::ValueColumn)) & Qt::ItemIsEditable)
        << "a calculated analysis is not typed";

    // The editor is open on the first result: type, see unit/range/flag, Return.
    QLineEdit *editor = v->entryDelegate()->currentEditor();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("7,2"));
    EXPECT_TRUE(v->hintText().contains(QStringLiteral("mmol/L"))) << v->hintText().toStdString();
    EXPECT_TRUE(v->hintText().contains(QStringLiteral("3,9 – 6,1")));
    EXPECT_TRUE(v->hintText().contains(QStringLiteral("indicateur H")));
    QTest::keyClick(editor, Qt::Key_Return);
    EXPECT_EQ(cell(*v, glu, ResultGridModel::ValueColumn), QStringLiteral("7,2"));
    EXPECT_EQ(cell(*v, glu, ResultGridModel::FlagColumn), QStringLiteral("H"));
    EXPECT_EQ(cell(*v, glu, ResultGridModel::StateColumn), validationStateLabel(ValidationState::Entered));
    EXPECT_EQ(v->gridTable()->currentIndex().row(), crea) << "Return moves to the next result";

    // Two decimal separators: refused, named, the editor stays on the same result.
    editor = v->entryDelegate()->currentEditor();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("1,2,3"));
    EXPECT_TRUE(v->hintText().contains(QStringLiteral("plusieurs séparateurs"))) << v->hintText().toStdString();
    QTest::keyClick(editor, Qt::Key_Return);
    EXPECT_TRUE(v->messageText().contains(QStringLiteral("Créatinine"))) << v->messageText().toStdString();
    EXPECT_TRUE(v->messageText().contains(QStringLiteral("plusieurs séparateurs décimaux")));
    EXPECT_TRUE(cell(*v, crea, ResultGridModel::ValueColumn).isEmpty());
    EXPECT_EQ(v->gridTable()->currentIndex().row(), crea);

    editor = v->entryDelegate()->currentEditor();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("72"));
    QTest::keyClick(editor, Qt::Key_Enter);
    EXPECT_EQ(cell(*v, crea, ResultGridModel::ValueColumn), QStringLiteral("72"));
    EXPECT_FALSE(cell(*v, dfg, ResultGridModel::ValueColumn).isEmpty()) << "DFG computed as soon as CREA exists";
    EXPECT_TRUE(v->messageText().contains(QStringLiteral("DFG calculé"))) << v->messageText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return v->worklistModel()->rowCount() == 3; }));

    // History of the selected result.
    v->gridTable()->setCurrentIndex(v->gridModel()->index(glu, ResultGridModel::AnalysisColumn));
    EXPECT_EQ(v->historyModel()->rowCount(), 1);
    EXPECT_EQ(v->historyModel()->index(0, ResultHistoryModel::ValueColumn).data().toString(), QStringLiteral("7,2 (H)"));
}

TEST_P(BenchViewTest, TechnicalValidationOfDossierAndBenchRun)
{
    const qint64 first = receivedDossier({QStringLiteral("GLY"), QStringLiteral("CREAT")});
    const qint64 second = receivedDossier({QStringLiteral("GLY")});
    auto v = view(m_tech);
    QAbstractItemModelTester gridTester(v->gridModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(v->openDossier(first));
    ASSERT_TRUE(v->commitValue(rowOf(*v, QStringLiteral("GLU")), QStringLiteral("5,1")));
    ASSERT_TRUE(v->commitValue(rowOf(*v, QStringLiteral("CREA")), QStringLiteral("70")));
    v->validateDossier();
    EXPECT_EQ(v->messageText(), QStringLiteral("3 résultat(s) validé(s) techniquement.")) << v->messageText().toStdString();
    for (int i = 0; i < v->gridModel()->rowCount(); ++i)
        EXPECT_EQ(cell(*v, i, ResultGridModel::StateColumn), validationStateLabel(ValidationState::TechnicallyValidated));
    EXPECT_FALSE(v->gridModel()->flags(v->gridModel()->index(0, ResultGridModel::ValueColumn)) & Qt::ItemIsEditable);

    // Selection: nothing entered selected is refused with the rule's words.
    ASSERT_TRUE(v->openDossier(second));
    v->gridTable()->selectRow(0);
    v->validateSelection();
    EXPECT_TRUE(v->messageText().contains(QStringLiteral("impossible"))) << v->messageText().toStdString();
    ASSERT_TRUE(v->commitValue(0, QStringLiteral("6")));
    v->selectBench(QStringLiteral("BIOCH"));
    v->validateBench();
    EXPECT_EQ(v->messageText(), QStringLiteral("1 résultat(s) validé(s) techniquement.")) << v->messageText().toStdString();
    EXPECT_EQ(cell(*v, 0, ResultGridModel::StateColumn), validationStateLabel(ValidationState::TechnicallyValidated));
    EXPECT_EQ(v->worklistModel()->rowCount(), 0);
    EXPECT_TRUE(v->benchEntries().contains(QStringLiteral("Biochimie (0)"))) << v->benchEntries().join(u'|').toStdString();
}

TEST_P(BenchViewTest, RerunWithReasonKeepsThePreviousValueInTheHistory)
{
    const qint64 id = receivedDossier({QStringLiteral("GLY")});
    auto v = view(m_tech);
    QAbstractItemModelTester historyTester(v->historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(v->openDossier(id));
    ASSERT_TRUE(v->commitValue(0, QStringLiteral(">25")));
    EXPECT_TRUE(v->messageText().contains(QStringLiteral("Valeur critique"))) << v->messageText().toStdString();
    QCoreApplication::processEvents();
    v->gridTable()->setCurrentIndex(v->gridModel()->index(0, ResultGridModel::AnalysisColumn));

    EXPECT_FALSE(v->sendBack(workflow::bench::RerunOrder::Kind::Dilution, QStringLiteral(" "), 10.0));
    EXPECT_TRUE(v->messageText().contains(QStringLiteral("motif"))) << v->messageText().toStdString();
    ASSERT_TRUE(v->sendBack(workflow::bench::RerunOrder::Kind::Dilution, QStringLiteral("hors gamme"), 10.0));
    EXPECT_EQ(cell(*v, 0, ResultGridModel::StateColumn), validationStateLabel(ValidationState::RerunRequested));
    EXPECT_TRUE(cell(*v, 0, ResultGridModel::ValueColumn).isEmpty());
    ASSERT_EQ(v->historyModel()->rowCount(), 2);
    EXPECT_TRUE(v->historyModel()->index(1, ResultHistoryModel::ValueColumn).data().toString().contains(QStringLiteral("25")));
    EXPECT_TRUE(v->historyModel()->index(1, ResultHistoryModel::ReasonColumn).data().toString().contains(QStringLiteral("1/10")));

    // Entered again after the dilution.
    ASSERT_TRUE(v->commitValue(0, QStringLiteral("31,5")));
    EXPECT_EQ(cell(*v, 0, ResultGridModel::ValueColumn), QStringLiteral("31,5"));

    RerunDialog dialog(QStringLiteral("Glucose"));
    dialog.setKind(workflow::bench::RerunOrder::Kind::Dilution);
    dialog.setFactor(5);
    dialog.setReason(QStringLiteral("lipémique"));
    const auto order = dialog.order(7, 3);
    EXPECT_EQ(order.resultId, 7);
    EXPECT_EQ(order.version, 3);
    EXPECT_EQ(order.dilutionFactor, 5.0);
    EXPECT_EQ(order.reason, QStringLiteral("lipémique"));
}

TEST_P(BenchViewTest, SecretaryAndReadOnlySessionsCannotEnter)
{
    const qint64 id = receivedDossier({QStringLiteral("GLY")});
    auto secretary = view(sessionOf(Role::Secretary, QStringLiteral("secretaire")));
    ASSERT_TRUE(secretary->openDossier(id));
    EXPECT_FALSE(secretary->commitValue(0, QStringLiteral("5")));
    EXPECT_TRUE(secretary->messageText().contains(QStringLiteral("saisir un résultat"))) << secretary->messageText().toStdString();

    auto readOnly = view(m_tech, true);
    ASSERT_TRUE(readOnly->openDossier(id));
    EXPECT_FALSE(readOnly->gridModel()->flags(readOnly->gridModel()->index(0, ResultGridModel::ValueColumn))
                 & Qt::ItemIsEditable);
}

INSTANTIATE_TEST_SUITE_P(Backends, BenchViewTest, kBothBackends, sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
