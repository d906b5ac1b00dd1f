// « Réception des tubes » offscreen, on both databases, over the real use cases: a scan (typed
// like a keyboard wedge, then Enter) receives the tube and shows it in green; the same tube again
// is refused in red with the French message; the field is emptied and keeps the focus; the
// non-conformity dialog refuses « Autre » without comment, then records a new sample. Models run
// under QAbstractItemModelTester. The rules themselves: tests/workflow/specimens.

#include "GuiTestApp.h"
#include "Samples.h"
#include "WorkstationFixture.h"

#include "app/specimens/NonConformityDialog.h"
#include "app/specimens/ScanListModel.h"
#include "app/specimens/SpecimenReceptionView.h"
#include "app/specimens/SpecimenServices.h"
#include "app/specimens/TubeListModel.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/orders/OrderEntry.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace sgl::app::test {
namespace {

using domain::Specimen;

class SpecimenReceptionViewTest : public OnBothBackends<WorkstationFixture> {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto validator = interop::catalogue::CatalogueReferenceData::validator();
        ASSERT_TRUE(validator.has_value());
        domain::UserSession admin;
        admin.userId = -1;
        admin.login = QStringLiteral("system:test");
        admin.roles = {domain::Role::Admin};
        auto imported = workflow::ApplyCatalogueImport(*m_db, *validator)
                            .run(admin, workflow::CatalogueImportRequest::demoCatalogue());
        ASSERT_TRUE(imported && imported->applied);
        domain::Patient p = sgl::testing::samplePatient(QStringLiteral("IPP-TUBES-1"));
        ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
            return storage::PatientRepository::insert(tx, p, sgl::testing::actor());
        }));
        m_patientId = p.id;
        m_desk = login(QStringLiteral("ssecr"), kPassword);
    }

    /** A dossier for NFS (one EDTA tube); returns its tube's barcode. */
    QString order(qint64 *dossierId = nullptr)
    {
        workflow::orders::DossierRequest r;
        r.patientId = m_patientId;
        r.prescriberName = QStringLiteral("Dr Claire BERNARD");
        r.examCodes = {QStringLiteral("NFS")};
        auto created = workflow::orders::OrderEntry(*m_db, m_desk).create(r);
        EXPECT_TRUE(created) << (created ? std::string() : created.error().toString().toStdString());
        if (!created || created->newTubes.isEmpty())
            return {};
        if (dossierId)
            *dossierId = created->dossier.id;
        return created->newTubes.first().specimen.barcode;
    }

    std::unique_ptr<SpecimenReceptionView> view(const domain::UserSession &s, bool readOnly = false)
    {
        auto v = std::make_unique<SpecimenReceptionView>(m_services->specimens(s), s, readOnly);
        v->resize(1366, 700);
        v->show();
        m_scanTester = std::make_unique<QAbstractItemModelTester>(v->scanModel());
        m_tubeTester = std::make_unique<QAbstractItemModelTester>(v->tubeModel());
        return v;
    }

    static void scan(SpecimenReceptionView &v, const QString &code)
    {
        auto *edit = v.findChild<QLineEdit *>(QStringLiteral("scanEdit"));
        ASSERT_NE(edit, nullptr);
        QTest::keyClicks(edit, code);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    static QString outcomeOf(const SpecimenReceptionView &v)
    {
        return v.findChild<QLabel *>(QStringLiteral("outcomeLabel"))->property("outcome").toString();
    }

    qint64 m_patientId = 0;
    domain::UserSession m_desk;
    std::unique_ptr<QAbstractItemModelTester> m_scanTester;
    std::unique_ptr<QAbstractItemModelTester> m_tubeTester;
};

TEST_P(SpecimenReceptionViewTest, ScanReceivesInGreenThenTheSameTubeIsRefusedInRed)
{
    qint64 dossierId = 0;
    const QString barcode = order(&dossierId);
    auto v = view(m_desk);
    auto *edit = v->findChild<QLineEdit *>(QStringLiteral("scanEdit"));

    scan(*v, barcode);
    EXPECT_TRUE(v->lastScanReceived()) << v->outcomeText().toStdString();
    EXPECT_EQ(outcomeOf(*v), QStringLiteral("received"));
    EXPECT_TRUE(v->outcomeText().contains(QStringLiteral("réceptionné"))) << v->outcomeText().toStdString();
    EXPECT_TRUE(edit->text().isEmpty());
    EXPECT_EQ(v->focusWidget(), edit);
    EXPECT_EQ(v->currentDossierId(), dossierId);
    ASSERT_EQ(v->scanModel()->rowCount(), 1);
    EXPECT_EQ(v->scanModel()->index(0, ScanListModel::Outcome).data().toString(), QStringLiteral("Reçu"));
    ASSERT_EQ(v->tubeModel()->rowCount(), 1);
    EXPECT_EQ(v->tubeModel()->index(0, TubeListModel::State).data().toString(), QStringLiteral("Reçu"));
    EXPECT_EQ(v->tubeModel()->index(0, TubeListModel::ReceivedBy).data().toString(), QStringLiteral("ssecr"));

    scan(*v, barcode);
    EXPECT_FALSE(v->lastScanReceived());
    EXPECT_EQ(outcomeOf(*v), QStringLiteral("refused"));
    EXPECT_TRUE(v->outcomeText().contains(QStringLiteral("déjà réceptionné"))) << v->outcomeText().toStdString();
    EXPECT_TRUE(v->outcomeText().contains(QStringLiteral("ssecr")));
    EXPECT_TRUE(edit->text().isEmpty());
    ASSERT_EQ(v->scanModel()->rowCount(), 2);
    EXPECT_EQ(v->scanModel()->index(0, ScanListModel::Outcome).data().toString(), QStringLiteral("Refusé"));
    EXPECT_EQ(v->scanModel()->receivedCount(), 1);
}

TEST_P(SpecimenReceptionViewTest, BadScansAndTubesOfAnotherDossierAreRefusedWithTheirMessage)
{
    const QString first = order();
    const QString second = order();
    auto v = view(m_desk);
    scan(*v, QStringLiteral("1234"));
    EXPECT_EQ(outcomeOf(*v), QStringLiteral("refused"));
    EXPECT_TRUE(v->outcomeText().contains(QStringLiteral("illisible"))) << v->outcomeText().toStdString();
    EXPECT_EQ(v->tubeModel()->rowCount(), 0);

    scan(*v, first);
    ASSERT_TRUE(v->lastScanReceived()) << v->outcomeText().toStdString();
    v->findChild<QCheckBox *>(QStringLiteral("stayOnDossierCheck"))->setChecked(true);
    scan(*v, second);
    EXPECT_FALSE(v->lastScanReceived());
    EXPECT_TRUE(v->outcomeText().contains(QStringLiteral("pas au dossier affiché"))) << v->outcomeText().toStdString();
    v->findChild<QCheckBox *>(QStringLiteral("stayOnDossierCheck"))->setChecked(false);
    scan(*v, second);
    EXPECT_TRUE(v->lastScanReceived()) << v->outcomeText().toStdString();
    EXPECT_EQ(v->scanModel()->rowCount(), 4);
    EXPECT_EQ(v->scanModel()->receivedCount(), 2);
}

TEST_P(SpecimenReceptionViewTest, NonConformityDialogRefusesOtherWithoutCommentThenRequestsANewSample)
{
    qint64 dossierId = 0;
    const QString barcode = order(&dossierId);
    auto v = view(m_desk);
    scan(*v, barcode);
    ASSERT_TRUE(v->lastScanReceived());
    bool refusedFirst = false;
    v->recordNonConformity(0, [&](NonConformityDialog &d) {
        EXPECT_EQ(d.analysisCount(), 15);
        d.setReason(domain::NonConformity::Reason::Other);
        d.submit();
        refusedFirst = !d.outcome() && d.errorText().contains(QStringLiteral("commentaire"));
        d.setComment(QStringLiteral("tube fêlé"));
        d.setChoice(0, NonConformityDialog::NewSample);
        for (int row = 1; row < d.analysisCount(); ++row)
            d.setChoice(row, NonConformityDialog::NoEffect);
        d.submit();
        ASSERT_TRUE(d.outcome()) << d.errorText().toStdString();
    });
    EXPECT_TRUE(refusedFirst);
    ASSERT_EQ(v->tubeModel()->rowCount(), 2) << "old tube kept, new tube to draw";
    const QString fresh = v->tubeModel()->index(1, TubeListModel::Barcode).data().toString();
    EXPECT_NE(fresh, barcode);
    EXPECT_EQ(v->tubeModel()->index(1, TubeListModel::State).data().toString(), QStringLiteral("Attendu"));
    EXPECT_TRUE(v->tubeModel()->index(0, TubeListModel::NonConformities).data().toString().contains(QStringLiteral("fêlé")));
    EXPECT_TRUE(v->outcomeText().contains(fresh)) << v->outcomeText().toStdString();
    const QString detail = v->findChild<QLabel *>(QStringLiteral("tubeDetailLabel"))->text();
    EXPECT_TRUE(detail.contains(QStringLiteral("Autre non-conformité — tube fêlé"))) << detail.toStdString();

    // The new tube is then received like any other.
    scan(*v, fresh);
    EXPECT_TRUE(v->lastScanReceived()) << v->outcomeText().toStdString();
}

TEST_P(SpecimenReceptionViewTest, BiologistConsultsTubesButNeitherScansNorRecords)
{
    const QString barcode = order();
    auto desk = view(m_desk);
    scan(*desk, barcode);
    ASSERT_TRUE(desk->lastScanReceived());
    const auto bio = login(QStringLiteral("mcurie"), kPassword);
    auto v = view(bio, true);
    EXPECT_FALSE(v->findChild<QLineEdit *>(QStringLiteral("scanEdit"))->isEnabled());
    EXPECT_FALSE(v->findChild<QPushButton *>(QStringLiteral("nonConformityButton"))->isEnabled());
    // Even reached, the use case refuses (the biologist lacks specimen.receive).
    auto refused = m_services->specimens(bio)->reception().receive(barcode);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("auth.forbidden"));
}

INSTANTIATE_TEST_SUITE_P(Backends, SpecimenReceptionViewTest, kBothBackends, sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
