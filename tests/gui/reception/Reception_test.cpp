// Accueil screen against the real identity use cases (RegisterPatient, SearchPatients,
// UpdatePatient, RecordEvidence, SetIdentityAttributes) on a temporary migrated database.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/widgets/IdentityStatusBadge.h"
#include "app/reception/PatientListModel.h"
#include "app/reception/ReceptionServices.h"
#include "app/reception/ReceptionView.h"
#include "domain/audit/AuditActor.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace sgl::app;
using namespace sgl::app::test;
using sgl::domain::IdentityStatus;

namespace {

class ReceptionTest : public OnBothBackends<WorkstationFixture> {
protected:
    std::unique_ptr<ReceptionView> openAs(const QString &loginName, bool readOnly)
    {
        const auto session = login(loginName, kPassword);
        auto view = std::make_unique<ReceptionView>(m_services->reception(session), session,
                                                    readOnly);
        view->show();
        view->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(view.get())) << "shortcuts need an active window";
        return view;
    }

    template <class T>
    static T *child(QWidget &view, const char *name)
    {
        auto *w = view.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    static void fillIdentity(QWidget &view, const QString &name, const QString &firstNames,
                             const QString &date, const QString &sex, const QString &cog)
    {
        for (auto [field, text] : {std::pair{"birthNameEdit", name},
                                   std::pair{"birthFirstNamesEdit", firstNames},
                                   std::pair{"birthDateEdit", date},
                                   std::pair{"birthPlaceEdit", cog}}) {
            auto *edit = child<QLineEdit>(view, field);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        auto *sexCombo = child<QComboBox>(view, "sexCombo");
        sexCombo->setCurrentIndex(sexCombo->findData(sex));
    }
};

} // namespace

TEST_P(ReceptionTest, CreateWithHighTrustDocumentGivesValidatedIdentityThenFindByApproximateName)
{
    auto view = openAs(QStringLiteral("ssecr"), false);
    QTest::keyClick(view.get(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(view->isCreating());
    fillIdentity(*view, QStringLiteral("Dupont"), QStringLiteral("Jeanne Marie"),
                 QStringLiteral("14/03/1980"), QStringLiteral("F"), QStringLiteral("2A004"));
    auto *type = child<QComboBox>(*view, "evidenceTypeCombo");
    type->setCurrentIndex(type->findData(static_cast<int>(sgl::domain::EvidenceType::IdentityCard)));
    child<QPushButton>(*view, "addEvidenceButton")->click();
    child<QPushButton>(*view, "saveButton")->click();

    ASSERT_TRUE(view->currentPatient().has_value()) << view->messageText().toStdString();
    const auto created = *view->currentPatient();
    EXPECT_FALSE(view->isCreating());
    EXPECT_EQ(created.traits.birthName, QStringLiteral("DUPONT"));
    EXPECT_EQ(created.traits.birthPlaceCog, QStringLiteral("2A004"));
    EXPECT_EQ(created.status, IdentityStatus::Vali) << "a checked identity card validates";
    EXPECT_EQ(child<IdentityStatusBadge>(*view, "identityStatusBadge")->text(),
              QStringLiteral("VALI"));
    EXPECT_TRUE(view->messageText().contains(created.localId));

    // A fresh search with another spelling finds her (phonetic).
    auto search = openAs(QStringLiteral("ssecr"), false);
    QAbstractItemModelTester tester(search->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::keyClicks(child<QLineEdit>(*search, "searchNameEdit"), QStringLiteral("Dupond"));
    QTest::keyClick(child<QLineEdit>(*search, "searchNameEdit"), Qt::Key_Return);
    ASSERT_EQ(search->model()->rowCount(), 1);
    EXPECT_EQ(search->model()->patientAt(0)->id, created.id);
    search->openRow(0);
    EXPECT_EQ(search->currentPatient()->localId, created.localId);
    // Selecting the patient shows what is stored, the identity card seen included (an exact
    // search's results do not carry the documents).
    auto exact = openAs(QStringLiteral("ssecr"), false);
    QTest::keyClicks(child<QLineEdit>(*exact, "searchNameEdit"), QStringLiteral("Dupont"));
    ASSERT_TRUE(exact->search());
    ASSERT_EQ(exact->model()->rowCount(), 1);
    exact->openRow(0);
    auto *documents = child<QListWidget>(*exact, "evidenceList");
    ASSERT_EQ(documents->count(), 1);
    EXPECT_TRUE(documents->item(0)->text().startsWith(QStringLiteral("Carte nationale d'identité (haut niveau de confiance) — vue par ssecr")))
        << documents->item(0)->text().toStdString();
    ASSERT_EQ(exact->currentPatient()->evidence.size(), 1);
}

TEST_P(ReceptionTest, DuplicateIsListedAndNothingCreatedUntilConfirmed)
{
    auto view = openAs(QStringLiteral("ssecr"), false);
    view->startNewPatient();
    fillIdentity(*view, QStringLiteral("MARTIN"), QStringLiteral("PAUL"),
                 QStringLiteral("01/02/1970"), QStringLiteral("M"), QString());
    view->save();
    ASSERT_TRUE(view->currentPatient().has_value()) << view->messageText().toStdString();
    const qint64 first = view->currentPatient()->id;

    view->startNewPatient();
    fillIdentity(*view, QStringLiteral("MARTIN"), QStringLiteral("PAUL"),
                 QStringLiteral("01/02/1970"), QStringLiteral("M"), QString());
    view->save();
    EXPECT_TRUE(view->isCreating()) << "nothing stored while duplicates are not reviewed";
    EXPECT_TRUE(view->messageText().contains(QStringLiteral("rien n'a été créé")));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->patientAt(0)->id, first);
    auto *confirm = child<QPushButton>(*view, "confirmDuplicatesButton");
    ASSERT_TRUE(confirm->isVisible());
    confirm->click();
    ASSERT_FALSE(view->isCreating()) << view->messageText().toStdString();
    EXPECT_NE(view->currentPatient()->id, first);
}

TEST_P(ReceptionTest, BadInputIsRefusedWithMessageAndNothingStored)
{
    auto view = openAs(QStringLiteral("ssecr"), false);
    view->startNewPatient();
    fillIdentity(*view, QStringLiteral("DURAND"), QStringLiteral("LUC"),
                 QStringLiteral("31/02/1990"), QStringLiteral("M"), QString());
    view->save();
    EXPECT_TRUE(view->isCreating());
    EXPECT_TRUE(view->messageText().contains(QStringLiteral("Date de naissance invalide")));

    fillIdentity(*view, QStringLiteral("DURAND2"), QStringLiteral("LUC"),
                 QStringLiteral("01/01/1990"), QStringLiteral("M"), QString());
    view->save();
    EXPECT_TRUE(view->isCreating()) << "a digit in a name is refused by the traits validator";
    EXPECT_TRUE(view->messageText().contains(QStringLiteral("Caractères non autorisés dans « DURAND2 »")))
        << view->messageText().toStdString();

    fillIdentity(*view, QStringLiteral("DURAND"), QStringLiteral("LUC"),
                 QStringLiteral("01/01/1990"), QStringLiteral("M"), QStringLiteral("ABCDE"));
    view->save();
    EXPECT_TRUE(view->isCreating()) << "birth place must be a COG code";

    auto search = openAs(QStringLiteral("ssecr"), false);
    QTest::keyClicks(child<QLineEdit>(*search, "searchNameEdit"), QStringLiteral("DURAND"));
    ASSERT_TRUE(search->search());
    EXPECT_EQ(search->model()->rowCount(), 0);
    child<QLineEdit>(*search, "searchBirthDateEdit")->setText(QStringLiteral("1990"));
    EXPECT_FALSE(search->search());
}

TEST_P(ReceptionTest, EditingStrictTraitOrMarkingDoubtfulDowngradesStatus)
{
    auto view = openAs(QStringLiteral("ssecr"), false);
    view->startNewPatient();
    fillIdentity(*view, QStringLiteral("BERNARD"), QStringLiteral("ALICE"),
                 QStringLiteral("05/06/1985"), QStringLiteral("F"), QStringLiteral("75056"));
    view->addEvidence(); // default type: identity card (high trust)
    view->save();
    ASSERT_EQ(view->currentPatient()->status, IdentityStatus::Vali)
        << view->messageText().toStdString();

    // A used name is not a strict trait: status kept.
    QTest::keyClicks(child<QLineEdit>(*view, "usedNameEdit"), QStringLiteral("LEROY"));
    view->save();
    EXPECT_EQ(view->currentPatient()->status, IdentityStatus::Vali);
    EXPECT_EQ(view->currentPatient()->traits.usedName, QStringLiteral("LEROY"));

    // Birth date typo corrected: strict trait, back to PROV.
    child<QLineEdit>(*view, "birthDateEdit")->setText(QStringLiteral("06/06/1985"));
    view->save();
    EXPECT_EQ(view->currentPatient()->status, IdentityStatus::Prov);
    EXPECT_TRUE(view->messageText().contains(QStringLiteral("PROV")));

    // Document seen again, then marked doubtful: validation dropped.
    view->addEvidence();
    ASSERT_EQ(view->currentPatient()->status, IdentityStatus::Vali)
        << view->messageText().toStdString();
    child<QCheckBox>(*view, "doubtfulCheck")->setChecked(true);
    view->applyAttributes();
    EXPECT_TRUE(view->currentPatient()->doubtful);
    EXPECT_EQ(view->currentPatient()->status, IdentityStatus::Prov);
    // A high-trust document cannot validate a doubtful identity.
    view->addEvidence();
    EXPECT_EQ(view->currentPatient()->status, IdentityStatus::Prov);
    EXPECT_EQ(view->messageText(), QStringLiteral("Une identité douteuse ne peut pas être validée : levez d'abord le doute."));
}

TEST_P(ReceptionTest, BiologistConsultsOnly)
{
    {
        auto view = openAs(QStringLiteral("ssecr"), false);
        view->startNewPatient();
        fillIdentity(*view, QStringLiteral("PETIT"), QStringLiteral("LOUIS"),
                     QStringLiteral("10/10/2010"), QStringLiteral("M"), QString());
        view->save();
        ASSERT_TRUE(view->currentPatient().has_value());
    }
    auto view = openAs(QStringLiteral("mcurie"), true);
    EXPECT_FALSE(child<QPushButton>(*view, "newPatientButton")->isVisible());
    EXPECT_FALSE(child<QPushButton>(*view, "saveButton")->isVisible());
    QTest::keyClicks(child<QLineEdit>(*view, "searchNameEdit"), QStringLiteral("PETIT"));
    ASSERT_TRUE(view->search());
    ASSERT_EQ(view->model()->rowCount(), 1);
    view->openRow(0);
    EXPECT_TRUE(child<QLineEdit>(*view, "birthNameEdit")->isReadOnly());
    // The screen's share of a maximised 1366x768 window (navigation column, menu, status bar):
    // the columns of the list fit without scrolling sideways.
    view->resize(1366 - 240, 640);
    QApplication::processEvents();
    auto *table = child<QTableView>(*view, "patientTable");
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible()) << "the patient list fits 1366 px";
    EXPECT_GE(table->columnWidth(PatientListModel::BirthName), 80) << "names stay readable";
    view->startNewPatient();
    EXPECT_FALSE(view->isCreating());
}

TEST_P(ReceptionTest, TypingDossierNumberFindsThePatient)
{
    auto view = openAs(QStringLiteral("ssecr"), false);
    view->startNewPatient();
    fillIdentity(*view, QStringLiteral("ROUX"), QStringLiteral("EMMA"),
                 QStringLiteral("02/02/2002"), QStringLiteral("F"), QString());
    view->save();
    ASSERT_TRUE(view->currentPatient().has_value());
    const qint64 patientId = view->currentPatient()->id;
    const auto actor = sgl::domain::AuditActor::fromSession(login(QStringLiteral("ssecr"), kPassword));
    auto stored = m_db->write([&](sgl::storage::WriteTx &tx) -> sgl::domain::Status {
        sgl::domain::Dossier d;
        d.number = QStringLiteral("D2026-004242");
        d.patientId = patientId;
        return sgl::storage::DossierRepository::insert(tx, d, actor);
    });
    ASSERT_TRUE(stored.has_value()) << stored.error().toString().toStdString();

    auto search = openAs(QStringLiteral("ssecr"), false);
    auto *code = child<QLineEdit>(*search, "searchCodeEdit");
    QTest::keyClicks(code, QStringLiteral("D2026-004242"));
    QTest::keyClick(code, Qt::Key_Return);
    ASSERT_EQ(search->model()->rowCount(), 1);
    EXPECT_EQ(search->model()->patientAt(0)->id, patientId);

    code->clear();
    QTest::keyClicks(code, QStringLiteral("D2026-999999"));
    ASSERT_TRUE(search->search());
    EXPECT_EQ(search->model()->rowCount(), 0);
}

// The GUI hides writing from biologists, but the use cases refuse on their own: a view opened
// writable by mistake still cannot create, and says why.
TEST_P(ReceptionTest, UseCasesRefuseEvenWhenTheScreenIsWritable)
{
    auto view = openAs(QStringLiteral("mcurie"), false);
    view->startNewPatient();
    ASSERT_TRUE(view->isCreating());
    fillIdentity(*view, QStringLiteral("GRAND"), QStringLiteral("PAUL"),
                 QStringLiteral("11/11/2011"), QStringLiteral("M"), QString());
    view->save();
    EXPECT_TRUE(view->isCreating()) << "nothing was created";
    EXPECT_TRUE(view->messageText().contains(QStringLiteral("mcurie"))) << view->messageText().toStdString();
    EXPECT_TRUE(view->messageText().contains(QStringLiteral("modifier un dossier patient")))
        << view->messageText().toStdString();

    auto search = openAs(QStringLiteral("ssecr"), false);
    QTest::keyClicks(child<QLineEdit>(*search, "searchNameEdit"), QStringLiteral("GRAND"));
    ASSERT_TRUE(search->search());
    EXPECT_EQ(search->model()->rowCount(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReceptionTest, kBothBackends, sgl::testing::backendName);
