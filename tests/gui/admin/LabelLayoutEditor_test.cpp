#include "GuiTestApp.h"
#include "ZxingDecoder.h"

#include "app/admin/LabelLayoutEditor.h"
#include "app/shell/SettingsDialog.h"
#include "domain/ErrorCodes.h"

#include <QDoubleSpinBox>
#include <QListWidget>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace sgl::app;
using sgl::domain::LabelLayout;

namespace {

QDoubleSpinBox *spin(QWidget &w, const char *name)
{
    auto *s = w.findChild<QDoubleSpinBox *>(QString::fromLatin1(name));
    EXPECT_NE(s, nullptr) << name;
    return s;
}

} // namespace

TEST(LabelLayoutEditor, PreviewIsTheLabelAsPrintedAndAScannerReadsIt)
{
    test::guiApp();
    LabelLayoutEditor editor;
    editor.setLabelLayout(LabelLayout{});
    EXPECT_TRUE(editor.problemText().isEmpty());
    ASSERT_FALSE(editor.previewImage().isNull());
    // 50 x 25 mm at 203 dpi: the preview is drawn at the printer's resolution.
    EXPECT_NEAR(editor.previewImage().width(), 50 / 25.4 * 203, 2);
    const auto symbols = sgl::testing::zxingDecode(editor.previewImage());
    ASSERT_EQ(symbols.size(), 1);
    EXPECT_EQ(symbols[0].format, QStringLiteral("Code128"));
    EXPECT_EQ(symbols[0].bytes, QByteArray("00000001*"));

    // DataMatrix chosen in the form: the preview follows.
    LabelLayout dm;
    dm.symbology = LabelLayout::Symbology::DataMatrix;
    dm.barcodeHeightMm = 9;
    editor.setLabelLayout(dm);
    EXPECT_EQ(editor.labelLayout(), dm) << "the form gives back what it was given";
    const auto dmSymbols = sgl::testing::zxingDecode(editor.previewImage());
    ASSERT_EQ(dmSymbols.size(), 1);
    EXPECT_EQ(dmSymbols[0].format, QStringLiteral("DataMatrix"));
}

TEST(LabelLayoutEditor, ShowsTheProblemAndNoPreviewWhenTheLabelCannotBePrinted)
{
    test::guiApp();
    LabelLayoutEditor editor;
    editor.setLabelLayout(LabelLayout{});
    spin(editor, "widthSpin")->setValue(30);
    spin(editor, "marginLeftSpin")->setValue(20);
    spin(editor, "marginRightSpin")->setValue(20);
    EXPECT_TRUE(editor.problemText().contains(QStringLiteral("Marges gauche et droite"))) << editor.problemText().toStdString();
    EXPECT_TRUE(editor.previewImage().isNull());
    spin(editor, "marginRightSpin")->setValue(1.5);
    spin(editor, "widthSpin")->setValue(50);
    EXPECT_TRUE(editor.problemText().isEmpty()) << editor.problemText().toStdString();
    EXPECT_FALSE(editor.previewImage().isNull());

    // Unchecking a field removes it from the layout.
    auto *fields = editor.findChild<QListWidget *>(QStringLiteral("fieldsList"));
    ASSERT_NE(fields, nullptr);
    ASSERT_EQ(fields->count(), int(sgl::domain::allLabelFields().size()));
    for (int i = 0; i < fields->count(); ++i)
        if (fields->item(i)->text() == LabelLayoutEditor::fieldName(sgl::domain::LabelField::BirthDate))
            fields->item(i)->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(editor.labelLayout().shows(sgl::domain::LabelField::BirthDate));
}

TEST(LabelLayoutEditor, SettingsDialogSavesAChangedLayoutAndStaysOpenOnARefusal)
{
    test::guiApp();
    QList<LabelLayout> saved;
    sgl::domain::Status answer;
    AppSettings workstation;
    workstation.databaseUrl = QStringLiteral("sqlite:///tmp/sgl-label-layout-test.db");
    SettingsDialog dialog(workstation, LabLetterhead{}, {});
    dialog.enableLabelLayout(LabelLayout{}, [&](const LabelLayout &l) {
        saved << l;
        return answer;
    });
    LabelLayoutEditor *editor = dialog.labelLayoutEditor();
    ASSERT_NE(editor, nullptr);
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(editor)), QStringLiteral("Étiquettes"));

    // Unchanged layout: nothing saved.
    dialog.accept();
    EXPECT_TRUE(saved.isEmpty());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    spin(*editor, "widthSpin")->setValue(38);
    answer = sgl::domain::fail(sgl::domain::errc::LabelMarginsInvalid, QStringLiteral("Marges refusées."),
                               QStringLiteral("label.margin_left_mm"));
    dialog.setResult(QDialog::Rejected);
    tabs->setCurrentIndex(0);
    dialog.accept();
    ASSERT_EQ(saved.size(), 1) << dialog.errorText().toStdString();
    EXPECT_DOUBLE_EQ(saved[0].widthMm, 38);
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "a refusal keeps the dialog open";
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Marges refusées."));
    EXPECT_EQ(tabs->currentWidget(), editor) << "the faulty tab is shown";

    answer = {};
    dialog.accept();
    EXPECT_EQ(saved.size(), 2);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(LabelLayoutEditor, ReadOnlyWithoutASaver)
{
    test::guiApp();
    SettingsDialog dialog(AppSettings{}, LabLetterhead{}, {});
    dialog.enableLabelLayout(LabelLayout{}, {});
    EXPECT_TRUE(spin(*dialog.labelLayoutEditor(), "widthSpin")->isReadOnly());
    EXPECT_FALSE(dialog.labelLayoutEditor()->findChild<QListWidget *>(QStringLiteral("fieldsList"))->isEnabled());
}
