// The received MSSanté messages kept for a human (both backends): permission before anything
// (a refusal writes nothing), every read audited, note required, optimistic locking.

#include "DispatchTestSupport.h"

#include "storage/ErrorCodes.h"
#include "storage/MailboxMessageRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/dispatch/ReceivedMessages.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using workflow::dispatch::ReceivedMessages;

namespace {
class ReceivedMessagesTest : public sgl::testing::DispatchTest {
protected:
    qint64 keep(const QString &messageId, const QString &outcome, const QDateTime &received)
    {
        storage::MailboxMessage m;
        m.messageId = messageId;
        m.receivedAt = received;
        m.sender = u"Labo Sous-Traitant <st@labo-test.mssante.fr>"_s;
        m.subject = u"CR %1"_s.arg(messageId);
        m.outcome = outcome;
        m.reason = u"raison de %1"_s.arg(messageId);
        m.raw = "Message-ID: <" + messageId.toLatin1() + ">\r\n\r\ncorps";
        auto k = m_db->write([&](storage::WriteTx &tx) { return storage::MailboxMessageRepository::insertOrKeepIn(tx, m); });
        EXPECT_TRUE(k);
        return k ? k->id : 0;
    }
    qint64 auditCount()
    {
        auto n = m_db->read([](storage::ReadTx &tx) -> domain::Result<qint64> {
            auto q = tx.query(u"SELECT COUNT(*) FROM audit_log"_s);
            if (!q)
                return std::unexpected(q.error());
            q->next();
            return q->value(0).toLongLong();
        });
        EXPECT_TRUE(n);
        return n.value_or(-1);
    }
    QList<domain::AuditEntry> audit(const QString &id)
    {
        auto a = m_db->read([&](storage::ReadTx &tx) { return storage::AuditRepository::forEntity(tx, u"mailbox_message"_s, id); });
        EXPECT_TRUE(a);
        return a.value_or(QList<domain::AuditEntry>{});
    }
    ReceivedMessages use(domain::Role role = domain::Role::Biologist) { return ReceivedMessages(*m_db, session(role)); }
};
} // namespace

TEST_P(ReceivedMessagesTest, ListsOpenMessagesNewestFirstWithFrenchStatusAndAuditsTheReading)
{
    keep(u"old@x"_s, u"held"_s, m_now.addSecs(-3600));
    const qint64 nc = keep(u"new@x"_s, u"nonconforming"_s, m_now);
    const qint64 before = auditCount();
    auto listed = use().list();
    ASSERT_TRUE(listed) << listed.error().toString().toStdString();
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ((*listed)[0].message.id, nc);
    EXPECT_EQ((*listed)[0].statusLabel, u"CR-BIO non conforme"_s);
    EXPECT_EQ((*listed)[1].statusLabel, u"À examiner"_s);
    EXPECT_EQ((*listed)[1].message.reason, u"raison de old@x"_s);
    EXPECT_FALSE((*listed)[0].truncated);
    EXPECT_EQ(auditCount(), before + 1);

    auto raw = use(domain::Role::Admin).rawMessage(nc);
    ASSERT_TRUE(raw);
    EXPECT_EQ(*raw, QByteArray("Message-ID: <new@x>\r\n\r\ncorps"));
    const auto reads = audit(QString::number(nc));
    ASSERT_EQ(reads.size(), 1);
    EXPECT_EQ(reads[0].action, u"mailbox.read_raw"_s);
    EXPECT_EQ(ReceivedMessages::suggestedFileName((*listed)[0].message), u"message-recu-%1.eml"_s.arg(nc));

    auto missing = use().rawMessage(nc + 1000);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, storage::errc::NotFound);
}

TEST_P(ReceivedMessagesTest, WithoutTheDispatchPermissionNothingIsReadNorWritten)
{
    const qint64 id = keep(u"p@x"_s, u"held"_s, m_now);
    const qint64 before = auditCount();
    for (domain::Role role : {domain::Role::Technician, domain::Role::Secretary}) {
        auto r = use(role);
        auto l = r.list(true);
        ASSERT_FALSE(l);
        EXPECT_EQ(l.error().code, u"auth.forbidden"_s);
        auto raw = r.rawMessage(id);
        ASSERT_FALSE(raw);
        EXPECT_EQ(raw.error().code, u"auth.forbidden"_s);
        auto h = r.markHandled(id, 1, u"vu"_s);
        ASSERT_FALSE(h);
        EXPECT_EQ(h.error().code, u"auth.forbidden"_s);
    }
    auto noSession = ReceivedMessages(*m_db, domain::UserSession{}).list();
    ASSERT_FALSE(noSession);
    EXPECT_EQ(auditCount(), before);
    auto still = use().list();
    ASSERT_TRUE(still);
    ASSERT_EQ(still->size(), 1);
    EXPECT_FALSE(still->first().message.handled);
}

TEST_P(ReceivedMessagesTest, MarkHandledNeedsANoteAndTheVersionShownAndHappensOnce)
{
    const qint64 id = keep(u"h@x"_s, u"held"_s, m_now);
    const qint64 before = auditCount();
    auto noNote = use().markHandled(id, 1, u"   "_s);
    ASSERT_FALSE(noNote);
    EXPECT_EQ(noNote.error().code, workflow::errc::DispatchInboxNoteRequired);
    EXPECT_FALSE(noNote.error().message.isEmpty());
    EXPECT_EQ(auditCount(), before);

    auto stale = use().markHandled(id, 7, u"vu"_s);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, storage::errc::Conflict);
    EXPECT_EQ(auditCount(), before);

    auto done = use().markHandled(id, 1, u"  CR saisi à la main dans le dossier D1  "_s);
    ASSERT_TRUE(done) << done.error().toString().toStdString();
    EXPECT_TRUE(done->message.handled);
    EXPECT_EQ(done->message.handledBy, u"bio1"_s);
    EXPECT_EQ(done->message.handlingNote, u"CR saisi à la main dans le dossier D1"_s);
    EXPECT_EQ(done->message.version, 2);
    EXPECT_EQ(done->statusLabel, u"Traité"_s);
    const auto trail = audit(QString::number(id));
    ASSERT_EQ(trail.size(), 1);
    EXPECT_EQ(trail[0].action, u"mailbox.handled"_s);

    auto open = use().list();
    ASSERT_TRUE(open);
    EXPECT_TRUE(open->isEmpty());
    auto all = use().list(true);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1);

    auto again = use(domain::Role::Admin).markHandled(id, 2, u"encore"_s);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, workflow::errc::DispatchInboxHandled);
    EXPECT_TRUE(again.error().message.contains(u"bio1"_s));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReceivedMessagesTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
