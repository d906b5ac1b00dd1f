// Comptes rendus screen over the real report chain: demo dossiers (DemoSeeder), lab settings,
// ReportAssembler + BuildReport with the product PDF renderer, audited document reads. The
// use case alone (permissions, audit) is tested in tests/workflow/report/ReportArchive_test.cpp.
#include "GuiTestApp.h"

#include "app/shell/AppServices.h"
#include "app/reports/DossierListModel.h"
#include "app/reports/ReportVersionModel.h"
#include "app/reports/ReportsView.h"
#include "app/widgets/SharingChoicesPanel.h"
#include "storage/Database.h"
#include "storage/MigrationRunner.h"
#include "workflow/Authenticator.h"
#include "workflow/demo/DemoSeeder.h"
#include "workflow/dispatch/DmpDocumentActions.h"
#include "workflow/report/LabSettings.h"
#include "workflow/report/ReportArchive.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl::app;

namespace {
sgl::domain::UserSession labAdmin()
{
    sgl::domain::UserSession admin;
    admin.userId = -1;
    admin.login = QStringLiteral("test");
    admin.roles = {sgl::domain::Role::Admin};
    return admin;
}
} // namespace

namespace {

class ReportsViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::guiApp();
        ASSERT_TRUE(m_dir.isValid());
        auto url = sgl::storage::DbUrl::parse(QStringLiteral("sqlite://")
                                              + m_dir.filePath(QStringLiteral("demo.sqlite")));
        ASSERT_TRUE(url.has_value());
        auto db = sgl::storage::Database::open(*url);
        ASSERT_TRUE(db.has_value()) << db.error().toString().toStdString();
        ASSERT_TRUE(sgl::storage::MigrationRunner(**db).migrate().has_value());
        sgl::workflow::DemoSeeder::Options options;
        options.policy.pbkdf2Iterations = 1000; // tests only
        auto seeded = sgl::workflow::DemoSeeder(**db).seed(options);
        ASSERT_TRUE(seeded.has_value()) << seeded.error().toString().toStdString();
        ASSERT_GT(seeded->dossiers, 0);
        const QHash<QString, QString> lab{
            {QStringLiteral("lab.name"), QStringLiteral("Laboratoire des Tilleuls")},
            {QStringLiteral("lab.finess"), QStringLiteral("750000001")},
            {QStringLiteral("lab.street"), QStringLiteral("1 cours Napoléon")},
            {QStringLiteral("lab.postal_code"), QStringLiteral("20000")},
            {QStringLiteral("lab.city"), QStringLiteral("Ajaccio")},
            {QStringLiteral("lab.phone"), QStringLiteral("0495000000")},
            {QStringLiteral("oid.root"), QStringLiteral("1.2.250.1.999.1")},
        };
        auto saved = sgl::workflow::report::LabSettings::save(**db, labAdmin(), lab);
        ASSERT_TRUE(saved.has_value()) << saved.error().toString().toStdString();
        sgl::domain::SecurityPolicy policy;
        policy.pbkdf2Iterations = 1000;
        m_services = std::make_unique<AppServices>(std::move(*db), QStringLiteral("poste-test"),
                                                   policy);
    }

    sgl::domain::UserSession login(const QString &name, const QString &password)
    {
        auto s = m_services->authenticator().authenticate(name, password);
        EXPECT_TRUE(s.has_value()) << (s ? "" : s.error().toString().toStdString());
        return s.value_or(sgl::domain::UserSession{});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
};

} // namespace

TEST_F(ReportsViewTest, BiologistIssuesReportThenAmendedVersionNeedsReason)
{
    const auto bio = login(QStringLiteral("biologiste"), QStringLiteral("Validation-2026"));
    ReportsView view(m_services->reportArchive(), bio, false);
    QAbstractItemModelTester dossierTester(view.dossierModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester versionTester(view.versionModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GT(view.dossierModel()->rowCount(), 0) << view.messageText().toStdString();
    view.selectDossier(0);
    EXPECT_EQ(view.versionModel()->rowCount(), 0);

    view.issueReport();
    ASSERT_EQ(view.versionModel()->rowCount(), 1) << view.messageText().toStdString();
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("version 1")));
    EXPECT_GT(view.pdfPageCount(), 0) << "the issued PDF is displayed";
    // The CDA N3 is rendered by the stylesheet: the letterhead and the patient of this dossier.
    EXPECT_TRUE(view.cdaText().contains(QStringLiteral("Laboratoire des Tilleuls"))) << view.cdaText().toStdString();
    EXPECT_TRUE(view.cdaText().contains(QStringLiteral("MARTIN (nom utilisé : DURAND) CLAIRE ANNE")))
        << view.cdaText().toStdString();

    view.issueReport(); // no amendment reason
    EXPECT_EQ(view.versionModel()->rowCount(), 1);
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("le motif de la nouvelle version est obligatoire")))
        << view.messageText().toStdString();

    view.findChild<QLineEdit *>(QStringLiteral("amendReasonEdit"))
        ->setText(QStringLiteral("Correction du nom du prescripteur"));
    view.issueReport();
    ASSERT_EQ(view.versionModel()->rowCount(), 2) << view.messageText().toStdString();
    EXPECT_EQ(view.versionModel()->versionAt(0)->versionNumber, 2);
    EXPECT_EQ(view.versionModel()->versionAt(1)->status,
              sgl::domain::ReportVersion::Status::Replaced);
}

TEST_F(ReportsViewTest, SecretaryConsultsButCannotIssue)
{
    const auto bio = login(QStringLiteral("biologiste"), QStringLiteral("Validation-2026"));
    const auto secretary = login(QStringLiteral("secretaire"), QStringLiteral("Secretariat-2026"));
    auto dossiers = m_services->reportArchive().dossiers(secretary);
    ASSERT_TRUE(dossiers.has_value());
    ASSERT_FALSE(dossiers->isEmpty());
    ASSERT_TRUE(m_services->reportArchive().issue(bio, dossiers->first().id).has_value());

    ReportsView view(m_services->reportArchive(), secretary, true);
    const int row = view.dossierModel()->rowOf(dossiers->first().id);
    ASSERT_GE(row, 0);
    view.selectDossier(row);
    ASSERT_EQ(view.versionModel()->rowCount(), 1);
    EXPECT_GT(view.pdfPageCount(), 0);
    view.issueReport();
    EXPECT_EQ(view.versionModel()->rowCount(), 1);
}

TEST_F(ReportsViewTest, SharingChoicesOfTheNextVersionAndStoredOnesOfTheSelectedVersion)
{
    const auto bio = login(QStringLiteral("biologiste"), QStringLiteral("Validation-2026"));
    ReportsView view(m_services->reportArchive(), bio, false);
    ASSERT_GT(view.dossierModel()->rowCount(), 0) << view.messageText().toStdString();
    view.selectDossier(0);
    const qint64 dossierId = view.dossierModel()->dossierAt(0)->id;
    auto context = m_services->reportArchive().sharingContext(bio, dossierId);
    ASSERT_TRUE(context.has_value()) << context.error().toString().toStdString();
    SharingChoicesPanel *next = view.nextSharingPanel();
    SharingChoicesPanel *stored = view.versionSharingPanel();
    EXPECT_FALSE(next->isHidden());
    EXPECT_TRUE(next->isEnabled());
    EXPECT_FALSE(next->isReadOnly());
    EXPECT_EQ(next->insQualified(), context->insQualified);
    EXPECT_EQ(next->choices(), sgl::domain::SharingChoices::defaultsFor(context->insQualified)) << "DMP on by default";
    EXPECT_TRUE(stored->isHidden()) << "no version yet";
    if (!context->insQualified) {
        sgl::domain::SharingChoices forced = next->choices();
        forced.sendToPatientMss = true;
        next->setChoices(forced);
        EXPECT_FALSE(next->choices().sendToPatientMss) << "no patient copy without a qualified INS";
    }

    // Withholding the DMP without a reason: the use case refuses, nothing is issued.
    sgl::domain::SharingChoices withheld = next->choices();
    withheld.dmpWithheld = true;
    withheld.maskedToProfessionals = true;
    next->setChoices(withheld);
    view.issueReport();
    EXPECT_EQ(view.versionModel()->rowCount(), 0);
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("motif"))) << view.messageText().toStdString();
    EXPECT_TRUE(next->choices().dmpWithheld) << "the refused choice stays for correction";

    withheld.withholdReason = QStringLiteral("Opposition du patient");
    next->setChoices(withheld);
    view.issueReport();
    ASSERT_EQ(view.versionModel()->rowCount(), 1) << view.messageText().toStdString();
    EXPECT_TRUE(view.versionModel()->versionAt(0)->sharing.dmpWithheld);
    EXPECT_EQ(view.versionModel()->versionAt(0)->sharing.withholdReason, QStringLiteral("Opposition du patient"));
    // The version shown carries its stored choices, read-only; the next one starts from the defaults again.
    EXPECT_FALSE(stored->isHidden());
    EXPECT_TRUE(stored->isReadOnly());
    EXPECT_TRUE(stored->choices().dmpWithheld);
    EXPECT_TRUE(stored->choices().maskedToProfessionals);
    EXPECT_EQ(stored->choices().withholdReason, QStringLiteral("Opposition du patient"));
    EXPECT_FALSE(stored->findChild<QCheckBox *>(QStringLiteral("withholdCheck"))->isEnabled());
    EXPECT_EQ(next->choices(), sgl::domain::SharingChoices::defaultsFor(context->insQualified));

    // The next version goes with the defaults: DMP sent.
    view.findChild<QLineEdit *>(QStringLiteral("amendReasonEdit"))->setText(QStringLiteral("Levée de l'opposition"));
    view.issueReport();
    ASSERT_EQ(view.versionModel()->rowCount(), 2) << view.messageText().toStdString();
    EXPECT_FALSE(view.versionModel()->versionAt(0)->sharing.dmpWithheld);
    EXPECT_FALSE(stored->choices().dmpWithheld);
    view.openVersion(1);
    EXPECT_TRUE(stored->choices().dmpWithheld) << "each version shows its own choices";
}

TEST_F(ReportsViewTest, SecretarySeesTheStoredSharingChoicesOnly)
{
    const auto bio = login(QStringLiteral("biologiste"), QStringLiteral("Validation-2026"));
    const auto secretary = login(QStringLiteral("secretaire"), QStringLiteral("Secretariat-2026"));
    auto dossiers = m_services->reportArchive().dossiers(secretary);
    ASSERT_TRUE(dossiers.has_value());
    ASSERT_FALSE(dossiers->isEmpty());
    sgl::domain::SharingChoices choices;
    choices.hiddenFromLegalRepresentatives = true;
    ASSERT_TRUE(m_services->reportArchive().issue(bio, dossiers->first().id, {}, choices).has_value());
    EXPECT_FALSE(m_services->reportArchive().sharingContext(secretary, dossiers->first().id).has_value())
        << "only who issues reads the sharing context";

    ReportsView view(m_services->reportArchive(), secretary, true);
    view.selectDossier(view.dossierModel()->rowOf(dossiers->first().id));
    ASSERT_EQ(view.versionModel()->rowCount(), 1);
    EXPECT_TRUE(view.nextSharingPanel()->isHidden());
    EXPECT_FALSE(view.versionSharingPanel()->isHidden());
    EXPECT_TRUE(view.versionSharingPanel()->choices().hiddenFromLegalRepresentatives);
    EXPECT_TRUE(view.messageText().isEmpty()) << view.messageText().toStdString();
}

TEST_F(ReportsViewTest, BiologistMasksThenWithdrawsTheVersionShownFromTheDmp)
{
    const auto bio = login(QStringLiteral("biologiste"), QStringLiteral("Validation-2026"));
    ReportsView view(m_services->reportArchive(), bio, false);
    // A dossier of a patient with a qualified INS: its report goes to the DMP.
    int qualified = -1;
    for (int r = 0; r < view.dossierModel()->rowCount() && qualified < 0; ++r) {
        auto context = m_services->reportArchive().sharingContext(bio, view.dossierModel()->dossierAt(r)->id);
        if (context && context->insQualified)
            qualified = r;
    }
    ASSERT_GE(qualified, 0) << "the demo has a patient with a qualified INS";
    view.selectDossier(qualified);
    view.issueReport();
    ASSERT_EQ(view.versionModel()->rowCount(), 1) << view.messageText().toStdString();
    auto *mask = view.findChild<QPushButton *>(QStringLiteral("dmpMaskButton"));
    auto *withdraw = view.findChild<QPushButton *>(QStringLiteral("dmpWithdrawButton"));
    ASSERT_TRUE(mask && withdraw);
    EXPECT_TRUE(mask->isHidden()) << "no DMP actions given yet";

    view.setDmpActions(m_services->dmpDocuments(bio));
    view.openVersion(0);
    EXPECT_FALSE(mask->isHidden()) << "shown beside the sharing of the version shown";
    EXPECT_FALSE(withdraw->isHidden());
    EXPECT_FALSE(view.changeDmpMasks({true, false, false}, QString())) << "a reason is required";
    ASSERT_TRUE(view.changeDmpMasks({true, false, false}, QStringLiteral("demande du patient")));
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("accompagnera l'envoi au DMP"))) << view.messageText().toStdString();
    EXPECT_TRUE(view.versionSharingPanel()->choices().maskedToProfessionals) << "the stored masks are shown";

    ASSERT_TRUE(view.withdrawFromDmp(QStringLiteral("erreur d'identité")));
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("Envoi au DMP annulé"))) << view.messageText().toStdString();
    auto again = view.withdrawFromDmp(QStringLiteral("encore"));
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("n'est pas dans le DMP"))) << again.error().message.toStdString();

    const auto secretary = login(QStringLiteral("secretaire"), QStringLiteral("Secretariat-2026"));
    ReportsView readOnly(m_services->reportArchive(), secretary, true);
    readOnly.setDmpActions(m_services->dmpDocuments(secretary));
    EXPECT_TRUE(readOnly.findChild<QPushButton *>(QStringLiteral("dmpMaskButton"))->isHidden());
}
