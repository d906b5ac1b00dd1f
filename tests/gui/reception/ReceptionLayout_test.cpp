// The Accueil on a 1366 × 768 laptop, built the way the workstation builds it (order buttons, DMP
// button) and drawn with the product's style sheet: the screen gets about (1366 - 240) × 690 beside
// the navigation column, under the menu and over the status bar. The search fields hold a name
// and a date, the list shows the names (not only in tooltips) while the form beside it is read-only,
// editing, creating or listing duplicates, and nothing scrolls sideways.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/reception/PatientListModel.h"
#include "app/reception/ReceptionView.h"
#include "app/shell/WorkstationScreens.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace sgl::app;
using namespace sgl::app::test;

namespace {

constexpr int kScreenWidth = 1366 - 240; ///< beside the navigation column
constexpr int kScreenHeight = 690;       ///< under the menu, over the status bar
constexpr int kNameColumnMin = 110;      ///< « DUPONT-MARTINEAU » still reads, elided at worst
constexpr int kSearchNameMin = 160;

class ReceptionLayoutTest : public OnBothBackends<WorkstationFixture> {
protected:
    std::unique_ptr<QWidget> openScreen(const QString &loginName, bool readOnly)
    {
        WorkstationScreens screens(*m_services);
        std::unique_ptr<QWidget> widget(
            screens.create(Screen::Reception, readOnly, login(loginName, kPassword), nullptr));
        EXPECT_NE(qobject_cast<ReceptionView *>(widget.get()), nullptr);
        QFile style(QStringLiteral(":/styles/sgl.qss"));
        EXPECT_TRUE(style.open(QIODevice::ReadOnly)) << "the product's style sheet sets fonts and paddings";
        widget->setStyleSheet(QString::fromUtf8(style.readAll()));
        widget->resize(kScreenWidth, kScreenHeight);
        widget->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(widget.get()));
        return widget;
    }

    template <class T>
    static T *child(QWidget &view, const char *name)
    {
        auto *w = view.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    /** Width a line edit needs to show `text` whole: the text, the frame and the style's padding. */
    static int neededWidth(const QLineEdit &edit, const QString &text)
    {
        return edit.fontMetrics().horizontalAdvance(text) + 20;
    }

    static void settle()
    {
        // Showing a button posts a layout request; the form's new width then moves the splitter.
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
        }
    }

    static void expectFits(QWidget &view, const char *state)
    {
        settle();
        SCOPED_TRACE(state);
        EXPECT_LE(view.minimumSizeHint().width(), kScreenWidth) << "the screen is not wider than the laptop's";
        EXPECT_EQ(view.width(), kScreenWidth);

        auto *name = child<QLineEdit>(view, "searchNameEdit");
        EXPECT_GE(name->width(), kSearchNameMin);
        EXPECT_GE(name->width(), neededWidth(*name, QStringLiteral("DUPONT-MARTINEAU")));
        auto *date = child<QLineEdit>(view, "searchBirthDateEdit");
        EXPECT_GE(date->width(), neededWidth(*date, QStringLiteral("28/02/1980")));
        auto *ipp = child<QLineEdit>(view, "searchIppEdit");
        EXPECT_GE(ipp->width(), neededWidth(*ipp, QStringLiteral("P261122238243")));

        auto *table = child<QTableView>(view, "patientTable");
        EXPECT_FALSE(table->horizontalScrollBar()->isVisible()) << "the patient list fits 1366 px";
        for (int column : {PatientListModel::BirthName, PatientListModel::UsedName, PatientListModel::FirstNames})
            EXPECT_GE(table->columnWidth(column), kNameColumnMin)
                << table->model()->headerData(column, Qt::Horizontal).toString().toStdString();
        // The short columns show their whole content.
        for (int column : {PatientListModel::LocalId, PatientListModel::BirthDate})
            EXPECT_GE(table->columnWidth(column), static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column))
                << column;

        auto *form = child<QScrollArea>(view, "formScroll");
        EXPECT_FALSE(form->horizontalScrollBar()->isVisible()) << "the identity form does not scroll sideways";
        EXPECT_GE(form->viewport()->width(), form->widget()->minimumSizeHint().width());
        EXPECT_FALSE(child<QListWidget>(view, "evidenceList")->horizontalScrollBar()->isVisible());
        auto *birthDate = child<QLineEdit>(view, "birthDateEdit");
        EXPECT_GE(birthDate->width(), neededWidth(*birthDate, QStringLiteral("28/02/1980")));
        auto *birthName = child<QLineEdit>(view, "birthNameEdit");
        EXPECT_GE(birthName->width(), neededWidth(*birthName, QStringLiteral("DUPONT-MARTINEAU")));
    }

    static void fillIdentity(QWidget &view, const QString &name, const QString &firstNames, const QString &date,
                             const QString &sex, const QString &usedName)
    {
        for (auto [field, text] : {std::pair{"birthNameEdit", name}, std::pair{"birthFirstNamesEdit", firstNames},
                                   std::pair{"birthDateEdit", date}, std::pair{"usedNameEdit", usedName}}) {
            auto *edit = child<QLineEdit>(view, field);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        auto *sexCombo = child<QComboBox>(view, "sexCombo");
        sexCombo->setCurrentIndex(sexCombo->findData(sex));
    }
};

} // namespace

TEST_P(ReceptionLayoutTest, SecretaryScreenFitsA1366By768LaptopInEveryState)
{
    auto widget = openScreen(QStringLiteral("ssecr"), false);
    auto *view = qobject_cast<ReceptionView *>(widget.get());
    ASSERT_NE(view, nullptr);
    expectFits(*view, "nothing selected");

    view->startNewPatient();
    ASSERT_TRUE(view->isCreating());
    expectFits(*view, "new patient");
    fillIdentity(*view, QStringLiteral("DUPONT-MARTINEAU"), QStringLiteral("MARIE-CHRISTINE ANNE"),
                 QStringLiteral("28/02/1980"), QStringLiteral("F"), QStringLiteral("LEFEBVRE-DESCHAMPS"));
    auto *type = child<QComboBox>(*view, "evidenceTypeCombo");
    type->setCurrentIndex(type->findData(static_cast<int>(sgl::domain::EvidenceType::IdentityCard)));
    child<QPushButton>(*view, "addEvidenceButton")->click();
    view->save();
    ASSERT_TRUE(view->currentPatient().has_value()) << view->messageText().toStdString();
    ASSERT_FALSE(view->isCreating());

    // The stored patient, editable: attributes, documents, orders, INSi and save buttons in view.
    QTest::keyClicks(child<QLineEdit>(*view, "searchNameEdit"), QStringLiteral("DUPONT-MARTINEAU"));
    ASSERT_TRUE(view->search());
    ASSERT_EQ(view->model()->rowCount(), 1);
    view->openRow(0);
    ASSERT_FALSE(child<QLineEdit>(*view, "birthNameEdit")->isReadOnly());
    ASSERT_TRUE(child<QPushButton>(*view, "applyAttributesButton")->isVisible());
    ASSERT_TRUE(child<QPushButton>(*view, "newDossierButton")->isVisible());
    ASSERT_EQ(child<QListWidget>(*view, "evidenceList")->count(), 1);
    expectFits(*view, "editing a stored patient");

    // The widest button rows: a workstation with Pro Santé Connect (DMP) and a card reader (CPx).
    for (const char *name : {"dmpWebAccessButton", "insiCardButton"}) {
        auto *button = view->findChild<QPushButton *>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        button->setVisible(true);
    }
    expectFits(*view, "editing with the DMP and CPS card buttons");

    // A second registration of the same person: the duplicates are listed with their button.
    view->startNewPatient();
    fillIdentity(*view, QStringLiteral("DUPONT-MARTINEAU"), QStringLiteral("MARIE-CHRISTINE ANNE"),
                 QStringLiteral("28/02/1980"), QStringLiteral("F"), QString());
    view->save();
    ASSERT_TRUE(view->isCreating());
    ASSERT_TRUE(child<QPushButton>(*view, "confirmDuplicatesButton")->isVisible());
    EXPECT_EQ(child<QLabel>(*view, "searchStatusLabel")->text(), QString())
        << "the list shows the candidates, not the last search's results";
    expectFits(*view, "duplicates listed");
}

TEST_P(ReceptionLayoutTest, BiologistReadOnlyScreenFitsA1366By768Laptop)
{
    {
        auto widget = openScreen(QStringLiteral("ssecr"), false);
        auto *view = qobject_cast<ReceptionView *>(widget.get());
        ASSERT_NE(view, nullptr);
        view->startNewPatient();
        fillIdentity(*view, QStringLiteral("DUPONT-MARTINEAU"), QStringLiteral("JEAN-BAPTISTE"),
                     QStringLiteral("01/12/1955"), QStringLiteral("M"), QString());
        view->save();
        ASSERT_TRUE(view->currentPatient().has_value()) << view->messageText().toStdString();
    }
    auto widget = openScreen(QStringLiteral("mcurie"), true);
    auto *view = qobject_cast<ReceptionView *>(widget.get());
    ASSERT_NE(view, nullptr);
    QTest::keyClicks(child<QLineEdit>(*view, "searchNameEdit"), QStringLiteral("DUPONT-MARTINEAU"));
    ASSERT_TRUE(view->search());
    ASSERT_EQ(view->model()->rowCount(), 1);
    view->openRow(0);
    ASSERT_TRUE(child<QLineEdit>(*view, "birthNameEdit")->isReadOnly());
    expectFits(*view, "consultation");
}

INSTANTIATE_TEST_SUITE_P(Backends, ReceptionLayoutTest, kBothBackends, sgl::testing::backendName);
