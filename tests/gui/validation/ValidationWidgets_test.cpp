// The Validation screen's dialogs and panels on their own (issue 12, items 3 and 6): the sharing
// choices' defaults and the patient MSSanté copy offered only for a qualified INS, the mandatory
// reason of each dialog, the call-back form's read-back / unreachable rule, and the shortcut table.

#include "GuiTestApp.h"

#include "app/validation/CallBackDialog.h"
#include "app/validation/ValidationReasonDialog.h"
#include "app/validation/SendBackDialog.h"
#include "app/widgets/SharingChoicesPanel.h"
#include "app/validation/ValidationQueueModel.h"
#include "app/validation/ValidationResultsModel.h"
#include "app/validation/ValidationShortcuts.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

#include <gtest/gtest.h>

namespace sgl::app::test {
namespace {

using namespace sgl::domain;

QPushButton *okOf(QWidget &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

TEST(SharingChoicesPanel, DmpOnByDefaultAndPatientCopyOnlyWithQualifiedIns)
{
    guiApp();
    SharingChoicesPanel panel;
    panel.reset(false);
    EXPECT_EQ(panel.choices(), SharingChoices::defaultsFor(false));
    EXPECT_FALSE(panel.choices().dmpWithheld);
    EXPECT_FALSE(panel.choices().sendToPatientMss);
    auto *mss = panel.findChild<QCheckBox *>(QStringLiteral("patientMssCheck"));
    ASSERT_NE(mss, nullptr);
    EXPECT_TRUE(mss->isHidden());
    mss->setChecked(true); // even forced, no copy without a qualified INS
    EXPECT_FALSE(panel.choices().sendToPatientMss);

    panel.reset(true);
    EXPECT_EQ(panel.choices(), SharingChoices::defaultsFor(true));
    EXPECT_FALSE(mss->isHidden());
    // Hidden from the patient until the announcement: no copy to the patient.
    panel.findChild<QCheckBox *>(QStringLiteral("hiddenPatientCheck"))->setChecked(true);
    EXPECT_FALSE(panel.choices().sendToPatientMss);
    EXPECT_TRUE(panel.choices().hiddenFromPatientUntilAnnouncement);

    // Withholding needs the box; the reason field is only read then.
    auto *reason = panel.findChild<QLineEdit *>(QStringLiteral("withholdReasonEdit"));
    reason->setText(QStringLiteral("Opposition"));
    EXPECT_FALSE(panel.choices().dmpWithheld);
    EXPECT_TRUE(panel.choices().withholdReason.isEmpty());
    panel.findChild<QCheckBox *>(QStringLiteral("withholdCheck"))->setChecked(true);
    EXPECT_TRUE(panel.choices().dmpWithheld);
    EXPECT_EQ(panel.choices().withholdReason, QStringLiteral("Opposition"));
}

TEST(ValidationDialogs, ReasonIsMandatory)
{
    guiApp();
    ValidationReasonDialog unvalidate(QStringLiteral("Dévalider"), QStringLiteral("CRP"));
    EXPECT_FALSE(okOf(unvalidate)->isEnabled());
    unvalidate.setReason(QStringLiteral("  "));
    EXPECT_FALSE(okOf(unvalidate)->isEnabled());
    unvalidate.setReason(QStringLiteral("Erreur"));
    EXPECT_TRUE(okOf(unvalidate)->isEnabled());

    ValidationReasonDialog correct(QStringLiteral("Corriger"), QStringLiteral("K : 7,0"));
    correct.askValue(QStringLiteral("Nouvelle valeur :"), QStringLiteral("7,0"));
    correct.setReason(QStringLiteral("Hémolyse non signalée"));
    EXPECT_TRUE(okOf(correct)->isEnabled());
    correct.setValue(QString());
    EXPECT_FALSE(okOf(correct)->isEnabled());

    SendBackDialog send(QStringLiteral("K : 7,0 mmol/L"));
    EXPECT_FALSE(okOf(send)->isEnabled());
    send.setKind(workflow::bench::RerunOrder::Kind::Dilution);
    send.setReason(QStringLiteral("Au-delà de la linéarité"));
    EXPECT_TRUE(okOf(send)->isEnabled());
    EXPECT_EQ(send.factor(), 10.0);
    send.setKind(workflow::bench::RerunOrder::Kind::NewSample);
    EXPECT_FALSE(send.factor().has_value());
}

TEST(ValidationDialogs, CallBackNeedsReadBackOrEscalation)
{
    guiApp();
    CallBackDialog dialog(QStringLiteral("K : 7,0 mmol/L"));
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    dialog.setCalled(QStringLiteral("Dr Claire BERNARD"));
    EXPECT_FALSE(okOf(dialog)->isEnabled()) << "read-back not confirmed";
    dialog.setReadBack(true);
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    auto r = dialog.request(12, 3, 45);
    EXPECT_EQ(r.dossierId, 12);
    EXPECT_EQ(r.dossierVersion, 3);
    EXPECT_EQ(r.resultId, 45);
    EXPECT_TRUE(r.readBack);
    EXPECT_FALSE(r.unreachable);

    dialog.setUnreachable(true);
    EXPECT_FALSE(okOf(dialog)->isEnabled()) << "unreachable needs the escalation";
    dialog.setUnreachable(true, QStringLiteral("Médecin de garde prévenu"));
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    r = dialog.request(12, 3, 45);
    EXPECT_TRUE(r.unreachable);
    EXPECT_FALSE(r.readBack);
    EXPECT_EQ(r.escalation, QStringLiteral("Médecin de garde prévenu"));
}

TEST(ValidationShortcuts, EveryActionHasOneDistinctShortcut)
{
    guiApp();
    const auto all = ValidationShortcuts::all();
    EXPECT_EQ(all.size(), int(ValidationShortcuts::ActionCount));
    QSet<QString> keys;
    for (const auto &e : all) {
        EXPECT_FALSE(e.keys.isEmpty());
        EXPECT_FALSE(e.text.isEmpty());
        keys.insert(e.keys.toString());
    }
    EXPECT_EQ(keys.size(), all.size());
    EXPECT_EQ(ValidationShortcuts::keys(ValidationShortcuts::ValidateDossier), QKeySequence(Qt::CTRL | Qt::Key_Return));
    EXPECT_TRUE(ValidationShortcuts::help().contains(QStringLiteral("F8")));
}

TEST(ValidationQueueModel, RowsAlertsAndAgesUnderTheTester)
{
    guiApp();
    ValidationQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    workflow::validation::ValidationQueueRow a;
    a.dossierId = 1;
    a.number = QStringLiteral("D261206-0001");
    a.priority = Dossier::Priority::Urgent;
    a.critical = a.criticalWithoutCallBack = a.deltaAlert = true;
    a.sampledAt = now.addSecs(-3 * 3600);
    a.exclusions << ReleaseExclusion{ReleaseExclusion::Reason::Critical, QStringLiteral("K"), QStringLiteral("Potassium critique")};
    workflow::validation::ValidationQueueRow b;
    b.dossierId = 2;
    b.number = QStringLiteral("D261206-0002");
    b.complete = true;
    b.sampledAt = now.addSecs(-20 * 60);
    model.setNow(now);
    model.setRows({a, b});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, ValidationQueueModel::AlertsColumn).data().toString(), QStringLiteral("U C! Δ Inc."));
    EXPECT_EQ(model.index(0, ValidationQueueModel::AgeColumn).data().toString(), QStringLiteral("3 h"));
    EXPECT_EQ(model.index(1, ValidationQueueModel::AgeColumn).data().toString(), QStringLiteral("20 min"));
    EXPECT_EQ(model.index(1, ValidationQueueModel::ReleaseColumn).data().toString(), QStringLiteral("oui"));
    EXPECT_TRUE(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Potassium critique")));
    EXPECT_EQ(model.rowOf(2), 1);
    EXPECT_EQ(model.rowOf(3), -1);
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ValidationResultsModel, NumbersAndDeltaTexts)
{
    EXPECT_EQ(ValidationResultsModel::number(5.40), QStringLiteral("5,4"));
    EXPECT_EQ(ValidationResultsModel::number(1250.0, 0), QStringLiteral("1250"));
    EXPECT_EQ(ValidationResultsModel::number(-0.126, 2), QStringLiteral("-0,13"));
    DeltaComparison none;
    EXPECT_TRUE(ValidationResultsModel::deltaText(none).isEmpty());
    DeltaComparison c;
    c.outcome = DeltaOutcome::Compared;
    c.relativeChange = 45.2;
    c.absoluteChange = 36;
    EXPECT_EQ(ValidationResultsModel::deltaText(c), QStringLiteral("Δ +45 %"));
    c.relativeChange.reset();
    c.absoluteChange = -1.5;
    EXPECT_EQ(ValidationResultsModel::deltaText(c), QStringLiteral("Δ -1,5"));
}

} // namespace
} // namespace sgl::app::test
