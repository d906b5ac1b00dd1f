// The "Appels" tab's model on its own (issue 12, call-backs in the dossier view): each call-back
// record beside its result, a critical result without one as "Appel à faire", records of a
// result no longer shown kept; under QAbstractItemModelTester.

#include "GuiTestApp.h"

#include "app/validation/CallBackListModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace sgl::app::test {
namespace {

using namespace sgl::domain;
using workflow::validation::ValidationChapterGroup;
using workflow::validation::ValidationDossier;
using workflow::validation::ValidationExamGroup;
using workflow::validation::ValidationResultRow;

ValidationResultRow row(qint64 id, const QString &code, const QString &label, const QString &value, bool critical,
                        ValidationState state = ValidationState::TechnicallyValidated)
{
    ValidationResultRow r;
    r.result.id = id;
    r.result.analysisCode = code;
    r.result.value = ResultValue::numeric(value, QStringLiteral("mmol/L"));
    r.result.state = state;
    r.analysisLabel = label;
    r.unit = QStringLiteral("mmol/L");
    r.critical = critical;
    return r;
}

CallBack record(qint64 resultId, const QString &code, bool unreachable)
{
    CallBack c;
    c.resultId = resultId;
    c.analysisCode = code;
    c.valueText = QStringLiteral("7,0");
    c.calledName = QStringLiteral("Dr Claire BERNARD");
    c.method = unreachable ? CallBack::Method::Phone : CallBack::Method::InPerson;
    c.calledAt = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
    c.readBack = !unreachable;
    c.unreachable = unreachable;
    c.escalation = unreachable ? QStringLiteral("Médecin de garde prévenu") : QString();
    c.recordedBy = QStringLiteral("biologiste");
    c.recordedAt = c.calledAt.addSecs(60);
    return c;
}

ValidationDossier dossier(QList<ValidationResultRow> rows, QList<CallBack> callBacks)
{
    ValidationDossier d;
    d.dossierId = 1;
    d.chapters << ValidationChapterGroup{QStringLiteral("BIO"), QStringLiteral("Biochimie"),
                                         {ValidationExamGroup{QStringLiteral("IONO"), QStringLiteral("Ionogramme"), rows}}};
    d.callBacks = std::move(callBacks);
    return d;
}

TEST(CallBackListModel, CriticalWithoutCallBackIsToDoThenRecordsShowBesideTheirResult)
{
    guiApp();
    CallBackListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.title(), QStringLiteral("Appels (0)"));

    // Potassium critical, not called yet; sodium critical but validated already; chloride normal.
    model.setDossier(dossier({row(10, QStringLiteral("NA"), QStringLiteral("Sodium"), QStringLiteral("118"), true,
                                 ValidationState::Validated),
                             row(11, QStringLiteral("K"), QStringLiteral("Potassium"), QStringLiteral("7.0"), true),
                             row(12, QStringLiteral("CL"), QStringLiteral("Chlore"), QStringLiteral("100"), false)},
                            {}));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.toDoCount(), 1);
    EXPECT_EQ(model.title(), QStringLiteral("Appels (1 à faire)"));
    EXPECT_EQ(model.index(0, CallBackListModel::AnalysisColumn).data().toString(), QStringLiteral("Potassium (K)"));
    EXPECT_EQ(model.index(0, CallBackListModel::ValueColumn).data().toString(), QStringLiteral("7,0 mmol/L"));
    EXPECT_EQ(model.index(0, CallBackListModel::OutcomeColumn).data().toString(), QStringLiteral("Appel à faire"));
    EXPECT_EQ(model.index(0, 0).data(Qt::UserRole).toLongLong(), 11);
    EXPECT_TRUE(model.index(0, CallBackListModel::OutcomeColumn).data(Qt::ForegroundRole).isValid());

    // Unreachable with escalation, then reached with read-back: two records, nothing left to do.
    model.setDossier(dossier({row(11, QStringLiteral("K"), QStringLiteral("Potassium"), QStringLiteral("7.0"), true),
                             row(12, QStringLiteral("CL"), QStringLiteral("Chlore"), QStringLiteral("100"), false)},
                            {record(11, QStringLiteral("K"), true), record(11, QStringLiteral("K"), false),
                             record(99, QStringLiteral("NA"), false)}));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.toDoCount(), 0);
    EXPECT_EQ(model.title(), QStringLiteral("Appels (3)"));
    EXPECT_EQ(model.index(0, CallBackListModel::OutcomeColumn).data().toString(),
              QStringLiteral("Injoignable : Médecin de garde prévenu"));
    EXPECT_EQ(model.index(0, CallBackListModel::MethodColumn).data().toString(), QStringLiteral("Téléphone"));
    EXPECT_EQ(model.index(1, CallBackListModel::OutcomeColumn).data().toString(), QStringLiteral("Relecture confirmée"));
    EXPECT_EQ(model.index(1, CallBackListModel::MethodColumn).data().toString(), QStringLiteral("En personne"));
    EXPECT_EQ(model.index(1, CallBackListModel::CalledColumn).data().toString(), QStringLiteral("Dr Claire BERNARD"));
    EXPECT_EQ(model.index(1, CallBackListModel::ByColumn).data().toString(), QStringLiteral("biologiste"));
    EXPECT_EQ(model.index(1, CallBackListModel::ValueColumn).data().toString(), QStringLiteral("7,0"));
    EXPECT_TRUE(model.index(1, CallBackListModel::AtColumn).data().toString().startsWith(QStringLiteral("06/12 ")));
    const QString tip = model.index(1, 0).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("biologiste")) && tip.contains(QStringLiteral("06/12/2026"))) << tip.toStdString();
    // A record of a result no longer shown (cancelled since) stays, after the others.
    EXPECT_EQ(model.index(2, CallBackListModel::AnalysisColumn).data().toString(), QStringLiteral("NA"));
    EXPECT_EQ(model.index(2, 0).data(Qt::UserRole).toLongLong(), 99);
    EXPECT_EQ(model.headerData(CallBackListModel::CalledColumn, Qt::Horizontal).toString(), QStringLiteral("Personne appelée"));

    model.setDossier(ValidationDossier{});
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace sgl::app::test
