#include "CdaValidator.h"
#include "CdaTestFixtures.h"
#include "StorageFixture.h"

#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "interop/cda/ErrorCodes.h"
#include "interop/cda/CdaN3Writer.h"
#include "storage/Database.h"
#include "storage/DocumentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/MigrationRunner.h"
#include "storage/ReceivedDocumentRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/demo/DemoSeeder.h"
#include "workflow/report/BuildReport.h"
#include "workflow/report/ImportSubcontractorResults.h"
#include "workflow/report/LabSettings.h"
#include "workflow/report/ReportAssembler.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl;
using namespace Qt::StringLiterals;
using namespace sgl::workflow::report;

namespace {
domain::UserSession labAdmin()
{
    domain::UserSession admin;
    admin.userId = -1;
    admin.login = u"admin"_s;
    admin.roles = {domain::Role::Admin};
    return admin;
}
} // namespace

namespace {

class DemoReportTest : public sgl::testing::StorageTest {
protected:
    void SetUp() override
    {
        sgl::testing::StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        workflow::DemoSeeder::Options options;
        options.policy.pbkdf2Iterations = 1000; // test speed; the product default stays high
        auto seeded = workflow::DemoSeeder(*m_db).seed(options);
        ASSERT_TRUE(seeded.has_value()) << seeded.error().message.toStdString();
    }

    domain::Status configure()
    {
        return LabSettings::save(*m_db, labAdmin(),
                                 {{u"lab.finess"_s, u"750000001"_s}, {u"lab.name"_s, u"Laboratoire de démonstration"_s},
                                  {u"lab.street"_s, u"1 rue des Essais"_s}, {u"lab.postal_code"_s, u"75011"_s},
                                  {u"lab.city"_s, u"PARIS"_s}, {u"lab.phone"_s, u"01 00 00 00 00"_s},
                                  {u"oid.root"_s, u"1.2.250.1.999.42"_s}});
    }

    domain::Dossier dossier(const QString &number)
    {
        for (const auto &d : validatedDossiers())
            if (d.number == number)
                return d;
        return {};
    }

    static const domain::ReportObservation *observation(const domain::ReportContent &c, const QString &code)
    {
        for (const auto &ch : c.chapters)
            for (const auto &b : ch.batteries)
                for (const auto &o : b.observations)
                    if (o.localCode == code)
                        return &o;
        return nullptr;
    }

    QList<domain::Dossier> validatedDossiers()
    {
        auto d = m_db->read([](storage::ReadTx &tx) {
            return storage::DossierRepository::withStatus(tx, domain::DossierStatus::Validated);
        });
        return d ? *d : QList<domain::Dossier>{};
    }

    domain::Result<domain::ReportVersion> build(qint64 dossierId, const QString &reason = {},
                                                std::optional<LabSettings> lab = std::nullopt)
    {
        auto settings = lab ? domain::Result<LabSettings>(*lab) : LabSettings::load(*m_db);
        if (!settings)
            return std::unexpected(settings.error());
        auto content = ReportAssembler(*m_db, *settings).assemble(dossierId, u"biologiste"_s, m_actor);
        if (!content)
            return std::unexpected(content.error());
        BuildReport builder(*m_db, [](const domain::ReportContent &) -> domain::Result<QByteArray> { return test::minimalPdf(); },
                            {settings->documentRoot()});
        return builder.run(dossierId, *content, m_actor, reason);
    }

    domain::AuditActor m_actor{0, u"biologiste"_s, u"poste"_s};
};

} // namespace

TEST_P(DemoReportTest, UnconfiguredLabIsRefusedWithTheMissingItems)
{
    const auto dossiers = validatedDossiers();
    ASSERT_FALSE(dossiers.isEmpty());
    auto before = m_db->read([&](storage::ReadTx &tx) { return storage::ReportRepository::recent(tx, 1000); });
    ASSERT_TRUE(before.has_value());
    auto v = build(dossiers.first().id, {}, LabSettings{}); // the seeded letterhead is not used
    ASSERT_FALSE(v.has_value());
    EXPECT_TRUE(v.error().message.contains(u"FINESS"_s) || v.error().message.contains(u"OID"_s))
        << v.error().message.toStdString();
    auto after = m_db->read([&](storage::ReadTx &tx) { return storage::ReportRepository::recent(tx, 1000); });
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->size(), before->size()) << "nothing stored by the refusal";
    EXPECT_FALSE(LabSettings::save(*m_db, labAdmin(), {{u"lab.finess"_s, u"12"_s}}).has_value());
    EXPECT_FALSE(LabSettings::save(*m_db, labAdmin(), {{u"lab.colour"_s, u"bleu"_s}}).has_value());
}

TEST_P(DemoReportTest, EveryValidatedDemoDossierGivesAConformantReport)
{
    // No configuration step: demo-seed stores the fictitious letterhead.
    const auto dossiers = validatedDossiers();
    ASSERT_GE(dossiers.size(), 3);
    QTemporaryDir dir;
    QStringList files;
    for (const auto &d : dossiers) {
        auto v = build(d.id);
        ASSERT_TRUE(v.has_value()) << d.number.toStdString() << ": " << v.error().message.toStdString();
        for (const char *kind : {"N3", "N1"}) {
            auto doc = m_db->read([&](storage::ReadTx &tx) {
                return storage::DocumentRepository::get(tx, v->id, QString::fromLatin1(kind));
            });
            ASSERT_TRUE(doc.has_value());
            const QString path = dir.filePath(u"%1-%2.xml"_s.arg(d.number, QString::fromLatin1(kind)));
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(doc->bytes);
            files << path;
        }
        // A final report moves the dossier to "reported".
        auto after = m_db->write([&](storage::WriteTx &tx) { return storage::DossierRepository::get(tx, d.id, m_actor); });
        ASSERT_TRUE(after.has_value());
        EXPECT_EQ(after->status, domain::DossierStatus::Reported);
    }
    if (const auto missing = sgl::testing::cdaValidatorMissing(); !missing.empty())
        GTEST_SKIP() << missing;
    const auto run = sgl::testing::runCdaValidate(files, {u"-q"_s});
    // Exit 2 (the kit could not run) is a failure like any other, with the kit's output.
    EXPECT_EQ(run.exitCode, 0) << run.output;
}

// Documents received from a subcontractor that must not be stored: another patient's CR-BIO, bytes
// that are not XML, XML that is not a CDA, a file that is not a PDF. Each gives its own error code
// and received_documents is left exactly as it was.
TEST_P(DemoReportTest, RefusedSubcontractorDocumentsLeaveNothingStored)
{
    ASSERT_TRUE(configure().has_value());
    const auto dossiers = validatedDossiers();
    ASSERT_GE(dossiers.size(), 2);
    const qint64 dossierId = dossiers.first().id;
    ASSERT_NE(dossiers.last().patientId, dossiers.first().patientId);
    ImportSubcontractorResults import(*m_db);
    const auto received = [&] {
        auto docs = m_db->read([&](storage::ReadTx &tx) { return storage::ReceivedDocumentRepository::forDossier(tx, dossierId); });
        return docs ? static_cast<int>(docs->size()) : -1;
    };
    ASSERT_EQ(received(), 0);

    // A well-formed CR-BIO of another demo patient (written by our own writer, so valid in every
    // other respect) is refused as a patient mismatch.
    auto settings = LabSettings::load(*m_db);
    ASSERT_TRUE(settings.has_value());
    auto other = ReportAssembler(*m_db, *settings).assemble(dossiers.last().id, u"biologiste"_s, m_actor);
    ASSERT_TRUE(other.has_value()) << other.error().message.toStdString();
    other->pdfCopy = test::minimalPdf();
    other->documentId = u"1.2.250.1.999.77.1.2"_s;
    other->setId = u"1.2.250.1.999.77.2"_s;
    auto otherCda = interop::cda::CdaN3Writer::write(*other);
    ASSERT_TRUE(otherCda.has_value()) << otherCda.error().message.toStdString();
    auto wrongPatient = import.importCda(dossierId, *otherCda, m_actor);
    ASSERT_FALSE(wrongPatient.has_value());
    EXPECT_EQ(wrongPatient.error().code, interop::cda::errc::PatientMismatch);
    // Positive control: the same document is accepted for its own dossier, so the refusal above
    // is the patient check and nothing else.
    auto own = import.importCda(dossiers.last().id, *otherCda, m_actor);
    EXPECT_TRUE(own.has_value()) << own.error().message.toStdString();

    auto malformed = import.importCda(dossierId, QByteArrayLiteral("<pas du xml"), m_actor);
    ASSERT_FALSE(malformed.has_value());
    EXPECT_EQ(malformed.error().code, interop::cda::errc::Malformed);
    auto notCda = import.importCda(dossierId, QByteArrayLiteral("<html><body>CR</body></html>"), m_actor);
    ASSERT_FALSE(notCda.has_value());
    EXPECT_EQ(notCda.error().code, interop::cda::errc::NotCda);
    domain::Organisation producer;
    producer.name = u"Laboratoire spécialisé"_s;
    producer.finess = u"690000002"_s;
    auto gif = import.importPdf(dossierId, QByteArrayLiteral("GIF89a"), producer, m_actor);
    ASSERT_FALSE(gif.has_value());
    EXPECT_EQ(gif.error().code, interop::cda::errc::NotPdf);
    EXPECT_EQ(received(), 0);
}

// The official ANS example is a CR-BIO of another (fictitious) patient: refused likewise.
TEST_P(DemoReportTest, AnsExampleOfAnotherPatientIsRefused)
{
    const QString path = QStringLiteral(SGL_SHARED_DIR "/ans/TestContenuCDA-3-0/ExemplesCDA/BIO-CR-BIO_2024.01_TSH_1.xml");
    QFile ans(path);
    if (!ans.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "exemple ANS absent (" << path.toStdString() << ") : ../shared manque";
    ASSERT_TRUE(configure().has_value());
    const qint64 dossierId = validatedDossiers().first().id;
    auto refused = ImportSubcontractorResults(*m_db).importCda(dossierId, ans.readAll(), m_actor);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, interop::cda::errc::PatientMismatch);
    auto docs = m_db->read([&](storage::ReadTx &tx) { return storage::ReceivedDocumentRepository::forDossier(tx, dossierId); });
    ASSERT_TRUE(docs.has_value());
    EXPECT_TRUE(docs->isEmpty());
}

TEST_P(DemoReportTest, SubcontractorDocumentsAreCheckedStoredAndMerged)
{
    ASSERT_TRUE(configure().has_value());
    const qint64 dossierId = validatedDossiers().first().id;
    ImportSubcontractorResults import(*m_db);
    domain::Organisation producer;
    producer.name = u"Laboratoire spécialisé"_s;
    producer.finess = u"690000002"_s;

    // A PDF from the subcontractor is kept and embedded; the same bytes twice are refused.
    auto pdf = import.importPdf(dossierId, test::minimalPdf(u"Sous-traitant"_s), producer, m_actor);
    ASSERT_TRUE(pdf.has_value()) << pdf.error().message.toStdString();
    auto twice = import.importPdf(dossierId, test::minimalPdf(u"Sous-traitant"_s), producer, m_actor);
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(twice.error().code, u"storage.duplicate"_s) << twice.error().message.toStdString();
    // A CR-BIO N3 for the same patient (here produced by another SGL) is mapped.
    auto settings = LabSettings::load(*m_db);
    ASSERT_TRUE(settings.has_value());
    auto content = ReportAssembler(*m_db, *settings).assemble(dossierId, u"biologiste"_s, m_actor);
    ASSERT_TRUE(content.has_value());
    EXPECT_EQ(content->attachments.size(), 1);
    domain::ReportContent theirs = *content;
    theirs.attachments.clear();
    theirs.laboratory = producer;
    theirs.laboratory.streetLine = u"5 avenue des Analyses"_s;
    theirs.laboratory.city = u"LYON"_s;
    theirs.pdfCopy = test::minimalPdf();
    theirs.documentId = u"1.2.250.1.999.77.1.1"_s;
    theirs.setId = u"1.2.250.1.999.77.1"_s;
    theirs.orderIdRoot = u"1.2.250.1.999.77.3"_s;
    auto cda = interop::cda::CdaN3Writer::write(theirs);
    ASSERT_TRUE(cda.has_value()) << cda.error().message.toStdString();
    auto imported = import.importCda(dossierId, *cda, m_actor);
    ASSERT_TRUE(imported.has_value()) << imported.error().message.toStdString();
    EXPECT_GT(imported->observations, 0);
    auto merged = ReportAssembler(*m_db, *settings).assemble(dossierId, u"biologiste"_s, m_actor);
    ASSERT_TRUE(merged.has_value());
    int subcontracted = 0;
    for (const auto &ch : merged->chapters)
        for (const auto &b : ch.batteries)
            for (const auto &o : b.observations)
                if (o.performer && o.performer->finess == u"690000002"_s)
                    ++subcontracted;
    EXPECT_EQ(subcontracted, imported->observations);
    EXPECT_EQ(merged->attachments.size(), 2);
    EXPECT_TRUE(build(dossierId).has_value());
}

TEST_P(DemoReportTest, AnalysisDataComesFromTheCatalogue)
{
    auto settings = LabSettings::load(*m_db);
    ASSERT_TRUE(settings.has_value());
    auto c = ReportAssembler(*m_db, *settings).assemble(dossier(u"D-DEMO-0002"_s).id, u"biologiste"_s, m_actor);
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    QStringList sections;
    for (const auto &ch : c->chapters)
        sections << ch.loincCode;
    EXPECT_TRUE(sections.contains(u"18723-7"_s) && sections.contains(u"18719-5"_s) && sections.contains(u"18727-8"_s)
                && sections.contains(u"18729-4"_s))
        << sections.join(u' ').toStdString();
    const auto *glu = observation(*c, u"GLU"_s);
    ASSERT_NE(glu, nullptr);
    EXPECT_EQ(glu->loincCode, u"14749-6"_s);
    EXPECT_EQ(glu->label, u"Glucose"_s);
    ASSERT_TRUE(glu->secondUnitValue.has_value()); // g/L from the catalogue's second unit
    EXPECT_EQ(glu->secondUnitValue->unit, u"g/L"_s);
    EXPECT_EQ(glu->secondUnitLoincCode, u"2345-7"_s);
    ASSERT_EQ(glu->referenceIntervals.size(), 1);
    EXPECT_EQ(glu->referenceIntervals.first().low, u"3.90"_s);
    EXPECT_TRUE(glu->previous.has_value()) << "antériorité of last month";
    const auto *hbs = observation(*c, u"AGHBS"_s);
    ASSERT_NE(hbs, nullptr);
    ASSERT_EQ(hbs->referenceIntervals.size(), 1); // text range of the catalogue
    EXPECT_EQ(hbs->referenceIntervals.first().text, u"Négatif"_s);

    // A later catalogue version does not rewrite what these results were validated against.
    auto validator = interop::catalogue::CatalogueReferenceData::validator();
    ASSERT_TRUE(validator.has_value());
    auto request = workflow::CatalogueImportRequest::demoCatalogue();
    request.data.replace(";GLU;Glucose;", ";GLU;Glucose plasmatique;");
    domain::UserSession admin;
    admin.userId = -1;
    admin.login = u"system:test"_s;
    admin.roles = {domain::Role::Admin};
    auto imported = workflow::ApplyCatalogueImport(*m_db, *validator).run(admin, request);
    ASSERT_TRUE(imported.has_value() && imported->applied);
    auto again = ReportAssembler(*m_db, *settings).assemble(dossier(u"D-DEMO-0002"_s).id, u"biologiste"_s, m_actor);
    ASSERT_TRUE(again.has_value());
    ASSERT_NE(observation(*again, u"GLU"_s), nullptr);
    EXPECT_EQ(observation(*again, u"GLU"_s)->label, u"Glucose"_s);
}

TEST_P(DemoReportTest, ResultsUnknownToTheCatalogueRefuseTheReportAndAreListed)
{
    const auto d = dossier(u"D-DEMO-0004"_s);
    ASSERT_GT(d.id, 0);
    auto added = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        QList<domain::LabResult> extra;
        for (const QString &code : {u"FERR"_s, u"XYZ"_s}) {
            domain::LabResult r;
            r.dossierId = d.id;
            r.patientId = d.patientId;
            r.analysisCode = code;
            r.value = *domain::ResultValue::parseNumeric(u"8"_s, u"ug/L"_s);
            r.state = domain::ValidationState::Validated;
            r.observedAt = QDateTime::currentDateTimeUtc();
            r.enteredBy = u"technicien"_s;
            r.enteredAt = r.observedAt;
            r.validatedBy = u"biologiste"_s;
            r.validatedAt = r.observedAt;
            extra << r;
        }
        return storage::ResultRepository::insertBatch(tx, extra, m_actor);
    });
    ASSERT_TRUE(added.has_value()) << added.error().message.toStdString();
    auto v = build(d.id);
    ASSERT_FALSE(v.has_value());
    EXPECT_EQ(v.error().code, u"report.unknown_analysis"_s);
    EXPECT_TRUE(v.error().message.contains(u"FERR"_s) && v.error().message.contains(u"XYZ"_s))
        << v.error().message.toStdString();
    auto none = m_db->read([&](storage::ReadTx &tx) { return storage::ReportRepository::forDossier(tx, d.id); });
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->isEmpty());
}

// A non-conformity "performed with reservation" (workflow/specimens) is printed with the result:
// it becomes the observation's comment, narrative and entryRelationship SUBJ in the CR-BIO.
TEST_P(DemoReportTest, ReservationOfANonConformityIsTheResultsComment)
{
    const auto d = dossier(u"D-DEMO-0002"_s);
    ASSERT_GT(d.id, 0);
    const QString reservation = u"Réserve : Échantillon hémolysé (légère)."_s;
    auto set = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto results = storage::ResultRepository::forDossier(tx, d.id, m_actor);
        if (!results)
            return std::unexpected(results.error());
        for (domain::LabResult &r : *results)
            if (r.analysisCode == u"GLU"_s) {
                r.reservation = reservation;
                return storage::ResultRepository::update(tx, r, m_actor);
            }
        return domain::fail(u"test.no_glu"_s, u"GLU absent"_s);
    });
    ASSERT_TRUE(set.has_value()) << set.error().message.toStdString();
    auto settings = LabSettings::load(*m_db);
    ASSERT_TRUE(settings.has_value());
    auto c = ReportAssembler(*m_db, *settings).assemble(d.id, u"biologiste"_s, m_actor);
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    ASSERT_NE(observation(*c, u"GLU"_s), nullptr);
    EXPECT_TRUE(observation(*c, u"GLU"_s)->comment.endsWith(reservation)) << observation(*c, u"GLU"_s)->comment.toStdString();
    EXPECT_FALSE(observation(*c, u"HB"_s) && observation(*c, u"HB"_s)->comment.contains(u"Réserve"_s));

    auto v = build(d.id);
    ASSERT_TRUE(v.has_value()) << v.error().message.toStdString();
    auto doc = m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::get(tx, v->id, u"N3"_s); });
    ASSERT_TRUE(doc.has_value());
    const QString xml = QString::fromUtf8(doc->bytes);
    const qsizetype at = xml.indexOf(reservation);
    ASSERT_GE(at, 0) << "reservation missing from the CDA";
    if (const auto missing = sgl::testing::cdaValidatorMissing(); !missing.empty())
        GTEST_SKIP() << missing;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reserve-N3.xml"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(doc->bytes);
    f.close();
    const auto run = sgl::testing::runCdaValidate({path}, {u"-q"_s});
    EXPECT_EQ(run.exitCode, 0) << run.output;
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoReportTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);
