#include "../../storage/StorageFixture.h"

#include "domain/catalogue/CatalogueLookup.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "storage/CatalogueRepository.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"
#include "storage/UserRepository.h"
#include "workflow/audit/AuditVerifier.h"
#include "workflow/auth/AuthService.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/catalogue/ReflexTests.h"
#include "workflow/demo/DemoDirectory.h"
#include "workflow/demo/DemoSeeder.h"
#include "workflow/directory/DirectorySearch.h"
#include "workflow/identity/ReviewDuplicates.h"
#include "workflow/report/LabSettings.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;

namespace {
class DemoSeederTest : public StorageTest {
protected:
    static workflow::DemoSeeder::Options fast()
    {
        workflow::DemoSeeder::Options o;
        o.policy.pbkdf2Iterations = 1000;
        return o;
    }
};

/** NIR/NIA key: 97 - (number mod 97), Corsica 2A -> 19, 2B -> 18 (computed independently). */
/** The CSV without the lines of one analysis (catalogue and ranges files). */
QByteArray withoutAnalysis(const QByteArray &csv, const QByteArray &code, int column)
{
    QList<QByteArray> kept;
    for (const QByteArray &line : csv.split('\n'))
        if (line.split(';').value(column) != code)
            kept << line;
    return kept.join('\n');
}

int nirKey(QString matricule)
{
    matricule.replace(u"2A"_s, u"19"_s).replace(u"2B"_s, u"18"_s);
    return int(97 - matricule.toLongLong() % 97);
}
} // namespace

TEST_P(DemoSeederTest, DuplicateReviewProposesMartainAndRecommendsTheQualifiedRecord)
{
    workflow::DemoSeeder seeder(*m_db);
    ASSERT_TRUE(seeder.seed(fast()));
    const auto actor = domain::AuditActor::system(u"test"_s, u"ws"_s);
    QHash<QString, qint64> ids;
    auto read = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto all = storage::PatientRepository::search(tx, {u"mart"_s, {}, {}, {}, 50}, actor);
        if (!all)
            return std::unexpected(all.error());
        for (const auto &p : *all)
            ids.insert(p.localId, p.id);
        return {};
    });
    ASSERT_TRUE(read) << read.error().toString().toStdString();
    ASSERT_TRUE(ids.contains(u"DEMO-0001"_s) && ids.contains(u"DEMO-0008"_s));
    domain::UserSession secretary;
    secretary.userId = 1;
    secretary.login = u"secretaire"_s;
    secretary.roles = {domain::Role::Secretary};
    secretary.startedAt = QDateTime::currentDateTimeUtc();
    workflow::identity::ReviewDuplicates review(*m_db, secretary);
    auto pairs = review.pairsAround({ids.value(u"DEMO-0008"_s)});
    ASSERT_TRUE(pairs) << pairs.error().toString().toStdString();
    ASSERT_EQ(pairs->size(), 1);
    EXPECT_EQ(pairs->front().second.localId, u"DEMO-0001"_s);
    auto preview = review.preview(ids.value(u"DEMO-0001"_s), ids.value(u"DEMO-0008"_s));
    ASSERT_TRUE(preview) << preview.error().toString().toStdString();
    EXPECT_FALSE(preview->refusal.has_value());
    EXPECT_EQ(preview->recommendedSurvivorId, ids.value(u"DEMO-0001"_s)) << preview->recommendation.toStdString();
}

TEST_P(DemoSeederTest, SeedsAConsistentSyntheticLab)
{
    workflow::DemoSeeder seeder(*m_db);
    auto summary = seeder.seed(fast());
    ASSERT_TRUE(summary) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->users, 4);
    EXPECT_EQ(summary->patients, 8);
    EXPECT_GE(summary->dossiers, 4);

    // Every role can log in with the documented password.
    workflow::AuthService auth(*m_db, fast().policy, u"ws"_s);
    for (auto [login, pw, role] :
         {std::tuple{u"secretaire"_s, u"Secretariat-2026"_s, domain::Role::Secretary},
          std::tuple{u"technicien"_s, u"Paillasse-2026"_s, domain::Role::Technician},
          std::tuple{u"biologiste"_s, u"Validation-2026"_s, domain::Role::Biologist},
          std::tuple{u"admin"_s, u"Parametrage-2026"_s, domain::Role::Admin}}) {
        auto s = auth.authenticate(login, pw);
        ASSERT_TRUE(s) << login.toStdString();
        EXPECT_TRUE(s->hasRole(role));
    }

    const auto actor = domain::AuditActor::system(u"test"_s, u"ws"_s);
    auto check = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        bool sawQualNir = false, sawNia = false, saw2A = false, saw2B = false;
        auto all = storage::PatientRepository::search(tx, {u"a"_s, {}, {}, {}, 50}, actor);
        if (!all)
            return std::unexpected(all.error());
        for (const auto &p : *all) {
            if (!p.ins.isEmpty()) {
                EXPECT_EQ(p.ins.key.toInt(), nirKey(p.ins.matricule)) << p.localId.toStdString();
                EXPECT_TRUE(p.ins.oid == u"1.2.250.1.213.1.4.10"_s
                            || p.ins.oid == u"1.2.250.1.213.1.4.11"_s);
            }
            sawQualNir |= p.status == domain::IdentityStatus::Qual
                && p.ins.oid.endsWith(u".10"_s);
            sawNia |= p.ins.oid.endsWith(u".11"_s);
            saw2A |= p.traits.birthPlaceCog.startsWith(u"2A"_s);
            saw2B |= p.traits.birthPlaceCog.startsWith(u"2B"_s);
        }
        EXPECT_TRUE(sawQualNir && sawNia && saw2A && saw2B);
        auto validated = storage::DossierRepository::withStatus(tx, domain::DossierStatus::Validated);
        if (!validated)
            return std::unexpected(validated.error());
        EXPECT_GE(validated->size(), 3);
        auto catalogue = storage::CatalogueRepository::loadCurrent(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        EXPECT_GE(catalogue->analyses.size(), 50);
        EXPECT_EQ(summary->analyses, catalogue->analyses.size());
        auto versionId = storage::CatalogueRepository::currentVersionId(tx);
        if (!versionId)
            return std::unexpected(versionId.error());
        EXPECT_GT(*versionId, 0);
        EXPECT_EQ(summary->catalogueVersionId, *versionId);
        auto version = storage::CatalogueRepository::version(tx, *versionId);
        EXPECT_TRUE(version && *version && (*version)->source == u"demo"_s);
        const domain::CatalogueLookup lookup(*catalogue);
        bool censored = false, coded = false, text = false, flaggedLow = false, flaggedHigh = false;
        for (const auto &d : *validated) {
            auto results = storage::ResultRepository::forDossier(tx, d.id, actor);
            if (!results)
                return std::unexpected(results.error());
            auto specimens = storage::DossierRepository::specimens(tx, d.id);
            if (!specimens)
                return std::unexpected(specimens.error());
            for (const auto &r : *results) {
                // Every result names a catalogue analysis, the version it was produced with,
                // a value in the analysis' UCUM unit and a tube of the analysis' specimen type.
                const domain::Analysis *a = lookup.analysis(r.analysisCode);
                EXPECT_NE(a, nullptr) << r.analysisCode.toStdString();
                if (!a)
                    continue;
                EXPECT_EQ(r.catalogueVersionId, *versionId);
                if (r.value.kind == domain::ResultValue::Kind::Numeric) {
                    EXPECT_EQ(r.value.unit, a->unit) << r.analysisCode.toStdString();
                }
                bool tube = false;
                for (const auto &sp : *specimens)
                    tube |= sp.id == r.specimenId && sp.typeCode == a->specimen;
                EXPECT_TRUE(tube) << r.analysisCode.toStdString();
                flaggedLow |= r.flag == domain::AbnormalFlag::Low;
                flaggedHigh |= r.flag == domain::AbnormalFlag::High;
                EXPECT_EQ(r.state, domain::ValidationState::Validated);
                EXPECT_EQ(r.validatedBy, u"biologiste"_s);
                EXPECT_TRUE(r.validatedAt.isValid());
                censored |= r.value.comparator == domain::Comparator::Greater
                    && r.value.number == u"500"_s;
                coded |= r.value.kind == domain::ResultValue::Kind::Coded;
                text |= r.value.kind == domain::ResultValue::Kind::Text;
            }
        }
        EXPECT_TRUE(censored && coded && text);
        EXPECT_TRUE(flaggedLow && flaggedHigh);
        return {};
    });
    ASSERT_TRUE(check) << check.error().toString().toStdString();

    // The fictitious letterhead is stored: a report can be built right after seeding.
    auto lab = workflow::report::LabSettings::load(*m_db);
    ASSERT_TRUE(lab);
    EXPECT_EQ(lab->laboratory.finess, u"750000001"_s);
    EXPECT_FALSE(lab->oidRoot.isEmpty());

    workflow::AuditVerifier verifier(*m_db);
    auto report = verifier.verifyAsSystem(actor);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact());
}

TEST_P(DemoSeederTest, SeedsReflexRulesAndTheDossierInProgressFiresTheTshRule)
{
    auto summary = workflow::DemoSeeder(*m_db).seed(fast());
    ASSERT_TRUE(summary) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->reflexRules, 5);
    auto catalogue = m_db->read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
    ASSERT_TRUE(catalogue);
    QStringList codes;
    for (const auto &r : catalogue->reflexRules)
        codes << r.code;
    EXPECT_EQ(codes, (QStringList{u"RFX-TSH-HAUTE"_s, u"RFX-TSH-BASSE"_s, u"RFX-AGHBS-POS"_s, u"RFX-HB-CRITIQUE"_s,
                                  u"RFX-BU-PROT"_s}));
    const auto *high = catalogue->reflexRule(u"RFX-TSH-HAUTE"_s);
    ASSERT_NE(high, nullptr);
    EXPECT_TRUE(high->automatic);
    EXPECT_EQ(high->threshold, 4.0);
    EXPECT_FALSE(catalogue->reflexRule(u"RFX-AGHBS-POS"_s)->automatic);
    // Every rule passes the validator the admin screens use.
    auto validator = interop::catalogue::CatalogueReferenceData::validator();
    ASSERT_TRUE(validator);
    EXPECT_TRUE(validator->validate(*catalogue).ok());
    auto history = m_db->read([](storage::ReadTx &tx) {
        return storage::CatalogueRepository::history(tx, u"reflex"_s, QString(), 100);
    });
    ASSERT_TRUE(history);
    EXPECT_EQ(history->size(), 5);
    for (const auto &h : *history) {
        EXPECT_EQ(h.change, u"created"_s);
        EXPECT_EQ(h.source, u"demo"_s);
    }

    // D-DEMO-0005 (in progress) has TSH 6.20 mUI/L: T4L is proposed, and added automatically
    // on the TSH's serum tube.
    auto inProgress = m_db->read([](storage::ReadTx &tx) {
        return storage::DossierRepository::withStatus(tx, domain::DossierStatus::InProgress);
    });
    ASSERT_TRUE(inProgress);
    qint64 dossierId = 0;
    for (const auto &d : *inProgress)
        if (d.number == u"D-DEMO-0005"_s)
            dossierId = d.id;
    ASSERT_GT(dossierId, 0);
    domain::UserSession bio;
    bio.userId = 3;
    bio.login = u"biologiste"_s;
    bio.roles = {domain::Role::Biologist};
    bio.startedAt = QDateTime::currentDateTimeUtc();
    workflow::ReflexTests reflex(*m_db);
    auto proposals = reflex.proposals(bio, dossierId);
    ASSERT_TRUE(proposals) << proposals.error().toString().toStdString();
    ASSERT_EQ(proposals->size(), 1);
    EXPECT_EQ(proposals->front().ruleCode, u"RFX-TSH-HAUTE"_s);
    EXPECT_EQ(proposals->front().analysisCodes, QStringList{u"T4L"_s});
    domain::UserSession tech = bio;
    tech.login = u"technicien"_s;
    tech.roles = {domain::Role::Technician};
    auto added = reflex.applyAutomatic(tech, dossierId);
    ASSERT_TRUE(added) << added.error().toString().toStdString();
    ASSERT_EQ(added->analysisCodes, QStringList{u"T4L"_s});
    const auto actor = domain::AuditActor::system(u"test"_s, u"ws"_s);
    auto check = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto results = storage::ResultRepository::forDossier(tx, dossierId, actor);
        if (!results)
            return std::unexpected(results.error());
        auto specimens = storage::DossierRepository::specimens(tx, dossierId);
        if (!specimens)
            return std::unexpected(specimens.error());
        bool found = false;
        for (const auto &r : *results) {
            if (r.analysisCode != u"T4L"_s)
                continue;
            found = true;
            EXPECT_EQ(r.state, domain::ValidationState::Pending);
            EXPECT_EQ(r.catalogueVersionId, summary->catalogueVersionId);
            bool serum = false;
            for (const auto &sp : *specimens)
                serum |= sp.id == r.specimenId && sp.typeCode == u"SER"_s;
            EXPECT_TRUE(serum);
        }
        EXPECT_TRUE(found);
        return {};
    });
    ASSERT_TRUE(check) << check.error().toString().toStdString();
}

TEST_P(DemoSeederTest, RefusesANonEmptyDatabase)
{
    workflow::DemoSeeder seeder(*m_db);
    ASSERT_TRUE(seeder.seed(fast()));
    auto again = seeder.seed(fast());
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, u"demo.not_empty"_s);
}

TEST_P(DemoSeederTest, RefusesADatabaseThatAlreadyHasACatalogue)
{
    auto validator = interop::catalogue::CatalogueReferenceData::validator();
    ASSERT_TRUE(validator);
    domain::UserSession admin;
    admin.userId = -1;
    admin.login = u"system:test"_s;
    admin.roles = {domain::Role::Admin};
    auto imported = workflow::ApplyCatalogueImport(*m_db, *validator)
                        .run(admin, workflow::CatalogueImportRequest::demoCatalogue());
    ASSERT_TRUE(imported && imported->applied);
    auto r = workflow::DemoSeeder(*m_db).seed(fast());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, u"demo.not_empty"_s);
    EXPECT_TRUE(r.error().message.contains(u"catalogue"_s)) << r.error().message.toStdString();
}

TEST_P(DemoSeederTest, AnalysisMissingFromTheCatalogueRollsBackThePatients)
{
    auto o = fast();
    o.catalogue.data = withoutAnalysis(o.catalogue.data, "TSH", 9);
    o.catalogue.rangesCsv = withoutAnalysis(o.catalogue.rangesCsv, "TSH", 0);
    workflow::DemoSeeder seeder(*m_db);
    auto r = seeder.seed(o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, u"demo.unknown_analysis"_s);
    EXPECT_TRUE(r.error().message.contains(u"TSH"_s)) << r.error().message.toStdString();
    // The reflex rules naming TSH were left out rather than refused; the others fit.
    auto catalogue = m_db->read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
    ASSERT_TRUE(catalogue);
    EXPECT_EQ(catalogue->reflexRules.size(), 3);
    EXPECT_EQ(catalogue->reflexRule(u"RFX-TSH-HAUTE"_s), nullptr);
    auto patients = m_db->read([](storage::ReadTx &tx) { return storage::PatientRepository::count(tx); });
    ASSERT_TRUE(patients);
    EXPECT_EQ(*patients, 0);
}

TEST_P(DemoSeederTest, BrokenCatalogueFileIsRefusedBeforeAnythingElse)
{
    auto o = fast();
    o.catalogue.data.replace("718-7", "718-8"); // HB with a wrong LOINC check digit
    auto r = workflow::DemoSeeder(*m_db).seed(o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, u"demo.catalogue_refused"_s);
    EXPECT_TRUE(r.error().message.contains(u"718-8"_s)) << r.error().message.toStdString();
    auto users = m_db->read([](storage::ReadTx &tx) { return storage::UserRepository::count(tx); });
    ASSERT_TRUE(users);
    EXPECT_EQ(*users, 0);
}

TEST_P(DemoSeederTest, ImportsASyntheticAnnuaireSante)
{
    auto summary = workflow::DemoSeeder(*m_db).seed(fast());
    ASSERT_TRUE(summary) << summary.error().toString().toStdString();
    EXPECT_GT(summary->directoryProfessionals, 250);
    EXPECT_LE(summary->directoryProfessionals, workflow::DemoDirectory::kRows);
    domain::UserSession secretary;
    secretary.userId = 1;
    secretary.login = u"secretaire"_s;
    secretary.roles = {domain::Role::Secretary};
    workflow::directory::DirectorySearch search(*m_db, secretary);
    auto correspondent = search.checkRpps(QString::fromUtf16(workflow::DemoDirectory::kCorrespondentRpps));
    ASSERT_TRUE(correspondent);
    EXPECT_EQ(correspondent->status, workflow::directory::RppsCheck::Status::KnownActive) << correspondent->message.toStdString();
    ASSERT_TRUE(correspondent->professional);
    EXPECT_EQ(correspondent->professional->activities.first().mssante, u"elise.correspondante@demo.mssante.fr"_s);
    // The demo's prescriber and biologist are in the directory, with their MSSanté address when
    // they have one; a number with a wrong Luhn key is reported as such.
    auto prescriber = search.checkRpps(u"10100000016"_s);
    ASSERT_TRUE(prescriber);
    EXPECT_EQ(prescriber->status, workflow::directory::RppsCheck::Status::KnownActive) << prescriber->message.toStdString();
    ASSERT_TRUE(prescriber->professional);
    EXPECT_EQ(prescriber->professional->activities.first().mssante, u"paul.prescripteur@demo.mssante.fr"_s);
    auto biologist = search.checkRpps(u"10101010105"_s);
    ASSERT_TRUE(biologist);
    EXPECT_EQ(biologist->status, workflow::directory::RppsCheck::Status::KnownActive);
    // The SavoirFaire, Dipl_AutExerc and MSSanté files came with it: both have a personal box.
    EXPECT_EQ(prescriber->professional->mssanteMailboxes, QStringList{u"paul.prescripteur@demo.mssante.fr"_s});
    ASSERT_TRUE(biologist->professional);
    EXPECT_EQ(biologist->professional->mssanteMailboxes, QStringList{u"berenice.biologiste@demo.mssante.fr"_s});
    EXPECT_EQ(biologist->professional->diplomas.size(), 1);
    EXPECT_FALSE(biologist->professional->skills.isEmpty());
    auto wrongKey = search.checkRpps(u"10100000018"_s);
    ASSERT_TRUE(wrongKey);
    EXPECT_EQ(wrongKey->status, workflow::directory::RppsCheck::Status::BadCheckDigit);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoSeederTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
