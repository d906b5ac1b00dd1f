// Order entry on the Accueil screen (issue 10, items 1, 2 and 6) against the real use cases on
// both databases: the launcher's buttons, filling the dialog and creating a dossier, the RPPS key
// warning, a missing clinical answer naming its question, adding and cancelling exams with a
// reason (and a concurrent edit refused), labels as a PDF read back by ZXing.
#include "GuiTestApp.h"
#include "PdfTestSupport.h"
#include "RawSink.h"
#include "WorkstationFixture.h"
#include "ZxingDecoder.h"

#include "app/orders/ClinicalQuestionsForm.h"
#include "app/orders/DossierEditDialog.h"
#include "app/orders/ExamPicker.h"
#include "app/orders/LabelActions.h"
#include "app/orders/OrderEntryDialog.h"
#include "app/orders/OrderLauncher.h"
#include "app/orders/OrderServices.h"
#include "app/reception/ReceptionView.h"
#include "app/shell/WorkstationScreens.h"
#include "domain/audit/AuditActor.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "workflow/orders/DossierLookup.h"
#include "workflow/orders/OrderEntry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace sgl::app;
using namespace sgl::app::test;
using sgl::domain::Dossier;

namespace {

class OrderEntryGuiTest : public OnBothBackends<WorkstationFixture> {
protected:
    void SetUp() override
    {
        guiApp();
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_NE(m_services->catalogueAdmin(), nullptr) << m_services->catalogueError().message.toStdString();
        const auto admin = login(QStringLiteral("admin"), kAdminPassword);
        auto imported = m_services->catalogueAdmin()->applyImport(admin, sgl::workflow::CatalogueImportRequest::demoCatalogue());
        ASSERT_TRUE(imported && imported->applied);
        auto stored = m_db->write([&](sgl::storage::WriteTx &tx) -> sgl::domain::Status {
            sgl::domain::Patient p;
            p.localId = QStringLiteral("IPP-GUI-ORD");
            p.traits.birthName = QStringLiteral("FICTIF");
            p.traits.firstBirthName = QStringLiteral("CAMILLE");
            p.traits.birthFirstNames = {QStringLiteral("CAMILLE")};
            p.traits.birthDate = QDate(1985, 3, 12);
            p.traits.birthDateRaw = QStringLiteral("1985-03-12");
            p.traits.sex = sgl::domain::Sex::Female;
            p.traits.birthPlaceCog = QStringLiteral("75056");
            if (auto s = sgl::storage::PatientRepository::insert(
                    tx, p, sgl::domain::AuditActor::system(QStringLiteral("gui tests"), QStringLiteral("poste-test")));
                !s)
                return s;
            m_patient = p;
            return {};
        });
        ASSERT_TRUE(stored) << stored.error().toString().toStdString();
        m_session = login(QStringLiteral("ssecr"), kPassword);
        m_orders = m_services->orders(m_session);
    }

    std::unique_ptr<OrderEntryDialog> entryDialog()
    {
        auto d = std::make_unique<OrderEntryDialog>(*m_orders, m_patient);
        d->show();
        return d;
    }

    void fillValid(OrderEntryDialog &d, const QString &rpps = QStringLiteral("10003456786"))
    {
        d.prescriberName()->setText(QStringLiteral("Dr Claire BERNARD"));
        d.prescriberRpps()->setText(rpps);
        d.prescriberMssante()->setText(QStringLiteral("claire.bernard@medecin.mssante.fr"));
        ASSERT_TRUE(d.exams()->addExam(QStringLiteral("NFS")));
        ASSERT_TRUE(d.exams()->addExam(QStringLiteral("GLY")));
        ASSERT_NE(d.questions()->input(QStringLiteral("FASTING")), nullptr) << "GLY asks for fasting";
        d.questions()->setAnswer(QStringLiteral("FASTING"), QStringLiteral("oui"));
        QApplication::processEvents(); // new inputs are shown (and may take the focus) by queued events
    }

    sgl::workflow::orders::DossierDetails stored(qint64 id)
    {
        auto d = m_orders->lookup().details(id);
        EXPECT_TRUE(d) << (d ? std::string() : d.error().toString().toStdString());
        return d ? *d : sgl::workflow::orders::DossierDetails{};
    }

    qsizetype dossierCount()
    {
        auto list = m_orders->lookup().forPatient(m_patient.id);
        EXPECT_TRUE(list);
        return list ? list->size() : -1;
    }

    sgl::domain::Patient m_patient;
    sgl::domain::UserSession m_session;
    std::unique_ptr<OrderServices> m_orders;
};

TEST_P(OrderEntryGuiTest, AccueilButtonOpensTheEntryForTheSelectedPatient)
{
    WorkstationScreens screens(*m_services);
    std::unique_ptr<QWidget> widget(screens.create(Screen::Reception, false, m_session, nullptr));
    auto *view = qobject_cast<ReceptionView *>(widget.get());
    ASSERT_NE(view, nullptr);
    auto *launcher = view->findChild<OrderLauncher *>(QStringLiteral("orderLauncher"));
    ASSERT_NE(launcher, nullptr);
    auto *button = view->findChild<QPushButton *>(QStringLiteral("newDossierButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled()) << "no patient selected";
    view->findChild<QLineEdit *>(QStringLiteral("searchNameEdit"))->setText(QStringLiteral("FICTIF"));
    ASSERT_TRUE(view->search());
    view->openRow(0);
    ASSERT_TRUE(view->currentPatient());
    EXPECT_TRUE(button->isEnabled());
    button->click();
    ASSERT_NE(launcher->entryDialog(), nullptr);
    EXPECT_TRUE(launcher->entryDialog()->windowTitle().contains(QStringLiteral("FICTIF")));
    EXPECT_LE(launcher->entryDialog()->width(), 1366);
    EXPECT_LE(launcher->entryDialog()->height(), 768);

    // A biologist (read-only at the desk) gets no order buttons.
    const auto bio = login(QStringLiteral("mcurie"), kPassword);
    std::unique_ptr<QWidget> readOnly(screens.create(Screen::Reception, true, bio, nullptr));
    EXPECT_EQ(readOnly->findChild<QPushButton *>(QStringLiteral("newDossierButton")), nullptr);
}

TEST_P(OrderEntryGuiTest, FilledDialogCreatesTheDossierAsEntered)
{
    auto d = entryDialog();
    fillValid(*d);
    QAbstractItemModelTester tester(d->exams()->chosenTree()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_GT(d->exams()->chosenTree()->topLevelItem(0)->childCount(), 5) << "the NFS panel shows its analyses";
    d->addCorrespondent(QStringLiteral("Dr Paul DURAND"), QString(), QStringLiteral("paul.durand@medecin.mssante.fr"));
    d->priority()->setCurrentIndex(d->priority()->findData(static_cast<int>(Dossier::Priority::Urgent)));
    d->origin()->setCurrentIndex(d->origin()->findData(static_cast<int>(Dossier::Origin::Ward)));
    d->ward()->setText(QStringLiteral("Cardiologie"));
    d->samplerKind()->setCurrentIndex(d->samplerKind()->findData(static_cast<int>(Dossier::SamplerKind::HomeNurse)));
    d->samplerName()->setText(QStringLiteral("IDE Anne PETIT"));
    d->sampled()->setChecked(true);
    const QDateTime sampled = QDateTime::currentDateTime().addSecs(-3600);
    d->sampledAt()->setDateTime(sampled);
    d->paperCopy()->setChecked(true);
    EXPECT_FALSE(d->toPatient()->isEnabled()) << "no qualified INS: no MSSanté copy to the patient";

    ASSERT_TRUE(d->create()) << d->messageText().toStdString();
    ASSERT_TRUE(d->created());
    const auto s = stored(d->created()->dossier.id);
    EXPECT_EQ(s.dossier.prescriberName, QStringLiteral("Dr Claire BERNARD"));
    EXPECT_EQ(s.dossier.prescriberRpps, QStringLiteral("10003456786"));
    EXPECT_EQ(s.dossier.priority, Dossier::Priority::Urgent);
    EXPECT_EQ(s.dossier.origin, Dossier::Origin::Ward);
    EXPECT_EQ(s.dossier.ward, QStringLiteral("Cardiologie"));
    EXPECT_EQ(s.dossier.samplerKind, Dossier::SamplerKind::HomeNurse);
    EXPECT_EQ(s.dossier.samplerName, QStringLiteral("IDE Anne PETIT"));
    EXPECT_EQ(s.dossier.sampledAt.toSecsSinceEpoch() / 60, sampled.toSecsSinceEpoch() / 60);
    EXPECT_TRUE(s.dossier.paperCopy);
    ASSERT_EQ(s.dossier.correspondents.size(), 1);
    EXPECT_EQ(s.dossier.correspondents[0].name, QStringLiteral("Dr Paul DURAND"));
    EXPECT_EQ(s.dossier.clinicalAnswers.value(QStringLiteral("FASTING")), QStringLiteral("Y"));
    EXPECT_EQ(s.exams.size(), 2);
    EXPECT_EQ(s.tubes.size(), 2);
    EXPECT_EQ(d->tubes()->rowCount(), 2) << "the summary lists the tubes";
    EXPECT_TRUE(d->labels()->printButton()->isEnabled());
}

TEST_P(OrderEntryGuiTest, EnterInTheExamSearchAddsTheExamAndNeverCreatesTheDossier)
{
    auto d = entryDialog();
    d->prescriberName()->setText(QStringLiteral("Dr Claire BERNARD"));
    QTest::keyClicks(d->exams()->searchEdit(), QStringLiteral("hemogr"));
    QTest::keyClick(d->exams()->searchEdit(), Qt::Key_Return);
    EXPECT_EQ(d->exams()->chosenCodes(), QStringList{QStringLiteral("NFS")}) << "accents and case ignored";
    EXPECT_TRUE(d->exams()->searchEdit()->text().isEmpty());
    EXPECT_FALSE(d->created()) << "Enter must not press a dialog button";
    QTest::keyClick(d->prescriberName(), Qt::Key_Return);
    EXPECT_FALSE(d->created());
    EXPECT_EQ(dossierCount(), 0);
}

TEST_P(OrderEntryGuiTest, WrongRppsKeyIsWarnedButTheDossierIsCreated)
{
    auto d = entryDialog();
    fillValid(*d, QStringLiteral("10003456787"));
    EXPECT_TRUE(d->rppsWarning().contains(QStringLiteral("Clé de contrôle"))) << d->rppsWarning().toStdString();
    d->prescriberRpps()->setText(QStringLiteral("10003456786"));
    EXPECT_TRUE(d->rppsWarning().isEmpty());
    d->prescriberRpps()->setText(QStringLiteral("10003456787"));
    ASSERT_TRUE(d->create()) << d->messageText().toStdString();
    ASSERT_EQ(d->created()->warnings.size(), 1);
    EXPECT_TRUE(d->created()->warnings.first().contains(QStringLiteral("RPPS")));
    EXPECT_TRUE(d->messageText().contains(QStringLiteral("avertissement")));
}

TEST_P(OrderEntryGuiTest, MissingClinicalAnswerNamesTheQuestionFocusesItAndStoresNothing)
{
    auto d = entryDialog();
    fillValid(*d);
    d->questions()->setAnswer(QStringLiteral("FASTING"), QString());
    d->activateWindow();
    EXPECT_FALSE(d->create());
    EXPECT_TRUE(d->messageText().contains(QStringLiteral("Patient à jeun"))) << d->messageText().toStdString();
    EXPECT_EQ(d->focusWidget(), d->questions()->input(QStringLiteral("FASTING")));
    EXPECT_FALSE(d->created());
    EXPECT_EQ(dossierCount(), 0);

    d->questions()->setAnswer(QStringLiteral("FASTING"), QStringLiteral("non"));
    d->prescriberName()->clear();
    EXPECT_FALSE(d->create());
    EXPECT_EQ(d->focusWidget(), d->prescriberName()) << d->messageText().toStdString();
    EXPECT_EQ(dossierCount(), 0);
}

TEST_P(OrderEntryGuiTest, ExamsAddedAndCancelledWithReasonAndStaleEditRefused)
{
    sgl::workflow::orders::DossierRequest r;
    r.patientId = m_patient.id;
    r.prescriberName = QStringLiteral("Dr Claire BERNARD");
    r.examCodes = {QStringLiteral("NFS")};
    auto created = m_orders->entry().create(r);
    ASSERT_TRUE(created) << created.error().toString().toStdString();

    DossierEditDialog d(*m_orders, m_patient);
    d.show();
    EXPECT_LE(d.width(), 1366);
    EXPECT_LE(d.height(), 768);
    ASSERT_TRUE(d.current());
    EXPECT_EQ(d.examTable()->rowCount(), 1);
    ASSERT_TRUE(d.picker()->addExam(QStringLiteral("TP")));
    EXPECT_FALSE(d.picker()->addExam(QStringLiteral("NFS"))) << "already in the dossier";
    ASSERT_NE(d.questions()->input(QStringLiteral("ANTICOAGULANT")), nullptr);
    d.questions()->setAnswer(QStringLiteral("ANTICOAGULANT"), QStringLiteral("Aucun"));
    ASSERT_TRUE(d.addExams()) << d.messageText().toStdString();
    EXPECT_EQ(d.examTable()->rowCount(), 2);
    EXPECT_EQ(d.current()->tubes.size(), 2) << "a citrate tube for TP";

    EXPECT_FALSE(d.cancelExam(QStringLiteral("TP")));
    EXPECT_TRUE(d.messageText().contains(QStringLiteral("motif"))) << d.messageText().toStdString();
    d.reasonEdit()->setText(QStringLiteral("Demande en double"));
    ASSERT_TRUE(d.cancelExam(QStringLiteral("TP"))) << d.messageText().toStdString();
    const auto s = stored(d.current()->dossier.id);
    bool cancelled = false;
    for (const auto &e : s.exams)
        if (e.examCode == QStringLiteral("TP"))
            cancelled = e.state == sgl::domain::OrderedExam::State::Cancelled && e.cancelReason == QStringLiteral("Demande en double");
    EXPECT_TRUE(cancelled);

    // Another workstation changes the dossier: this one is refused, says so and reloads.
    const int shownVersion = d.current()->dossier.version;
    auto other = m_orders->entry().addExams(d.current()->dossier.id, shownVersion, {QStringLiteral("CREAT")}, {});
    ASSERT_TRUE(other) << other.error().toString().toStdString();
    d.reasonEdit()->setText(QStringLiteral("Erreur"));
    EXPECT_FALSE(d.cancelExam(QStringLiteral("NFS")));
    EXPECT_TRUE(d.messageText().contains(QStringLiteral("modifié entre-temps"))) << d.messageText().toStdString();
    EXPECT_GT(d.current()->dossier.version, shownVersion) << "reloaded";
    EXPECT_EQ(d.examTable()->rowCount(), 3);
}

TEST_P(OrderEntryGuiTest, LabelsOfTheNewDossierDecodeBackFromThePdf)
{
    auto d = entryDialog();
    fillValid(*d);
    ASSERT_TRUE(d->create()) << d->messageText().toStdString();
    auto pdf = d->labels()->pdf();
    ASSERT_TRUE(pdf) << pdf.error().toString().toStdString();
    const sgl::interop::pdf::testing::RenderedPdf rendered(*pdf);
    ASSERT_TRUE(rendered.loaded());
    ASSERT_EQ(rendered.pageCount(), 2);
    QSet<QString> decoded;
    for (int page = 0; page < rendered.pageCount(); ++page) {
        const auto found = sgl::testing::zxingScan(rendered.render(page, 300), 170);
        ASSERT_EQ(found.size(), 1);
        decoded.insert(QString::fromLatin1(found[0].bytes));
    }
    QSet<QString> expected;
    for (const auto &t : d->created()->newTubes)
        expected.insert(t.specimen.barcode);
    EXPECT_EQ(decoded, expected);

    auto again = d->labels()->pdf(QStringLiteral("Étiquette froissée"));
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_TRUE(d->labels()->messageText().contains(QStringLiteral("réimprimée"))) << d->labels()->messageText().toStdString();
    for (const auto &t : stored(d->created()->dossier.id).tubes)
        EXPECT_EQ(t.labelPrints, 2);
}

TEST_P(OrderEntryGuiTest, WorkstationZebraReceivesTheLabelsWithoutAPrintDialog)
{
    sgl::interop::labels::testing::RawSink zebra; // port 9100 of a label printer, on loopback
    ASSERT_NE(zebra.port(), 0);
    m_services->setLabelPrinter(QStringLiteral("tcp://127.0.0.1:%1").arg(zebra.port()));
    m_orders = m_services->orders(m_session);
    auto d = entryDialog();
    fillValid(*d);
    ASSERT_TRUE(d->create()) << d->messageText().toStdString();
    QSignalSpy printed(d->labels(), &LabelActions::printed);
    d->labels()->printButton()->click(); // no QPrintDialog: a modal dialog would block this test
    ASSERT_EQ(printed.count(), 1) << d->labels()->messageText().toStdString();
    const QByteArray zpl = zebra.received();
    EXPECT_EQ(zpl.count("^XA"), 2) << "one label per tube";
    for (const auto &t : d->created()->newTubes)
        EXPECT_TRUE(zpl.contains(t.specimen.barcode.toLatin1())) << t.specimen.barcode.toStdString();
    for (const auto &t : stored(d->created()->dossier.id).tubes)
        EXPECT_EQ(t.labelPrints, 1);
}

TEST_P(OrderEntryGuiTest, PatientMssanteCopyOnlyWithAQualifiedIns)
{
    sgl::domain::Patient q = m_patient;
    q.id = 0;
    q.localId = QStringLiteral("IPP-GUI-QUAL");
    q.traits.birthName = QStringLiteral("QUALIFIE");
    q.status = sgl::domain::IdentityStatus::Qual;
    q.ins.matricule = QStringLiteral("2850375056123");
    q.ins.key = QStringLiteral("41");
    q.ins.oid = QStringLiteral("1.2.250.1.213.1.4.10");
    q.evidence << sgl::domain::IdentityEvidence{0, sgl::domain::EvidenceType::IdentityCard, QStringLiteral("X1"),
                                                QStringLiteral("ssecr"), QDateTime::currentDateTimeUtc()};
    auto ok = m_db->write([&](sgl::storage::WriteTx &tx) {
        return sgl::storage::PatientRepository::insert(
            tx, q, sgl::domain::AuditActor::system(QStringLiteral("gui tests"), QStringLiteral("poste-test")));
    });
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    ASSERT_TRUE(q.insUsable());

    OrderEntryDialog d(*m_orders, q);
    d.show();
    ASSERT_TRUE(d.toPatient()->isEnabled());
    d.prescriberName()->setText(QStringLiteral("Dr Claire BERNARD"));
    ASSERT_TRUE(d.exams()->addExam(QStringLiteral("NFS")));
    d.toPatient()->setChecked(true);
    ASSERT_TRUE(d.create()) << d.messageText().toStdString();
    EXPECT_TRUE(stored(d.created()->dossier.id).dossier.reportToPatient);

    auto unqualified = entryDialog();
    EXPECT_FALSE(unqualified->toPatient()->isEnabled());
    EXPECT_TRUE(unqualified->toPatient()->text().contains(QStringLiteral("INS non qualifiée")));
}

INSTANTIATE_TEST_SUITE_P(Backends, OrderEntryGuiTest, kBothBackends, sgl::testing::backendName);

} // namespace
