// The Annuaire Santé extraction reader (issue 14, item 5): the published header checked column
// by column, Windows-1252 decoded, each refusal (wrong header, undefined byte, truncated last
// line, field count, RPPS key, national id) naming the line; rows come in batches.

#include "DirectoryExtractSupport.h"

#include "domain/directory/DirectoryKey.h"
#include "domain/lab/RppsNumber.h"
#include "interop/directory/ErrorCodes.h"
#include "interop/directory/PersonneActiviteFormat.h"
#include "interop/directory/PersonneActiviteReader.h"
#include "interop/directory/PersonneActiviteWriter.h"
#include "interop/directory/Windows1252.h"

#include <gtest/gtest.h>

namespace sgl::testing {
namespace {

using namespace Qt::StringLiterals;
using interop::directory::PersonneActiviteFormat;
using interop::directory::PersonneActiviteReader;
using interop::directory::SyntheticExtract;
namespace errc = interop::directory::errc;

struct ReadOutcome {
    QList<domain::DirectoryEntry> rows;
    QList<qsizetype> batches;
    std::optional<domain::Error> error;
};

ReadOutcome readAll(QByteArray bytes, int batch = 100)
{
    ReadOutcome out;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    PersonneActiviteReader reader(buffer, u"PS_LibreAcces_Personne_activite_test.txt"_s);
    if (auto ok = reader.readHeader(); !ok) {
        out.error = ok.error();
        return out;
    }
    for (;;) {
        auto rows = reader.next(batch);
        if (!rows) {
            out.error = rows.error();
            return out;
        }
        if (rows->isEmpty())
            return out;
        out.batches << rows->size();
        out.rows += *rows;
    }
}

domain::DirectoryEntry named()
{
    return SyntheticExtract::professional(SyntheticExtract::rpps(999999), u"Lefèvre-Dœuvre"_s, u"Hélène"_s, u"21"_s,
                                          u"helene.lefevre@labo.mssante.fr"_s);
}

TEST(PersonneActiviteReader, ReadsASyntheticExtractInBatchesWithAccents)
{
    const QByteArray bytes = syntheticExtract(250, 7, {named()});
    // The file is Windows-1252: « é » is one byte 0xE9, never the UTF-8 pair.
    EXPECT_TRUE(bytes.contains("Pr\xE9nom d'exercice"));
    EXPECT_FALSE(bytes.contains("\xC3\xA9"));
    const ReadOutcome r = readAll(bytes, 100);
    ASSERT_FALSE(r.error) << r.error->toString().toStdString();
    EXPECT_EQ(r.batches, (QList<qsizetype>{100, 100, 50}));
    ASSERT_EQ(r.rows.size(), 250);
    const domain::DirectoryEntry &first = r.rows.first();
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.professional.lastName, u"Lefèvre-Dœuvre"_s);
    EXPECT_EQ(first.professional.firstName, u"Hélène"_s);
    EXPECT_EQ(first.professional.nationalId, u"8"_s + first.professional.idPp);
    EXPECT_EQ(first.professional.profession, u"Pharmacien"_s);
    EXPECT_EQ(first.activity.mssante, u"helene.lefevre@labo.mssante.fr"_s);
    EXPECT_EQ(r.rows.last().line, 251);
    for (const auto &e : r.rows)
        EXPECT_EQ(domain::RppsNumber::check(e.professional.idPp), domain::RppsNumber::Check::Valid);
}

TEST(PersonneActiviteReader, WrongHeaderNamesTheFirstWrongColumn)
{
    QByteArray bytes = syntheticExtract(5);
    bytes.replace("|Code profession|", "|Code_profession|");
    const ReadOutcome r = readAll(bytes);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::Header);
    EXPECT_TRUE(r.error->message.contains(u"colonne 10 « Code profession » attendue, « Code_profession » trouvée"_s))
        << r.error->message.toStdString();
    EXPECT_TRUE(r.error->location.endsWith(u":1"_s));
}

TEST(PersonneActiviteReader, HeaderWithMissingColumnsIsRefused)
{
    QList<QByteArray> lines = linesOf(syntheticExtract(2));
    QList<QByteArray> names = lines[0].split('|');
    lines[0] = names.mid(0, 40).join('|');
    const ReadOutcome r = readAll(joinLines(lines));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::Header);
    EXPECT_TRUE(r.error->message.contains(u"colonne 41"_s)) << r.error->message.toStdString();
}

TEST(PersonneActiviteReader, AnotherExtractionFileIsRefusedAtTheHeader)
{
    const ReadOutcome r = readAll("Type d'identifiant PP|Identifiant PP|Identification nationale PP|Code type savoir-faire|\n");
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::Header);
    const ReadOutcome empty = readAll({});
    ASSERT_TRUE(empty.error);
    EXPECT_EQ(empty.error->code, errc::Empty);
}

TEST(PersonneActiviteReader, UndefinedWindows1252ByteIsRefusedWithItsLine)
{
    const QByteArray bytes = withField(syntheticExtract(10), 5, PersonneActiviteFormat::LastName, "DUP\x81NT");
    const ReadOutcome r = readAll(bytes);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::Encoding);
    EXPECT_TRUE(r.error->message.contains(u"Ligne 5"_s)) << r.error->message.toStdString();
    EXPECT_TRUE(r.error->message.contains(u"0x81"_s));
    EXPECT_TRUE(r.error->location.endsWith(u":5"_s));
}

TEST(PersonneActiviteReader, TruncatedLastLineIsRefusedWithItsLine)
{
    QByteArray bytes = syntheticExtract(10);
    bytes.chop(30); // the download stopped in the middle of line 11
    const ReadOutcome r = readAll(bytes);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::Truncated);
    EXPECT_TRUE(r.error->message.contains(u"Ligne 11"_s)) << r.error->message.toStdString();
}

TEST(PersonneActiviteReader, CompleteLastLineWithoutEndOfLineIsAccepted)
{
    QByteArray bytes = syntheticExtract(10);
    bytes.chop(1); // only the final LF is missing; the trailing '|' shows the line is whole
    const ReadOutcome r = readAll(bytes);
    ASSERT_FALSE(r.error) << r.error->toString().toStdString();
    EXPECT_EQ(r.rows.size(), 10);
}

TEST(PersonneActiviteReader, LineWithMissingFieldsIsRefused)
{
    QList<QByteArray> lines = linesOf(syntheticExtract(6));
    lines[3] = lines[3].split('|').mid(0, 30).join('|') + '|';
    const ReadOutcome r = readAll(joinLines(lines));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::FieldCount);
    EXPECT_TRUE(r.error->message.contains(u"Ligne 4"_s)) << r.error->message.toStdString();
}

TEST(PersonneActiviteReader, RppsWithBadCheckDigitIsRefusedWithItsLine)
{
    QByteArray bytes = syntheticExtract(8);
    const QByteArray good = linesOf(bytes)[2].split('|')[1];
    QByteArray bad = good;
    bad[10] = char('0' + (good[10] - '0' + 1) % 10);
    bytes = withField(bytes, 3, PersonneActiviteFormat::IdPp, bad);
    bytes = withField(bytes, 3, PersonneActiviteFormat::NationalId, "8" + bad);
    const ReadOutcome r = readAll(bytes);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::BadRpps);
    EXPECT_TRUE(r.error->message.contains(u"Ligne 3"_s)) << r.error->message.toStdString();
    EXPECT_TRUE(r.error->message.contains(QString::fromLatin1(bad)));
    EXPECT_TRUE(r.rows.isEmpty()) << "the first batch holding the bad line is not handed out";
}

TEST(PersonneActiviteReader, NationalIdMustBeTheTypeFollowedByTheIdentifier)
{
    const QByteArray bytes = withField(syntheticExtract(4), 4, PersonneActiviteFormat::NationalId, "810000000000");
    const ReadOutcome r = readAll(bytes);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::BadNationalId);
    EXPECT_TRUE(r.error->message.contains(u"Ligne 4"_s));
}

TEST(PersonneActiviteReader, Utf8FileIsReadAsUtf8)
{
    QByteArray bytes = syntheticExtract(20, 3, {named()});
    QString text;
    ASSERT_LT(interop::directory::Windows1252::decode(bytes, text), 0);
    const ReadOutcome r = readAll(text.toUtf8());
    ASSERT_FALSE(r.error) << r.error->toString().toStdString();
    ASSERT_EQ(r.rows.size(), 20);
    EXPECT_EQ(r.rows.first().professional.firstName, u"Hélène"_s);
}

TEST(Windows1252, DecodesTheTypographicBytesAndRefusesUndefinedOnes)
{
    QString out;
    EXPECT_LT(interop::directory::Windows1252::decode("\x80\x8C\x9C\x92\xE9", out), 0);
    EXPECT_EQ(out, u"€Œœ’é"_s);
    EXPECT_EQ(interop::directory::Windows1252::encode(out), QByteArray("\x80\x8C\x9C\x92\xE9"));
    EXPECT_EQ(interop::directory::Windows1252::decode("ab\x9D", out), 2);
    EXPECT_EQ(interop::directory::Windows1252::decode(QByteArrayView("a\0b", 3), out), 1);
}

TEST(DirectoryKey, KeepsLettersAndDigitsWithoutAccents)
{
    EXPECT_EQ(domain::DirectoryKey::of(u"Lefèvre-D'Arc"_s), u"LEFEVREDARC"_s);
    EXPECT_EQ(domain::DirectoryKey::of(u"Saint-Étienne 2"_s), u"SAINTETIENNE2"_s);
    EXPECT_EQ(domain::DirectoryKey::of(u"Cœur"_s), u"COEUR"_s);
    EXPECT_EQ(domain::DirectoryKey::upperBound(u"DUP"_s), u"DUQ"_s);
    EXPECT_EQ(domain::DirectoryKey::upperBound(u"DUZ"_s), u"DV"_s);
    EXPECT_EQ(domain::DirectoryKey::upperBound(u"ZZ"_s), QString());
}

TEST(SyntheticExtract, HeaderIsThePublishedOneAndRppsKeysAreValid)
{
    const QList<QByteArray> lines = linesOf(syntheticExtract(3));
    EXPECT_EQ(lines[0].count('|'), 56);
    EXPECT_TRUE(lines[0].startsWith("Type d'identifiant PP|Identifiant PP|Identification nationale PP|"));
    EXPECT_TRUE(lines[0].endsWith("|Code genre activit\xE9|Libell\xE9 genre activit\xE9|"));
    for (qint64 i : {0, 1, 42, 123456})
        EXPECT_EQ(domain::RppsNumber::check(SyntheticExtract::rpps(i)), domain::RppsNumber::Check::Valid);
}

} // namespace
} // namespace sgl::testing
