// Item models of the views, each checked with QAbstractItemModelTester (Fatal: any breach of
// the model contract aborts the test) plus their content.
#include "GuiTestApp.h"

#include "app/PatientListModel.h"
#include "app/ReportVersionModel.h"
#include "app/UserListModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace sgl::app;
using namespace sgl::domain;

namespace {

Patient patient(qint64 id, const QString &name, IdentityStatus status)
{
    Patient p;
    p.id = id;
    p.localId = QStringLiteral("IPP%1").arg(id);
    p.traits.birthName = name;
    p.traits.firstBirthName = QStringLiteral("JEANNE");
    p.traits.birthFirstNames = {QStringLiteral("JEANNE"), QStringLiteral("MARIE")};
    p.traits.birthDate = QDate(1980, 3, 14);
    p.traits.sex = Sex::Female;
    p.status = status;
    p.ins.matricule = QStringLiteral("2800375123456");
    p.ins.key = QStringLiteral("42");
    p.ins.oid = QStringLiteral("1.2.250.1.213.1.4.10");
    return p;
}

} // namespace

TEST(PatientListModel, PassesModelTesterAndShowsInsOnlyWhenQualified)
{
    test::guiApp();
    PatientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPatients({patient(1, QStringLiteral("DUPONT"), IdentityStatus::Qual),
                       patient(2, QStringLiteral("MARTIN"), IdentityStatus::Recup)});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, PatientListModel::InsColumn).data().toString(),
              QStringLiteral("280037512345642"));
    EXPECT_TRUE(model.index(1, PatientListModel::InsColumn).data().toString().isEmpty())
        << "an INS retrieved but not qualified must not be shown for use";
    EXPECT_EQ(model.index(0, PatientListModel::BirthDate).data().toString(),
              QStringLiteral("14/03/1980"));
    EXPECT_EQ(model.index(0, PatientListModel::FirstNames).data().toString(),
              QStringLiteral("JEANNE MARIE"));
    EXPECT_EQ(model.index(1, PatientListModel::Status).data(PatientListModel::StatusCodeRole),
              QStringLiteral("RECUP"));
    EXPECT_EQ(model.index(1, 0).data(PatientListModel::PatientIdRole).toLongLong(), 2);
    EXPECT_EQ(model.rowOf(2), 1);
    EXPECT_EQ(model.rowOf(99), -1);
    EXPECT_EQ(model.patientAt(5), nullptr);
    model.setPatients({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(PatientListModel, PartialBirthDateAndAttributesAreVisible)
{
    test::guiApp();
    PatientListModel model;
    Patient p = patient(3, QStringLiteral("X"), IdentityStatus::Prov);
    p.traits.birthDate = QDate();
    p.traits.birthDateRaw = QStringLiteral("1975-00-00");
    p.doubtful = true;
    model.setPatients({p});
    EXPECT_EQ(model.index(0, PatientListModel::BirthDate).data().toString(),
              QStringLiteral("00/00/1975"));
    EXPECT_TRUE(model.index(0, PatientListModel::Status).data().toString().contains(
        QStringLiteral("douteuse")));
}

TEST(UserListModel, PassesModelTesterAndShowsState)
{
    test::guiApp();
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime now(QDate(2026, 1, 10), QTime(10, 0), Qt::UTC);
    UserAccount a;
    a.id = 1;
    a.login = QStringLiteral("mcurie");
    a.displayName = QStringLiteral("Dr Marie Curie");
    a.roles = {Role::Biologist, Role::Admin};
    a.passwordHash = QStringLiteral("pbkdf2-sha256$1$x$y");
    UserAccount b = a;
    b.id = 2;
    b.login = QStringLiteral("ssecr");
    b.roles = {Role::Secretary};
    b.lockedUntil = now.addSecs(600);
    UserAccount c = a;
    c.id = 3;
    c.active = false;
    model.setUsers({a, b, c}, now);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, UserListModel::Roles).data().toString(),
              QStringLiteral("Biologiste, Administrateur"));
    EXPECT_EQ(model.index(0, UserListModel::State).data().toString(), QStringLiteral("Actif"));
    EXPECT_TRUE(model.index(1, UserListModel::State).data().toString().startsWith(
        QStringLiteral("Bloqué")));
    EXPECT_EQ(model.index(2, UserListModel::State).data().toString(), QStringLiteral("Désactivé"));
    EXPECT_EQ(model.index(0, UserListModel::LastLogin).data().toString(), QStringLiteral("jamais"));
    EXPECT_TRUE(model.userAt(0)->passwordHash.isEmpty()) << "the hash never reaches the view";
}

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
