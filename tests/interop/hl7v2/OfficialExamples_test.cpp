#include "TestFiles.h"

#include "interop/hl7v2/PamMapper.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"

#include <QDirIterator>

#include <gtest/gtest.h>

using namespace sgl::interop::hl7v2;
using sgl::tests::hl7v2::ansExamplesDir;
using sgl::tests::hl7v2::readFile;

namespace {

QStringList exampleFiles()
{
    QStringList files;
    QDirIterator it(ansExamplesDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// The ANS files use LF; the wire form is CR-terminated segments without blank lines.
QByteArray wireForm(const QByteArray &file)
{
    QList<QByteArray> lines = file.split('\n');
    QByteArray out;
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
        if (!l.trimmed().isEmpty())
            out += l + '\r';
    }
    return out;
}

} // namespace

TEST(Hl7OfficialExamples, EveryAnsExampleParsesAndRoundTrips)
{
    if (ansExamplesDir().isEmpty())
        GTEST_SKIP() << "shared/hl7/ansforge-hl7V2-exemples absent (SGL_SHARED_DIR=" SGL_SHARED_DIR ")";
    const QStringList files = exampleFiles();
    EXPECT_EQ(files.size(), 65);
    int repaired = 0;
    for (const QString &path : files) {
        const QByteArray raw = readFile(path);
        auto m = Parser::parse(raw);
        ASSERT_TRUE(m.has_value()) << path.toStdString() << ": " << m.error().toString().toStdString();
        EXPECT_NE(m->segment(u"MSH"), nullptr);
        EXPECT_FALSE(m->header().controlId.isEmpty()) << path.toStdString();
        if (!m->warnings().isEmpty()) {
            ++repaired;
            continue; // MSH-2 repaired: bytes differ on purpose
        }
        auto bytes = Serializer::toBytes(*m);
        ASSERT_TRUE(bytes.has_value()) << path.toStdString();
        EXPECT_EQ(*bytes, wireForm(raw)) << path.toStdString();
    }
    // The five V2.0 ORU examples write MSH-2 with U+02DC (documented defect).
    EXPECT_EQ(repaired, 5);
}

TEST(Hl7OfficialExamples, TildeDefectIsRejectedInStrictMode)
{
    if (ansExamplesDir().isEmpty())
        GTEST_SKIP() << "shared/hl7/ansforge-hl7V2-exemples absent (SGL_SHARED_DIR=" SGL_SHARED_DIR ")";
    const QByteArray raw = readFile(ansExamplesDir()
                                    + QStringLiteral("/Volets/TRANS_DOC_CDA_HL7V2/V2.0/ORU/Remplacement_ORU/message_ORU_CR_Bio_RPLC_N1_N3.er7"));
    ASSERT_FALSE(raw.isEmpty());
    auto strict = Parser::parse(raw, ParseOptions{.repairTildeLookalike = false});
    ASSERT_FALSE(strict.has_value());
    EXPECT_EQ(strict.error().code, QStringLiteral("hl7v2.bad_encoding_characters"));
    EXPECT_EQ(strict.error().location, QStringLiteral("MSH^1^2"));
}

TEST(Hl7OfficialExamples, EveryPamExampleMaps)
{
    if (ansExamplesDir().isEmpty())
        GTEST_SKIP() << "shared/hl7/ansforge-hl7V2-exemples absent (SGL_SHARED_DIR=" SGL_SHARED_DIR ")";
    int pam = 0;
    for (const QString &path : exampleFiles()) {
        auto m = Parser::parse(readFile(path));
        ASSERT_TRUE(m.has_value());
        if (!m->header().profile.isEmpty() && !m->value(u"MSH", 21, 1, 2).contains(u"PAM"))
            continue;
        if (m->header().messageCode != u"ADT")
            continue;
        ++pam;
        auto event = PamMapper::map(*m);
        ASSERT_TRUE(event.has_value()) << path.toStdString() << ": "
                                       << event.error().first().toString().toStdString();
        EXPECT_EQ(event->ipp.id, QStringLiteral("000003"));
        EXPECT_EQ(event->ins.full(), QStringLiteral("279035121518989"));
        EXPECT_EQ(event->ins.oid, QStringLiteral("1.2.250.1.213.1.4.10"));
        EXPECT_EQ(event->identityReliability, QStringLiteral("VALI"));
        ASSERT_TRUE(event->birthPlace.has_value());
        EXPECT_EQ(event->birthPlace->cog, QStringLiteral("63220"));
        ASSERT_TRUE(event->encounter.has_value());
        EXPECT_EQ(event->encounter->patientClass, QStringLiteral("I"));
    }
    EXPECT_EQ(pam, 7); // SGL admission/sortie + 5 DMP consent variants
}
