// CatalogueTreeModel with QAbstractItemModelTester (Fatal) and its content.
#include "GuiTestApp.h"

#include "app/catalogue/CatalogueTreeModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace sgl::app;
using namespace sgl::domain;

namespace {

Catalogue catalogue()
{
    Catalogue c;
    c.chapters = {{QStringLiteral("BIOCH"), QStringLiteral("Biochimie"), QStringLiteral("18719-5"), {}, 2},
                  {QStringLiteral("HEMA"), QStringLiteral("Hématologie"), QStringLiteral("18723-7"), {}, 1},
                  {QStringLiteral("HEMOST"), QStringLiteral("Hémostase"), {}, QStringLiteral("HEMA"), 3}};
    Exam nfs{QStringLiteral("NFS"), QStringLiteral("Hémogramme"), QStringLiteral("58410-2"),
             QStringLiteral("HEMA"), {QStringLiteral("HB"), QStringLiteral("GB")}};
    Exam iono{QStringLiteral("IONO"), QStringLiteral("Ionogramme"), {}, QStringLiteral("BIOCH"),
              {QStringLiteral("NA"), QStringLiteral("INCONNU")}};
    Exam lost{QStringLiteral("VIT"), QStringLiteral("Vitamine D"), {}, QStringLiteral("ABSENT"),
              {QStringLiteral("NA")}};
    c.exams = {nfs, iono, lost};
    Analysis hb;
    hb.localCode = QStringLiteral("HB");
    hb.label = QStringLiteral("Hémoglobine");
    hb.loinc = QStringLiteral("718-7");
    hb.unit = QStringLiteral("g/dL");
    hb.specimen = QStringLiteral("BLD");
    Analysis gb = hb;
    gb.localCode = QStringLiteral("GB");
    gb.label = QStringLiteral("Leucocytes");
    gb.unit = QStringLiteral("10*9/L");
    gb.displayUnit = QStringLiteral("G/L");
    Analysis na = hb;
    na.localCode = QStringLiteral("NA");
    na.label = QStringLiteral("Sodium");
    na.unit = QStringLiteral("mmol/L");
    na.specimen = QStringLiteral("SER");
    c.analyses = {hb, gb, na};
    return c;
}

} // namespace

TEST(CatalogueTreeModel, PassesModelTesterAndOrdersChapters)
{
    test::guiApp();
    CatalogueTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalogue(catalogue());
    // Top level: Hématologie (order 1), Biochimie (2), then "Sans chapitre" for VIT.
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Hématologie"));
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("Biochimie"));
    EXPECT_EQ(model.index(2, 0).data().toString(), QStringLiteral("Sans chapitre"));

    const QModelIndex hema = model.index(0, 0);
    ASSERT_EQ(model.rowCount(hema), 2); // sub-chapter Hémostase, exam NFS
    EXPECT_EQ(model.index(0, 0, hema).data().toString(), QStringLiteral("Hémostase"));
    const QModelIndex nfs = model.index(1, 0, hema);
    EXPECT_EQ(nfs.data(CatalogueTreeModel::CodeRole).toString(), QStringLiteral("NFS"));
    ASSERT_EQ(model.rowCount(nfs), 2);
    const QModelIndex gb = model.index(1, CatalogueTreeModel::Unit, nfs);
    EXPECT_EQ(gb.data().toString(), QStringLiteral("G/L")) << "display unit wins";
    EXPECT_EQ(model.parent(gb), nfs.siblingAtColumn(0));
    ASSERT_NE(model.analysisAt(gb), nullptr);
    EXPECT_EQ(model.analysisAt(gb)->localCode, QStringLiteral("GB"));
    EXPECT_EQ(model.analysisAt(nfs), nullptr);

    // An exam listing an unknown analysis code shows only the known ones.
    const QModelIndex iono = model.index(0, 0, model.index(1, 0));
    EXPECT_EQ(model.rowCount(iono), 1);
    // The exam of an unknown chapter is not hidden.
    EXPECT_EQ(model.index(0, 0, model.index(2, 0)).data().toString(), QStringLiteral("Vitamine D"));

    model.setCatalogue({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CatalogueTreeModel, RetiredItemsHiddenUntilAskedThenGreyedAndLabelled)
{
    test::guiApp();
    Catalogue c = catalogue();
    c.analyses[1].retired = true;                   // GB, listed in NFS
    c.exams[1].retired = true;                      // IONO (NA stays active)
    Analysis orphan = c.analyses[0];
    orphan.localCode = QStringLiteral("NEW");
    orphan.label = QStringLiteral("Nouvelle");
    c.analyses << orphan;                           // listed in no exam
    CatalogueTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalogue(c);
    EXPECT_FALSE(model.showRetired());

    // Hématologie, Biochimie (IONO hidden: no exam left), Sans chapitre (VIT), Analyses hors examen.
    ASSERT_EQ(model.rowCount(), 4);
    const QModelIndex nfs = model.index(1, 0, model.index(0, 0));
    ASSERT_NE(model.examAt(nfs), nullptr);
    EXPECT_EQ(model.rowCount(nfs), 1) << "GB hidden";
    EXPECT_EQ(model.rowCount(model.index(1, 0)), 0);
    const QModelIndex unlisted = model.index(3, 0);
    EXPECT_EQ(unlisted.data().toString(), QStringLiteral("Analyses hors examen"));
    EXPECT_EQ(unlisted.data(CatalogueTreeModel::KindRole).toInt(), int(CatalogueTreeModel::Kind::Unlisted));
    ASSERT_EQ(model.rowCount(unlisted), 1) << "NA is in VIT; only NEW is in no exam";
    EXPECT_EQ(model.index(0, CatalogueTreeModel::Code, unlisted).data().toString(), QStringLiteral("NEW"));
    EXPECT_EQ(model.chapterAt(model.index(0, 0))->code, QStringLiteral("HEMA"));
    EXPECT_EQ(model.parentExamAt(model.index(0, 0, nfs))->code, QStringLiteral("NFS"));
    EXPECT_EQ(model.parentExamAt(model.index(0, 0, unlisted)), nullptr);

    model.setShowRetired(true);
    ASSERT_EQ(model.rowCount(), 4);
    const QModelIndex nfsAll = model.index(1, 0, model.index(0, 0));
    ASSERT_EQ(model.rowCount(nfsAll), 2);
    const QModelIndex gb = model.index(1, 0, nfsAll);
    EXPECT_EQ(gb.data().toString(), QStringLiteral("Leucocytes (retirée)"));
    EXPECT_TRUE(gb.data(CatalogueTreeModel::RetiredRole).toBool());
    EXPECT_TRUE(gb.data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(gb.siblingAtColumn(CatalogueTreeModel::Code).data().toString(), QStringLiteral("GB"));
    const QModelIndex iono = model.index(0, 0, model.index(1, 0));
    EXPECT_EQ(iono.data().toString(), QStringLiteral("Ionogramme (retiré)"));
    EXPECT_FALSE(model.index(0, 0, nfsAll).data(CatalogueTreeModel::RetiredRole).toBool());
    EXPECT_FALSE(model.index(0, 0, nfsAll).data(Qt::ForegroundRole).isValid());
}
