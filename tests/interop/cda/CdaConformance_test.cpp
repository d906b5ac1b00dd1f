#include "CdaScenarios.h"
#include "CdaTestFixtures.h"
#include "CdaValidator.h"

#include "interop/cda/CdaN1Writer.h"
#include "interop/cda/CdaN3Writer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::interop::cda;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

// Every scenario, N3 and N1, goes through the ANS kit (XSD + 6 schematron layers) in one run.
TEST(CdaConformance, EveryScenarioPassesTheAnsKit)
{
    if (const auto missing = sgl::testing::cdaValidatorMissing(); !missing.empty())
        GTEST_SKIP() << missing;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString keep = qEnvironmentVariable("SGL_CDA_KEEP_DIR");
    const QString outDir = keep.isEmpty() ? dir.path() : keep;
    QDir().mkpath(outDir);
    QStringList files;
    const auto scenarios = test::cdaScenarios();
    // With the kit present, the four imported ANS examples must be part of the run.
    EXPECT_EQ(std::count_if(scenarios.begin(), scenarios.end(),
                            [](const test::CdaScenario &s) { return s.name.startsWith(QStringLiteral("merged-")); }),
              4);
    for (const auto &scenario : scenarios) {
        auto n3 = CdaN3Writer::write(scenario.content);
        ASSERT_TRUE(n3.has_value()) << scenario.name.toStdString() << ": " << n3.error().message.toStdString();
        const QString n3Path = outDir + QStringLiteral("/%1-n3.xml").arg(scenario.name);
        ASSERT_TRUE(writeFile(n3Path, *n3));
        files << n3Path;
        auto n1 = CdaN1Writer::write(scenario.content);
        ASSERT_TRUE(n1.has_value()) << scenario.name.toStdString() << ": " << n1.error().message.toStdString();
        const QString n1Path = outDir + QStringLiteral("/%1-n1.xml").arg(scenario.name);
        ASSERT_TRUE(writeFile(n1Path, *n1));
        files << n1Path;
    }
    const auto run = sgl::testing::runCdaValidate(files, {QStringLiteral("-q")});
    // Exit 2 (the kit could not run) is a failure like any other, with the kit's output.
    EXPECT_EQ(run.exitCode, 0) << run.output;
}

// Negative control: the kit that the test above relies on does refuse a broken CR-BIO, and names
// the layer that refuses it: one document breaks the CDA schema, another only the CR-BIO volet
// (its mandatory PDF copy section removed).
TEST(CdaConformance, TheKitRefusesBrokenDocumentsNamingTheLayer)
{
    if (const auto missing = sgl::testing::cdaValidatorMissing(); !missing.empty())
        GTEST_SKIP() << missing;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto n3 = CdaN3Writer::write(test::sampleReport());
    ASSERT_TRUE(n3.has_value()) << n3.error().message.toStdString();

    QByteArray schemaBroken = *n3;
    const qsizetype title = schemaBroken.indexOf("<title>");
    ASSERT_GT(title, 0);
    schemaBroken.insert(title, "<elementInconnu>x</elementInconnu>");
    const QString schemaPath = dir.filePath(QStringLiteral("schema-casse.xml"));
    ASSERT_TRUE(writeFile(schemaPath, schemaBroken));
    const auto schema = sgl::testing::runCdaValidate({schemaPath});
    EXPECT_EQ(schema.exitCode, 1) << schema.output;
    EXPECT_NE(schema.output.find("INVALID"), std::string::npos) << schema.output;
    EXPECT_NE(schema.output.find("elementInconnu"), std::string::npos) << schema.output;
    EXPECT_NE(schema.output.find("XML schema"), std::string::npos) << schema.output;

    // Remove the FR-Document-PDF-copie section (templateId 1.2.250.1.213.1.1.2.243): still valid
    // XML for the schema, refused by the CR-BIO volet.
    QByteArray volet = *n3;
    const qsizetype templ = volet.indexOf("1.2.250.1.213.1.1.2.243");
    ASSERT_GT(templ, 0);
    const qsizetype start = volet.lastIndexOf("<component><section>", templ);
    const QByteArray close = "</section></component>";
    const qsizetype end = volet.indexOf(close, templ);
    ASSERT_GT(start, 0);
    ASSERT_GT(end, templ);
    volet.remove(start, end + close.size() - start);
    ASSERT_FALSE(volet.contains("1.2.250.1.213.1.1.2.243"));
    const QString voletPath = dir.filePath(QStringLiteral("sans-copie-pdf.xml"));
    ASSERT_TRUE(writeFile(voletPath, volet));
    const auto crbio = sgl::testing::runCdaValidate({voletPath});
    EXPECT_EQ(crbio.exitCode, 1) << crbio.output;
    EXPECT_NE(crbio.output.find("Volet CR-BIO 2024.01             FAIL"), std::string::npos) << crbio.output;
    EXPECT_NE(crbio.output.find("1.2.250.1.213.1.1.2.243"), std::string::npos) << crbio.output;
}
