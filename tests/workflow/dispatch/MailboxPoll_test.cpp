// MailboxPoll on both backends with an in-memory mailbox: what is recorded, what is held for a
// human, what is left for the next pass; nothing is ever dropped. (The same use case against
// real Postfix/Dovecot is in MssDispatch_test.)

#include "DispatchTestSupport.h"

#include "../../interop/mss/MssTestData.h"
#include "CdaTestFixtures.h"

#include "interop/cda/CdaN3Writer.h"
#include "interop/mss/ErrorCodes.h"
#include "storage/MailboxMessageRepository.h"
#include "storage/ReceivedDocumentRepository.h"
#include "interop/mss/MimeMessage.h"
#include "interop/mss/XdmArchive.h"
#include "workflow/dispatch/MailboxPoll.h"

#include <QTimeZone>
#include <QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;

namespace {

class FakeMailbox final : public workflow::dispatch::MailboxSource {
public:
    qint64 add(const QByteArray &raw)
    {
        messages[++m_next] = raw;
        return m_next;
    }
    domain::Result<QList<qint64>> pending() override
    {
        if (failPending)
            return domain::fail(interop::mss::errc::Imap, u"boîte injoignable"_s);
        QList<qint64> out;
        for (const auto &[uid, raw] : messages) {
            if (!done.contains(uid) && !held.contains(uid))
                out << uid;
        }
        return out;
    }
    domain::Result<QByteArray> fetch(qint64 uid) override { return messages.at(uid); }
    domain::Status markDone(qint64 uid) override
    {
        done.insert(uid);
        return {};
    }
    domain::Status markHeld(qint64 uid) override
    {
        if (failMarkHeld)
            return domain::fail(interop::mss::errc::Imap, u"connexion perdue"_s);
        held.insert(uid);
        return {};
    }
    std::map<qint64, QByteArray> messages;
    QSet<qint64> done;
    QSet<qint64> held;
    bool failPending = false;
    bool failMarkHeld = false; ///< the poll "crashes" after recording, before flagging the message

private:
    qint64 m_next = 0;
};

QByteArray mdn(const QString &original, const QByteArray &disposition)
{
    return "From: dr@x.mssante.fr\r\nTo: labo@l.mssante.fr\r\nSubject: MDN\r\nMessage-ID: <r" + original.toUtf8().left(6)
           + "@x>\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary=b\r\n\r\n"
             "--b\r\nContent-Type: message/disposition-notification\r\n\r\nOriginal-Message-ID: <"
           + original.toUtf8() + ">\r\nDisposition: " + disposition + "\r\n\r\n--b--\r\n";
}

QByteArray withAttachment(const QString &fileName, const QByteArray &type, const QByteArray &body)
{
    interop::mss::MimeMessage m;
    m.from = u"sous-traitant@labo-test.mssante.fr"_s;
    m.to = {u"labo@labo-test.mssante.fr"_s};
    m.subject = u"XDM/1.0/DDM+CR"_s;
    m.messageId = "in1@labo-test.mssante.fr";
    m.bodyText = u"Ci-joint."_s;
    if (!body.isEmpty())
        m.attachments = {{fileName, type, body}};
    return *m.toBytes();
}

class MailboxPollTest : public sgl::testing::DispatchTest {
protected:
    workflow::dispatch::MailboxPollSummary poll()
    {
        workflow::dispatch::MailboxPoll p(*m_db, m_box, domain::AuditActor::system(u"test"_s, u"poste"_s), [this] { return m_now; });
        auto s = p.runOnce();
        EXPECT_TRUE(s) << (s ? std::string() : s.error().toString().toStdString());
        return s ? *s : workflow::dispatch::MailboxPollSummary{};
    }

    /** A row sent with `ack` as its Message-ID. */
    storage::OutboxEntry sentRow(const QString &ack)
    {
        if (m_version.id == 0)
            m_version = version(1);
        auto e = enqueue(domain::Channel::MssPro, u"dr%1@x.mssante.fr"_s.arg(++m_rows), m_version.documentId);
        auto claimed = m_db->write([&](storage::WriteTx &tx) { return storage::OutboxRepository::claimDue(tx, m_now, 10); });
        EXPECT_TRUE(claimed && !claimed->isEmpty());
        if (!ack.isEmpty()) {
            EXPECT_TRUE(m_db->write([&](storage::WriteTx &tx) {
                return storage::OutboxRepository::recordSent(tx, claimed->first(), ack, m_now);
            }));
        }
        return row(e.id);
    }

    QList<domain::AuditEntry> mailboxAudit(const QString &messageId)
    {
        auto a = m_db->read([&](storage::ReadTx &tx) { return storage::AuditRepository::forEntity(tx, u"mailbox"_s, messageId); });
        EXPECT_TRUE(a);
        return a ? *a : QList<domain::AuditEntry>{};
    }

    QList<storage::MailboxMessage> kept(bool all = true)
    {
        auto l = m_db->read([&](storage::ReadTx &tx) { return storage::MailboxMessageRepository::list(tx, all); });
        EXPECT_TRUE(l);
        return l.value_or(QList<storage::MailboxMessage>{});
    }

    FakeMailbox m_box;
    domain::ReportVersion m_version;
    int m_rows = 0;
};

} // namespace

TEST_P(MailboxPollTest, ReceiptsAcknowledgeOrParkAndAreNotReadTwice)
{
    const auto ok = sentRow(u"ok1@l.mssante.fr"_s);
    const auto ko = sentRow(u"ko1@l.mssante.fr"_s);
    m_box.add(mdn(u"ok1@l.mssante.fr"_s, "automatic-action/MDN-sent-automatically; processed"));
    m_box.add(mdn(u"ko1@l.mssante.fr"_s, "automatic-action/MDN-sent-automatically; processed/Error: 904^INS incohérent"));
    const auto s = poll();
    EXPECT_EQ(s.acknowledged, 1);
    EXPECT_EQ(s.parked, 1);
    EXPECT_EQ(row(ok.id).state, domain::DispatchState::Acknowledged);
    EXPECT_EQ(row(ko.id).state, domain::DispatchState::Parked);
    EXPECT_TRUE(row(ko.id).lastError.contains(u"904"_s));
    EXPECT_EQ(m_box.done.size(), 2);
    EXPECT_TRUE(poll().events.isEmpty());
}

TEST_P(MailboxPollTest, AReceiptForAnUnknownMessageIsHeldAndAudited)
{
    const auto sending = sentRow({}); // claimed, outcome not recorded yet: nothing to match
    const qint64 uid = m_box.add(mdn(u"unknown@l.mssante.fr"_s, "automatic-action/MDN-sent-automatically; processed"));
    const auto s = poll();
    EXPECT_EQ(s.held, 1);
    EXPECT_TRUE(m_box.held.contains(uid));
    EXPECT_EQ(row(sending.id).state, domain::DispatchState::Sending);
    ASSERT_EQ(s.events.size(), 1);
    EXPECT_TRUE(s.events[0].detail.contains(u"inconnu"_s));
    EXPECT_FALSE(mailboxAudit(s.events[0].messageId).isEmpty());
}

TEST_P(MailboxPollTest, MalformedReceiptIsHeldWithItsReason)
{
    const auto sent = sentRow(u"m3@l.mssante.fr"_s);
    QByteArray broken = mdn(u"m3@l.mssante.fr"_s, "x");
    broken.replace("Disposition: x\r\n", "");
    const qint64 uid = m_box.add(broken);
    const auto s = poll();
    EXPECT_EQ(s.held, 1);
    EXPECT_TRUE(m_box.held.contains(uid));
    EXPECT_FALSE(m_box.done.contains(uid));
    EXPECT_EQ(row(sent.id).state, domain::DispatchState::Sent);
    EXPECT_TRUE(s.events[0].detail.contains(u"Disposition"_s));
}

TEST_P(MailboxPollTest, ReceivedDocumentsWithoutDossierOrForAnUnknownDossierAreHeld)
{
    // A plain mail, a CDA without order id, an XDM whose CDA names an unknown dossier, a broken zip.
    m_box.add(withAttachment({}, {}, {}));
    m_box.add(withAttachment(u"CR.xml"_s, "text/xml", interop::mss::test::sampleCda()));
    QByteArray withOrder = interop::mss::test::sampleCda(u"1.2.250.1.999.1.1.77"_s);
    withOrder.replace("<setId", "<inFulfillmentOf><order><id root=\"1.2.3\" extension=\"D999999-9999\"/></order></inFulfillmentOf><setId");
    interop::mss::XdmPackage package;
    package.cda = withOrder;
    package.summary = *interop::mss::CdaSummary::read(withOrder);
    package.submissionTime = m_now;
    m_box.add(withAttachment(u"IHE_XDM.ZIP"_s, "application/zip", *interop::mss::XdmArchive::write(package)));
    m_box.add(withAttachment(u"IHE_XDM.ZIP"_s, "application/zip", "PK\x03\x04garbage"));
    const auto s = poll();
    EXPECT_EQ(s.held, 4);
    EXPECT_EQ(s.imported, 0);
    ASSERT_EQ(s.events.size(), 4);
    EXPECT_TRUE(s.events[0].detail.contains(u"sans compte rendu"_s)) << s.events[0].detail.toStdString();
    EXPECT_TRUE(s.events[1].detail.contains(u"inFulfillmentOf"_s)) << s.events[1].detail.toStdString();
    EXPECT_TRUE(s.events[2].detail.contains(u"D999999-9999"_s)) << s.events[2].detail.toStdString();
    EXPECT_TRUE(s.events[3].detail.contains(u"IHE_XDM.ZIP"_s)) << s.events[3].detail.toStdString();
    EXPECT_EQ(m_box.held.size(), 4);
}

TEST_P(MailboxPollTest, ReceivedCdaForOurDossierButAnotherPatientIsHeld)
{
    // A conforming CR-BIO (our writer) naming our dossier, of another (qualified) patient.
    domain::ReportContent theirs = sgl::test::sampleReport();
    theirs.orderId = m_dossier.number;
    auto cda = interop::cda::CdaN3Writer::write(theirs);
    ASSERT_TRUE(cda) << cda.error().message.toStdString();
    m_box.add(withAttachment(u"CR.xml"_s, "text/xml", *cda));
    const auto s = poll();
    EXPECT_EQ(s.held, 1);
    EXPECT_EQ(s.nonconforming, 0);
    ASSERT_EQ(s.events.size(), 1);
    EXPECT_TRUE(s.events[0].detail.contains(m_dossier.number)) << s.events[0].detail.toStdString();
    EXPECT_TRUE(s.events[0].detail.contains(u"patient"_s)) << s.events[0].detail.toStdString();
}

// "A received CDA that fails the kit": the product's conformity check runs before the import;
// the message gets its own outcome and French reason naming what fails, is held in the mailbox
// for a human and nothing of it is stored — even the conforming document beside it.
TEST_P(MailboxPollTest, ANonconformingReceivedCdaIsHeldWithItsReasonAndNothingIsImported)
{
    domain::ReportContent content = sgl::test::sampleReport();
    content.orderId = m_dossier.number;
    auto good = interop::cda::CdaN3Writer::write(content);
    ASSERT_TRUE(good) << good.error().message.toStdString();
    QByteArray broken = *good;
    const qsizetype from = broken.indexOf("<custodian");
    const qsizetype to = broken.indexOf("</custodian>");
    ASSERT_TRUE(from > 0 && to > from);
    broken.remove(from, to + qsizetype(sizeof("</custodian>")) - 1 - from);
    broken.replace("<languageCode code=\"fr-FR\"/>", "");

    interop::mss::MimeMessage m;
    m.from = u"sous-traitant@labo-test.mssante.fr"_s;
    m.to = {u"labo@labo-test.mssante.fr"_s};
    m.subject = u"XDM/1.0/DDM+CR"_s;
    m.messageId = "in2@labo-test.mssante.fr";
    m.bodyText = u"Ci-joints."_s;
    m.attachments = {{u"CR1.xml"_s, "text/xml", broken}, {u"CR2.xml"_s, "text/xml", *good}};
    const qint64 uid = m_box.add(*m.toBytes());
    const auto s = poll();
    EXPECT_EQ(s.nonconforming, 1);
    EXPECT_EQ(s.held, 0);
    EXPECT_EQ(s.imported, 0);
    ASSERT_EQ(s.events.size(), 1);
    EXPECT_EQ(s.events[0].outcome, u"nonconforming"_s);
    const QString detail = s.events[0].detail;
    EXPECT_TRUE(detail.contains(u"CR-BIO reçu non conforme"_s)) << detail.toStdString();
    EXPECT_TRUE(detail.contains(u"custodian"_s)) << detail.toStdString();
    EXPECT_TRUE(detail.contains(u"languageCode"_s)) << detail.toStdString();
    EXPECT_TRUE(detail.contains(m_dossier.number)) << detail.toStdString();
    EXPECT_TRUE(m_box.held.contains(uid));
    EXPECT_FALSE(m_box.done.contains(uid));
    auto received = m_db->read([&](storage::ReadTx &tx) { return storage::ReceivedDocumentRepository::forDossier(tx, m_dossier.id); });
    ASSERT_TRUE(received);
    EXPECT_TRUE(received->isEmpty());
    bool audited = false;
    for (const auto &a : mailboxAudit(s.events[0].messageId))
        audited = audited || a.action == u"mailbox.nonconforming"_s;
    EXPECT_TRUE(audited);
    EXPECT_TRUE(poll().events.isEmpty()); // held: not read again
    // Kept for the Envois screen with the checker's reason and the message's bytes.
    const auto rows = kept();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].outcome, u"nonconforming"_s);
    EXPECT_EQ(rows[0].messageId, u"in2@labo-test.mssante.fr"_s);
    EXPECT_EQ(rows[0].reason, detail);
    EXPECT_TRUE(rows[0].reason.contains(u"custodian"_s));
    EXPECT_EQ(rows[0].sender, u"sous-traitant@labo-test.mssante.fr"_s);
    EXPECT_EQ(rows[0].subject, u"XDM/1.0/DDM+CR"_s);
    auto raw = m_db->read([&](storage::ReadTx &tx) { return storage::MailboxMessageRepository::raw(tx, rows[0].id); });
    ASSERT_TRUE(raw);
    EXPECT_EQ(*raw, m_box.messages.at(uid));
}

// Each held message is one row of mailbox_message (with the Date header as its date), in the
// same transaction as its audit row; a message read again because the poll stopped before
// flagging it in the mailbox is neither a second row nor a second audit row.
TEST_P(MailboxPollTest, HeldMessagesAreKeptOnceEvenWhenReadAgain)
{
    static const QRegularExpression date(u"Date: [^\r]*\r\n"_s);
    QByteArray plain = QString::fromLatin1(withAttachment({}, {}, {})).remove(date).toLatin1();
    plain.prepend("Date: Sun, 06 Dec 2026 10:15:00 +0100\r\n");
    const qint64 uid = m_box.add(plain);
    QByteArray noId = QString::fromLatin1(withAttachment({}, {}, {})).remove(date).toLatin1();
    noId.replace("Message-ID: <in1@labo-test.mssante.fr>\r\n", "");
    noId.replace("Ci-joint.", "Autre message.");
    ASSERT_FALSE(noId.contains("Message-ID")) << noId.toStdString();
    m_box.add(noId);

    m_box.failMarkHeld = true;
    workflow::dispatch::MailboxPoll crashing(*m_db, m_box, domain::AuditActor::system(u"test"_s, u"poste"_s),
                                             [this] { return m_now; });
    EXPECT_FALSE(crashing.runOnce());
    EXPECT_EQ(kept().size(), 1) << "recorded before the mailbox failed";
    m_box.failMarkHeld = false;
    const auto s = poll();
    EXPECT_EQ(s.held, 2);
    EXPECT_TRUE(m_box.held.contains(uid));
    const auto rows = kept();
    ASSERT_EQ(rows.size(), 2);
    const auto &first = rows[0].messageId == u"in1@labo-test.mssante.fr"_s ? rows[0] : rows[1];
    const auto &second = rows[0].messageId == u"in1@labo-test.mssante.fr"_s ? rows[1] : rows[0];
    EXPECT_EQ(first.outcome, u"held"_s);
    EXPECT_EQ(first.receivedAt, QDateTime(QDate(2026, 12, 6), QTime(9, 15), QTimeZone::utc()));
    EXPECT_TRUE(first.reason.contains(u"sans compte rendu"_s)) << first.reason.toStdString();
    EXPECT_FALSE(first.handled);
    EXPECT_TRUE(second.messageId.startsWith(u"sha256:"_s)) << second.messageId.toStdString();
    EXPECT_EQ(second.receivedAt, m_now) << "no Date header: the poll time";
    int audits = 0;
    for (const auto &a : mailboxAudit(first.messageId))
        audits += a.action == u"mailbox.held"_s ? 1 : 0;
    EXPECT_EQ(audits, 1);
    EXPECT_EQ(mailboxAudit(second.messageId).size(), 1);
    EXPECT_TRUE(poll().events.isEmpty());
    EXPECT_EQ(kept().size(), 2);
}

TEST_P(MailboxPollTest, AMailboxFailureStopsThePassAndLosesNothing)
{
    m_box.failPending = true;
    workflow::dispatch::MailboxPoll p(*m_db, m_box, domain::AuditActor::system(u"test"_s, u"poste"_s));
    EXPECT_FALSE(p.runOnce());
}

INSTANTIATE_TEST_SUITE_P(Backends, MailboxPollTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
