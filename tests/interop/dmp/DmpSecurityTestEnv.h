#pragma once

#include "interop/dmp/SignedDmpSecurity.h"
#include "interop/dmp/VihfProfile.h"
#include "interop/xml/XmlSigningKey.h"
#include "simulators/pki/RsaTestPki.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

/** A test PKI generated once per binary, a complete synthetic VIHF profile, file helpers. */
class DmpSecurityTestEnv : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // One PKI for every test process of the build (RSA key generation is slow on a shared machine).
        pkiOk = sgl::simulators::pki::RsaTestPki::ensure(pkiDir).has_value();
    }
    static QString pki(const char *name) { return sgl::simulators::pki::RsaTestPki::file(pkiDir, name); }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QByteArray shared(const char *relative)
    {
        return readFile(QStringLiteral(SGL_SHARED_DIR "/dmp-mss-material/") + QString::fromLatin1(relative));
    }
    static sgl::interop::xml::XmlSigningKey key(const char *base)
    {
        const QByteArray b(base);
        return {readFile(pki((b + ".key.pem").constData())), readFile(pki((b + ".pem").constData())), {}};
    }
    static sgl::interop::dmp::VihfProfile profile()
    {
        sgl::interop::dmp::VihfProfile p;
        p.nameId = QStringLiteral("10B0152872/RESP-BIO-TEST");
        p.structureId = QStringLiteral("10B0152872");
        p.subjectId = QStringLiteral("SGL,SGL,Biologie médicale");
        p.lpsId = QStringLiteral("1.2.250.1.999.9.1");
        p.lpsVersion = QStringLiteral("0.1.0");
        p.lpsHomologationId = QStringLiteral("TEST-HOMOLOGATION");
        return p;
    }
    static std::unique_ptr<sgl::interop::dmp::SignedDmpSecurity> security(const char *base = "org",
                                                                          sgl::interop::dmp::SignedDmpSecurity::Clock clock = {})
    {
        auto s = sgl::interop::dmp::SignedDmpSecurity::create(profile(), key(base), std::move(clock));
        EXPECT_TRUE(s.has_value()) << (s ? "" : s.error().toString().toStdString());
        return s ? std::move(*s) : nullptr;
    }
    /** Runs `xmlsec1 args` on xml written to a file; {-1, reason} when the CLI is absent. */
    static std::pair<int, QString> xmlsec1(QStringList args, const QByteArray &xml)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xmlsec1")).isEmpty())
            return {-1, QStringLiteral("xmlsec1 CLI absent (Debian package xmlsec1)")};
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("in.xml")));
        if (!f.open(QIODevice::WriteOnly))
            return {-1, QStringLiteral("temp file")};
        f.write(xml);
        f.close();
        args.append(f.fileName());
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("xmlsec1"), args);
        p.waitForFinished(30000);
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }
    static inline const QString pkiDir = QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa");
    static inline bool pkiOk = false;
    /** A synthetic test NIR with a valid key (13 digits + key 97 - n mod 97). */
    static inline const QString Ins = QStringLiteral("279035121518989");
};
