// Retired analyses and exams are left out of every export format (ExportCatalogue filters them
// before the writers), on an in-memory catalogue and through storage on SQLite and PostgreSQL.
#include "CatalogueTestSupport.h"

#include "interop/catalogue/FhirCatalogue.h"
#include "interop/catalogue/FhirConceptMap.h"
#include "workflow/catalogue/ExportCatalogue.h"
#include "workflow/catalogue/PreviewCatalogueImport.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::interop::catalogue;
using sgl::testing::Backend;
using Format = workflow::ExportCatalogue::Format;

namespace {

/**
 * Retires GLU with its only exam GLY, HB while its exam NFS stays active, and exam HBA1C while
 * its analysis HBA1C stays active (exported in no exam).
 */
domain::Catalogue retireSome(domain::Catalogue c, bool asTheAdminWould = false)
{
    // CatalogueAdmin refuses to retire an analysis an active exam still lists: the admin first
    // takes HB out of NFS. Without that step the exam keeps a retired analysis (older data, or
    // direct storage writes), which the export must still leave out.
    if (asTheAdminWould)
        for (domain::Exam &e : c.exams)
            e.analysisCodes.removeAll(QStringLiteral("HB"));
    for (domain::Analysis &a : c.analyses)
        if (a.localCode == QLatin1String("GLU") || a.localCode == QLatin1String("HB"))
            a.retired = true;
    for (domain::Exam &e : c.exams)
        if (e.code == QLatin1String("GLY") || e.code == QLatin1String("HBA1C"))
            e.retired = true;
    return c;
}

QStringList analysisCodes(const domain::Catalogue &c)
{
    QStringList out;
    for (const domain::Analysis &a : c.analyses)
        out << a.localCode;
    return out;
}

QStringList examCodes(const domain::Catalogue &c)
{
    QStringList out;
    for (const domain::Exam &e : c.exams)
        out << e.code;
    return out;
}

/** Reads every export back and checks the retired items are absent and the rest is intact. */
void expectRetiredAbsent(const std::function<QByteArray(Format)> &exportAs, qsizetype activeAnalyses)
{
    const ImportedCatalogue csv = CatalogueCsv::read(exportAs(Format::Csv), QStringLiteral("c.csv"),
                                                     exportAs(Format::RangesCsv), QStringLiteral("r.csv"));
    ASSERT_TRUE(csv.errors.isEmpty()) << csv.errors.front().toString().toStdString();
    EXPECT_EQ(csv.catalogue.analyses.size(), activeAnalyses);
    EXPECT_FALSE(analysisCodes(csv.catalogue).contains(QStringLiteral("GLU")));
    EXPECT_FALSE(analysisCodes(csv.catalogue).contains(QStringLiteral("HB")));
    EXPECT_FALSE(examCodes(csv.catalogue).contains(QStringLiteral("GLY")));
    ASSERT_NE(csv.catalogue.exam(QStringLiteral("NFS")), nullptr);
    EXPECT_FALSE(csv.catalogue.exam(QStringLiteral("NFS"))->analysisCodes.contains(QStringLiteral("HB")));
    EXPECT_TRUE(csv.catalogue.exam(QStringLiteral("NFS"))->analysisCodes.contains(QStringLiteral("GB")));
    EXPECT_FALSE(examCodes(csv.catalogue).contains(QStringLiteral("HBA1C")));
    EXPECT_TRUE(analysisCodes(csv.catalogue).contains(QStringLiteral("HBA1C"))) << "active analysis of a retired exam";
    EXPECT_FALSE(exportAs(Format::RangesCsv).contains("\nHB;")) << "no ranges of a retired analysis";
    EXPECT_TRUE(exportAs(Format::RangesCsv).contains("\nGB;"));

    // The Bundle stays self-consistent: no reference to the retired ObservationDefinition.
    const ImportedCatalogue fhir = FhirCatalogue::fromBundle(exportAs(Format::Fhir), QStringLiteral("b.json"));
    ASSERT_TRUE(fhir.errors.isEmpty()) << fhir.errors.front().toString().toStdString();
    EXPECT_EQ(fhir.catalogue.analyses.size(), activeAnalyses);
    EXPECT_FALSE(analysisCodes(fhir.catalogue).contains(QStringLiteral("GLU")));
    EXPECT_FALSE(examCodes(fhir.catalogue).contains(QStringLiteral("GLY")));
    EXPECT_FALSE(examCodes(fhir.catalogue).contains(QStringLiteral("HBA1C")));
    EXPECT_TRUE(analysisCodes(fhir.catalogue).contains(QStringLiteral("HBA1C")));
    EXPECT_FALSE(fhir.catalogue.exam(QStringLiteral("NFS"))->analysisCodes.contains(QStringLiteral("HB")));

    const ImportedCatalogue map = FhirConceptMap::read(exportAs(Format::FhirConceptMap), QStringLiteral("m.json"));
    ASSERT_TRUE(map.errors.isEmpty()) << map.errors.front().toString().toStdString();
    EXPECT_EQ(map.catalogue.analyses.size(), activeAnalyses);
    EXPECT_FALSE(analysisCodes(map.catalogue).contains(QStringLiteral("GLU")));
    EXPECT_FALSE(analysisCodes(map.catalogue).contains(QStringLiteral("HB")));
    EXPECT_TRUE(analysisCodes(map.catalogue).contains(QStringLiteral("HBA1C")));
}

class CatalogueExportRetiredTest : public sgl::testing::StorageTest {};

} // namespace

TEST(CatalogueExportRetired, ExportableDropsRetiredItemsOnly)
{
    const domain::Catalogue demo = CatalogueReferenceData::demoCatalogue().catalogue;
    const domain::Catalogue retired = retireSome(demo);
    const domain::Catalogue out = workflow::ExportCatalogue::exportable(retired);
    EXPECT_EQ(out.analyses.size(), demo.analyses.size() - 2);
    EXPECT_EQ(out.exams.size(), demo.exams.size() - 2);
    EXPECT_EQ(out.chapters, demo.chapters);
    EXPECT_EQ(out.exam(QStringLiteral("NFS"))->analysisCodes.size(), demo.exam(QStringLiteral("NFS"))->analysisCodes.size() - 1);
    // Nothing retired: the catalogue goes out as it is.
    const domain::Catalogue same = workflow::ExportCatalogue::exportable(demo);
    EXPECT_EQ(analysisCodes(same), analysisCodes(demo));
    EXPECT_EQ(same.exams, demo.exams);
}

TEST(CatalogueExportRetired, EveryFormatSkipsRetiredItemsInMemory)
{
    const domain::Catalogue c = retireSome(CatalogueReferenceData::demoCatalogue().catalogue);
    const auto loinc = *CatalogueReferenceData::loincSubset();
    expectRetiredAbsent([&](Format f) { return workflow::ExportCatalogue::write(c, f, loinc); }, c.analyses.size() - 2);
}

TEST_P(CatalogueExportRetiredTest, StoredRetiredItemsAreNotExported)
{
    auto imported = workflow::ApplyCatalogueImport(*m_db, sgl::testing::catalogueValidator())
                        .run(sgl::testing::adminSession(), sgl::testing::demoRequest());
    ASSERT_TRUE(imported && imported->applied);
    // Retire through storage as the admin use case would (one new catalogue version).
    auto saved = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto current = storage::CatalogueRepository::loadCurrent(tx);
        if (!current)
            return std::unexpected(current.error());
        domain::CatalogueVersion v;
        v.createdAt = QDateTime::currentDateTimeUtc();
        v.author = QStringLiteral("admin.test");
        v.reason = QStringLiteral("Retrait");
        v.source = QStringLiteral("edit");
        auto id = storage::CatalogueRepository::createVersion(tx, v);
        if (!id)
            return std::unexpected(id.error());
        auto s = storage::CatalogueRepository::saveCatalogue(tx, retireSome(*current, true), *id, v.createdAt, {});
        if (!s)
            return std::unexpected(s.error());
        return {};
    });
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    auto stored = m_db->read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
    ASSERT_TRUE(stored);
    ASSERT_NE(stored->analysis(QStringLiteral("GLU")), nullptr) << "retired analyses stay in the catalogue";
    ASSERT_TRUE(stored->analysis(QStringLiteral("GLU"))->retired) << "storage must persist Analysis.retired";
    ASSERT_TRUE(stored->exam(QStringLiteral("GLY"))->retired) << "storage must persist Exam.retired";

    workflow::ExportCatalogue exporter(*m_db, *CatalogueReferenceData::loincSubset());
    expectRetiredAbsent(
        [&](Format f) {
            auto data = exporter.run(f);
            EXPECT_TRUE(data) << data.error().toString().toStdString();
            return data ? *data : QByteArray();
        },
        stored->analyses.size() - 2);

    // Re-importing those exports (full merge) changes nothing: retired items, absent from the
    // files, stay as they are (imports never delete).
    for (const auto &[format, name] : {std::pair{Format::Csv, QStringLiteral("c.csv")},
                                       std::pair{Format::Fhir, QStringLiteral("c.json")}}) {
        workflow::CatalogueImportRequest request;
        request.data = *exporter.run(format);
        request.sourceName = name;
        request.format = workflow::CatalogueImportRequest::guessFormat(name, request.data);
        if (format == Format::Csv) {
            request.rangesCsv = *exporter.run(Format::RangesCsv);
            request.rangesSourceName = QStringLiteral("r.csv");
        }
        auto diff = workflow::PreviewCatalogueImport(*m_db, sgl::testing::catalogueValidator())
                        .run(sgl::testing::adminSession(), request);
        ASSERT_TRUE(diff);
        EXPECT_TRUE(diff->ok()) << name.toStdString() << ": " << diff->errors.front().toString().toStdString();
        EXPECT_FALSE(diff->hasChanges()) << name.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueExportRetiredTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
