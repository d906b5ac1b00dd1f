// The Accueil patient list model, checked with QAbstractItemModelTester (Fatal: any breach of the model contract aborts the
// test) plus its content.
#include "GuiTestApp.h"

#include "app/reception/PatientListModel.h"

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
