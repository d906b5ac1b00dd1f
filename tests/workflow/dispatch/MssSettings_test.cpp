// The [mssante] settings and the product registry built from them: a configured box registers
// both MSSanté channels; a wrong setting registers none and says why; no setting, no sender.
#include "workflow/dispatch/MssSettings.h"
#include "workflow/dispatch/ProductSenders.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl;
using workflow::dispatch::MssSettings;

namespace {

QString writeConfig(const QTemporaryDir &dir, const QString &body)
{
    const QString path = dir.filePath(u"sgl.conf"_s);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(body.toUtf8());
    return path;
}

QString touch(const QTemporaryDir &dir, const QString &name)
{
    QFile f(dir.filePath(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("-----BEGIN CERTIFICATE-----\n");
    return f.fileName();
}

} // namespace

TEST(MssSettings, ReadsTheMssanteSection)
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, u"[database]\nurl=sqlite:///x\n[mssante]\nsmtp_url=smtp://mss.example:587\n"
                                          "imap_url=imap://mss.example:143\nmailbox=labo@labo.mssante.fr\n"
                                          "certificate=/c.pem\nkey=/k.pem\nca=/ca.pem\nimap_password=secret\n"
                                          "laboratory_name=Laboratoire Test\nsource_oid=1.2.3\nnil_reference=NIL\n"
                                          "timeout_seconds=12\n"_s);
    const MssSettings s = MssSettings::fromFile(path);
    EXPECT_TRUE(s.configured());
    EXPECT_EQ(s.client.smtpUrl, u"smtp://mss.example:587"_s);
    EXPECT_EQ(s.client.imapUrl, u"imap://mss.example:143"_s);
    EXPECT_EQ(s.client.mailbox, u"labo@labo.mssante.fr"_s);
    EXPECT_EQ(s.client.certificatePath, u"/c.pem"_s);
    EXPECT_EQ(s.client.privateKeyPath, u"/k.pem"_s);
    EXPECT_EQ(s.client.caBundlePath, u"/ca.pem"_s);
    EXPECT_EQ(s.client.imapPassword, u"secret"_s);
    EXPECT_EQ(s.client.timeoutMs, 12000);
    EXPECT_EQ(s.laboratoryName, u"Laboratoire Test"_s);
    EXPECT_EQ(s.sourceOid, u"1.2.3"_s);
    EXPECT_EQ(s.nilReference, u"NIL"_s);
    EXPECT_FALSE(MssSettings::fromFile(dir.filePath(u"absent.conf"_s)).configured());
}

TEST(MssSettings, ProductSendersRegisterBothChannelsOnlyWhenTheSettingsAreUsable)
{
    QTemporaryDir dir;
    const QString cert = touch(dir, u"c.pem"_s);
    const QString key = touch(dir, u"k.pem"_s);
    const QString ca = touch(dir, u"ca.pem"_s);
    const QString good = writeConfig(dir, u"[mssante]\nsmtp_url=smtp://mss.example:587\nmailbox=labo@labo.mssante.fr\n"
                                          "certificate=%1\nkey=%2\nca=%3\n"_s.arg(cert, key, ca));
    QStringList problems;
    auto registry = workflow::dispatch::productSenders(good, &problems);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"\n"_s).toStdString();
    EXPECT_EQ(registry.channels(), (QList<domain::Channel>{domain::Channel::MssPro, domain::Channel::MssPatient}));

    const QString noCert = writeConfig(dir, u"[mssante]\nsmtp_url=smtp://mss.example:587\nmailbox=labo@labo.mssante.fr\n"
                                            "certificate=%1/absent.pem\nkey=%2\nca=%3\n"_s.arg(dir.path(), key, ca));
    problems.clear();
    registry = workflow::dispatch::productSenders(noCert, &problems);
    EXPECT_TRUE(registry.isEmpty());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(u"Certificat"_s)) << problems[0].toStdString();

    const QString badUrl = writeConfig(dir, u"[mssante]\nsmtp_url=http://mss.example\nmailbox=labo@labo.mssante.fr\n"
                                            "certificate=%1\nkey=%2\nca=%3\n"_s.arg(cert, key, ca));
    problems.clear();
    EXPECT_TRUE(workflow::dispatch::productSenders(badUrl, &problems).isEmpty());
    EXPECT_EQ(problems.size(), 1);

    const QString none = writeConfig(dir, u"[database]\nurl=sqlite:///x\n"_s);
    problems.clear();
    EXPECT_TRUE(workflow::dispatch::productSenders(none, &problems).isEmpty());
    EXPECT_TRUE(problems.isEmpty());
}
