// The QC banner of the validation screen and the queue's QC mark (issue 15, QC on the validation
// screen), both databases: the demo's CRP held by the rejected control shows « Résultats retenus
// par le contrôle qualité : CRP (lot 26051, règle 1-3s, …) » with a button asking for the QC
// screen on CRP; a dossier QC does not concern shows no banner (and leaves no QC audit row); a
// technically validated CRP held by a new rejected run is marked « CQ » in the queue; the banner
// of a user who may not open the QC screen has no button.

#include "ValidationGuiFixture.h"

#include "app/validation/QcHoldBanner.h"
#include "app/validation/ValidationQueueModel.h"
#include "workflow/qc/QcLotAdmin.h"
#include "workflow/qc/QcQueries.h"
#include "workflow/qc/QcReview.h"
#include "workflow/qc/QcRunRecorder.h"

#include <QPushButton>
#include <QSignalSpy>

namespace sgl::app::test {
namespace {

using namespace sgl::domain;

class QcHoldBannerTest : public ValidationGuiTest {
protected:
    /** The demo's held CRP (SANTONI Marie, cobas-demo, lot 26051). */
    workflow::qc::QcHeldResult demoHold()
    {
        auto holds = workflow::qc::QcQueries(*m_db, tech()).openHolds();
        EXPECT_TRUE(holds) << (holds ? std::string() : holds.error().toString().toStdString());
        EXPECT_EQ(holds.value_or(QList<workflow::qc::QcHeldResult>{}).size(), 1);
        return holds && !holds->isEmpty() ? holds->first() : workflow::qc::QcHeldResult{};
    }
    int qcReads() { return count(QStringLiteral("audit_log"), QStringLiteral("action = 'qc.read_holds'")); }
};

TEST_P(QcHoldBannerTest, DemoHeldCrpShowsTheBannerWithItsLotRuleAndTime)
{
    const workflow::qc::QcHeldResult held = demoHold();
    ASSERT_GT(held.hold.dossierId, 0);
    ValidationView &v = view();
    QcHoldBanner *banner = v.qcBanner();
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isHidden()) << "no dossier yet";

    ASSERT_TRUE(v.openDossier(held.hold.dossierId)) << v.messageText().toStdString();
    EXPECT_FALSE(banner->isHidden());
    const QString at = held.run.observedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    EXPECT_EQ(banner->text(), QStringLiteral("Résultats retenus par le contrôle qualité : CRP (lot 26051, règle 1-3s, %1).").arg(at))
        << banner->text().toStdString();
    EXPECT_EQ(banner->analyses(), QStringList{QStringLiteral("CRP")});
    EXPECT_TRUE(banner->canOpenQc()) << "a biologist lists the QC screen";
    // At the top of the dossier area, above the results.
    EXPECT_EQ(banner->parentWidget()->objectName(), QStringLiteral("dossierPanel"));
    EXPECT_LT(banner->parentWidget()->layout()->indexOf(banner), 1);

    QSignalSpy spy(&v, &ValidationView::screenRequested);
    auto *open = banner->findChild<QPushButton *>(QStringLiteral("qcOpen_CRP"));
    ASSERT_NE(open, nullptr);
    open->click();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("qc"));
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("CRP"));

    // Reviewed (accepted with a reason): the dossier shows no banner any more.
    auto reviewed = workflow::qc::QcReview(*m_db, tech())
                        .review({held.run.id, std::nullopt, workflow::qc::QcReviewRequest::Decision::Accept,
                                 QStringLiteral("contrôle mal reconstitué, repassé conforme"), {}});
    ASSERT_TRUE(reviewed) << reviewed.error().toString().toStdString();
    ASSERT_TRUE(v.openDossier(held.hold.dossierId));
    EXPECT_TRUE(banner->isHidden());
}

TEST_P(QcHoldBannerTest, DossierWithoutHoldShowsNoBannerAndReadsNoQc)
{
    const Dossier d = ready({QStringLiteral("IONO")}, normalIono());
    ValidationView &v = view();
    const int reads = qcReads();
    ASSERT_TRUE(v.openDossier(d.id)) << v.messageText().toStdString();
    EXPECT_TRUE(v.qcBanner()->isHidden());
    EXPECT_TRUE(v.qcBanner()->text().isEmpty());
    EXPECT_EQ(qcReads(), reads);
}

TEST_P(QcHoldBannerTest, QueueMarksTheDossierHeldByANewRejectedRun)
{
    // A CRP technically validated, then measured by an analyzer whose next control is rejected.
    const Dossier d = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    const LabResult crp = resultOf(d.id, QStringLiteral("CRP"));
    auto marked = m_db->write([&](storage::WriteTx &tx) -> Status {
        auto n = tx.exec(QStringLiteral("UPDATE results SET analyzer = ?, observed_at = ? WHERE id = ?"),
                         {QStringLiteral("chimie-test"), tx.dialect().toDb(QDateTime::currentDateTimeUtc().addSecs(-7200)), crp.id});
        if (!n)
            return std::unexpected(n.error());
        return {};
    });
    ASSERT_TRUE(marked) << marked.error().toString().toStdString();
    workflow::qc::QcLotAdmin admin(*m_db, tech());
    auto material = admin.saveMaterial({0, QStringLiteral("CTRL-T"), QStringLiteral("Contrôle test"), {}, QStringLiteral("1"), true, 0});
    ASSERT_TRUE(material) << material.error().toString().toStdString();
    domain::qc::QcLot lot;
    lot.materialId = material->id;
    lot.lotNumber = QStringLiteral("T-99");
    lot.analyzer = QStringLiteral("chimie-test");
    lot.analysisCode = QStringLiteral("CRP");
    lot.unit = QStringLiteral("mg/L");
    lot.mean = 10.0;
    lot.sd = 1.0;
    auto savedLot = admin.saveLot(lot);
    ASSERT_TRUE(savedLot) << savedLot.error().toString().toStdString();
    workflow::qc::QcRunRequest run;
    run.analyzer = QStringLiteral("chimie-test");
    run.analysisCode = QStringLiteral("CRP");
    run.values = {workflow::qc::QcValueInput{savedLot->id, QStringLiteral("14"), 0}};
    run.observedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto rejected = workflow::qc::QcRunRecorder(*m_db, tech()).record(run);
    ASSERT_TRUE(rejected) << rejected.error().toString().toStdString();

    ValidationView &v = view();
    ValidationQueueModel *queue = v.queueModel();
    const int row = queue->rowOf(d.id);
    ASSERT_GE(row, 0) << "technically validated: in the biologist's queue";
    EXPECT_TRUE(ValidationQueueModel::qcHeld(queue->row(row)));
    const QString alerts = queue->data(queue->index(row, ValidationQueueModel::AlertsColumn)).toString();
    EXPECT_TRUE(alerts.endsWith(QStringLiteral("CQ"))) << alerts.toStdString();
    EXPECT_TRUE(queue->data(queue->index(row, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("contrôle qualité")));
    const Dossier free = ready({QStringLiteral("IONO")}, normalIono());
    ASSERT_TRUE(v.reloadQueue());
    ASSERT_GE(queue->rowOf(free.id), 0);
    EXPECT_FALSE(ValidationQueueModel::qcHeld(queue->row(queue->rowOf(free.id))));

    ASSERT_TRUE(v.openDossier(d.id));
    EXPECT_FALSE(v.qcBanner()->isHidden());
    EXPECT_TRUE(v.qcBanner()->text().startsWith(QStringLiteral("Résultats retenus par le contrôle qualité : CRP (lot T-99, règle 1-3s, ")))
        << v.qcBanner()->text().toStdString();
    EXPECT_FALSE(v.validateDossier()) << "held: validation refused";
}

TEST_P(QcHoldBannerTest, WithoutTheQcScreenTheBannerHasNoButton)
{
    const workflow::qc::QcHeldResult held = demoHold();
    workflow::qc::QcQueries queries(*m_db, tech());
    QcHoldBanner banner(queries, false);
    banner.setHolds({held, held}); // one entry per analysis and run
    EXPECT_FALSE(banner.isHidden());
    EXPECT_EQ(banner.text().count(QStringLiteral("CRP (lot 26051")), 1);
    EXPECT_TRUE(banner.text().contains(QStringLiteral("Validation impossible avant la revue du contrôle")));
    EXPECT_TRUE(banner.findChildren<QPushButton *>().isEmpty());
    banner.setHolds({});
    EXPECT_TRUE(banner.isHidden());
}

INSTANTIATE_TEST_SUITE_P(Backends, QcHoldBannerTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
