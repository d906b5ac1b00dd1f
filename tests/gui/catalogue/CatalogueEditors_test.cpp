// Chapter, exam and analysis editors (creation and edition) over the real CatalogueAdmin on a
// temporary SQLite database holding the shipped demo catalogue; dialogs driven without exec().
#include "CatalogueAdminFixture.h"

#include "app/catalogue/AnalysisEditDialog.h"
#include "app/catalogue/CatalogueEditFeedback.h"
#include "app/shell/LanguageLoader.h"
#include "app/catalogue/ChapterEditDialog.h"
#include "app/catalogue/ExamEditDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace sgl::app;
using namespace sgl::app::test;
using sgl::domain::ResultType;

namespace {

class CatalogueEditorsTest : public OnBothBackends<CatalogueAdminFixture> {};

void type(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->setText(text);
}

} // namespace

TEST_P(CatalogueEditorsTest, CreatesChapterAndSubChapterWithInlineRefusals)
{
    const auto before = current();
    ChapterEditDialog dialog(admin(), m_admin, before, std::nullopt);
    EXPECT_TRUE(dialog.findChild<QLineEdit *>(QStringLiteral("codeEdit"))->isEnabled());
    type(&dialog, "codeEdit", QStringLiteral("IMMUNO"));
    type(&dialog, "labelEdit", QStringLiteral("Immunologie"));
    type(&dialog, "loincEdit", QStringLiteral("18723-8")); // 18723-7 with a wrong check digit

    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Motif"))) << dialog.errorText().toStdString();

    type(&dialog, "reasonEdit", QStringLiteral("nouvelle activité"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("chapitre IMMUNO, champ LOINC")))
        << dialog.errorText().toStdString();
    EXPECT_EQ(current().chapters.size(), before.chapters.size()) << "nothing stored";

    // An existing code is refused at creation (saveChapter would otherwise replace it).
    type(&dialog, "loincEdit", QStringLiteral("18723-7"));
    type(&dialog, "codeEdit", QStringLiteral("HEMATO"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("« HEMATO » existe déjà"))) << dialog.errorText().toStdString();
    EXPECT_EQ(current().chapter(QStringLiteral("HEMATO"))->label, QStringLiteral("Hématologie"));

    type(&dialog, "codeEdit", QStringLiteral("IMMUNO"));
    type(&dialog, "loincEdit", QString());
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.savedCode(), QStringLiteral("IMMUNO"));
    const auto *immuno = current().chapter(QStringLiteral("IMMUNO"));
    ASSERT_NE(immuno, nullptr);
    EXPECT_EQ(immuno->label, QStringLiteral("Immunologie"));
    EXPECT_TRUE(immuno->parentCode.isEmpty());
    EXPECT_GT(immuno->order, 0);

    // A sub-chapter under it; then edit it: the code is fixed.
    ChapterEditDialog sub(admin(), m_admin, current(), std::nullopt);
    type(&sub, "codeEdit", QStringLiteral("AUTOIMM"));
    type(&sub, "labelEdit", QStringLiteral("Auto-immunité"));
    EXPECT_FALSE(sub.setParentCode(QStringLiteral("ABSENT")));
    ASSERT_TRUE(sub.setParentCode(QStringLiteral("IMMUNO")));
    type(&sub, "reasonEdit", QStringLiteral("sous-chapitre"));
    sub.accept();
    ASSERT_EQ(sub.result(), QDialog::Accepted) << sub.errorText().toStdString();
    EXPECT_EQ(current().chapter(QStringLiteral("AUTOIMM"))->parentCode, QStringLiteral("IMMUNO"));

    ChapterEditDialog edit(admin(), m_admin, current(), *current().chapter(QStringLiteral("AUTOIMM")));
    EXPECT_FALSE(edit.findChild<QLineEdit *>(QStringLiteral("codeEdit"))->isEnabled());
    type(&edit, "labelEdit", QStringLiteral("Auto-immunité et allergie"));
    type(&edit, "reasonEdit", QStringLiteral("libellé"));
    edit.accept();
    ASSERT_EQ(edit.result(), QDialog::Accepted) << edit.errorText().toStdString();
    EXPECT_EQ(current().chapter(QStringLiteral("AUTOIMM"))->label, QStringLiteral("Auto-immunité et allergie"));
}

TEST_P(CatalogueEditorsTest, CreatesExamWithTwoAnalysesInOrder)
{
    ExamEditDialog dialog(admin(), m_admin, current(), std::nullopt);
    type(&dialog, "codeEdit", QStringLiteral("BILAN"));
    type(&dialog, "labelEdit", QStringLiteral("Bilan glycémique et rénal"));
    ASSERT_TRUE(dialog.setChapterCode(QStringLiteral("BIOCHIMIE")));
    EXPECT_FALSE(dialog.addAnalysis(QStringLiteral("INCONNUE")));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("INCONNUE")));
    ASSERT_TRUE(dialog.addAnalysis(QStringLiteral("GLU")));
    ASSERT_TRUE(dialog.addAnalysis(QStringLiteral("CREA")));
    EXPECT_FALSE(dialog.addAnalysis(QStringLiteral("GLU"))) << "no duplicate";
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("déjà")));
    // The searchable picker: a code typed and added with the button.
    auto *picker = dialog.findChild<QComboBox *>(QStringLiteral("analysisPicker"));
    ASSERT_NE(picker, nullptr);
    picker->setEditText(QStringLiteral("uree"));
    dialog.findChild<QPushButton *>(QStringLiteral("addAnalysisButton"))->click();
    EXPECT_EQ(dialog.analysisCodes(), (QStringList{QStringLiteral("GLU"), QStringLiteral("CREA"), QStringLiteral("UREE")}));
    // Enter in the picker adds the analysis; it does not save the exam.
    dialog.show();
    picker->setFocus();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    picker->setEditText(QStringLiteral("NA"));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible()) << dialog.errorText().toStdString();
    EXPECT_FALSE(dialog.errorText().contains(QStringLiteral("Motif"))) << "Save was not triggered";
    EXPECT_EQ(dialog.analysisCodes().size(), 4);
    EXPECT_EQ(dialog.analysisCodes().last(), QStringLiteral("NA"));
    ASSERT_TRUE(dialog.removeAnalysis(3));
    ASSERT_TRUE(dialog.removeAnalysis(2));
    // CREA first, then GLU.
    ASSERT_TRUE(dialog.moveAnalysis(1, -1));
    EXPECT_FALSE(dialog.moveAnalysis(0, -1));
    EXPECT_EQ(dialog.analysisCodes(), (QStringList{QStringLiteral("CREA"), QStringLiteral("GLU")}));

    type(&dialog, "loincEdit", QStringLiteral("24331-2")); // wrong check digit (24331-1)
    type(&dialog, "reasonEdit", QStringLiteral("bilan demandé par les prescripteurs"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("examen BILAN, champ LOINC"))) << dialog.errorText().toStdString();
    EXPECT_EQ(current().exam(QStringLiteral("BILAN")), nullptr);

    type(&dialog, "loincEdit", QString());
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    const auto *bilan = current().exam(QStringLiteral("BILAN"));
    ASSERT_NE(bilan, nullptr);
    EXPECT_EQ(bilan->analysisCodes, (QStringList{QStringLiteral("CREA"), QStringLiteral("GLU")}));
    EXPECT_EQ(bilan->chapterCode, QStringLiteral("BIOCHIMIE"));

    // A second exam with the same code is refused at creation.
    ExamEditDialog again(admin(), m_admin, current(), std::nullopt);
    type(&again, "codeEdit", QStringLiteral("BILAN"));
    type(&again, "labelEdit", QStringLiteral("Autre"));
    type(&again, "reasonEdit", QStringLiteral("essai"));
    again.accept();
    EXPECT_EQ(again.result(), QDialog::Rejected);
    EXPECT_TRUE(again.errorText().contains(QStringLiteral("« BILAN » existe déjà"))) << again.errorText().toStdString();

    // Editing keeps the code and reorders.
    ExamEditDialog edit(admin(), m_admin, current(), *current().exam(QStringLiteral("BILAN")));
    EXPECT_FALSE(edit.findChild<QLineEdit *>(QStringLiteral("codeEdit"))->isEnabled());
    EXPECT_EQ(edit.analysisCodes(), (QStringList{QStringLiteral("CREA"), QStringLiteral("GLU")}));
    ASSERT_TRUE(edit.moveAnalysis(0, +1));
    type(&edit, "reasonEdit", QStringLiteral("ordre du compte rendu"));
    edit.accept();
    ASSERT_EQ(edit.result(), QDialog::Accepted) << edit.errorText().toStdString();
    EXPECT_EQ(current().exam(QStringLiteral("BILAN"))->analysisCodes,
              (QStringList{QStringLiteral("GLU"), QStringLiteral("CREA")}));
}

TEST_P(CatalogueEditorsTest, CreatesCodedAnalysisWithValueListInAnExam)
{
    AnalysisEditDialog dialog(admin(), m_admin, std::nullopt);
    ASSERT_TRUE(dialog.isCreation());
    type(&dialog, "codeEdit", QStringLiteral("AGHBE"));
    type(&dialog, "labelEdit", QStringLiteral("Antigène HBe"));
    type(&dialog, "loincEdit", QStringLiteral("13954-3"));
    type(&dialog, "specimenEdit", QStringLiteral("SER"));
    dialog.setResultType(ResultType::Coded);
    EXPECT_FALSE(dialog.findChild<QLineEdit *>(QStringLiteral("unitEdit"))->isEnabled());
    ASSERT_TRUE(dialog.setExamCode(QStringLiteral("HBS")));
    EXPECT_FALSE(dialog.setExamCode(QStringLiteral("ABSENT")));
    type(&dialog, "reasonEdit", QStringLiteral("nouveau marqueur"));

    // Coded without a value list: refused, naming the field.
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("champ liste de valeurs"))) << dialog.errorText().toStdString();

    dialog.addValueOption(QStringLiteral("NEG"), QStringLiteral("Négatif"), false);
    dialog.addValueOption(QStringLiteral("POS"), QStringLiteral("Positif"), true);
    dialog.addAnalyzerMapping(QStringLiteral("ARCH"), QStringLiteral("HBEAG"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.savedCode(), QStringLiteral("AGHBE"));

    const auto catalogue = current();
    const auto *a = catalogue.analysis(QStringLiteral("AGHBE"));
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->resultType, ResultType::Coded);
    ASSERT_EQ(a->valueOptions.size(), 2);
    EXPECT_EQ(a->valueOptions[1], (sgl::domain::ValueOption{QStringLiteral("POS"), QStringLiteral("Positif"), true}));
    ASSERT_EQ(a->analyzerMappings.size(), 1);
    EXPECT_EQ(a->analyzerMappings[0].code, QStringLiteral("HBEAG"));
    EXPECT_TRUE(a->unit.isEmpty());
    EXPECT_EQ(catalogue.exam(QStringLiteral("HBS"))->analysisCodes.last(), QStringLiteral("AGHBE"));

    // The same code again is refused at creation.
    AnalysisEditDialog again(admin(), m_admin, std::nullopt);
    type(&again, "codeEdit", QStringLiteral("AGHBE"));
    type(&again, "labelEdit", QStringLiteral("Doublon"));
    type(&again, "reasonEdit", QStringLiteral("essai"));
    again.accept();
    EXPECT_EQ(again.result(), QDialog::Rejected);
    EXPECT_TRUE(again.errorText().contains(QStringLiteral("« AGHBE » existe déjà"))) << again.errorText().toStdString();
    EXPECT_EQ(current().analysis(QStringLiteral("AGHBE"))->label, QStringLiteral("Antigène HBe"));
}

TEST_P(CatalogueEditorsTest, LiveCheckShowsUcumAndLoincProblemsBeforeSaving)
{
    AnalysisEditDialog dialog(admin(), m_admin, std::nullopt);
    type(&dialog, "codeEdit", QStringLiteral("FERR"));
    type(&dialog, "labelEdit", QStringLiteral("Ferritine"));
    type(&dialog, "unitEdit", QStringLiteral("ug/Lx")); // not UCUM
    type(&dialog, "loincEdit", QStringLiteral("2276-5")); // 2276-4 with a wrong check digit
    dialog.runCheck();
    const QString check = dialog.checkText();
    EXPECT_TRUE(check.contains(QStringLiteral("champ unité"))) << check.toStdString();
    EXPECT_TRUE(check.contains(QStringLiteral("champ LOINC"))) << check.toStdString();

    type(&dialog, "reasonEdit", QStringLiteral("nouvelle analyse"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("champ unité"))) << dialog.errorText().toStdString();
    EXPECT_EQ(current().analysis(QStringLiteral("FERR")), nullptr);

    type(&dialog, "unitEdit", QStringLiteral("ug/L"));
    type(&dialog, "loincEdit", QStringLiteral("2276-4"));
    dialog.runCheck();
    EXPECT_FALSE(dialog.checkText().contains(QStringLiteral("À corriger"))) << dialog.checkText().toStdString();
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    // No exam chosen: the analysis is listed under "Analyses hors examen" by the tree.
    EXPECT_EQ(current().examOf(QStringLiteral("FERR")), nullptr);
}

TEST_P(CatalogueEditorsTest, TypingRunsTheCheckAfterAPause)
{
    const auto crea = *current().analysis(QStringLiteral("CREA"));
    AnalysisEditDialog dialog(admin(), m_admin, crea);
    EXPECT_TRUE(dialog.checkText().isEmpty()) << dialog.checkText().toStdString();
    auto *unit = dialog.findChild<QLineEdit *>(QStringLiteral("unitEdit"));
    unit->clear();
    QTest::keyClicks(unit, QStringLiteral("umol/LL"));
    EXPECT_TRUE(dialog.checkText().isEmpty()) << "not on every key";
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog.checkText().isEmpty(); }, 3000));
    EXPECT_TRUE(dialog.checkText().contains(QStringLiteral("champ unité"))) << dialog.checkText().toStdString();
    QTest::keyClick(unit, Qt::Key_Backspace);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.checkText().isEmpty(); }, 3000)) << dialog.checkText().toStdString();
}

TEST_P(CatalogueEditorsTest, EditsSecondUnitWithDecimalCommaAndFormula)
{
    const auto glu = *current().analysis(QStringLiteral("GLU"));
    AnalysisEditDialog dialog(admin(), m_admin, glu);
    EXPECT_FALSE(dialog.isCreation());
    EXPECT_FALSE(dialog.findChild<QLineEdit *>(QStringLiteral("codeEdit"))->isEnabled());
    EXPECT_FALSE(dialog.findChild<QComboBox *>(QStringLiteral("examCombo"))->isVisibleTo(&dialog));
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("factorEdit"))->text(), QStringLiteral("0,18016"));
    type(&dialog, "factorEdit", QStringLiteral("dix-huit"));
    type(&dialog, "reasonEdit", QStringLiteral("facteur"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Facteur de conversion"))) << dialog.errorText().toStdString();

    type(&dialog, "factorEdit", QStringLiteral("0,1802"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    ASSERT_TRUE(current().analysis(QStringLiteral("GLU"))->secondUnitFactor.has_value());
    EXPECT_DOUBLE_EQ(*current().analysis(QStringLiteral("GLU"))->secondUnitFactor, 0.1802);

    // A formula naming an unknown analysis is refused.
    const auto ldl = *current().analysis(QStringLiteral("LDLC"));
    AnalysisEditDialog formula(admin(), m_admin, ldl);
    EXPECT_FALSE(formula.findChild<QLineEdit *>(QStringLiteral("formulaEdit"))->text().isEmpty());
    type(&formula, "formulaEdit", QStringLiteral("CT - HDLX - TG / 2.2"));
    type(&formula, "reasonEdit", QStringLiteral("formule"));
    formula.accept();
    EXPECT_EQ(formula.result(), QDialog::Rejected);
    EXPECT_TRUE(formula.errorText().contains(QStringLiteral("HDLX"))) << formula.errorText().toStdString();
    EXPECT_EQ(current().analysis(QStringLiteral("LDLC"))->formula, ldl.formula);
}

TEST_P(CatalogueEditorsTest, EditorsSpeakEnglishWhenEnglishIsInstalled)
{
    LanguageLoader loader(QCoreApplication::instance());
    ASSERT_TRUE(loader.install(QStringLiteral("en")));
    {
        AnalysisEditDialog dialog(admin(), m_admin, std::nullopt);
        EXPECT_EQ(dialog.windowTitle(), QStringLiteral("New analysis"));
        type(&dialog, "codeEdit", QStringLiteral("FERR"));
        type(&dialog, "labelEdit", QStringLiteral("Ferritine"));
        type(&dialog, "unitEdit", QStringLiteral("ug/Lx"));
        dialog.accept();
        // The app's own words are English; the validator's message is the domain's.
        EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Nothing was saved:"))) << dialog.errorText().toStdString();
        EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Reason: enter the reason"))) << dialog.errorText().toStdString();
        dialog.runCheck();
        EXPECT_TRUE(dialog.checkText().startsWith(QStringLiteral("To fix:"))) << dialog.checkText().toStdString();
        EXPECT_TRUE(dialog.checkText().contains(QStringLiteral("field unit"))) << dialog.checkText().toStdString();
    }
    {
        ChapterEditDialog dialog(admin(), m_admin, current(), std::nullopt);
        EXPECT_EQ(dialog.windowTitle(), QStringLiteral("New chapter"));
    }
    EXPECT_EQ(CatalogueEditFeedback::fieldLabel(QStringLiteral("second_unit")), QStringLiteral("second unit"));
    ASSERT_TRUE(loader.install(QStringLiteral("fr")));
    EXPECT_EQ(CatalogueEditFeedback::fieldLabel(QStringLiteral("second_unit")), QStringLiteral("seconde unité"));
}

TEST_P(CatalogueEditorsTest, UnknownChapterIsKeptAndRefusedNotSilentlyReplaced)
{
    sgl::domain::Exam lost = *current().exam(QStringLiteral("CRP"));
    lost.chapterCode = QStringLiteral("ABSENT");
    ExamEditDialog dialog(admin(), m_admin, current(), lost);
    EXPECT_EQ(dialog.findChild<QComboBox *>(QStringLiteral("chapterCombo"))->currentText(),
              QStringLiteral("ABSENT (chapitre inconnu)"));
    type(&dialog, "reasonEdit", QStringLiteral("essai"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("« ABSENT » inconnu"))) << dialog.errorText().toStdString();
    EXPECT_EQ(current().exam(QStringLiteral("CRP"))->chapterCode, QStringLiteral("BIOCHIMIE"));
    ASSERT_TRUE(dialog.setChapterCode(QStringLiteral("BIOCHIMIE")));
    dialog.accept();
    // Same definition as stored: nothing to save is reported, not a silent success.
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Aucune modification"))) << dialog.errorText().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueEditorsTest, kBothBackends, sgl::testing::backendName);
