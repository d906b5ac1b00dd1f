#include "CatalogueTestSupport.h"

#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "interop/catalogue/FhirConceptMap.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl;
using sgl::testing::Backend;

namespace {

class CatalogueCliTest : public sgl::testing::StorageTest {
protected:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QString &command, const QStringList &args)
    {
        auto cmd = cli::CommandRegistry::find(command);
        EXPECT_TRUE(cmd) << command.toStdString();
        Run r;
        if (!cmd)
            return r;
        ::testing::internal::CaptureStdout();
        ::testing::internal::CaptureStderr();
        {
            cli::CommandContext ctx(cli::Lang::Fr, m_scratch->url());
            r.code = cmd->run(ctx, args);
        }
        r.out = QString::fromStdString(::testing::internal::GetCapturedStdout());
        r.err = QString::fromStdString(::testing::internal::GetCapturedStderr());
        return r;
    }

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return path;
    }

    QTemporaryDir m_files;
};

} // namespace

TEST_P(CatalogueCliTest, ImportsExportsAndDryRuns)
{
    const QString csv = write(QStringLiteral("demo.csv"), interop::catalogue::CatalogueReferenceData::demoCatalogueCsv());
    const QString ranges = write(QStringLiteral("ranges.csv"), interop::catalogue::CatalogueReferenceData::demoRangesCsv());

    Run dry = run(QStringLiteral("import-catalogue"), {csv, QStringLiteral("--ranges"), ranges, QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.code, cli::kExitOk) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("53 nouvelle(s)"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Simulation")));
    EXPECT_EQ(sgl::testing::snapshot(*m_db).versionId, 0);

    Run applied = run(QStringLiteral("import-catalogue"), {csv, QStringLiteral("--ranges"), ranges});
    EXPECT_EQ(applied.code, cli::kExitOk) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QStringLiteral("Import appliqué"))) << applied.out.toStdString();
    EXPECT_TRUE(applied.err.contains(QStringLiteral("Import : 53/53 (100 %)"))) << applied.err.toStdString();

    const QString exported = m_files.filePath(QStringLiteral("export.csv"));
    const QString exportedRanges = m_files.filePath(QStringLiteral("export-ranges.csv"));
    Run exp = run(QStringLiteral("export-catalogue"),
                  {QStringLiteral("--output"), exported, QStringLiteral("--ranges"), exportedRanges});
    EXPECT_EQ(exp.code, cli::kExitOk) << exp.err.toStdString();
    QFile f(exported);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("Hemoglobin [Mass/volume] in Blood;verified"));

    Run fhir = run(QStringLiteral("export-catalogue"), {QStringLiteral("--format"), QStringLiteral("fhir"), QStringLiteral("--output"),
                                                        m_files.filePath(QStringLiteral("cat.json"))});
    EXPECT_EQ(fhir.code, cli::kExitOk);
    Run back = run(QStringLiteral("import-catalogue"), {m_files.filePath(QStringLiteral("cat.json")), QStringLiteral("--dry-run")});
    EXPECT_EQ(back.code, cli::kExitOk) << back.err.toStdString();
    EXPECT_TRUE(back.out.contains(QStringLiteral("0 nouvelle(s), 0 modifiée(s), 53 inchangée(s)"))) << back.out.toStdString();
}

TEST_P(CatalogueCliTest, RefusedImportListsProblemsAndExitsRejected)
{
    QByteArray data = interop::catalogue::CatalogueReferenceData::demoCatalogueCsv();
    data.replace(";718-7\r\n", ";718-8\r\n");
    data.replace(";fL;", ";fl;");
    const QString csv = write(QStringLiteral("bad.csv"), data);
    Run r = run(QStringLiteral("import-catalogue"), {csv});
    EXPECT_EQ(r.code, cli::kExitRejected);
    EXPECT_TRUE(r.err.contains(QStringLiteral("[loinc.check_digit]"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("bad.csv:4"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("[ucum.unknown]"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("catalogue inchangé")));
    EXPECT_EQ(sgl::testing::snapshot(*m_db).versionId, 0);

    // --author must name an existing administrator.
    Run author = run(QStringLiteral("import-catalogue"), {csv, QStringLiteral("--author"), QStringLiteral("nobody")});
    EXPECT_EQ(author.code, cli::kExitRejected) << author.err.toStdString();
    EXPECT_TRUE(author.err.contains(QStringLiteral("nobody")));

    Run usage = run(QStringLiteral("import-catalogue"), {});
    EXPECT_EQ(usage.code, cli::kExitUsage);
    Run missing = run(QStringLiteral("import-catalogue"), {m_files.filePath(QStringLiteral("absent.csv"))});
    EXPECT_NE(missing.code, cli::kExitOk);
}

TEST_P(CatalogueCliTest, ExportsAConceptMapAndReimportsTheProviderReturn)
{
    const QString csv = write(QStringLiteral("demo.csv"), interop::catalogue::CatalogueReferenceData::demoCatalogueCsv());
    ASSERT_EQ(run(QStringLiteral("import-catalogue"), {csv}).code, cli::kExitOk);
    const qint64 versionBefore = sgl::testing::snapshot(*m_db).versionId;

    const QString mapPath = m_files.filePath(QStringLiteral("map.json"));
    Run exp = run(QStringLiteral("export-catalogue"), {QStringLiteral("--format"), QStringLiteral("conceptmap"),
                                                       QStringLiteral("--canonical-base"), QStringLiteral("https://labo.example.fr/fhir"),
                                                       QStringLiteral("--output"), mapPath});
    ASSERT_EQ(exp.code, cli::kExitOk) << exp.err.toStdString();
    QFile f(mapPath);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray map = f.readAll();
    EXPECT_TRUE(map.contains("\"resourceType\": \"ConceptMap\""));
    EXPECT_TRUE(map.contains("\"url\": \"https://labo.example.fr/fhir/ConceptMap/sgl-analysis-loinc\""));
    EXPECT_TRUE(map.contains(QStringLiteral("\"version\": \"%1\"").arg(versionBefore).toUtf8())) << "catalogue version";

    // Unchanged map: auto-detected, transcoding mode implied, nothing to change.
    Run same = run(QStringLiteral("import-catalogue"), {mapPath, QStringLiteral("--dry-run")});
    EXPECT_EQ(same.code, cli::kExitOk) << same.err.toStdString();
    EXPECT_TRUE(same.out.contains(QStringLiteral("0 nouvelle(s), 0 modifiée(s), 53 inchangée(s)"))) << same.out.toStdString();
    EXPECT_TRUE(same.out.contains(QStringLiteral("mode transcodage"))) << "the implied mode is stated";

    // The provider's correction is applied atomically as a FHIR import.
    const QString back = write(QStringLiteral("retour.json"), QByteArray(map).replace("\"718-7\"", "\"20509-6\""));
    Run applied = run(QStringLiteral("import-catalogue"), {back, QStringLiteral("--reason"), QStringLiteral("retour ConceptMap")});
    EXPECT_EQ(applied.code, cli::kExitOk) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QStringLiteral("1 modifiée(s)"))) << applied.out.toStdString();
    EXPECT_TRUE(applied.out.contains(QStringLiteral("LOINC 718-7 -> 20509-6"))) << applied.out.toStdString();
    auto version = m_db->read([](storage::ReadTx &tx) -> domain::Result<std::optional<domain::CatalogueVersion>> {
        auto id = storage::CatalogueRepository::currentVersionId(tx);
        if (!id)
            return std::unexpected(id.error());
        return storage::CatalogueRepository::version(tx, *id);
    });
    ASSERT_TRUE(version && *version);
    EXPECT_EQ((*version)->source, QStringLiteral("import-fhir"));
    EXPECT_EQ((*version)->reason, QStringLiteral("retour ConceptMap"));
    auto hb = m_db->read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
    ASSERT_TRUE(hb);
    EXPECT_EQ(hb->analysis(QStringLiteral("HB"))->loinc, QStringLiteral("20509-6"));
    EXPECT_EQ(hb->analysis(QStringLiteral("HB"))->label, QStringLiteral("Hémoglobine"));
}

TEST_P(CatalogueCliTest, RefusesBadConceptMapsAndOptions)
{
    const QString csv = write(QStringLiteral("demo.csv"), interop::catalogue::CatalogueReferenceData::demoCatalogueCsv());
    ASSERT_EQ(run(QStringLiteral("import-catalogue"), {csv}).code, cli::kExitOk);
    const auto before = sgl::testing::snapshot(*m_db);
    const QString mapPath = m_files.filePath(QStringLiteral("map.json"));
    ASSERT_EQ(run(QStringLiteral("export-catalogue"), {QStringLiteral("--format"), QStringLiteral("conceptmap"),
                                                       QStringLiteral("--output"), mapPath}).code, cli::kExitOk);
    QFile f(mapPath);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray map = f.readAll();
    EXPECT_TRUE(map.contains("https://sgl.invalid/fhir/ConceptMap/sgl-analysis-loinc")) << "reserved base by default";

    // Wrong target system and a bad check digit: every problem listed, nothing changed.
    QByteArray bad = map;
    bad.replace("\"targetUri\": \"http://loinc.org\"", "\"targetUri\": \"http://snomed.info/sct\"");
    bad.replace("\"718-7\"", "\"718-8\"");
    const QString badPath = write(QStringLiteral("bad.json"), bad);
    Run r = run(QStringLiteral("import-catalogue"), {badPath});
    EXPECT_EQ(r.code, cli::kExitRejected);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bad.json#ConceptMap.targetUri"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("catalogue inchangé")));
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);

    QByteArray digit = map;
    digit.replace("\"718-7\"", "\"718-8\"");
    Run d = run(QStringLiteral("import-catalogue"), {write(QStringLiteral("digit.json"), digit)});
    EXPECT_EQ(d.code, cli::kExitRejected);
    EXPECT_TRUE(d.err.contains(QStringLiteral("[loinc.check_digit]"))) << d.err.toStdString();
    EXPECT_TRUE(d.err.contains(QStringLiteral("digit.json#ConceptMap.group[0].element["))) << d.err.toStdString();
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);

    // --format conceptmap on a Bundle, --format fhir on a ConceptMap: refused with the reason.
    const QString bundle = m_files.filePath(QStringLiteral("cat.json"));
    ASSERT_EQ(run(QStringLiteral("export-catalogue"), {QStringLiteral("--format"), QStringLiteral("fhir"),
                                                       QStringLiteral("--output"), bundle}).code, cli::kExitOk);
    Run wrong = run(QStringLiteral("import-catalogue"), {bundle, QStringLiteral("--format"), QStringLiteral("conceptmap")});
    EXPECT_EQ(wrong.code, cli::kExitRejected);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("ConceptMap"))) << wrong.err.toStdString();
    Run wrong2 = run(QStringLiteral("import-catalogue"), {mapPath, QStringLiteral("--format"), QStringLiteral("fhir")});
    EXPECT_EQ(wrong2.code, cli::kExitRejected);
    EXPECT_TRUE(wrong2.err.contains(QStringLiteral("Bundle"))) << wrong2.err.toStdString();
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);

    // Usage errors.
    EXPECT_EQ(run(QStringLiteral("export-catalogue"), {QStringLiteral("--format"), QStringLiteral("conceptmap"),
                                                       QStringLiteral("--canonical-base"), QStringLiteral("labo.example.fr")}).code,
              cli::kExitUsage);
    EXPECT_EQ(run(QStringLiteral("export-catalogue"), {QStringLiteral("--canonical-base"), QStringLiteral("https://labo.example.fr/fhir")}).code,
              cli::kExitUsage) << "--canonical-base only with conceptmap";
    EXPECT_EQ(run(QStringLiteral("export-catalogue"), {QStringLiteral("--format"), QStringLiteral("conceptmap"),
                                                       QStringLiteral("--ranges"), m_files.filePath(QStringLiteral("r.csv"))}).code,
              cli::kExitUsage);
    EXPECT_EQ(run(QStringLiteral("export-catalogue"), {QStringLiteral("--format"), QStringLiteral("xml")}).code, cli::kExitUsage);
    EXPECT_EQ(run(QStringLiteral("import-catalogue"), {mapPath, QStringLiteral("--ranges"), csv}).code, cli::kExitUsage);
    EXPECT_EQ(run(QStringLiteral("import-catalogue"), {mapPath, QStringLiteral("--format"), QStringLiteral("xml")}).code, cli::kExitUsage);
}

TEST_P(CatalogueCliTest, ConceptMapIsRefusedOutsideTranscodingThroughTheApi)
{
    const QByteArray map = interop::catalogue::FhirConceptMap::write(
        interop::catalogue::CatalogueReferenceData::demoCatalogue().catalogue, domain::LoincSubset());
    workflow::CatalogueImportRequest request;
    request.format = workflow::CatalogueImportRequest::guessFormat(QStringLiteral("m.json"), map);
    request.data = map;
    request.sourceName = QStringLiteral("m.json");
    ASSERT_TRUE(request.isConceptMap());
    auto outcome = workflow::ApplyCatalogueImport(*m_db, sgl::testing::catalogueValidator()).run(sgl::testing::adminSession(), request);
    ASSERT_TRUE(outcome);
    EXPECT_FALSE(outcome->applied);
    ASSERT_EQ(outcome->diff.errors.size(), 1);
    EXPECT_EQ(outcome->diff.errors[0].code, QStringLiteral("catalogue.conceptmap_mode"));
    EXPECT_EQ(sgl::testing::snapshot(*m_db).versionId, 0) << "a ConceptMap never creates analyses";

    // A ranges companion only goes with a CSV, whatever the caller.
    request.mode = interop::catalogue::CatalogueDiff::Mode::Transcoding;
    request.rangesCsv = interop::catalogue::CatalogueReferenceData::demoRangesCsv();
    request.rangesSourceName = QStringLiteral("r.csv");
    const auto parsed = request.parse();
    ASSERT_EQ(parsed.errors.size(), 1);
    EXPECT_EQ(parsed.errors[0].code, QStringLiteral("catalogue.ranges_with_fhir"));
    request.rangesCsv.clear();
    EXPECT_TRUE(request.parse().errors.isEmpty()) << "transcoding mode reads the map";
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueCliTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
