// The other Annuaire Santé files (issue 14, item 5): SavoirFaire, Dipl_AutExerc and the MSSanté
// correspondence extraction, read with the strictness of Personne_activite — header column by
// column (naming the column and the file), Windows-1252, truncated last line, field count, RPPS
// key, national id — and recognised by their header.

#include "DirectoryExtractSupport.h"

#include "interop/directory/DirectoryFileFormat.h"
#include "interop/directory/DirectoryFileReader.h"
#include "interop/directory/DirectoryRecords.h"
#include "interop/directory/ErrorCodes.h"

#include <gtest/gtest.h>

namespace sgl::testing {
namespace {

using namespace Qt::StringLiterals;
using interop::directory::DirectoryFileFormat;
using interop::directory::DirectoryFileKind;
using interop::directory::DirectoryFileReader;
using interop::directory::DirectoryFileRow;
using interop::directory::DirectoryRecords;
using interop::directory::SyntheticDirectoryFiles;
using interop::directory::SyntheticExtract;
namespace errc = interop::directory::errc;
using F = DirectoryFileFormat;

struct FileOutcome {
    QList<DirectoryFileRow> rows;
    std::optional<domain::Error> error;
};

FileOutcome readAll(DirectoryFileKind kind, QByteArray bytes, int batch = 40)
{
    FileOutcome out;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    DirectoryFileReader reader(buffer, u"fichier_test.txt"_s, kind);
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
        out.rows += *rows;
    }
}

domain::DirectoryEntry biologist()
{
    return SyntheticExtract::professional(SyntheticExtract::rpps(999999), u"Lefèvre-Dœuvre"_s, u"Hélène"_s, u"21"_s,
                                          u"helene.lefevre@labo.mssante.fr"_s);
}

const QList<DirectoryFileKind> kOtherKinds{DirectoryFileKind::SavoirFaire, DirectoryFileKind::DiplAutExerc,
                                           DirectoryFileKind::MssanteMailboxes};

TEST(DirectoryFileReader, HeadersHaveThePublishedColumnCounts)
{
    EXPECT_EQ(F::columnCount(DirectoryFileKind::PersonneActivite), 56);
    EXPECT_EQ(F::columnCount(DirectoryFileKind::SavoirFaire), 13);
    EXPECT_EQ(F::columnCount(DirectoryFileKind::DiplAutExerc), 13);
    EXPECT_EQ(F::columnCount(DirectoryFileKind::MssanteMailboxes), 31);
    EXPECT_EQ(F::header(DirectoryFileKind::MssanteMailboxes).first(), u"Type de BAL"_s);
    EXPECT_EQ(F::header(DirectoryFileKind::MssanteMailboxes).last(), u"Pays structure BAL"_s);
    EXPECT_EQ(F::header(DirectoryFileKind::SavoirFaire)[F::SkillCode], u"Code savoir-faire"_s);
    EXPECT_EQ(F::header(DirectoryFileKind::DiplAutExerc)[F::DisciplineLabel], u"Libellé discipline autorisation"_s);
}

TEST(DirectoryFileReader, EachFileIsRecognisedByItsHeader)
{
    EXPECT_EQ(F::recognise(linesOf(syntheticExtract(1)).first()), DirectoryFileKind::PersonneActivite);
    for (DirectoryFileKind kind : kOtherKinds) {
        const QByteArray header = linesOf(syntheticFile(kind, 3)).first();
        EXPECT_EQ(F::recognise(header), kind) << F::name(kind).toStdString();
        EXPECT_EQ(F::recognise("\xEF\xBB\xBF" + QString::fromLatin1(header).toUtf8()), kind) << "UTF-8 with BOM";
    }
    // A 13-column header wrong at its sixth column still goes to its own reader, which names it.
    QByteArray skills = linesOf(syntheticFile(DirectoryFileKind::SavoirFaire, 1)).first();
    skills.replace("|Code profession|", "|Code_profession|");
    EXPECT_EQ(F::recognise(skills), DirectoryFileKind::SavoirFaire);
    EXPECT_EQ(F::recognise("n'importe quoi\n"), DirectoryFileKind::PersonneActivite);
}

TEST(DirectoryFileReader, ReadsTheThreeSyntheticFilesOfAnExtract)
{
    const QByteArray skills = syntheticFile(DirectoryFileKind::SavoirFaire, 120, 7, {biologist()});
    EXPECT_TRUE(skills.contains("|Libell\xE9 savoir-faire|")) << "Windows-1252 header";
    const FileOutcome s = readAll(DirectoryFileKind::SavoirFaire, skills);
    ASSERT_FALSE(s.error) << s.error->toString().toStdString();
    ASSERT_GT(s.rows.size(), 10);
    const domain::DirectorySkill first = DirectoryRecords::skill(s.rows.first());
    EXPECT_EQ(first.idPp, SyntheticExtract::rpps(999999));
    EXPECT_EQ(first.typeCode, u"S"_s);
    EXPECT_EQ(first.label, u"Biologie médicale"_s);
    EXPECT_EQ(s.rows.first().fields[F::LastName], u"Lefèvre-Dœuvre"_s);
    EXPECT_EQ(s.rows.first().line, 2);

    const FileOutcome d = readAll(DirectoryFileKind::DiplAutExerc, syntheticFile(DirectoryFileKind::DiplAutExerc, 120));
    ASSERT_FALSE(d.error) << d.error->toString().toStdString();
    ASSERT_GT(d.rows.size(), 50);
    const domain::DirectoryDiploma diploma = DirectoryRecords::diploma(d.rows.first());
    EXPECT_EQ(diploma.diplomaTypeCode, u"DE"_s);
    EXPECT_TRUE(diploma.diplomaLabel.startsWith(u"Diplôme d'État"_s)) << diploma.diplomaLabel.toStdString();

    const FileOutcome m = readAll(DirectoryFileKind::MssanteMailboxes, syntheticFile(DirectoryFileKind::MssanteMailboxes, 120, 7,
                                                                                     {biologist()}));
    ASSERT_FALSE(m.error) << m.error->toString().toStdString();
    const domain::DirectoryMailbox box = DirectoryRecords::mailbox(m.rows.first());
    EXPECT_EQ(box.type, domain::DirectoryMailbox::Type::Personal);
    EXPECT_EQ(box.address, u"helene.lefevre@labo.mssante.fr"_s);
    EXPECT_EQ(box.idPp, SyntheticExtract::rpps(999999));
    // Organisation boxes have no holder and are accepted as such.
    const domain::DirectoryMailbox org = DirectoryRecords::mailbox(m.rows.last());
    EXPECT_EQ(org.type, domain::DirectoryMailbox::Type::Organisation);
    EXPECT_TRUE(org.idPp.isEmpty());
    EXPECT_FALSE(org.organisationName.isEmpty());
}

TEST(DirectoryFileReader, LinesWithoutTheTrailingSeparatorAreAccepted)
{
    QList<QByteArray> lines = linesOf(syntheticFile(DirectoryFileKind::SavoirFaire, 30));
    for (QByteArray &l : lines)
        l.chop(1); // drop the trailing '|'
    const FileOutcome r = readAll(DirectoryFileKind::SavoirFaire, joinLines(lines));
    ASSERT_FALSE(r.error) << r.error->toString().toStdString();
    EXPECT_EQ(r.rows.size(), lines.size() - 1);
}

TEST(DirectoryFileReader, WrongHeaderNamesTheColumnAndTheFile)
{
    struct Case {
        DirectoryFileKind kind;
        QByteArray from, to;
        QString expected;
    };
    const QList<Case> cases{
        {DirectoryFileKind::SavoirFaire, "|Code type savoir-faire|", "|Code type savoir faire|",
         u"colonne 10 « Code type savoir-faire » attendue, « Code type savoir faire » trouvée"_s},
        {DirectoryFileKind::DiplAutExerc, "|Code dipl\xF4me obtenu|", "|Code diplome obtenu|",
         u"colonne 8 « Code diplôme obtenu » attendue, « Code diplome obtenu » trouvée"_s},
        {DirectoryFileKind::MssanteMailboxes, "|D\xE9mat\xE9rialisation|", "|Dematerialisation|",
         u"colonne 18 « Dématérialisation » attendue, « Dematerialisation » trouvée"_s},
    };
    for (const Case &c : cases) {
        QByteArray bytes = syntheticFile(c.kind, 5);
        ASSERT_TRUE(bytes.contains(c.from)) << c.from.toStdString();
        bytes.replace(c.from, c.to);
        const FileOutcome r = readAll(c.kind, bytes);
        ASSERT_TRUE(r.error);
        EXPECT_EQ(r.error->code, errc::Header);
        EXPECT_TRUE(r.error->message.contains(c.expected)) << r.error->message.toStdString();
        EXPECT_TRUE(r.error->message.contains(F::name(c.kind))) << r.error->message.toStdString();
        EXPECT_EQ(r.error->location, u"fichier_test.txt:1"_s);
    }
    // Missing and extra columns.
    QList<QByteArray> lines = linesOf(syntheticFile(DirectoryFileKind::DiplAutExerc, 2));
    lines[0] = lines[0].split('|').mid(0, 9).join('|');
    FileOutcome r = readAll(DirectoryFileKind::DiplAutExerc, joinLines(lines));
    ASSERT_TRUE(r.error);
    EXPECT_TRUE(r.error->message.contains(u"colonne 10 « Code type autorisation » absente"_s)) << r.error->message.toStdString();
    lines = linesOf(syntheticFile(DirectoryFileKind::SavoirFaire, 2));
    lines[0] += "Colonne en trop|";
    r = readAll(DirectoryFileKind::SavoirFaire, joinLines(lines));
    ASSERT_TRUE(r.error);
    EXPECT_TRUE(r.error->message.contains(u"colonne 14 « Colonne en trop » inattendue"_s)) << r.error->message.toStdString();
    r = readAll(DirectoryFileKind::MssanteMailboxes, {});
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::Empty);
}

TEST(DirectoryFileReader, UndefinedWindows1252ByteIsRefusedWithItsLine)
{
    for (DirectoryFileKind kind : kOtherKinds) {
        const int column = kind == DirectoryFileKind::MssanteMailboxes ? int(F::BoxLastName) : int(F::LastName);
        const FileOutcome r = readAll(kind, withField(syntheticFile(kind, 40), 4, column, "DUP\x8DNT"));
        ASSERT_TRUE(r.error) << F::name(kind).toStdString();
        EXPECT_EQ(r.error->code, errc::Encoding);
        EXPECT_TRUE(r.error->message.contains(u"0x8d"_s)) << r.error->message.toStdString();
        EXPECT_EQ(r.error->location, u"fichier_test.txt:4"_s);
    }
}

TEST(DirectoryFileReader, TruncatedLastLineIsRefused)
{
    for (DirectoryFileKind kind : kOtherKinds) {
        QByteArray bytes = syntheticFile(kind, 40);
        const qsizetype lines = linesOf(bytes).size();
        bytes.chop(8);
        const FileOutcome r = readAll(kind, bytes);
        ASSERT_TRUE(r.error) << F::name(kind).toStdString();
        EXPECT_EQ(r.error->code, errc::Truncated);
        EXPECT_TRUE(r.error->message.contains(u"Ligne %1"_s.arg(lines))) << r.error->message.toStdString();
        // Only the final LF missing: the trailing '|' shows the line is whole.
        bytes = syntheticFile(kind, 40);
        bytes.chop(1);
        EXPECT_FALSE(readAll(kind, bytes).error) << F::name(kind).toStdString();
    }
}

TEST(DirectoryFileReader, BadRppsKeyIsRefusedWithItsLine)
{
    const QString good = SyntheticExtract::rpps(0);
    const QString bad = good.left(10) + QString::number((good.right(1).toInt() + 1) % 10);
    for (DirectoryFileKind kind : kOtherKinds) {
        QByteArray bytes = syntheticFile(kind, 40, 7, {biologist()});
        const bool mailbox = kind == DirectoryFileKind::MssanteMailboxes;
        bytes = withField(bytes, 2, mailbox ? int(F::BoxIdPp) : int(F::IdPp), bad.toLatin1());
        bytes = withField(bytes, 2, mailbox ? int(F::BoxNationalId) : int(F::NationalId), "8" + bad.toLatin1());
        const FileOutcome r = readAll(kind, bytes);
        ASSERT_TRUE(r.error) << F::name(kind).toStdString();
        EXPECT_EQ(r.error->code, errc::BadRpps);
        EXPECT_TRUE(r.error->message.contains(bad)) << r.error->message.toStdString();
        EXPECT_EQ(r.error->location, u"fichier_test.txt:2"_s);
    }
    // 13-column files: the national id must be the type followed by the identifier.
    const QByteArray bytes = withField(syntheticFile(DirectoryFileKind::SavoirFaire, 10), 3, F::NationalId, "819000000000");
    const FileOutcome r = readAll(DirectoryFileKind::SavoirFaire, bytes);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::BadNationalId);
}

TEST(DirectoryFileReader, FieldCountAndMailboxTypeAreChecked)
{
    QList<QByteArray> lines = linesOf(syntheticFile(DirectoryFileKind::DiplAutExerc, 10));
    lines[3] = lines[3].replace("|DE|", "|DE|extra|"); // 14 fields and the trailing empty one
    FileOutcome r = readAll(DirectoryFileKind::DiplAutExerc, joinLines(lines));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::FieldCount);
    EXPECT_TRUE(r.error->message.contains(u"15 champs au lieu de 13"_s)) << r.error->message.toStdString();

    r = readAll(DirectoryFileKind::MssanteMailboxes,
                withField(syntheticFile(DirectoryFileKind::MssanteMailboxes, 10), 2, F::BoxType, "XYZ"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::BadMailboxType);
    EXPECT_TRUE(r.error->message.contains(u"« XYZ »"_s)) << r.error->message.toStdString();
    r = readAll(DirectoryFileKind::MssanteMailboxes,
                withField(syntheticFile(DirectoryFileKind::MssanteMailboxes, 10), 2, F::BoxAddress, ""));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, errc::BadMailboxType);
}

} // namespace
} // namespace sgl::testing
