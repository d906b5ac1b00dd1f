// Dossier entry and the Annuaire Santé (issue 14, item 5, GUI side), on both databases: the picker
// (search panel under QAbstractItemModelTester) fills the prescriber and adds copies with name,
// RPPS and MSSanté address (the professional's own mailbox first); a prescriber or copy whose RPPS
// is unknown to the directory, has a wrong key or is malformed is flagged with an icon and a French
// tooltip naming the extraction date; known numbers and a database without directory are not.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/orders/OrderEntryDialog.h"
#include "app/orders/OrderServices.h"
#include "app/validation/DossierTexts.h"
#include "app/widgets/RppsFlag.h"
#include "app/widgets/DirectoryPickerDialog.h"
#include "app/widgets/DirectoryResultModel.h"
#include "app/widgets/DirectorySearchPanel.h"
#include "domain/audit/AuditActor.h"
#include "interop/directory/SyntheticExtract.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "workflow/directory/DirectoryImport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace sgl::app;
using namespace sgl::app::test;
using namespace Qt::StringLiterals;
using sgl::interop::directory::SyntheticExtract;

namespace {

const QString kKnown = u"10000000017"_s;
const QString kFlag = u"RPPS inconnu de l'Annuaire Santé (extraction du 01/12/2026)"_s;

class DirectoryPickerTest : public OnBothBackends<WorkstationFixture> {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto stored = m_db->write([&](sgl::storage::WriteTx &tx) -> sgl::domain::Status {
            sgl::domain::Patient p;
            p.localId = u"IPP-GUI-ANN"_s;
            p.traits.birthName = u"FICTIF"_s;
            p.traits.firstBirthName = u"DOMINIQUE"_s;
            p.traits.birthFirstNames = {u"DOMINIQUE"_s};
            p.traits.birthDate = QDate(1979, 6, 2);
            p.traits.birthDateRaw = u"1979-06-02"_s;
            p.traits.sex = sgl::domain::Sex::Male;
            p.traits.birthPlaceCog = u"75056"_s;
            if (auto s = sgl::storage::PatientRepository::insert(
                    tx, p, sgl::domain::AuditActor::system(u"gui tests"_s, u"poste-test"_s));
                !s)
                return s;
            m_patient = p;
            return {};
        });
        ASSERT_TRUE(stored) << stored.error().toString().toStdString();
        m_orders = m_services->orders(login(u"ssecr"_s, kPassword));
    }

    void importDirectory()
    {
        SyntheticExtract::Options o;
        o.rows = 120;
        o.seed = 5;
        o.extra = {SyntheticExtract::professional(kKnown, u"CORRESPONDANTE"_s, u"Élise"_s, u"10"_s,
                                                  u"elise.correspondante@demo.mssante.fr"_s)};
        const QString path = m_dir.filePath(u"PS_LibreAcces_Personne_activite_202612010300.txt"_s);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(SyntheticExtract::write(f, o));
        f.close();
        auto imported = sgl::workflow::directory::DirectoryImport(*m_db, login(u"admin"_s, kAdminPassword)).run({path});
        ASSERT_TRUE(imported) << imported.error().toString().toStdString();
    }
    std::unique_ptr<OrderEntryDialog> entryDialog()
    {
        auto d = std::make_unique<OrderEntryDialog>(*m_orders, m_patient);
        d->show();
        return d;
    }
    /** Answers the picker the dialog opens next: search `name`, take the first row. */
    void answerPicker(const QString &name, bool *seen)
    {
        QTimer::singleShot(0, [name, seen] {
            auto *picker = qobject_cast<DirectoryPickerDialog *>(QApplication::activeModalWidget());
            if (!picker)
                return;
            *seen = true;
            QAbstractItemModelTester tester(picker->panel()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Warning);
            picker->panel()->nameEdit()->setText(name);
            picker->panel()->search();
            picker->panel()->selectRow(0);
            picker->chooseButton()->click();
        });
    }

    sgl::domain::Patient m_patient;
    std::unique_ptr<OrderServices> m_orders;
};

TEST_P(DirectoryPickerTest, PickerFillsThePrescriberAndAddsACopy)
{
    importDirectory();
    auto d = entryDialog();
    bool seen = false;
    answerPicker(u"correspondante"_s, &seen);
    ASSERT_TRUE(d->pickPrescriber());
    EXPECT_TRUE(seen);
    EXPECT_EQ(d->prescriberName()->text(), u"Dr Élise CORRESPONDANTE"_s);
    EXPECT_EQ(d->prescriberRpps()->text(), kKnown);
    EXPECT_EQ(d->prescriberMssante()->text(), u"elise.correspondante@demo.mssante.fr"_s);
    EXPECT_TRUE(d->prescriberFlag().isEmpty()) << d->prescriberFlag().toStdString();
    EXPECT_TRUE(d->rppsWarning().isEmpty());

    seen = false;
    answerPicker(u"correspondante"_s, &seen);
    ASSERT_TRUE(d->pickCorrespondent());
    EXPECT_TRUE(seen);
    ASSERT_EQ(d->correspondents()->rowCount(), 1);
    EXPECT_EQ(d->correspondents()->item(0, 0)->text(), u"Dr Élise CORRESPONDANTE"_s);
    EXPECT_EQ(d->correspondents()->item(0, 1)->text(), kKnown);
    EXPECT_EQ(d->correspondents()->item(0, 2)->text(), u"elise.correspondante@demo.mssante.fr"_s);
    EXPECT_TRUE(d->correspondentFlag(0).isEmpty());

    // What the dossier request carries is what was picked.
    const auto request = d->request();
    EXPECT_EQ(request.prescriberRpps, kKnown);
    ASSERT_EQ(request.correspondents.size(), 1);
    EXPECT_EQ(request.correspondents.first().mssante, u"elise.correspondante@demo.mssante.fr"_s);
}

TEST_P(DirectoryPickerTest, CancelledPickerChangesNothingAndOwnMailboxComesFirst)
{
    importDirectory();
    auto d = entryDialog();
    d->prescriberName()->setText(u"Dr Jean DUPONT"_s);
    QTimer::singleShot(0, [] {
        if (auto *picker = qobject_cast<DirectoryPickerDialog *>(QApplication::activeModalWidget())) {
            EXPECT_EQ(picker->panel()->nameEdit()->text(), u"DUPONT"_s) << "searched by the last name typed";
            EXPECT_FALSE(picker->chooseButton()->isEnabled() && !picker->panel()->selected());
            picker->reject();
        }
    });
    EXPECT_FALSE(d->pickPrescriber());
    EXPECT_EQ(d->prescriberName()->text(), u"Dr Jean DUPONT"_s);
    EXPECT_TRUE(d->prescriberRpps()->text().isEmpty());

    auto p = SyntheticExtract::professional(kKnown, u"CORRESPONDANTE"_s, u"Élise"_s, u"10"_s,
                                            u"elise.correspondante@demo.mssante.fr"_s);
    sgl::domain::DirectoryProfessional professional = p.professional;
    professional.activities = {p.activity};
    professional.mssanteMailboxes = {u"e.correspondante@chu.mssante.fr"_s};
    d->fillPrescriber(professional);
    EXPECT_EQ(d->prescriberMssante()->text(), u"e.correspondante@chu.mssante.fr"_s);
}

TEST_P(DirectoryPickerTest, UnknownWrongKeyAndMalformedRppsAreFlagged)
{
    importDirectory();
    auto d = entryDialog();
    auto *flagLabel = d->findChild<QLabel *>(u"prescriberRppsFlag"_s);
    ASSERT_NE(flagLabel, nullptr);

    d->prescriberRpps()->setText(SyntheticExtract::rpps(987654)); // valid key, not in the directory
    EXPECT_EQ(d->prescriberFlag(), kFlag);
    EXPECT_FALSE(flagLabel->isHidden());
    EXPECT_EQ(flagLabel->toolTip(), kFlag);
    EXPECT_FALSE(flagLabel->pixmap().isNull()) << "an icon, not only a tooltip";

    d->prescriberRpps()->setText(u"10000000018"_s);
    EXPECT_TRUE(d->prescriberFlag().contains(u"clé de contrôle"_s)) << d->prescriberFlag().toStdString();
    EXPECT_FALSE(d->rppsWarning().isEmpty()) << "the key warning stays";

    d->prescriberRpps()->setText(kKnown);
    EXPECT_TRUE(d->prescriberFlag().isEmpty());
    EXPECT_TRUE(flagLabel->isHidden());
    d->prescriberRpps()->clear();
    EXPECT_TRUE(d->prescriberFlag().isEmpty());

    // Copies: on the row added, and again when the number is edited in the table.
    d->addCorrespondent(u"Dr Inconnu"_s, SyntheticExtract::rpps(987655), u"inconnu@x.mssante.fr"_s);
    EXPECT_EQ(d->correspondentFlag(0), kFlag);
    EXPECT_FALSE(d->correspondents()->item(0, 1)->icon().isNull());
    EXPECT_EQ(d->correspondents()->item(0, 1)->toolTip(), kFlag);
    d->correspondents()->item(0, 1)->setText(kKnown);
    EXPECT_TRUE(d->correspondentFlag(0).isEmpty());
    EXPECT_TRUE(d->correspondents()->item(0, 1)->icon().isNull());
    d->correspondents()->item(0, 1)->setText(u"1234"_s);
    EXPECT_TRUE(d->correspondentFlag(0).contains(u"11 chiffres"_s)) << d->correspondentFlag(0).toStdString();
    d->addCorrespondent(u"Sans RPPS"_s);
    EXPECT_TRUE(d->correspondentFlag(1).isEmpty()) << "no number, nothing to check";
}

TEST_P(DirectoryPickerTest, WithoutDirectoryNothingIsFlaggedAndThePickerSaysWhy)
{
    auto d = entryDialog();
    d->prescriberRpps()->setText(SyntheticExtract::rpps(987654));
    EXPECT_TRUE(d->prescriberFlag().isEmpty());
    d->addCorrespondent(u"Dr X"_s, SyntheticExtract::rpps(987655));
    EXPECT_TRUE(d->correspondentFlag(0).isEmpty());

    DirectoryPickerDialog picker(m_orders->directory(), u"Prescripteur"_s);
    picker.panel()->nameEdit()->setText(u"martin"_s);
    ASSERT_TRUE(picker.panel()->search());
    EXPECT_EQ(picker.panel()->model()->rowCount(), 0);
    EXPECT_FALSE(picker.chooseButton()->isEnabled());
    picker.accept();
    EXPECT_EQ(picker.result(), QDialog::Rejected) << "nothing chosen, the dialog stays";
    EXPECT_FALSE(picker.chosen());
}

TEST_P(DirectoryPickerTest, ValidationHeaderShowsThePrescriberFlag)
{
    importDirectory();
    sgl::workflow::validation::ValidationDossier d;
    d.header.prescriberName = u"Dr Inconnu <X>"_s;
    d.header.prescriberRpps = SyntheticExtract::rpps(987654);
    const QString flag = RppsFlag(&m_orders->directory()).flagFor(d.header.prescriberRpps);
    EXPECT_EQ(flag, kFlag);
    const QString html = DossierTexts::html(d, nullptr, flag);
    EXPECT_TRUE(html.contains(u"Prescripteur : Dr Inconnu &lt;X&gt; <span"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"⚠ "_s + kFlag.toHtmlEscaped())) << html.toStdString();
    EXPECT_FALSE(DossierTexts::html(d, nullptr).contains(u"⚠"_s));
    d.header.prescriberRpps = kKnown;
    EXPECT_TRUE(RppsFlag(&m_orders->directory()).flagFor(d.header.prescriberRpps).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryPickerTest, kBothBackends, sgl::testing::backendName);

} // namespace
