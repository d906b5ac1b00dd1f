#include "CdaTestFixtures.h"
#include "StorageFixture.h"

#include "domain/lab/Dossier.h"
#include "interop/cda/CdaErrors.h"
#include "interop/cda/CdaN3Writer.h"
#include "storage/Database.h"
#include "storage/DocumentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/MigrationRunner.h"
#include "storage/ReportRepository.h"
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
        return LabSettings::save(*m_db,
                                 {{u"lab.finess"_s, u"750000001"_s}, {u"lab.name"_s, u"Laboratoire de démonstration"_s},
                                  {u"lab.street"_s, u"1 rue des Essais"_s}, {u"lab.postal_code"_s, u"75011"_s},
                                  {u"lab.city"_s, u"PARIS"_s}, {u"lab.phone"_s, u"01 00 00 00 00"_s},
                                  {u"oid.root"_s, u"1.2.250.1.999.42"_s}},
                                 u"admin"_s);
    }

    QList<domain::Dossier> validatedDossiers()
    {
        auto d = m_db->read([](storage::ReadTx &tx) {
            return storage::DossierRepository::withStatus(tx, domain::DossierStatus::Validated);
        });
        return d ? *d : QList<domain::Dossier>{};
    }

    domain::Result<domain::ReportVersion> build(qint64 dossierId, const QString &reason = {})
    {
        auto settings = LabSettings::load(*m_db);
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
    auto v = build(dossiers.first().id);
    ASSERT_FALSE(v.has_value());
    EXPECT_TRUE(v.error().message.contains(u"FINESS"_s) || v.error().message.contains(u"OID"_s))
        << v.error().message.toStdString();
    auto none = m_db->read([&](storage::ReadTx &tx) { return storage::ReportRepository::recent(tx, 10); });
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->isEmpty());
    EXPECT_FALSE(LabSettings::save(*m_db, {{u"lab.finess"_s, u"12"_s}}, u"admin"_s).has_value());
    EXPECT_FALSE(LabSettings::save(*m_db, {{u"lab.colour"_s, u"bleu"_s}}, u"admin"_s).has_value());
}

TEST_P(DemoReportTest, EveryValidatedDemoDossierGivesAConformantReport)
{
    ASSERT_TRUE(configure().has_value());
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
    const QString validator = QStringLiteral(SGL_SHARED_DIR "/tools/cda-validate");
    if (!QFileInfo(validator).isExecutable())
        GTEST_SKIP() << "ANS kit validator absent (" << validator.toStdString() << "): conformance not checked";
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.start(validator, QStringList{u"-q"_s} + files);
    ASSERT_TRUE(proc.waitForFinished(300000));
    if (proc.exitCode() == 2)
        GTEST_SKIP() << "cda-validate could not run:\n" << proc.readAll().toStdString();
    EXPECT_EQ(proc.exitCode(), 0) << proc.readAll().toStdString();
}

TEST_P(DemoReportTest, SubcontractorDocumentsAreCheckedStoredAndMerged)
{
    ASSERT_TRUE(configure().has_value());
    const qint64 dossierId = validatedDossiers().first().id;
    ImportSubcontractorResults import(*m_db);
    // Another patient's CR-BIO (the ANS example) is refused and nothing is stored.
    QFile ans(QStringLiteral(SGL_SHARED_DIR "/ans/TestContenuCDA-3-0/ExemplesCDA/BIO-CR-BIO_2024.01_TSH_1.xml"));
    if (ans.open(QIODevice::ReadOnly)) {
        auto refused = import.importCda(dossierId, ans.readAll(), m_actor);
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().code, QString::fromLatin1(interop::cda::errors::kPatientMismatch));
    }
    EXPECT_FALSE(import.importCda(dossierId, QByteArrayLiteral("<pas du xml"), m_actor).has_value());
    domain::Organisation producer;
    producer.name = u"Laboratoire spécialisé"_s;
    producer.finess = u"690000002"_s;
    EXPECT_FALSE(import.importPdf(dossierId, QByteArrayLiteral("GIF89a"), producer, m_actor).has_value());

    // A PDF from the subcontractor is kept and embedded; the same bytes twice are refused.
    auto pdf = import.importPdf(dossierId, test::minimalPdf(u"Sous-traitant"_s), producer, m_actor);
    ASSERT_TRUE(pdf.has_value()) << pdf.error().message.toStdString();
    EXPECT_FALSE(import.importPdf(dossierId, test::minimalPdf(u"Sous-traitant"_s), producer, m_actor).has_value());
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

INSTANTIATE_TEST_SUITE_P(Backends, DemoReportTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);
