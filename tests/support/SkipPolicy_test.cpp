// The skip policy of every test binary (SkipPolicy.h), checked on a real binary built with the
// same main(): a skip fails the run when skips are forbidden, is reported (exit 77, ctest's
// "Skipped") otherwise, and a failure stays a failure whatever the mode.

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

#include <initializer_list>
#include <utility>

namespace {

struct ProbeRun {
    int exitCode = -1;
    QString errors;
    QString output;
};

ProbeRun runProbe(const char *filter, std::initializer_list<std::pair<const char *, const char *>> env)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"CI", "SGL_TEST_STRICT", "SGL_ALLOW_SKIPS"})
        e.remove(QString::fromLatin1(name));
    for (const auto &[name, value] : env)
        e.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(SGL_SKIP_PROBE_PATH), {QStringLiteral("--gtest_filter=Probe.") + QString::fromLatin1(filter)});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError()), QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

TEST(SkipPolicy, PassingTestExitsZeroInEveryMode)
{
    EXPECT_EQ(runProbe("Passes", {}).exitCode, 0);
    EXPECT_EQ(runProbe("Passes", {{"CI", "true"}}).exitCode, 0);
    EXPECT_EQ(runProbe("Passes", {{"SGL_TEST_STRICT", "1"}}).exitCode, 0);
}

TEST(SkipPolicy, SkipFailsInCiWithItsNameAndReason)
{
    const ProbeRun ci = runProbe("Skips", {{"CI", "true"}});
    EXPECT_EQ(ci.exitCode, 1);
    EXPECT_TRUE(ci.errors.contains(QStringLiteral("INTERDIT"))) << ci.errors.toStdString();
    EXPECT_TRUE(ci.errors.contains(QStringLiteral("Probe.Skips"))) << ci.errors.toStdString();
    EXPECT_TRUE(ci.errors.contains(QStringLiteral("ressource absente pour la sonde"))) << ci.errors.toStdString();
    // ctest marks any output holding "[  SKIPPED ]" as skipped whatever the exit code: strict mode
    // must not print it.
    EXPECT_FALSE(ci.output.contains(QStringLiteral("[  SKIPPED ]"))) << ci.output.toStdString();
    EXPECT_TRUE(ci.output.contains(QStringLiteral("[ INTERDIT ] Probe.Skips"))) << ci.output.toStdString();
    EXPECT_EQ(runProbe("Skips", {{"SGL_TEST_STRICT", "1"}}).exitCode, 1);
    EXPECT_EQ(runProbe("Skips", {{"CI", "1"}}).exitCode, 1);
}

TEST(SkipPolicy, SkipIsReportedNotPassedOutsideCi)
{
    const ProbeRun local = runProbe("Skips", {});
    EXPECT_EQ(local.exitCode, 77);
    EXPECT_TRUE(local.output.contains(QStringLiteral("[  SKIPPED ] Probe.Skips"))) << local.output.toStdString();
    EXPECT_TRUE(local.errors.contains(QStringLiteral("test ignoré : Probe.Skips"))) << local.errors.toStdString();
    EXPECT_TRUE(local.errors.contains(QStringLiteral("ressource absente pour la sonde"))) << local.errors.toStdString();
    EXPECT_EQ(runProbe("Skips", {{"CI", "false"}}).exitCode, 77);
    EXPECT_EQ(runProbe("Skips", {{"CI", "0"}}).exitCode, 77);
    // A user's clone without ../shared opts out explicitly, even under CI.
    EXPECT_EQ(runProbe("Skips", {{"CI", "true"}, {"SGL_ALLOW_SKIPS", "1"}}).exitCode, 77);
}

TEST(SkipPolicy, FailureStaysAFailureWhenAnotherTestSkips)
{
    EXPECT_EQ(runProbe("Fails", {}).exitCode, 1);
    EXPECT_EQ(runProbe("Fails", {{"SGL_ALLOW_SKIPS", "1"}}).exitCode, 1);
    EXPECT_EQ(runProbe("Fails:Probe.Skips", {}).exitCode, 1);
    EXPECT_EQ(runProbe("Fails:Probe.Skips", {{"CI", "true"}}).exitCode, 1);
}
