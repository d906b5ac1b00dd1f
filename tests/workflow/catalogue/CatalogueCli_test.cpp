#include "CatalogueTestSupport.h"

#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"

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
    EXPECT_TRUE(dry.out.contains(QStringLiteral("51 nouvelle(s)"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Simulation")));
    EXPECT_EQ(sgl::testing::snapshot(*m_db).versionId, 0);

    Run applied = run(QStringLiteral("import-catalogue"), {csv, QStringLiteral("--ranges"), ranges});
    EXPECT_EQ(applied.code, cli::kExitOk) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QStringLiteral("Import appliqué"))) << applied.out.toStdString();
    EXPECT_TRUE(applied.err.contains(QStringLiteral("Import : 51/51 (100 %)"))) << applied.err.toStdString();

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
    EXPECT_TRUE(back.out.contains(QStringLiteral("0 nouvelle(s), 0 modifiée(s), 51 inchangée(s)"))) << back.out.toStdString();
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

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueCliTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
