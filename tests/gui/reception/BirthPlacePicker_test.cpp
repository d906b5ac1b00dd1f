// Birth-place picker of the registration form: completion from the embedded INSEE COG subset,
// place name under the code, malformed codes refused before saving.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/reception/BirthPlacePicker.h"
#include "app/reception/ReceptionServices.h"
#include "app/reception/ReceptionView.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sgl::app;
using namespace sgl::app::test;

namespace {

struct PickerForm {
    QWidget window;
    QFormLayout *form = new QFormLayout(&window);
    QLineEdit *edit = new QLineEdit(&window);
    QLineEdit *next = new QLineEdit(&window);
    BirthPlacePicker *picker = nullptr;

    PickerForm()
    {
        form->addRow(QStringLiteral("Lieu :"), edit);
        form->addRow(QStringLiteral("Suivant :"), next);
        edit->setMaxLength(5); // as in ReceptionView.ui: the picker widens it to type names
        picker = new BirthPlacePicker(edit);
        window.show();
        window.activateWindow();
        edit->setFocus();
    }
};

} // namespace

TEST(BirthPlacePicker, TypingANameWithoutAccentOffersPlacesAndChoosingFillsTheCode)
{
    guiApp();
    PickerForm f;
    EXPECT_TRUE(QTest::qWaitForWindowActive(&f.window));
    QTest::keyClicks(f.edit, QStringLiteral("algeri"));
    auto *model = f.picker->completer()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("99352 — Algérie (pays)"));
    EXPECT_TRUE(waitUntil([&] { return f.picker->completer()->popup()->isVisible(); }));
    QAbstractItemView *popup = f.picker->completer()->popup();
    popup->setCurrentIndex(f.picker->completer()->completionModel()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(f.edit->text(), QStringLiteral("99352"));
    EXPECT_EQ(f.picker->placeLabel()->text(), QStringLiteral("Algérie (pays)"));
    const auto code = f.picker->code();
    ASSERT_TRUE(code);
    EXPECT_EQ(*code, QStringLiteral("99352"));
}

TEST(BirthPlacePicker, LabelSitsUnderTheFieldAndNamesTheCode)
{
    guiApp();
    PickerForm f;
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::LabelRole;
    f.form->getWidgetPosition(f.picker->placeLabel(), &row, &role);
    EXPECT_EQ(row, 1);
    EXPECT_EQ(role, QFormLayout::FieldRole);
    EXPECT_GT(f.edit->maxLength(), 5);

    f.edit->setText(QStringLiteral("2a004"));
    EXPECT_EQ(f.picker->placeLabel()->text(), QStringLiteral("Ajaccio (Corse-du-Sud)"));
    f.edit->setText(QStringLiteral("69383"));
    EXPECT_EQ(f.picker->placeLabel()->text(), QStringLiteral("Lyon 3e arrondissement (Rhône)"));
    f.edit->setText(QStringLiteral("75056"));
    EXPECT_TRUE(f.picker->placeLabel()->text().contains(QStringLiteral("arrondissement")));
    f.edit->setText(QStringLiteral("01001")); // valid, outside the embedded subset
    EXPECT_TRUE(f.picker->placeLabel()->text().contains(QStringLiteral("non vérifié")));
    EXPECT_TRUE(f.picker->code().has_value());
    f.edit->setText(QStringLiteral("2C004"));
    EXPECT_TRUE(f.picker->placeLabel()->text().contains(QStringLiteral("invalide")));
    EXPECT_TRUE(f.picker->placeLabel()->property("error").toBool());
    f.edit->clear();
    EXPECT_TRUE(f.picker->placeLabel()->text().isEmpty());
    const auto empty = f.picker->code();
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isEmpty());
}

TEST(BirthPlacePicker, MalformedCodesAreRefusedWithTheFrenchMessage)
{
    guiApp();
    PickerForm f;
    for (const char *typed : {"2C004", "7510", "LYON", "99A01"}) {
        f.edit->setText(QString::fromLatin1(typed));
        const auto code = f.picker->code();
        ASSERT_FALSE(code) << typed;
        EXPECT_TRUE(code.error().code.startsWith(QStringLiteral("cog."))) << typed;
        EXPECT_TRUE(code.error().message.contains(QStringLiteral("lieu de naissance"))) << typed;
    }
}

namespace {

class BirthPlaceReceptionTest : public WorkstationFixture {};

} // namespace

TEST_F(BirthPlaceReceptionTest, RegistrationRefusesAMalformedBirthPlaceThenSavesTheCode)
{
    const auto session = login(QStringLiteral("ssecr"), kPassword);
    ReceptionView view(m_services->reception(session), session, false);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    QTest::keyClick(&view, Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(view.isCreating());
    const std::pair<const char *, QString> fields[] = {
        {"birthNameEdit", QStringLiteral("Lieunais")},
        {"birthFirstNamesEdit", QStringLiteral("Ana")},
        {"birthDateEdit", QStringLiteral("02/05/1991")},
        {"birthPlaceEdit", QStringLiteral("Lyon")},
    };
    for (const auto &[name, text] : fields) {
        auto *edit = view.findChild<QLineEdit *>(QString::fromLatin1(name));
        ASSERT_NE(edit, nullptr) << name;
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    auto *sexCombo = view.findChild<QComboBox *>(QStringLiteral("sexCombo"));
    sexCombo->setCurrentIndex(sexCombo->findData(QStringLiteral("F")));
    auto *save = view.findChild<QPushButton *>(QStringLiteral("saveButton"));
    save->click();
    EXPECT_TRUE(view.isCreating()) << "a name is not a code: nothing saved";
    EXPECT_FALSE(view.currentPatient().has_value());
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("lieu de naissance"))) << view.messageText().toStdString();

    auto *place = view.findChild<QLineEdit *>(QStringLiteral("birthPlaceEdit"));
    place->setText(QStringLiteral("69383"));
    auto *label = view.findChild<QLabel *>(QStringLiteral("birthPlaceNameLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("Lyon 3e arrondissement (Rhône)"));
    save->click();
    ASSERT_TRUE(view.currentPatient().has_value()) << view.messageText().toStdString();
    EXPECT_EQ(view.currentPatient()->traits.birthPlaceCog, QStringLiteral("69383"));
}
