#include "CdaScenarios.h"

#include "interop/cda/CdaN1Writer.h"
#include "interop/cda/CdaN3Writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::interop::cda;

namespace {

QString validator() { return QStringLiteral(SGL_SHARED_DIR "/tools/cda-validate"); }

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

// Every scenario, N3 and N1, goes through the ANS kit (XSD + 6 schematron layers) in one run.
TEST(CdaConformance, EveryScenarioPassesTheAnsKit)
{
    if (!QFileInfo(validator()).isExecutable())
        GTEST_SKIP() << "ANS kit validator not found at " << validator().toStdString()
                     << " (../shared absent): conformance not checked";
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
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.start(validator(), QStringList{QStringLiteral("-q"), QStringLiteral("--max-messages"), QStringLiteral("20")} + files);
    ASSERT_TRUE(proc.waitForStarted(10000)) << "cannot start " << validator().toStdString();
    ASSERT_TRUE(proc.waitForFinished(300000)) << "validator timed out";
    const QByteArray output = proc.readAll();
    if (proc.exitCode() == 2)
        GTEST_SKIP() << "cda-validate could not run (java/saxon/kit missing?):\n" << output.toStdString();
    EXPECT_EQ(proc.exitCode(), 0) << output.toStdString();
}
