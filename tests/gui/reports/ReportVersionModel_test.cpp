// The report versions model, checked with QAbstractItemModelTester (Fatal: any breach of the model contract aborts the
// test) plus its content.
#include "GuiTestApp.h"

#include "app/reports/ReportVersionModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace sgl::app;
using namespace sgl::domain;

TEST(ReportVersionModel, PassesModelTesterLatestVersionFirst)
{
    test::guiApp();
    ReportVersionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ReportVersion v1;
    v1.id = 10;
    v1.setId = QStringLiteral("set-1");
    v1.documentId = QStringLiteral("doc-1");
    v1.status = ReportVersion::Status::Replaced;
    v1.partial = true;
    v1.createdBy = QStringLiteral("mcurie");
    v1.createdAt = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    ReportVersion v2 = v1;
    v2.id = 11;
    v2.versionNumber = 2;
    v2.documentId = QStringLiteral("doc-2");
    v2.replacesDocumentId = QStringLiteral("doc-1");
    v2.status = ReportVersion::Status::Issued;
    v2.partial = false;
    v2.amendmentReason = QStringLiteral("Erreur de saisie du potassium");
    model.setVersions({v1, v2});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, ReportVersionModel::Version).data().toString(),
              QStringLiteral("V2 (rectificatif)"));
    EXPECT_EQ(model.index(0, ReportVersionModel::State).data().toString(), QStringLiteral("Émis"));
    EXPECT_EQ(model.index(1, ReportVersionModel::State).data().toString(),
              QStringLiteral("Remplacé"));
    EXPECT_EQ(model.index(1, ReportVersionModel::Completeness).data().toString(),
              QStringLiteral("Partiel"));
    EXPECT_EQ(model.index(0, ReportVersionModel::Reason).data().toString(),
              v2.amendmentReason);
    EXPECT_EQ(model.index(1, 0).data(ReportVersionModel::VersionIdRole).toLongLong(), 10);
}
