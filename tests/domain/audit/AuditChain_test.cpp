#include "domain/audit/AuditChain.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

namespace {
QList<AuditEntry> chain(int n)
{
    QList<AuditEntry> out;
    QString prev = AuditChain::kGenesisHash;
    for (int i = 1; i <= n; ++i) {
        AuditEntry e;
        e.seq = i;
        e.at = u"2026-01-01T00:00:0%1.000Z"_s.arg(i % 10);
        e.actorLogin = u"bio"_s;
        e.workstation = u"ws"_s;
        e.action = u"patient.read"_s;
        e.entityType = u"patient"_s;
        e.entityId = QString::number(i);
        e.prevHash = prev;
        e.hash = AuditChain::computeHash(e);
        prev = e.hash;
        out << e;
    }
    return out;
}

QList<AuditChain::Problem> verify(const QList<AuditEntry> &rows, qint64 headSeq,
                                  const QString &headHash)
{
    AuditChain c;
    for (const auto &e : rows)
        c.feed(e);
    c.finish(headSeq, headHash);
    return c.problems();
}
} // namespace

TEST(AuditChain, HashCoversEveryFieldWithoutAmbiguity)
{
    AuditEntry a = chain(1).first();
    AuditEntry b = a;
    b.entityType = u"patien"_s;
    b.entityId = u"t1"_s; // same concatenation, different fields
    EXPECT_NE(AuditChain::computeHash(a), AuditChain::computeHash(b));
    AuditEntry c = a;
    c.before = u"{}"_s;
    EXPECT_NE(AuditChain::computeHash(a), AuditChain::computeHash(c));
    EXPECT_EQ(AuditChain::computeHash(a).size(), 64);
}

TEST(AuditChain, IntactChainHasNoProblem)
{
    const auto rows = chain(5);
    EXPECT_TRUE(verify(rows, 5, rows.last().hash).isEmpty());
    EXPECT_TRUE(verify({}, 0, AuditChain::kGenesisHash).isEmpty());
}

TEST(AuditChain, DetectsModifiedDeletedAndTruncatedRows)
{
    auto rows = chain(6);
    const QString head = rows.last().hash;
    auto modified = rows;
    modified[2].actorLogin = u"intrus"_s;
    auto p = verify(modified, 6, head);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].seq, 3);
    EXPECT_EQ(p[0].kind, u"modified"_s);

    auto deleted = rows;
    deleted.removeAt(1);
    p = verify(deleted, 6, head);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].kind, u"deleted"_s);
    EXPECT_EQ(p[0].seq, 2);

    auto truncated = rows.mid(0, 4);
    p = verify(truncated, 6, head);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].kind, u"truncated"_s);
    EXPECT_TRUE(p[0].message.contains(u"5 à 6"_s));

    auto emptied = QList<AuditEntry>();
    p = verify(emptied, 6, head);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].kind, u"truncated"_s);
}

TEST(AuditChain, RehashedRowIsCaughtByTheNextLinkAndHeadMismatch)
{
    auto rows = chain(3);
    auto forged = rows;
    forged[2].after = u"{\"x\":1}"_s;
    forged[2].hash = AuditChain::computeHash(forged[2]); // last row rehashed
    auto p = verify(forged, 3, rows.last().hash);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].kind, u"broken_link"_s);
    forged = rows;
    forged[0].after = u"{\"x\":1}"_s;
    forged[0].hash = AuditChain::computeHash(forged[0]);
    p = verify(forged, 3, rows.last().hash);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].seq, 2);
}

// Known answers computed outside the code. Each field is "<byte length>:<UTF-8 bytes>", in the
// order prevHash, seq, at, actorId, actorLogin, workstation, action, entityType, entityId,
// before, after; the row hash is SHA-256 of the concatenation, in lowercase hex:
//   f() { printf '%s:%s' "$(printf '%s' "$1" | wc -c)" "$1"; }
//   { f 000…0 (64 zeros); f 1; f 2026-11-20T08:15:00.000Z; f 3; f biologiste; f poste-12;
//     f patient.update; f patient; f 42; f '{"nom":"DURAND"}'; f '{"nom":"HÉLÈNE"}'; } | sha256sum
// and the second row chained on the first (empty workstation, before and after).
TEST(AuditChain, RowHashesMatchValuesComputedWithSha256sum)
{
    AuditEntry first;
    first.seq = 1;
    first.at = u"2026-11-20T08:15:00.000Z"_s;
    first.actorId = 3;
    first.actorLogin = u"biologiste"_s;
    first.workstation = u"poste-12"_s;
    first.action = u"patient.update"_s;
    first.entityType = u"patient"_s;
    first.entityId = u"42"_s;
    first.before = uR"({"nom":"DURAND"})"_s;
    first.after = uR"({"nom":"HÉLÈNE"})"_s; // 16 characters, 18 UTF-8 bytes: lengths are in bytes
    first.prevHash = AuditChain::kGenesisHash;
    EXPECT_EQ(AuditChain::computeHash(first), u"4476ba0d115d3de7f37c286140c40414b90019427f11cba1e1d27320b78f75da"_s);

    AuditEntry second;
    second.seq = 2;
    second.at = u"2026-11-20T08:15:01.250Z"_s;
    second.actorId = 0;
    second.actorLogin = u"system:pam"_s;
    second.action = u"patient.read"_s;
    second.entityType = u"patient"_s;
    second.entityId = u"42"_s;
    second.prevHash = u"4476ba0d115d3de7f37c286140c40414b90019427f11cba1e1d27320b78f75da"_s;
    EXPECT_EQ(AuditChain::computeHash(second), u"c398e26241a74406cd7e609e4842e7a3af1195a345d9ba7b0f327878a37487fe"_s);

    // A chain carrying those hashes verifies; one byte changed anywhere does not.
    first.hash = AuditChain::computeHash(first);
    second.hash = AuditChain::computeHash(second);
    EXPECT_TRUE(verify({first, second}, 2, second.hash).isEmpty());
    second.workstation = u" "_s;
    EXPECT_EQ(verify({first, second}, 2, second.hash).size(), 1);
}
