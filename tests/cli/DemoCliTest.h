#pragma once

// What the command-line tests share: the real `sgl` run in a clean environment, and a fixture
// holding a demo database (init-db + demo-seed) on the backend of the test parameter.

#include "../storage/StorageFixture.h"

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace sgl::testing {

/** Exit code (-1 when it crashed), standard output and standard error of one `sgl` run. */
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

/**
 * Runs SGL_CLI_PATH with `args`: no SGL_DB_URL/SGL_CONFIG/SGL_SIGNER_PASSWORD inherited, French
 * locale, configuration and data under `home`, `extraEnv` added, `input` on its standard input.
 */
inline CliRun runSgl(const QString &home, const QStringList &args, const QByteArray &input = {},
                     const QHash<QString, QString> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SGL_DB_URL"));
    env.remove(QStringLiteral("SGL_CONFIG"));
    env.remove(QStringLiteral("SGL_SIGNER_PASSWORD"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SGL_CLI_PATH), args);
    EXPECT_TRUE(p.waitForStarted());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/**
 * A demo database on the parameter's backend (skipped with ScratchDatabase's reason when
 * PostgreSQL cannot be reached); `m_db` is the `--db=` argument, `m_url` its URL.
 */
class DemoCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_scratch = std::make_unique<ScratchDatabase>(GetParam());
        if (!m_scratch->skipReason.empty())
            GTEST_SKIP() << m_scratch->skipReason;
        m_url = m_scratch->url();
        m_db = QStringLiteral("--db=") + m_url;
        auto init = sgl({QStringLiteral("init-db"), m_db});
        ASSERT_EQ(init.code, 0) << init.err.toStdString();
        auto seed = sgl({QStringLiteral("demo-seed"), m_db});
        ASSERT_EQ(seed.code, 0) << seed.err.toStdString();
    }

    CliRun sgl(const QStringList &args, const QByteArray &input = {}, const QHash<QString, QString> &env = {})
    {
        return runSgl(m_home.path(), args, input, env);
    }

    QTemporaryDir m_home;
    std::unique_ptr<ScratchDatabase> m_scratch;
    QString m_url;
    QString m_db;
};

} // namespace sgl::testing
