// An independent client: Python's smtplib and imaplib (Debian python3) against the simulator.
#include "MssSimTestEnv.h"

#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

TEST(MssPythonClient, SmtplibAndImaplibAreServed)
{
    MssSimTestEnv &env = MssSimTestEnv::instance();
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        GTEST_SKIP() << "python3 absent: the independent client test needs it";
    QProcess p;
    // The "small" simulator wants a password for LOGIN / AUTH PLAIN: both are exercised.
    p.start(python, {QStringLiteral(SGL_MSS_PYTHON_CLIENT), QString::number(env.small().smtpPort()),
                     QString::number(env.small().imapPort()), env.pki("ca.pem"), env.pki("mail-client.pem"),
                     env.pki("mail-client.key.pem"), MssSimTestEnv::lab(),
                     QStringLiteral("dr.python@cabinet-test.mssante.fr"), QStringLiteral("s3cret")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitCode(), 0) << out.toStdString() << err.toStdString();
    for (const char *step : {"mail-before-starttls-refused", "auth-plain", "sent", "no-certificate-refused", "login",
                             "mdn-fetched", "flag-kept"})
        EXPECT_TRUE(out.contains(QStringLiteral("ok %1\n").arg(QLatin1StringView(step)))) << step << "\n"
                                                                                         << out.toStdString()
                                                                                         << err.toStdString();
    EXPECT_EQ(env.small().store().messages(QStringLiteral("dr.python@cabinet-test.mssante.fr")).size(), 1);
}
