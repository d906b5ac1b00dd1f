// Catalogue admin dialogs (history, reference ranges editor, export/import with preview) over the
// real CatalogueAdmin on a temporary SQLite database holding the shipped demo catalogue.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/catalogue/CatalogueExchangeDialog.h"
#include "app/catalogue/CatalogueHistoryDialog.h"
#include "app/catalogue/CatalogueHistoryModel.h"
#include "app/catalogue/CatalogueView.h"
#include "app/catalogue/ReferenceRangeDialog.h"
#include "app/catalogue/ReferenceRangeTableModel.h"
#include "workflow/catalogue/CatalogueAdmin.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>

using namespace sgl::app;
using namespace sgl::app::test;
using sgl::interop::catalogue::CatalogueDiff;

namespace {

class CatalogueAdminDialogsTest : public OnBothBackends<WorkstationFixture> {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_NE(m_services->catalogueAdmin(), nullptr) << m_services->catalogueError().message.toStdString();
        m_admin = login(QStringLiteral("admin"), kAdminPassword);
        auto out = admin().applyImport(m_admin, sgl::workflow::CatalogueImportRequest::demoCatalogue());
        ASSERT_TRUE(out.has_value()) << out.error().toString().toStdString();
        ASSERT_TRUE(out->applied);
    }

    sgl::workflow::CatalogueAdmin &admin() { return *m_services->catalogueAdmin(); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    /** A LOINC transcoding return file (required columns only) for analysis HB. */
    static QByteArray transcodingFile(const QByteArray &hbLoinc)
    {
        return "chapter_code;exam_code;local_code;label;specimen;unit;method;loinc\n"
               "HEMATO;NFS;HB;H\xc3\xa9moglobine;BLD;g/dL;Photom\xc3\xa9trie;"
               + hbLoinc + "\n";
    }

    sgl::domain::UserSession m_admin;
};

void setCell(ReferenceRangeTableModel *model, int row, int column, const QString &text)
{
    ASSERT_TRUE(model->setData(model->index(row, column), text));
}

} // namespace

TEST_P(CatalogueAdminDialogsTest, HistoryListsAnEditMadeThroughCatalogueAdmin)
{
    auto catalogue = admin().load();
    ASSERT_TRUE(catalogue.has_value());
    // GLU: an analysis code that no exam shares (history() matches the code across item kinds).
    sgl::domain::Analysis crp = *catalogue->analysis(QStringLiteral("GLU"));
    crp.method = QStringLiteral("Néphélométrie");
    auto saved = admin().saveAnalysis(m_admin, crp, {}, QStringLiteral("changement de réactif"));
    ASSERT_TRUE(saved.has_value() && saved->saved);

    CatalogueHistoryDialog dialog(admin(), QStringLiteral("analysis"), QStringLiteral("GLU"), crp.label);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *model = dialog.model();
    ASSERT_EQ(model->rowCount(), 2) << "demo import (created) + the edit";
    EXPECT_EQ(model->index(0, CatalogueHistoryModel::ReasonColumn).data().toString(),
              QStringLiteral("changement de réactif"));
    EXPECT_EQ(model->index(0, CatalogueHistoryModel::AuthorColumn).data().toString(), QStringLiteral("admin"));
    EXPECT_EQ(model->index(0, CatalogueHistoryModel::ChangeColumn).data().toString(),
              QStringLiteral("Modification : method"));
    const QString date = model->index(0, CatalogueHistoryModel::DateColumn).data().toString();
    EXPECT_TRUE(QDateTime::fromString(date, QStringLiteral("dd/MM/yyyy HH:mm")).isValid()) << date.toStdString();
    EXPECT_TRUE(model->index(1, CatalogueHistoryModel::ChangeColumn).data().toString().startsWith(QStringLiteral("Création")));
    EXPECT_TRUE(dialog.infoText().contains(QStringLiteral("2 modification")));
    EXPECT_EQ(model->headerData(CatalogueHistoryModel::ReasonColumn, Qt::Horizontal).toString(), QStringLiteral("Motif"));
}

TEST_P(CatalogueAdminDialogsTest, RangesEditorRefusesOverlapThenSavesValidRanges)
{
    auto catalogue = admin().load();
    ASSERT_TRUE(catalogue.has_value());
    const sgl::domain::Analysis hb = *catalogue->analysis(QStringLiteral("HB"));
    ASSERT_EQ(hb.ranges.size(), 4);

    ReferenceRangeDialog dialog(admin(), m_admin, hb);
    auto *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->index(2, ReferenceRangeTableModel::SexColumn).data().toString(), QStringLiteral("F"));
    EXPECT_EQ(model->index(2, ReferenceRangeTableModel::AgeMinColumn).data().toString(), QStringLiteral("18a"));
    EXPECT_EQ(model->index(0, ReferenceRangeTableModel::LowColumn).data().toString(), QStringLiteral("14,5"));

    // A new female row from 60 years overlaps the open-ended adult female bracket.
    dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->click();
    ASSERT_EQ(model->rowCount(), 5);
    setCell(model, 4, ReferenceRangeTableModel::SexColumn, QStringLiteral("F"));
    setCell(model, 4, ReferenceRangeTableModel::AgeMinColumn, QStringLiteral("60a"));
    setCell(model, 4, ReferenceRangeTableModel::LowColumn, QStringLiteral("11,5"));
    setCell(model, 4, ReferenceRangeTableModel::HighColumn, QStringLiteral("16"));

    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("motif"))) << dialog.errorText().toStdString();

    dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("plages gériatriques"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Rien n'a été enregistré"))) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("chevauch"), Qt::CaseInsensitive))
        << dialog.errorText().toStdString();
    EXPECT_EQ(admin().load()->analysis(QStringLiteral("HB"))->ranges, hb.ranges) << "nothing stored";

    // A typing mistake is reported with its row and column, before anything reaches the database.
    setCell(model, 4, ReferenceRangeTableModel::HighColumn, QStringLiteral("seize"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("plage 5"))) << dialog.errorText().toStdString();
    setCell(model, 4, ReferenceRangeTableModel::HighColumn, QStringLiteral("16"));

    // Closing the adult female bracket at 60 years makes the set valid.
    setCell(model, 2, ReferenceRangeTableModel::AgeMaxColumn, QStringLiteral("60a"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    const auto stored = admin().load()->analysis(QStringLiteral("HB"))->ranges;
    ASSERT_EQ(stored.size(), 5);
    ASSERT_TRUE(stored[4].low.has_value());
    EXPECT_DOUBLE_EQ(*stored[4].low, 11.5);
    EXPECT_EQ(admin().history(QString(), QStringLiteral("HB"))->front().reason, QStringLiteral("plages gériatriques"));
}

TEST_P(CatalogueAdminDialogsTest, RemovingARowAndSavingStoresIt)
{
    const sgl::domain::Analysis hb = *admin().load()->analysis(QStringLiteral("HB"));
    ReferenceRangeDialog dialog(admin(), m_admin, hb);
    ASSERT_TRUE(dialog.model()->removeRows(0, 1));
    EXPECT_FALSE(dialog.model()->removeRows(10, 1));
    dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("néonatal retiré"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(admin().load()->analysis(QStringLiteral("HB"))->ranges.size(), 3);
}

TEST_P(CatalogueAdminDialogsTest, ImportPreviewWithBadLoincCheckDigitKeepsApplyDisabled)
{
    const auto before = admin().exportCatalogue(sgl::workflow::ExportCatalogue::Format::Csv);
    ASSERT_TRUE(before.has_value());
    CatalogueExchangeDialog dialog(admin(), m_admin);
    dialog.setImportFiles(writeFile(QStringLiteral("retour.csv"), transcodingFile("718-8")));
    dialog.setMode(CatalogueDiff::Mode::Transcoding);
    ASSERT_TRUE(dialog.preview()) << dialog.summaryText().toStdString();
    EXPECT_FALSE(dialog.canApply());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("1 LOINC invalide"))) << dialog.summaryText().toStdString();
    const QStringList problems = dialog.problems();
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.front().contains(QStringLiteral("retour.csv:2"))) << problems.front().toStdString();
    EXPECT_TRUE(dialog.diffRows().join(QLatin1Char('\n')).contains(QStringLiteral("LOINC invalide|HB")))
        << dialog.diffRows().join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(dialog.applyImport());
    const auto after = admin().exportCatalogue(sgl::workflow::ExportCatalogue::Format::Csv);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(*after, *before) << "catalogue unchanged";

    // An unreadable file is reported, not previewed.
    dialog.setImportFiles(m_dir.filePath(QStringLiteral("absent.csv")));
    EXPECT_FALSE(dialog.preview());
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Impossible de lire")));
    EXPECT_FALSE(dialog.canApply());
}

TEST_P(CatalogueAdminDialogsTest, ValidTranscodingFileAppliesWithProgress)
{
    CatalogueExchangeDialog dialog(admin(), m_admin);
    dialog.setImportFiles(writeFile(QStringLiteral("retour.csv"), transcodingFile("20509-6")));
    dialog.setMode(CatalogueDiff::Mode::Transcoding);
    ASSERT_TRUE(dialog.preview()) << dialog.summaryText().toStdString();
    ASSERT_TRUE(dialog.canApply()) << dialog.summaryText().toStdString() << dialog.problems().join('\n').toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("1 modifiée"))) << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.diffRows().contains(QStringLiteral("Modifiée|HB|loinc : 718-7 → 20509-6 ; retour.csv:2"))
                || dialog.diffRows().join(QLatin1Char('\n')).contains(QStringLiteral("718-7 → 20509-6")))
        << dialog.diffRows().join(QLatin1Char('\n')).toStdString();

    // Changing the mode invalidates the preview until it is redone.
    dialog.setMode(CatalogueDiff::Mode::Merge);
    EXPECT_FALSE(dialog.canApply());
    dialog.setMode(CatalogueDiff::Mode::Transcoding);
    ASSERT_TRUE(dialog.preview());
    ASSERT_TRUE(dialog.canApply());

    ASSERT_TRUE(dialog.applyImport()) << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.catalogueChanged());
    EXPECT_FALSE(dialog.canApply()) << "the same preview cannot be applied twice";
    const auto *hb = admin().load()->analysis(QStringLiteral("HB"));
    ASSERT_NE(hb, nullptr);
    EXPECT_EQ(hb->loinc, QStringLiteral("20509-6"));
    EXPECT_EQ(hb->label, QStringLiteral("Hémoglobine"));
}

TEST_P(CatalogueAdminDialogsTest, ExportWritesTheChosenFormat)
{
    CatalogueExchangeDialog dialog(admin(), m_admin);
    const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(dialog.exportTo(sgl::workflow::ExportCatalogue::Format::Csv, csv)) << dialog.exportStatusText().toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("local_code"));
    const QString json = m_dir.filePath(QStringLiteral("export.json"));
    ASSERT_TRUE(dialog.exportTo(sgl::workflow::ExportCatalogue::Format::Fhir, json));
    QFile j(json);
    ASSERT_TRUE(j.open(QIODevice::ReadOnly));
    EXPECT_TRUE(j.readAll().contains("\"resourceType\""));
    EXPECT_FALSE(dialog.exportTo(sgl::workflow::ExportCatalogue::Format::Csv,
                                 m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
    EXPECT_TRUE(dialog.exportStatusText().contains(QStringLiteral("Impossible d'écrire")));
}

TEST_P(CatalogueAdminDialogsTest, ConceptMapExportEditedByAProviderReimportsInTranscodingMode)
{
    CatalogueExchangeDialog dialog(admin(), m_admin);
    const QString path = m_dir.filePath(QStringLiteral("carte.json"));
    ASSERT_TRUE(dialog.exportTo(sgl::workflow::ExportCatalogue::Format::FhirConceptMap, path))
        << dialog.exportStatusText().toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray map = f.readAll();
    f.close();
    ASSERT_TRUE(map.contains("\"resourceType\": \"ConceptMap\"") || map.contains("\"resourceType\":\"ConceptMap\""));
    // The provider corrects HB: 718-7 -> 20509-6 (both valid LOINC codes for haemoglobin).
    ASSERT_TRUE(map.contains("\"718-7\""));
    map.replace("\"718-7\"", "\"20509-6\"");
    dialog.setImportFiles(writeFile(QStringLiteral("carte-retour.json"), map));
    dialog.setImportFormat(CatalogueExchangeDialog::ImportFormat::Detect);
    dialog.setMode(CatalogueDiff::Mode::Merge);
    ASSERT_TRUE(dialog.preview()) << dialog.summaryText().toStdString() << dialog.problems().join('\n').toStdString();
    EXPECT_EQ(dialog.mode(), CatalogueDiff::Mode::Transcoding) << "a ConceptMap only transcodes";
    ASSERT_TRUE(dialog.canApply()) << dialog.problems().join('\n').toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("1 modifiée"))) << dialog.summaryText().toStdString();
    ASSERT_TRUE(dialog.applyImport()) << dialog.summaryText().toStdString();
    const auto catalogue = admin().load();
    ASSERT_TRUE(catalogue.has_value());
    EXPECT_EQ(catalogue->analysis(QStringLiteral("HB"))->loinc, QStringLiteral("20509-6"));
    EXPECT_EQ(catalogue->analysis(QStringLiteral("HB"))->label, QStringLiteral("Hémoglobine")) << "only LOINC changes";

    // A ConceptMap with a wrong check digit is refused and changes nothing.
    QByteArray bad = map;
    bad.replace("\"20509-6\"", "\"20509-7\"");
    dialog.setImportFiles(writeFile(QStringLiteral("carte-faute.json"), bad));
    ASSERT_TRUE(dialog.preview());
    EXPECT_FALSE(dialog.canApply());
    EXPECT_FALSE(dialog.problems().isEmpty());
    EXPECT_EQ(admin().load()->analysis(QStringLiteral("HB"))->loinc, QStringLiteral("20509-6"));
}

TEST_P(CatalogueAdminDialogsTest, ViewShowsAdminButtonsOnlyToAdministrators)
{
    CatalogueView adminView(&admin(), m_services->catalogueError(), m_admin, false);
    adminView.show();
    EXPECT_TRUE(adminView.findChild<QPushButton *>(QStringLiteral("exchangeButton"))->isVisible());
    EXPECT_FALSE(adminView.findChild<QPushButton *>(QStringLiteral("rangesButton"))->isEnabled());
    ASSERT_TRUE(adminView.find(QStringLiteral("HB")));
    EXPECT_TRUE(adminView.findChild<QPushButton *>(QStringLiteral("rangesButton"))->isEnabled());
    EXPECT_TRUE(adminView.findChild<QPushButton *>(QStringLiteral("historyButton"))->isEnabled());

    CatalogueView readOnly(&admin(), m_services->catalogueError(), login(QStringLiteral("mcurie"), kPassword), true);
    readOnly.show();
    ASSERT_TRUE(readOnly.find(QStringLiteral("HB")));
    EXPECT_FALSE(readOnly.findChild<QPushButton *>(QStringLiteral("exchangeButton"))->isVisible());
    EXPECT_FALSE(readOnly.findChild<QPushButton *>(QStringLiteral("rangesButton"))->isVisible());
    EXPECT_TRUE(readOnly.findChild<QPushButton *>(QStringLiteral("historyButton"))->isEnabled());
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueAdminDialogsTest, kBothBackends, sgl::testing::backendName);
