// Validation biologique screen (issue 12, items 1-4 and 9) driven offscreen on both databases:
// queue with flags and exclusion reasons, dossier view, whole and partial validation, the
// critical call-back flow, a refused concurrent action (message and reload), batch release with
// exclusion reasons and re-authentication, an amended version, and validating from the keyboard.
// Models under QAbstractItemModelTester.

#include "ValidationGuiFixture.h"

#include "app/validation/BatchReleaseDialog.h"
#include "app/validation/PreviousValuesModel.h"
#include "app/widgets/SharingChoicesPanel.h"
#include "app/validation/TrendChart.h"
#include "app/validation/ValidationQueueModel.h"
#include "app/validation/ValidationResultsModel.h"
#include "workflow/validation/BiologicalValidation.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTreeView>

namespace sgl::app::test {
namespace {

using namespace sgl::domain;
using workflow::validation::ValidationQueueFilter;

class ValidationViewTest : public ValidationGuiTest {};

QStringList statesOf(const ValidationView &v)
{
    QStringList out;
    if (const auto *d = v.dossier())
        for (const auto *r : d->rows())
            out << QStringLiteral("%1=%2").arg(r->result.analysisCode, validationStateCode(r->result.state));
    return out;
}

TEST_P(ValidationViewTest, QueueShowsFlagsAndExclusionsAndTheDossierOpens)
{
    const Dossier clean = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    const Dossier critical = ready({QStringLiteral("IONO")}, normalIono(QStringLiteral("7,0")), Dossier::Priority::Urgent);
    ValidationView &v = view();
    QAbstractItemModelTester queueTester(v.queueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester resultsTester(v.resultsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester previousTester(v.previousModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto *queue = v.queueModel();
    const int ci = queue->rowOf(critical.id), ki = queue->rowOf(clean.id);
    ASSERT_GE(ci, 0);
    ASSERT_GE(ki, 0);
    EXPECT_LT(ci, ki) << "urgent first";
    EXPECT_TRUE(queue->row(ci).criticalWithoutCallBack);
    EXPECT_TRUE(queue->index(ci, ValidationQueueModel::AlertsColumn).data().toString().contains(QStringLiteral("C!")));
    EXPECT_EQ(queue->index(ki, ValidationQueueModel::ReleaseColumn).data().toString(), QStringLiteral("oui"));
    const QString tip = queue->index(ci, 0).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Exclu de la libération par lot"))) << tip.toStdString();
    EXPECT_TRUE(v.countText().contains(QStringLiteral("dossier"))) << v.countText().toStdString();

    // Filter: critical only.
    ValidationQueueFilter f;
    f.criticalOnly = true;
    v.setFilter(f);
    EXPECT_GE(queue->rowOf(critical.id), 0);
    EXPECT_EQ(queue->rowOf(clean.id), -1);
    v.setFilter({});

    ASSERT_TRUE(v.openDossier(critical.id)) << v.messageText().toStdString();
    EXPECT_TRUE(v.headerText().contains(critical.number)) << v.headerText().toStdString();
    EXPECT_TRUE(v.headerText().contains(QStringLiteral("rappel"))) << v.headerText().toStdString();
    const QModelIndex k = v.resultsModel()->indexOfAnalysis(QStringLiteral("K"));
    ASSERT_TRUE(k.isValid());
    EXPECT_EQ(v.resultsModel()->index(k.row(), ValidationResultsModel::FlagColumn, k.parent()).data().toString(), QStringLiteral("HH"));
    EXPECT_TRUE(v.resultsModel()->index(k.row(), ValidationResultsModel::TechnicalColumn, k.parent()).data().toString().contains(
        QStringLiteral("technicien")));
    // The current row feeds the antériorités and the chart.
    v.resultsTree()->setCurrentIndex(k);
    EXPECT_EQ(v.previousModel()->columnCount(), 1 + int(v.resultsModel()->resultRow(k)->previous.size()));
    EXPECT_GE(v.trendChart()->pointCount(), 1);
    // The next dossier is pre-loaded, and F8's openNext takes it.
    const int next = queue->rowOf(critical.id) + 1;
    ASSERT_LT(next, queue->rowCount());
    EXPECT_TRUE(sgl::app::test::waitUntil([&] { return v.preloadedDossierId() == queue->row(next).dossierId; }));
    ASSERT_TRUE(v.openNext());
    EXPECT_EQ(v.dossier()->dossierId, queue->row(next).dossierId);
}

TEST_P(ValidationViewTest, ValidatesTheDossier)
{
    const Dossier d = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    ValidationView &v = view();
    ASSERT_TRUE(v.openDossier(d.id));
    ASSERT_TRUE(v.validateDossier()) << v.messageText().toStdString();
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("version 1"))) << v.messageText().toStdString();
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("complet"))) << v.messageText().toStdString();
    EXPECT_EQ(statesOf(v), QStringList{QStringLiteral("CRP=validated")});
    EXPECT_EQ(v.queueModel()->rowOf(d.id), -1) << "a validated dossier leaves the queue";
}

TEST_P(ValidationViewTest, PartialValidationThenCompletion)
{
    const Dossier d = ready({QStringLiteral("IONO")}, normalIono());
    ValidationView &v = view();
    ASSERT_TRUE(v.openDossier(d.id));
    v.selectAnalyses({QStringLiteral("NA"), QStringLiteral("K")});
    ASSERT_TRUE(v.validateSelection()) << v.messageText().toStdString();
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("partiel"))) << v.messageText().toStdString();
    const QStringList states = statesOf(v);
    EXPECT_TRUE(states.contains(QStringLiteral("NA=validated")) && states.contains(QStringLiteral("CL=technically_validated")))
        << states.join(u',').toStdString();
    ASSERT_TRUE(v.validateDossier()) << v.messageText().toStdString();
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("version 2"))) << v.messageText().toStdString();
    EXPECT_FALSE(v.messageText().contains(QStringLiteral("partiel"))) << v.messageText().toStdString();
    for (const QString &s : statesOf(v))
        EXPECT_TRUE(s.endsWith(QStringLiteral("=validated"))) << s.toStdString();
}

TEST_P(ValidationViewTest, CriticalValueNeedsItsCallBackFirst)
{
    const Dossier d = ready({QStringLiteral("IONO")}, normalIono(QStringLiteral("7,0")));
    ValidationView &v = view();
    ASSERT_TRUE(v.openDossier(d.id));
    EXPECT_FALSE(v.validateDossier());
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("critique"))) << v.messageText().toStdString();
    EXPECT_TRUE(statesOf(v).contains(QStringLiteral("K=technically_validated")));

    // A record without read-back nor escalation is refused with the rule's words.
    workflow::validation::CallBackRequest bad;
    bad.analysisCode = QStringLiteral("K");
    bad.calledName = QStringLiteral("Dr Claire BERNARD");
    EXPECT_FALSE(v.recordCallBack(bad));
    EXPECT_FALSE(v.messageText().isEmpty());

    workflow::validation::CallBackRequest good = bad;
    good.readBack = true;
    ASSERT_TRUE(v.recordCallBack(good)) << v.messageText().toStdString();
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("Dr Claire BERNARD"))) << v.messageText().toStdString();
    ASSERT_TRUE(v.validateDossier()) << v.messageText().toStdString();
    EXPECT_TRUE(statesOf(v).contains(QStringLiteral("K=validated")));
}

TEST_P(ValidationViewTest, ConcurrentChangeIsRefusedAndTheDossierReloads)
{
    const Dossier d = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    ValidationView &v = view();
    ASSERT_TRUE(v.openDossier(d.id));
    const int shown = v.dossier()->version;

    // A second biologist validates it meanwhile, through their own session.
    auto other = workflow::validation::BiologicalValidation(*m_db, secondBiologist(), reports()).validate(whole(dossierOf(d.id)));
    ASSERT_TRUE(other) << other.error().toString().toStdString();

    EXPECT_FALSE(v.validateDossier());
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("rechargé"))) << v.messageText().toStdString();
    ASSERT_NE(v.dossier(), nullptr);
    EXPECT_GT(v.dossier()->version, shown);
    EXPECT_EQ(statesOf(v), QStringList{QStringLiteral("CRP=validated")}) << "the reload shows the other validation";
}

TEST_P(ValidationViewTest, BatchReleaseShowsExclusionsAndAsksThePassword)
{
    const Dossier clean = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    const Dossier high = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("50")}});
    ValidationView &v = view();
    const auto candidates = v.releaseCandidates();
    ASSERT_FALSE(candidates.isEmpty()) << v.messageText().toStdString();
    BatchReleaseDialog dialog(candidates);
    QList<qint64> eligible = dialog.selectedDossiers();
    EXPECT_TRUE(eligible.contains(clean.id));
    EXPECT_FALSE(eligible.contains(high.id));
    const QString excluded = dialog.excludedLines().join(u'\n');
    EXPECT_TRUE(excluded.contains(high.number) && excluded.contains(QStringLiteral("CRP"))) << excluded.toStdString();

    EXPECT_FALSE(v.releaseBatch(QStringLiteral("mauvais"), eligible));
    EXPECT_FALSE(v.messageText().isEmpty());
    EXPECT_GE(v.queueModel()->rowOf(clean.id), 0) << "nothing released without the password";

    // An excluded dossier passed anyway is refused by the use case, with its reasons.
    EXPECT_FALSE(v.releaseBatch(kBiologistPassword, {clean.id, high.id}));
    EXPECT_TRUE(v.messageText().contains(high.number)) << v.messageText().toStdString();
    EXPECT_EQ(v.queueModel()->rowOf(clean.id), -1) << "the eligible one was released";
    EXPECT_GE(v.queueModel()->rowOf(high.id), 0);
}

TEST_P(ValidationViewTest, UnvalidateThenRevalidateIssuesAnAmendedVersion)
{
    const Dossier d = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    ValidationView &v = view();
    ASSERT_TRUE(v.openDossier(d.id));
    ASSERT_TRUE(v.validateDossier()) << v.messageText().toStdString();
    EXPECT_FALSE(v.unvalidate({QStringLiteral("CRP")}, QString())) << "reason mandatory";
    ASSERT_TRUE(v.unvalidate({QStringLiteral("CRP")}, QStringLiteral("Erreur de saisie du prescripteur")))
        << v.messageText().toStdString();
    EXPECT_EQ(statesOf(v), QStringList{QStringLiteral("CRP=technically_validated")});
    ASSERT_TRUE(v.validateDossier()) << v.messageText().toStdString();
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("rectificatif"))) << v.messageText().toStdString();
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("version 2"))) << v.messageText().toStdString();
}

TEST_P(ValidationViewTest, SharingChoicesGoWithTheValidation)
{
    const Dossier d = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    ValidationView &v = view();
    ASSERT_TRUE(v.openDossier(d.id));
    SharingChoices c = v.sharingPanel()->choices();
    EXPECT_FALSE(c.dmpWithheld) << "DMP sending on by default";
    EXPECT_EQ(c.sendToPatientMss, v.dossier()->header.insQualified);
    c.dmpWithheld = true; // without a reason: refused, nothing validated
    v.sharingPanel()->setChoices(c);
    EXPECT_FALSE(v.validateDossier());
    EXPECT_FALSE(v.messageText().isEmpty());
    EXPECT_EQ(statesOf(v), QStringList{QStringLiteral("CRP=technically_validated")});
    c.withholdReason = QStringLiteral("Opposition du patient");
    v.sharingPanel()->setChoices(c);
    ASSERT_TRUE(v.validateDossier()) << v.messageText().toStdString();
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("DMP"))) << v.messageText().toStdString();
}

TEST_P(ValidationViewTest, ValidatesFromTheKeyboard)
{
    const Dossier d = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    ValidationView &v = view();
    v.show();
    v.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&v));
    // The screen lands in the queue, which opens its first dossier; F8 then opens the next one.
    ASSERT_TRUE(waitUntil([&] { return v.dossier() != nullptr; })) << v.messageText().toStdString();
    EXPECT_EQ(v.dossier()->dossierId, v.queueModel()->row(0).dossierId);
    ASSERT_GE(v.queueModel()->rowCount(), 2);
    QTest::keyClick(v.resultsTree(), Qt::Key_F8);
    EXPECT_EQ(v.dossier()->dossierId, v.queueModel()->row(1).dossierId);
    ASSERT_TRUE(v.openDossier(d.id));
    v.resultsTree()->setFocus();
    QTest::keyClick(v.resultsTree(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(v.messageText().contains(QStringLiteral("version 1"))) << v.messageText().toStdString();
    EXPECT_EQ(statesOf(v), QStringList{QStringLiteral("CRP=validated")});
}

TEST_P(ValidationViewTest, ReadOnlyScreenHasNoWritingShortcut)
{
    const Dossier d = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    ValidationView &v = view(true);
    v.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&v));
    ASSERT_TRUE(v.openDossier(d.id));
    QTest::keyClick(v.resultsTree(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(statesOf(v), QStringList{QStringLiteral("CRP=technically_validated")});
}

INSTANTIATE_TEST_SUITE_P(Backends, ValidationViewTest, ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
