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
