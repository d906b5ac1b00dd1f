#include "domain/audit/AuditAnchor.h"
#include "domain/audit/AuditAnchorLog.h"
#include "domain/ErrorCodes.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

namespace {
const QString kDb = u"0123456789abcdef0123456789abcdef"_s;
const QByteArray kKey = QByteArrayLiteral("une clé de test assez longue");

AuditAnchor sample(qint64 number = 1, qint64 seq = 42)
{
    AuditAnchor a;
    a.number = number;
    a.databaseId = kDb;
    a.seq = seq;
    a.hash = QString(64, u'a');
    a.at = u"2026-11-22T03:40:10.123Z"_s;
    return a;
}

QByteArray fileOf(const QList<AuditAnchor> &anchors)
{
    QByteArray out;
    for (const auto &a : anchors)
        out += a.toLine() + '\n';
    return out;
}

QList<AuditAnchorLog::Entry> parsed(const QByteArray &content)
{
    auto p = AuditAnchorLog::parse(content, u"ancres.jsonl"_s);
    EXPECT_TRUE(p) << p.error().toString().toStdString();
    return p ? *p : QList<AuditAnchorLog::Entry>{};
}

// A trail of rows 1..head whose hash is 64 times the last digit of the seq.
AuditAnchorLog::HashLookup trail(qint64 head, QHash<qint64, QString> overrides = {})
{
    return [head, overrides](qint64 seq) -> std::optional<QString> {
        if (seq < 1 || seq > head)
            return std::nullopt;
        if (overrides.contains(seq)) {
            if (overrides[seq].isEmpty())
                return std::nullopt;
            return overrides[seq];
        }
        return QString(64, QChar(u'0' + int(seq % 10)));
    };
}

AuditAnchor onTrail(qint64 number, qint64 seq, const QByteArray &key = {})
{
    AuditAnchor a = sample(number, seq);
    a.hash = QString(64, QChar(u'0' + int(seq % 10)));
    a.sign(key);
    return a;
}
} // namespace

TEST(AuditAnchor, UnsignedLineRoundTrips)
{
    const AuditAnchor a = sample();
    const QByteArray line = a.toLine();
    EXPECT_FALSE(line.contains("hmac"));
    EXPECT_FALSE(line.contains('\n'));
    auto back = AuditAnchor::fromLine(line, u"f:1"_s);
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    EXPECT_EQ(back->number, 1);
    EXPECT_EQ(back->databaseId, kDb);
    EXPECT_EQ(back->seq, 42);
    EXPECT_EQ(back->hash, a.hash);
    EXPECT_EQ(back->at, a.at);
    EXPECT_FALSE(back->isSigned());
}

TEST(AuditAnchor, LargeNumbersAreWrittenAsPlainIntegers)
{
    AuditAnchor a = sample(1234567890123, 9007199254740991); // 2^53 - 1
    const QByteArray line = a.toLine();
    EXPECT_TRUE(line.contains("\"n\":1234567890123,")) << line.toStdString();
    EXPECT_TRUE(line.contains("\"seq\":9007199254740991}")) << line.toStdString();
    auto back = AuditAnchor::fromLine(line, u"f:1"_s);
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    EXPECT_EQ(back->number, 1234567890123);
    EXPECT_EQ(back->seq, 9007199254740991);
    auto tooBig = AuditAnchor::fromLine(QByteArray(line).replace("9007199254740991", "1e300"), u"f:1"_s);
    ASSERT_FALSE(tooBig);
    EXPECT_TRUE(tooBig.error().message.contains(u"« seq »"_s));
}

TEST(AuditAnchor, SignedLineVerifiesOnlyWithTheSameKey)
{
    AuditAnchor a = sample();
    a.sign(kKey);
    ASSERT_TRUE(a.isSigned());
    auto back = AuditAnchor::fromLine(a.toLine(), u"f:1"_s);
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->macMatches(kKey));
    EXPECT_FALSE(back->macMatches(QByteArrayLiteral("une autre clé, aussi longue")));
    EXPECT_FALSE(back->macMatches({}));
}

TEST(AuditAnchor, EveryFieldIsCoveredByTheMac)
{
    AuditAnchor a = sample(3, 1532);
    a.sign(kKey);
    auto tampered = [&](auto change) {
        AuditAnchor t = a;
        change(t);
        return t.macMatches(kKey);
    };
    EXPECT_TRUE(tampered([](AuditAnchor &) {}));
    EXPECT_FALSE(tampered([](AuditAnchor &t) { t.number = 4; }));
    EXPECT_FALSE(tampered([](AuditAnchor &t) { t.databaseId[0] = u'f'; }));
    EXPECT_FALSE(tampered([](AuditAnchor &t) { t.seq = 1500; }));
    EXPECT_FALSE(tampered([](AuditAnchor &t) { t.hash[63] = u'b'; }));
    EXPECT_FALSE(tampered([](AuditAnchor &t) { t.at = u"2026-11-22T03:40:11.123Z"_s; }));
    EXPECT_FALSE(tampered([](AuditAnchor &t) { t.mac[0] = t.mac[0] == u'0' ? u'1' : u'0'; }));
}

TEST(AuditAnchor, TamperedLineTextFailsTheMac)
{
    AuditAnchor a = sample(1, 1532);
    a.sign(kKey);
    QByteArray line = a.toLine();
    line.replace("\"seq\":1532", "\"seq\":1500");
    auto back = AuditAnchor::fromLine(line, u"f:1"_s);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->seq, 1500);
    EXPECT_FALSE(back->macMatches(kKey));
}

TEST(AuditAnchor, MalformedLinesAreRefusedNamingTheFieldAndLocation)
{
    const QByteArray good = sample().toLine();
    struct Case {
        QByteArray line;
        QString mentions;
    };
    const QList<Case> cases{
        {"pas du json", u"objet JSON"_s},
        {"[1,2]", u"objet JSON"_s},
        {QByteArray(good).replace("sgl-audit-anchor/1", "sgl-audit-anchor/9"), u"« format »"_s},
        {QByteArray(good).replace("\"n\":1", "\"n\":0"), u"« n »"_s},
        {QByteArray(good).replace("\"n\":1", "\"n\":1.5"), u"« n »"_s},
        {QByteArray(good).replace("\"n\":1", "\"n\":\"1\""), u"« n »"_s},
        {QByteArray(good).replace("0123456789abcdef0123", "0123456789ABCDEF0123"), u"« db »"_s},
        {QByteArray(good).replace("\"seq\":42", "\"seq\":-1"), u"« seq »"_s},
        {QByteArray(good).replace("\"seq\":42", "\"seq\":0"), u"64 zéros"_s},
        {QByteArray(good).replace("aaaaaaaa", "aaaaaaa"), u"« hash »"_s},
        {QByteArray(good).replace("2026-11-22T03:40:10.123Z", "2026-11-22T03:40:10.123"), u"« at »"_s},
        {QByteArray(good).replace("2026-11-22T03", "2026-13-22T03"), u"« at »"_s},
        {QByteArray(good).replace("{", "{\"hmac\":\"xyz\","), u"« hmac »"_s},
        {QByteArray(good).replace("{", "{\"extra\":1,"), u"« extra »"_s},
    };
    for (const Case &c : cases) {
        auto r = AuditAnchor::fromLine(c.line, u"ancres.jsonl:7"_s);
        ASSERT_FALSE(r) << c.line.toStdString();
        EXPECT_EQ(r.error().code, errc::AuditAnchorMalformed);
        EXPECT_EQ(r.error().location, u"ancres.jsonl:7"_s);
        EXPECT_TRUE(r.error().message.contains(c.mentions))
            << c.line.toStdString() << " -> " << r.error().message.toStdString();
    }
}

TEST(AuditAnchorLog, ParseSkipsBlankLinesAndNamesTheBadLine)
{
    QByteArray content = fileOf({onTrail(1, 3)}) + "\n  \n" + fileOf({onTrail(2, 5)});
    auto entries = parsed(content);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].line, 1);
    EXPECT_EQ(entries[1].line, 4);
    EXPECT_EQ(AuditAnchorLog::nextNumber(entries), 3);
    EXPECT_EQ(AuditAnchorLog::nextNumber({}), 1);

    content += "{\"tronquée\n";
    auto bad = AuditAnchorLog::parse(content, u"ancres.jsonl"_s);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, errc::AuditAnchorMalformed);
    EXPECT_EQ(bad.error().location, u"ancres.jsonl:5"_s);
    auto empty = AuditAnchorLog::parse("\n\n", u"ancres.jsonl"_s);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isEmpty());
}

TEST(AuditAnchorLog, IntactTrailPassesAndUnsignedIsNoted)
{
    const auto entries = parsed(fileOf({onTrail(1, 0), onTrail(2, 3), onTrail(3, 3), onTrail(4, 9)}));
    auto o = AuditAnchorLog::check(entries, kDb, 9, trail(9), {});
    EXPECT_TRUE(o.intact()) << o.problems.value(0).message.toStdString();
    EXPECT_EQ(o.anchorsChecked, 4);
    ASSERT_EQ(o.notes.size(), 1);
    EXPECT_TRUE(o.notes[0].contains(u"non signées"_s));
}

TEST(AuditAnchorLog, DeletedTailIsNamedWithAnchorLineAndSequence)
{
    const auto entries = parsed(fileOf({onTrail(1, 3), onTrail(2, 12)}));
    auto o = AuditAnchorLog::check(entries, kDb, 10, trail(10), {});
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_EQ(o.problems[0].kind, u"tail_deleted"_s);
    EXPECT_EQ(o.problems[0].seq, 12);
    EXPECT_EQ(o.problems[0].message,
              u"Ancre 2 (ligne 2 du fichier) : la ligne d'audit 12 n'existe plus — fin de piste "
              "supprimée (la piste s'arrête à la ligne 10)."_s);
}

TEST(AuditAnchorLog, RewrittenAndDeletedRowsAreNamed)
{
    const auto entries = parsed(fileOf({onTrail(1, 4), onTrail(2, 7)}));
    auto o = AuditAnchorLog::check(entries, kDb, 9, trail(9, {{4, QString(64, u'f')}, {7, QString()}}), {});
    ASSERT_EQ(o.problems.size(), 2);
    EXPECT_EQ(o.problems[0].kind, u"rewritten"_s);
    EXPECT_EQ(o.problems[0].seq, 4);
    EXPECT_TRUE(o.problems[0].message.startsWith(u"Ancre 1 (ligne 1 du fichier) : la ligne d'audit 4 a été réécrite"_s));
    EXPECT_EQ(o.problems[1].kind, u"row_deleted"_s);
    EXPECT_EQ(o.problems[1].seq, 7);
}

TEST(AuditAnchorLog, WithKeyBadSignatureAndUnsignedLinesFail)
{
    AuditAnchor forged = onTrail(2, 5, kKey);
    forged.seq = 4; // moved back by someone without the key: MAC no longer matches
    forged.hash = QString(64, u'4');
    const auto entries = parsed(fileOf({onTrail(1, 3, kKey), forged, onTrail(3, 6)}));
    auto o = AuditAnchorLog::check(entries, kDb, 9, trail(9), kKey);
    ASSERT_EQ(o.problems.size(), 2);
    EXPECT_EQ(o.problems[0].kind, u"bad_signature"_s);
    EXPECT_TRUE(o.problems[0].message.startsWith(u"Ancre 2 (ligne 2 du fichier) : signature HMAC invalide"_s));
    EXPECT_EQ(o.problems[1].kind, u"unsigned"_s);
    EXPECT_TRUE(o.problems[1].message.startsWith(u"Ancre 3 (ligne 3 du fichier)"_s));
    EXPECT_TRUE(o.notes.isEmpty());
}

TEST(AuditAnchorLog, WrongKeyIsPointedOutAndNoKeyIsNoted)
{
    const auto entries = parsed(fileOf({onTrail(1, 3, kKey), onTrail(2, 5, kKey)}));
    auto wrong = AuditAnchorLog::check(entries, kDb, 9, trail(9), QByteArrayLiteral("pas la bonne clé du tout"));
    EXPECT_EQ(wrong.problems.size(), 2);
    ASSERT_EQ(wrong.notes.size(), 1);
    EXPECT_TRUE(wrong.notes[0].contains(u"pas celle des ancres"_s));
    auto none = AuditAnchorLog::check(entries, kDb, 9, trail(9), {});
    EXPECT_TRUE(none.intact());
    ASSERT_EQ(none.notes.size(), 1);
    EXPECT_TRUE(none.notes[0].contains(u"non vérifiées"_s));
    auto good = AuditAnchorLog::check(entries, kDb, 9, trail(9), kKey);
    EXPECT_TRUE(good.intact());
    EXPECT_TRUE(good.notes.isEmpty());
}

TEST(AuditAnchorLog, AnchorOfAnotherDatabaseIsReported)
{
    AuditAnchor other = onTrail(1, 3);
    other.databaseId = u"ffffffffffffffffffffffffffffffff"_s;
    auto o = AuditAnchorLog::check(parsed(fileOf({other})), kDb, 9, trail(9), {});
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_EQ(o.problems[0].kind, u"other_database"_s);
    EXPECT_TRUE(o.problems[0].message.contains(u"autre base"_s));
    EXPECT_TRUE(o.problems[0].message.contains(kDb));
}

TEST(AuditAnchorLog, RemovedOrReorderedAnchorLinesAreReported)
{
    auto gap = AuditAnchorLog::check(parsed(fileOf({onTrail(1, 1), onTrail(4, 2)})), kDb, 9, trail(9), {});
    ASSERT_EQ(gap.problems.size(), 1);
    EXPECT_EQ(gap.problems[0].kind, u"anchor_removed"_s);
    EXPECT_TRUE(gap.problems[0].message.contains(u"les ancres 2 à 3 manquent"_s));
    auto dup = AuditAnchorLog::check(parsed(fileOf({onTrail(1, 1), onTrail(2, 2), onTrail(2, 2)})), kDb, 9, trail(9), {});
    ASSERT_EQ(dup.problems.size(), 1);
    EXPECT_EQ(dup.problems[0].kind, u"anchor_order"_s);
    auto late = AuditAnchorLog::check(parsed(fileOf({onTrail(2, 1)})), kDb, 9, trail(9), {});
    ASSERT_EQ(late.problems.size(), 1);
    EXPECT_TRUE(late.problems[0].message.contains(u"l'ancre 1 manque"_s));
}

// Known answer computed outside the code. canonical() is the fields format, n, db, seq, hash, at
// as "<byte length>:<bytes>"; the MAC is HMAC-SHA256 over it with the key's bytes:
//   f() { printf '%s:%s' "$(printf '%s' "$1" | wc -c)" "$1"; }
//   { f sgl-audit-anchor/1; f 7; f 0123456789abcdef0123456789abcdef; f 2;
//     f c398e262…87fe; f 2026-11-20T08:20:00.000Z; } > anchor.txt
//   openssl dgst -sha256 -mac HMAC -macopt hexkey:$(printf '%s' 'clé-ancrage-démo' | xxd -p) anchor.txt
TEST(AuditAnchor, MacMatchesTheValueComputedWithOpenssl)
{
    AuditAnchor a;
    a.number = 7;
    a.databaseId = u"0123456789abcdef0123456789abcdef"_s;
    a.seq = 2;
    a.hash = u"c398e26241a74406cd7e609e4842e7a3af1195a345d9ba7b0f327878a37487fe"_s;
    a.at = u"2026-11-20T08:20:00.000Z"_s;
    EXPECT_EQ(a.canonical(),
              "18:sgl-audit-anchor/11:732:0123456789abcdef0123456789abcdef1:2"
              "64:c398e26241a74406cd7e609e4842e7a3af1195a345d9ba7b0f327878a37487fe24:2026-11-20T08:20:00.000Z");
    const QByteArray key = u"clé-ancrage-démo"_s.toUtf8();
    a.sign(key);
    EXPECT_EQ(a.mac, u"c650ad6adb44164e81cc0079f67e38980dfddded032bfe550f4787c934def553"_s);
    EXPECT_TRUE(a.macMatches(key));
    // The line as written in the anchor file, field order and JSON integers included.
    EXPECT_EQ(a.toLine(),
              R"({"at":"2026-11-20T08:20:00.000Z","db":"0123456789abcdef0123456789abcdef",)"
              R"("format":"sgl-audit-anchor/1","hash":"c398e26241a74406cd7e609e4842e7a3af1195a345d9ba7b0f327878a37487fe",)"
              R"("hmac":"c650ad6adb44164e81cc0079f67e38980dfddded032bfe550f4787c934def553","n":7,"seq":2})");
}
