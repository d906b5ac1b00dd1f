#include "CatalogueTestSupport.h"

#include "interop/catalogue/FhirCatalogue.h"
#include "workflow/catalogue/ExportCatalogue.h"
#include "workflow/catalogue/PreviewCatalogueImport.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::domain;
using namespace sgl::workflow;
using namespace sgl::interop::catalogue;
using sgl::testing::Backend;

namespace {

class CatalogueImportTest : public sgl::testing::StorageTest {
protected:
    ApplyCatalogueImport apply() { return ApplyCatalogueImport(*m_db, sgl::testing::catalogueValidator()); }

    void importDemo()
    {
        auto out = apply().run(sgl::testing::adminSession(), sgl::testing::demoRequest());
        ASSERT_TRUE(out) << out.error().toString().toStdString();
        ASSERT_TRUE(out->applied) << (out->diff.errors.isEmpty() ? std::string() : out->diff.errors.front().toString().toStdString());
    }

    QByteArray exportCsv()
    {
        auto csv = ExportCatalogue(*m_db, LoincSubset()).run(ExportCatalogue::Format::Csv);
        EXPECT_TRUE(csv);
        return csv.value_or(QByteArray());
    }

    /** Runs a refused import and checks the catalogue did not move; returns the problems. */
    QList<Error> refused(const CatalogueImportRequest &request)
    {
        const auto before = sgl::testing::snapshot(*m_db);
        auto out = apply().run(sgl::testing::adminSession(), request);
        EXPECT_TRUE(out) << (out ? std::string() : out.error().toString().toStdString());
        if (!out)
            return {};
        EXPECT_FALSE(out->applied);
        EXPECT_EQ(out->versionId, 0);
        EXPECT_FALSE(out->diff.errors.isEmpty());
        for (const Error &e : out->diff.errors)
            EXPECT_FALSE(e.location.isEmpty()) << e.toString().toStdString();
        EXPECT_EQ(sgl::testing::snapshot(*m_db), before) << "catalogue changed by a refused import";
        return out->diff.errors;
    }

    static CatalogueImportRequest csvRequest(const QByteArray &data, const QString &name = QStringLiteral("import.csv"))
    {
        CatalogueImportRequest r;
        r.data = data;
        r.sourceName = name;
        return r;
    }
};

QByteArray replaceInRow(QByteArray csv, const QByteArray &code, int column, const QByteArray &value)
{
    QList<QByteArray> lines = csv.split('\n');
    for (QByteArray &l : lines) {
        QList<QByteArray> f = l.split(';');
        if (f.size() > 9 && f[9] == code) {
            f[column] = value;
            l = f.join(';');
        }
    }
    return lines.join('\n');
}

} // namespace

TEST_P(CatalogueImportTest, ImportsDemoCatalogueThenReimportChangesNothing)
{
    int lastDone = 0, lastTotal = 0, calls = 0;
    auto out = apply().run(sgl::testing::adminSession(), sgl::testing::demoRequest(), [&](int done, int total) {
        EXPECT_EQ(done, lastDone + 1);
        lastDone = done;
        lastTotal = total;
        ++calls;
    });
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_TRUE(out->applied);
    EXPECT_GT(out->versionId, 0);
    EXPECT_EQ(out->summary.analysesCreated, out->diff.merged.analyses.size());
    EXPECT_EQ(calls, lastTotal);
    EXPECT_EQ(lastDone, out->diff.merged.analyses.size());
    auto version = m_db->read([&](storage::ReadTx &tx) { return storage::CatalogueRepository::version(tx, out->versionId); });
    ASSERT_TRUE(version && *version);
    EXPECT_EQ((*version)->source, QStringLiteral("demo"));
    EXPECT_EQ((*version)->author, QStringLiteral("admin.test"));

    const auto before = sgl::testing::snapshot(*m_db);
    auto again = apply().run(sgl::testing::adminSession(), sgl::testing::demoRequest());
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->applied);
    EXPECT_TRUE(again->diff.errors.isEmpty());
    EXPECT_EQ(again->diff.count(CatalogueDiff::Kind::Unchanged), again->diff.merged.analyses.size());
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
}

TEST_P(CatalogueImportTest, TranscodingRoundTripUpdatesLoincOnly)
{
    importDemo();
    QByteArray csv = exportCsv();
    csv = replaceInRow(csv, "HB", 23, "20509-6");
    csv = replaceInRow(csv, "HB", 10, "Libellé changé par le prestataire");
    CatalogueImportRequest r = csvRequest(csv, QStringLiteral("retour-transcodage.csv"));
    r.mode = CatalogueDiff::Mode::Transcoding;
    auto preview = PreviewCatalogueImport(*m_db, sgl::testing::catalogueValidator()).run(sgl::testing::adminSession(), r);
    ASSERT_TRUE(preview);
    EXPECT_EQ(preview->count(CatalogueDiff::Kind::Changed), 1);
    const auto beforeApply = sgl::testing::snapshot(*m_db);
    auto out = apply().run(sgl::testing::adminSession(), r);
    ASSERT_TRUE(out);
    ASSERT_TRUE(out->applied);
    EXPECT_EQ(out->summary.analysesUpdated, 1);
    EXPECT_GT(out->versionId, beforeApply.versionId);
    auto hb = m_db->read([](storage::ReadTx &tx) { return storage::CatalogueRepository::currentAnalysis(tx, QStringLiteral("HB")); });
    ASSERT_TRUE(hb && *hb);
    EXPECT_EQ((*hb)->loinc, QStringLiteral("20509-6"));
    EXPECT_EQ((*hb)->label, QStringLiteral("Hémoglobine")); // transcoding takes the LOINC column only
    EXPECT_EQ((*hb)->ranges.size(), 4);
}

TEST_P(CatalogueImportTest, FhirRoundTripThroughTheDatabase)
{
    importDemo();
    auto json = ExportCatalogue(*m_db, LoincSubset()).run(ExportCatalogue::Format::Fhir);
    ASSERT_TRUE(json);
    CatalogueImportRequest r;
    r.format = CatalogueImportRequest::guessFormat(QStringLiteral("cat.json"), *json);
    ASSERT_EQ(r.format, CatalogueImportRequest::Format::Fhir);
    r.data = *json;
    r.sourceName = QStringLiteral("cat.json");
    auto out = apply().run(sgl::testing::adminSession(), r);
    ASSERT_TRUE(out);
    EXPECT_TRUE(out->diff.errors.isEmpty()) << out->diff.errors.front().toString().toStdString();
    EXPECT_FALSE(out->applied); // identical: nothing to write
    EXPECT_EQ(out->diff.count(CatalogueDiff::Kind::Unchanged), out->diff.merged.analyses.size());
}

TEST_P(CatalogueImportTest, RefusesBadEncodingAndListsLines)
{
    importDemo();
    QByteArray csv = exportCsv();
    // Two labels start with "Hémoglobine" (HB, HBA1C): both lines are named.
    csv.replace("Hémoglobine", "H\xE9moglobine");
    const auto errors = refused(csvRequest(csv));
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors[0].code, QStringLiteral("catalogue.csv_encoding"));
    EXPECT_EQ(errors[0].location, QStringLiteral("import.csv:4"));
    EXPECT_EQ(errors[1].code, QStringLiteral("catalogue.csv_encoding"));
    EXPECT_NE(errors[1].location, errors[0].location);
}

TEST_P(CatalogueImportTest, RefusesMissingColumn)
{
    importDemo();
    QByteArray csv = exportCsv();
    csv.replace(";specimen;", ";prelevement;");
    const auto errors = refused(csvRequest(csv));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].code, QStringLiteral("catalogue.csv_missing_column"));
    EXPECT_EQ(errors[0].location, QStringLiteral("import.csv:1"));
}

TEST_P(CatalogueImportTest, RefusesDuplicateLocalCode)
{
    importDemo();
    QByteArray csv = exportCsv();
    csv = replaceInRow(csv, "GR", 9, "GB");
    const auto errors = refused(csvRequest(csv));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].code, QStringLiteral("catalogue.duplicate_code"));
    EXPECT_EQ(errors[0].location, QStringLiteral("import.csv:3"));
}

TEST_P(CatalogueImportTest, RefusesBadCheckDigitAndUnknownUnitListingAll)
{
    importDemo();
    QByteArray csv = exportCsv();
    csv = replaceInRow(csv, "HB", 23, "718-8");
    csv = replaceInRow(csv, "GLU", 13, "mmol/dm");
    csv = replaceInRow(csv, "CRP", 13, "mg/ L");
    CatalogueImportRequest r = csvRequest(csv);
    const auto errors = refused(r);
    QStringList codes;
    for (const Error &e : errors)
        codes << e.code;
    EXPECT_EQ(codes, (QStringList{QStringLiteral("loinc.check_digit"), QStringLiteral("ucum.unknown"),
                                  QStringLiteral("ucum.syntax")}));
    EXPECT_TRUE(errors[0].location.startsWith(QStringLiteral("import.csv:4, analyse HB")));
    // The same file in transcoding mode still refuses the check digit (unit column ignored).
    r.mode = CatalogueDiff::Mode::Transcoding;
    const auto transcoding = refused(r);
    ASSERT_EQ(transcoding.size(), 1);
    EXPECT_EQ(transcoding[0].code, QStringLiteral("loinc.check_digit"));
}

TEST_P(CatalogueImportTest, RefusesInvalidOrUnexpectedFhir)
{
    importDemo();
    CatalogueImportRequest r;
    r.format = CatalogueImportRequest::Format::Fhir;
    r.sourceName = QStringLiteral("b.json");
    r.data = "{\"resourceType\": \"Bundle\", \"entry\": [";
    auto errors = refused(r);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].code, QStringLiteral("catalogue.fhir_json"));
    r.data = R"({"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Observation"}}]})";
    errors = refused(r);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].location, QStringLiteral("b.json#Bundle.entry[0].resource.resourceType"));
}

TEST_P(CatalogueImportTest, StorageFailureMidImportRollsEverythingBack)
{
    // A trigger makes the database refuse one analysis after many rows were written: the
    // import must leave no version, no chapter, no analysis behind.
    const bool sqlite = m_db->dialect().kind() == storage::Dialect::Kind::Sqlite;
    if (sqlite) {
        ASSERT_TRUE(rawExec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON catalogue_analyses "
                                           "WHEN NEW.local_code = 'CREAU' BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    } else {
        ASSERT_TRUE(rawExec(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN "
                                           "IF NEW.local_code = 'CREAU' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ "
                                           "LANGUAGE plpgsql")));
        ASSERT_TRUE(rawExec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON catalogue_analyses "
                                           "FOR EACH ROW EXECUTE FUNCTION boom()")));
    }
    const auto before = sgl::testing::snapshot(*m_db);
    int progressed = 0;
    auto out = apply().run(sgl::testing::adminSession(), sgl::testing::demoRequest(), [&](int done, int) { progressed = done; });
    ASSERT_FALSE(out);
    EXPECT_GT(progressed, 40); // most rows had been written when the failure came
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
    EXPECT_EQ(before.versionId, 0);
}

TEST_P(CatalogueImportTest, RequiresCatalogueEditPermission)
{
    UserSession biologist = sgl::testing::adminSession();
    biologist.roles = {Role::Biologist};
    auto out = apply().run(biologist, sgl::testing::demoRequest());
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, QStringLiteral("auth.forbidden"));
    EXPECT_EQ(sgl::testing::snapshot(*m_db).versionId, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueImportTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
