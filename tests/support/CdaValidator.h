#pragma once

// Runs the ANS CDA conformance kit (../shared/tools/cda-validate) for the tests that rely on it.
// The kit is an independent checker: when it cannot run (exit 2: no Java, Saxon or kit, a JVM out
// of memory, an unwritable cache, a schematron that does not compile) the test fails with its
// output; it never turns into a pass or a skip. Only a missing ../shared (a user's clone) skips,
// and the skip policy makes that a failure in CI.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <gtest/gtest.h>

#include <string>

namespace sgl::testing {

/** Path of the kit runner beside the checkout. */
inline QString cdaValidatorPath()
{
    return QStringLiteral(SGL_SHARED_DIR "/tools/cda-validate");
}

/** Why the kit cannot be used here, or empty when it is present. */
inline std::string cdaValidatorMissing()
{
    if (QFileInfo(cdaValidatorPath()).isExecutable())
        return {};
    return "validateur du kit ANS absent (" + cdaValidatorPath().toStdString()
        + ") : ../shared manque, conformité non vérifiée";
}

/** What one run of the kit printed and returned. */
struct CdaValidation {
    int exitCode = -1; ///< 0 valid, 1 invalid, 2 could not run, -1 not started / timed out / crashed
    std::string output;
};

/**
 * Runs the kit on `files`. Each run gets a bounded JVM heap and a schematron cache inside the
 * build tree, so that several test binaries under `ctest -j$(nproc)` on 2 cores / 24 GB neither
 * exhaust memory nor depend on $HOME: at most 2 JVMs of 512 MiB each per run, whatever the CPU
 * count. The compiled-schematron cache is written atomically by the tool (temporary + rename),
 * so concurrent runs may share it.
 */
inline CdaValidation runCdaValidate(const QStringList &files, const QStringList &options = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString cache = QStringLiteral(SGL_BINARY_DIR "/cda-validate-cache");
    QDir().mkpath(cache);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    env.insert(QStringLiteral("CDA_VALIDATE_JAVA_OPTS"), QStringLiteral("-Xmx512m"));
    QProcess proc;
    proc.setProcessEnvironment(env);
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.start(cdaValidatorPath(),
               QStringList{QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--max-messages"),
                           QStringLiteral("20")}
                   + options + files);
    CdaValidation out;
    if (!proc.waitForStarted(10000)) {
        out.output = "impossible de lancer " + cdaValidatorPath().toStdString();
        return out;
    }
    const bool finished = proc.waitForFinished(600000);
    out.output = proc.readAll().toStdString();
    if (!finished) {
        proc.kill();
        out.output += "\n(délai de 10 min dépassé)";
        return out;
    }
    if (proc.exitStatus() == QProcess::NormalExit)
        out.exitCode = proc.exitCode();
    return out;
}

} // namespace sgl::testing
