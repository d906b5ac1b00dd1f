// Identity vigilance: the Accueil's "Doublons…" action and PatientMergeDialog against the real
// ReviewDuplicates / MergePatients use cases on a temporary migrated database. Patients are
// created through RegisterPatient (as the desk does); dossiers and INS are seeded in storage.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "app/widgets/IdentityStatusBadge.h"
#include "app/reception/PatientListModel.h"
#include "app/reception/PatientMergeDialog.h"
#include "app/reception/ReceptionServices.h"
#include "app/reception/ReceptionView.h"
#include "domain/audit/AuditActor.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/admin/UserAdmin.h"
#include "workflow/identity/RegisterPatient.h"
#include "workflow/identity/UpdatePatient.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTest>

using namespace sgl;
using namespace sgl::app;
using namespace sgl::app::test;
using domain::IdentityStatus;
using domain::Sex;

namespace {

class PatientMergeTest : public OnBothBackends<WorkstationFixture> {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_secretary = login(QStringLiteral("ssecr"), kPassword);
    }

    domain::Patient registerPatient(const char *name, QStringList firstNames, QDate birth, Sex sex,
                                    bool identityCardSeen = false, const char *cog = "")
    {
        workflow::identity::RegistrationRequest r;
        r.traits.birthName = QString::fromUtf8(name);
        r.traits.birthFirstNames = firstNames;
        r.traits.firstBirthName = firstNames.value(0);
        r.traits.birthDate = birth;
        r.traits.birthDateRaw = birth.toString(Qt::ISODate);
        r.traits.sex = sex;
        r.traits.birthPlaceCog = QString::fromLatin1(cog);
        if (identityCardSeen) {
            domain::IdentityEvidence card;
            card.type = domain::EvidenceType::IdentityCard;
            r.evidence << card;
        }
        r.duplicatesReviewed = true; // the desk confirmed "another person" (the mistake we repair)
        workflow::identity::RegisterPatient reg(*m_db, m_secretary);
        auto out = reg.run(r);
        EXPECT_TRUE(out.has_value()) << (out ? "" : out.error().toString().toStdString());
        return out ? out->patient : domain::Patient{};
    }

    void addDossier(qint64 patientId, const QString &number)
    {
        auto r = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            domain::Dossier d;
            d.number = number;
            d.patientId = patientId;
            return storage::DossierRepository::insert(tx, d, actor());
        });
        ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
    }

    /** As INSi would have stored it: INS retrieved, status RECUP. */
    void giveIns(domain::Patient p, const QString &matricule)
    {
        p.ins.matricule = matricule;
        p.ins.key = QStringLiteral("%1").arg(97 - matricule.toLongLong() % 97, 2, 10, QLatin1Char('0'));
        p.ins.oid = QStringLiteral("1.2.250.1.213.1.4.10");
        p.status = IdentityStatus::Recup;
        auto r = m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::update(tx, p, actor()); });
        ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
    }

    domain::Patient stored(qint64 id)
    {
        auto p = m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::get(tx, id, actor()); });
        EXPECT_TRUE(p.has_value());
        return p.value_or(domain::Patient{});
    }

    int dossierCount(qint64 patientId)
    {
        auto d = m_db->write(
            [&](storage::WriteTx &tx) { return storage::DossierRepository::forPatient(tx, patientId, actor()); });
        EXPECT_TRUE(d.has_value());
        return d ? static_cast<int>(d->size()) : -1;
    }

    domain::AuditActor actor() const { return domain::AuditActor::fromSession(m_secretary); }

    std::unique_ptr<ReceptionView> openReception(const domain::UserSession &session, bool readOnly)
    {
        auto view = std::make_unique<ReceptionView>(m_services->reception(session), session, readOnly);
        view->show();
        return view;
    }

    /** Searches the Accueil by name and opens the Doublons dialog on the results. */
    PatientMergeDialog *openDialogOnSearch(ReceptionView &view, const QString &name)
    {
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchNameEdit"));
        search->setText(name);
        EXPECT_TRUE(view.search());
        auto *button = view.findChild<QPushButton *>(QStringLiteral("mergeButton"));
        EXPECT_TRUE(button && button->isVisible() && button->isEnabled());
        if (button)
            button->click();
        return view.mergeDialog();
    }

    static void typeReason(PatientMergeDialog &dialog, const QString &text)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
        ASSERT_NE(edit, nullptr);
        // keyClicks types ASCII only: set the French text, then type as a user would (textEdited).
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClick(edit, Qt::Key_Space);
    }

    static QPushButton *button(QWidget &w, const char *name)
    {
        auto *b = w.findChild<QPushButton *>(QString::fromLatin1(name));
        EXPECT_NE(b, nullptr) << name;
        return b;
    }

    domain::UserSession m_secretary;
};

} // namespace

TEST_P(PatientMergeTest, SecretaryMergesDuplicatePairAndSurvivorKeepsBothDossiers)
{
    // Demo-like pair: Claire MARTIN registered with her identity card, then again with a typo.
    const auto kept = registerPatient("MARTIN", {QStringLiteral("CLAIRE"), QStringLiteral("ANNE")},
                                      QDate(1980, 2, 14), Sex::Female, true, "75056");
    const auto dup = registerPatient("MARTAIN", {QStringLiteral("CLAIRE")}, QDate(1980, 2, 14), Sex::Female);
    ASSERT_EQ(kept.status, IdentityStatus::Vali);
    addDossier(kept.id, QStringLiteral("D2026-000101"));
    addDossier(dup.id, QStringLiteral("D2026-000102"));
    addDossier(dup.id, QStringLiteral("D2026-000103"));

    auto view = openReception(m_secretary, false);
    auto *dialog = openDialogOnSearch(*view, QStringLiteral("MARTIN"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->pairCount(), 1) << dialog->messageText().toStdString();
    const auto *pairs = dialog->findChild<QTableWidget *>(QStringLiteral("pairTable"));
    EXPECT_TRUE(pairs->item(0, 3)->text().contains(QStringLiteral("même date de naissance")));
    EXPECT_EQ(pairs->item(0, 2)->text().toInt(), dialog->pairs().first().candidate.score);

    ASSERT_TRUE(dialog->selectPair(0)) << dialog->messageText().toStdString();
    ASSERT_TRUE(dialog->preview().has_value());
    const QStringList differing = dialog->differingTraits();
    EXPECT_TRUE(differing.contains(QStringLiteral("Nom de naissance")));
    EXPECT_TRUE(differing.contains(QStringLiteral("Prénoms de naissance")));
    EXPECT_TRUE(differing.contains(QStringLiteral("Statut d'identité")));
    EXPECT_FALSE(differing.contains(QStringLiteral("Date de naissance")));
    EXPECT_FALSE(differing.contains(QStringLiteral("Sexe")));
    const QSet<QString> badges{dialog->leftBadge()->text(), dialog->rightBadge()->text()};
    EXPECT_EQ(badges, (QSet<QString>{QStringLiteral("VALI"), QStringLiteral("PROV")}));
    // The validated identity is recommended and preselected, and the rule says why.
    EXPECT_EQ(dialog->survivorId(), kept.id);
    EXPECT_TRUE(dialog->ruleText().contains(QStringLiteral("Recommandation"))) << dialog->ruleText().toStdString();
    EXPECT_TRUE(dialog->ruleText().contains(QStringLiteral("VALI")));

    // Choosing the other record is allowed but flagged.
    dialog->chooseSurvivor(dup.id);
    EXPECT_TRUE(dialog->ruleText().contains(QStringLiteral("pas le dossier recommandé")));
    dialog->chooseSurvivor(kept.id);
    EXPECT_FALSE(dialog->ruleText().contains(QStringLiteral("pas le dossier recommandé")));

    // Reason mandatory, refused inline; blanks are no reason.
    button(*dialog, "mergeButton")->click();
    EXPECT_FALSE(dialog->isConfirming());
    EXPECT_TRUE(dialog->reasonErrorText().contains(QStringLiteral("motif"))) << dialog->reasonErrorText().toStdString();
    typeReason(*dialog, QStringLiteral("   "));
    button(*dialog, "mergeButton")->click();
    EXPECT_FALSE(dialog->isConfirming());
    EXPECT_EQ(dialog->reasonErrorText(), QStringLiteral("Indiquez le motif de la fusion (obligatoire)."));
    EXPECT_EQ(stored(dup.id).mergedInto, 0) << "nothing merged without a reason";

    typeReason(*dialog, QStringLiteral("Même patiente, faute de frappe à l'accueil"));
    EXPECT_TRUE(dialog->reasonErrorText().isEmpty()) << "the inline error goes away once typing";
    button(*dialog, "mergeButton")->click();
    ASSERT_TRUE(dialog->isConfirming());
    const QString confirmation = dialog->findChild<QLabel *>(QStringLiteral("confirmLabel"))->text();
    EXPECT_TRUE(confirmation.contains(QStringLiteral("ne peut pas être annulée")));
    EXPECT_TRUE(confirmation.contains(dup.localId));
    EXPECT_EQ(stored(dup.id).mergedInto, 0) << "nothing merged before confirmation";

    // Going back keeps everything; confirming merges.
    button(*dialog, "backButton")->click();
    EXPECT_FALSE(dialog->isConfirming());
    button(*dialog, "mergeButton")->click();
    button(*dialog, "confirmButton")->click();
    ASSERT_TRUE(dialog->lastMerge().has_value()) << dialog->messageText().toStdString();
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("Fusion enregistrée"))) << dialog->messageText().toStdString();
    EXPECT_EQ(dialog->pairCount(), 0) << "the pair is no longer proposed";

    EXPECT_EQ(stored(dup.id).mergedInto, kept.id);
    EXPECT_EQ(dossierCount(kept.id), 3) << "the survivor keeps the dossiers of both";
    EXPECT_EQ(dossierCount(dup.id), 0);
    const auto survivor = stored(kept.id);
    EXPECT_EQ(survivor.status, IdentityStatus::Vali);
    EXPECT_EQ(survivor.traits.birthName, QStringLiteral("MARTIN"));

    // The Accueil shows only the survivor.
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->patientAt(0)->id, kept.id);
    EXPECT_EQ(view->model()->patientAt(0)->version, survivor.version);
}

TEST_P(PatientMergeTest, StartsFromTheSelectedPatient)
{
    const auto a = registerPatient("DURAND", {QStringLiteral("PAUL")}, QDate(1970, 1, 2), Sex::Male);
    const auto b = registerPatient("DURANT", {QStringLiteral("PAUL")}, QDate(1970, 1, 2), Sex::Male);
    const auto c = registerPatient("DURAND", {QStringLiteral("PAUL")}, QDate(1970, 1, 2), Sex::Male);
    auto view = openReception(m_secretary, false);
    view->findChild<QLineEdit *>(QStringLiteral("searchNameEdit"))->setText(QStringLiteral("DURANT"));
    ASSERT_TRUE(view->search());
    const int row = view->model()->rowOf(b.id);
    ASSERT_GE(row, 0);
    view->openRow(row);
    view->openMergeDialog();
    auto *dialog = view->mergeDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->pairCount(), 2) << "b with a and with c, not a with c";
    for (const auto &pair : dialog->pairs())
        EXPECT_EQ(pair.first.id, b.id);
    Q_UNUSED(a);
    Q_UNUSED(c);
}

TEST_P(PatientMergeTest, ActionHiddenWithoutMergePermissionAndUseCasesRefuseAnyway)
{
    const auto a = registerPatient("ROBERT", {QStringLiteral("LEA")}, QDate(1999, 9, 9), Sex::Female);
    registerPatient("ROBER", {QStringLiteral("LEA")}, QDate(1999, 9, 9), Sex::Female);
    workflow::NewUser tech;
    tech.login = QStringLiteral("ttech");
    tech.displayName = QStringLiteral("Théo Technicien");
    tech.roles = {domain::Role::Technician};
    tech.password = kPassword;
    ASSERT_TRUE(m_services->userAdmin()
                    .createUserAsSystem(domain::AuditActor::system(QStringLiteral("gui tests"), QStringLiteral("poste-test")),
                                        tech)
                    .has_value());
    const auto technician = login(QStringLiteral("ttech"), kPassword);

    auto view = openReception(technician, true);
    view->findChild<QLineEdit *>(QStringLiteral("searchNameEdit"))->setText(QStringLiteral("ROBERT"));
    ASSERT_TRUE(view->search());
    view->openRow(0);
    EXPECT_FALSE(button(*view, "mergeButton")->isVisible());
    view->openMergeDialog();
    EXPECT_EQ(view->mergeDialog(), nullptr);

    // Reached anyway (e.g. a future shortcut): the use case refuses and says why; nothing listed.
    auto services = m_services->reception(technician);
    PatientMergeDialog dialog(services->duplicates(), services->merge(), {a.id});
    EXPECT_EQ(dialog.pairCount(), 0);
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("ttech"))) << dialog.messageText().toStdString();

    // A biologist (read-only Accueil) belongs to identity vigilance: the action is there.
    auto bio = openReception(login(QStringLiteral("mcurie"), kPassword), true);
    EXPECT_TRUE(button(*bio, "mergeButton")->isVisible());
    EXPECT_FALSE(button(*bio, "mergeButton")->isEnabled()) << "nothing searched yet";
    bio->openMergeDialog();
    EXPECT_EQ(bio->mergeDialog(), nullptr);
    EXPECT_TRUE(bio->messageText().startsWith(QStringLiteral("Recherchez ou sélectionnez d'abord un patient")))
        << bio->messageText().toStdString();
}

TEST_P(PatientMergeTest, MergeRefusedByTheDomainShowsItsMessageAndChangesNothing)
{
    const auto a = registerPatient("LEGRAND", {QStringLiteral("JULES")}, QDate(1950, 3, 3), Sex::Male);
    const auto b = registerPatient("LEGRAND", {QStringLiteral("JULES")}, QDate(1950, 3, 3), Sex::Male);
    giveIns(a, QStringLiteral("1500375123456"));
    giveIns(b, QStringLiteral("1500375654321"));
    addDossier(b.id, QStringLiteral("D2026-000201"));
    auto view = openReception(m_secretary, false);
    auto *dialog = openDialogOnSearch(*view, QStringLiteral("LEGRAND"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->pairCount(), 1);
    ASSERT_TRUE(dialog->selectPair(0));
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("INS différents"))) << dialog->messageText().toStdString();
    EXPECT_TRUE(dialog->ruleText().contains(QStringLiteral("Fusion impossible")));
    EXPECT_TRUE(dialog->differingTraits().contains(QStringLiteral("INS (NIR)")));
    EXPECT_EQ(dialog->survivorId(), 0);
    EXPECT_FALSE(button(*dialog, "mergeButton")->isEnabled());
    typeReason(*dialog, QStringLiteral("essai"));
    dialog->requestMerge();
    EXPECT_FALSE(dialog->isConfirming());
    dialog->confirmMerge();
    EXPECT_FALSE(dialog->lastMerge().has_value());
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("INS différents")));
    EXPECT_EQ(stored(a.id).mergedInto, 0);
    EXPECT_EQ(stored(b.id).mergedInto, 0);
    EXPECT_EQ(dossierCount(b.id), 1);
}

TEST_P(PatientMergeTest, ConcurrentEditBetweenDisplayAndMergeIsRefused)
{
    const auto a = registerPatient("FABRE", {QStringLiteral("NINA")}, QDate(2001, 7, 7), Sex::Female);
    const auto b = registerPatient("FABRES", {QStringLiteral("NINA")}, QDate(2001, 7, 7), Sex::Female);
    addDossier(b.id, QStringLiteral("D2026-000301"));
    auto view = openReception(m_secretary, false);
    auto *dialog = openDialogOnSearch(*view, QStringLiteral("FABRE"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->pairCount(), 1);
    ASSERT_TRUE(dialog->selectPair(0));
    dialog->chooseSurvivor(a.id);
    typeReason(*dialog, QStringLiteral("doublon"));
    dialog->requestMerge();
    ASSERT_TRUE(dialog->isConfirming());

    // Another workstation edits the duplicate meanwhile.
    workflow::identity::UpdatePatient update(*m_db, login(QStringLiteral("ssecr"), kPassword));
    const auto current = stored(b.id);
    auto edited = update.run(b.id, current.version,
                             {current.traits, QStringLiteral("0611223344"), QString(), QString()});
    ASSERT_TRUE(edited.has_value()) << edited.error().toString().toStdString();

    dialog->confirmMerge();
    EXPECT_FALSE(dialog->lastMerge().has_value());
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("modifié entre-temps"))) << dialog->messageText().toStdString();
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("Rien n'a été fusionné")));
    EXPECT_EQ(stored(b.id).mergedInto, 0);
    EXPECT_EQ(dossierCount(b.id), 1);
    EXPECT_EQ(dossierCount(a.id), 0);
    // The pair was read again: the new version is shown and a deliberate second try works.
    ASSERT_TRUE(dialog->preview().has_value());
    const auto &p = *dialog->preview();
    EXPECT_EQ((p.left.patient.id == b.id ? p.left : p.right).patient.version, edited->version);
    dialog->chooseSurvivor(a.id);
    dialog->requestMerge();
    ASSERT_TRUE(dialog->isConfirming()) << dialog->reasonErrorText().toStdString();
    dialog->confirmMerge();
    ASSERT_TRUE(dialog->lastMerge().has_value()) << dialog->messageText().toStdString();
    EXPECT_EQ(dossierCount(a.id), 1);
    EXPECT_EQ(stored(a.id).phone, QStringLiteral("0611223344")) << "empty contact filled from the duplicate";
}

INSTANTIATE_TEST_SUITE_P(Backends, PatientMergeTest, kBothBackends, sgl::testing::backendName);
