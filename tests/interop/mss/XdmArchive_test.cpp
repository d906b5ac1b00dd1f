#include "MssTestData.h"

#include "interop/mss/ErrorCodes.h"
#include "interop/mss/XdmArchive.h"
#include "interop/mss/XdmMetadata.h"
#include "interop/xml/XmlDocument.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sgl::interop::mss;
using sgl::interop::xml::XmlDocument;

namespace {

XdmPackage package()
{
    XdmPackage p;
    p.cda = test::sampleCda();
    p.summary = *CdaSummary::read(p.cda);
    p.pdf = test::samplePdf();
    p.sourceId = QStringLiteral("1.2.250.1.999.1");
    p.laboratoryName = QStringLiteral("Laboratoire SGL Test");
    p.intendedRecipient = QStringLiteral("dr.martin@labo-test.mssante.fr");
    p.confidentialityCodes = {QStringLiteral("N"), QStringLiteral("MASQUE_PS")};
    p.submissionTime = QDateTime(QDate(2026, 12, 6), QTime(13, 30), QTimeZone::utc());
    return p;
}

const QString kRim = QStringLiteral("urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0");

} // namespace

TEST(XdmArchive, WritesTheIheLayoutAndReadsItBack)
{
    auto zip = XdmArchive::write(package());
    ASSERT_TRUE(zip) << zip.error().message.toStdString();
    auto entries = XdmArchive::read(*zip);
    ASSERT_TRUE(entries) << entries.error().message.toStdString();
    QStringList paths;
    for (const XdmEntry &e : *entries)
        paths << e.path;
    EXPECT_EQ(paths, (QStringList{QStringLiteral("INDEX.HTM"), QStringLiteral("README.TXT"),
                                  QStringLiteral("IHE_XDM/SUBSET01/METADATA.XML"),
                                  QStringLiteral("IHE_XDM/SUBSET01/DOC0001.XML"),
                                  QStringLiteral("IHE_XDM/SUBSET01/DOC0002.PDF")}));
    EXPECT_EQ(entries->at(3).bytes, test::sampleCda());
    EXPECT_EQ(entries->at(4).bytes, test::samplePdf());
    const QList<XdmEntry> docs = XdmArchive::documents(*entries);
    ASSERT_EQ(docs.size(), 2);
    EXPECT_EQ(docs[0].path, QStringLiteral("IHE_XDM/SUBSET01/DOC0001.XML"));
}

TEST(XdmArchive, MetadataDescribesTheFilesExactly)
{
    const XdmPackage p = package();
    auto xml = XdmMetadata::write(p);
    ASSERT_TRUE(xml);
    auto doc = XmlDocument::parse(*xml);
    ASSERT_TRUE(doc);
    const sgl::interop::xml::XmlNamespaces ns{{QStringLiteral("rim"), kRim}};
    auto eval = [&](const QString &xpath) { return *doc->evaluateString(xpath, ns); };
    const QString doc1 = QStringLiteral("//rim:ExtrinsicObject[@id='Document01']");
    EXPECT_EQ(eval(doc1 + QStringLiteral("/rim:Slot[@name='URI']/rim:ValueList/rim:Value")), QStringLiteral("DOC0001.XML"));
    EXPECT_EQ(eval(doc1 + QStringLiteral("/rim:Slot[@name='size']/rim:ValueList/rim:Value")),
              QString::number(p.cda.size()));
    EXPECT_EQ(eval(doc1 + QStringLiteral("/rim:Slot[@name='hash']/rim:ValueList/rim:Value")),
              QString::fromLatin1(QCryptographicHash::hash(p.cda, QCryptographicHash::Sha1).toHex()));
    EXPECT_EQ(eval(doc1 + QStringLiteral("/rim:Slot[@name='creationTime']/rim:ValueList/rim:Value")),
              QStringLiteral("20261206133000")); // UTC, no offset
    EXPECT_EQ(eval(doc1 + QStringLiteral("/rim:ExternalIdentifier[@identificationScheme='urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427']/@value")),
              QStringLiteral("279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH"));
    EXPECT_EQ(eval(doc1 + QStringLiteral("/rim:ExternalIdentifier[@identificationScheme='urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab']/@value")),
              QStringLiteral("1.2.250.1.999.1.1.42"));
    EXPECT_EQ(eval(QStringLiteral("count(") + doc1 + QStringLiteral("/rim:Classification[@classificationScheme='urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f'])")),
              QStringLiteral("2"));
    EXPECT_EQ(eval(doc1 + QStringLiteral("/rim:Classification[@classificationScheme='urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d']/@nodeRepresentation")),
              QStringLiteral("urn:ihe:lab:xd-lab:2008"));
    EXPECT_EQ(eval(QStringLiteral("count(//rim:Association)")), QStringLiteral("2"));
    EXPECT_EQ(eval(QStringLiteral("//rim:RegistryPackage/rim:Slot[@name='intendedRecipient']/rim:ValueList/rim:Value")),
              QStringLiteral("|dr.martin@labo-test.mssante.fr^^^^^^^^^^^^^INTERNET"));
}

TEST(XdmArchive, SamePackageSameBytes)
{
    EXPECT_EQ(*XdmArchive::write(package()), *XdmArchive::write(package()));
}

TEST(XdmArchive, AnIndependentUnzipAcceptsIt)
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        GTEST_SKIP() << "unzip (Info-ZIP) is not installed";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("IHE_XDM.ZIP")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(*XdmArchive::write(package()));
    f.close();
    QProcess p;
    p.start(unzip, {QStringLiteral("-t"), f.fileName()});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardOutput().toStdString();
    EXPECT_TRUE(p.readAllStandardOutput().contains("No errors detected"));
}

TEST(XdmArchive, RefusesWhatIsNotAZip)
{
    for (const QByteArray &bad : {QByteArray(), QByteArray("PK\x03\x04 not really"), test::sampleCda()}) {
        auto r = XdmArchive::read(bad);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, errc::XdmRead);
    }
    QByteArray truncated = *XdmArchive::write(package());
    truncated.chop(40);
    EXPECT_FALSE(XdmArchive::read(truncated));
}

TEST(XdmArchive, WithoutMetadataFindsTheXmlDocuments)
{
    const QList<XdmEntry> entries{{QStringLiteral("INDEX.HTM"), "x"},
                                  {QStringLiteral("IHE_XDM/SUBSET01/DOC0001.XML"), test::sampleCda()}};
    const QList<XdmEntry> docs = XdmArchive::documents(entries);
    ASSERT_EQ(docs.size(), 1);
    EXPECT_EQ(docs[0].bytes, test::sampleCda());
}
