// MSSanté end to end on both backends, against the real Postfix + Dovecot of
// tests/mail/mail-servers.sh: MssSender through the Dispatcher, then MailboxPoll reading the
// lab's mailbox over IMAP (bounce, return receipts, malformed receipt, masking, SMTP errors).

#include "DispatchTestSupport.h"
#include "MailServers.h"

#include "../../interop/mss/MssTestData.h"

#include "interop/mss/CurlMail.h"
#include "interop/mss/ImapClient.h"
#include "interop/mss/MimeEntity.h"
#include "interop/mss/MssReportMessage.h"
#include "workflow/dispatch/ImapMailboxSource.h"
#include "workflow/dispatch/MailboxPoll.h"
#include "workflow/dispatch/MssSender.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::MailServers;
using workflow::dispatch::SenderRegistry;

namespace {

const QString kDr = u"dr.martin@labo-test.mssante.fr"_s;
const QString kPatientIns = u"279035121518989"_s;
const QString kUnknownIns = u"199999999999999"_s;

class MssDispatchTest : public sgl::testing::DispatchTest {
protected:
    void SetUp() override
    {
        QString why;
        m_servers = MailServers::instance(&why);
        if (!m_servers)
            GTEST_SKIP() << why.toStdString();
        DispatchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_servers->clearMailboxes();
        drainMailbox();
        m_settings.client = m_servers->labConfig();
        m_settings.laboratoryName = u"Laboratoire SGL Test"_s;
        m_settings.sourceOid = u"1.2.250.1.999.1"_s;
        for (auto channel : {domain::Channel::MssPro, domain::Channel::MssPatient}) {
            auto sender = workflow::dispatch::MssSender::create(channel, m_settings);
            ASSERT_TRUE(sender) << sender.error().message.toStdString();
            m_senders.add(*sender);
        }
        m_now = QDateTime::currentDateTimeUtc();
    }

    /** Marks what earlier tests left in the shared lab mailbox as done: each test sees its own mail. */
    void drainMailbox()
    {
        auto imap = interop::mss::ImapClient::create(m_servers->labConfig());
        ASSERT_TRUE(imap);
        auto uids = imap->pending();
        ASSERT_TRUE(uids) << uids.error().message.toStdString();
        for (qint64 uid : *uids)
            ASSERT_TRUE(imap->markDone(uid));
    }

    /** A report version whose N3 is a real CR-BIO header for `ins`, with its PDFs. */
    domain::ReportVersion mssVersion(const QString &documentId, const QString &ins = kPatientIns,
                                     const domain::SharingChoices &sharing = {}, const QString &replaces = {})
    {
        domain::ReportVersion v;
        v.dossierId = m_dossier.id;
        v.setId = u"1.2.250.1.999.9.7"_s;
        v.documentId = documentId;
        v.versionNumber = replaces.isEmpty() ? 1 : 2;
        v.replacesDocumentId = replaces;
        v.amendmentReason = replaces.isEmpty() ? QString() : u"Correction"_s;
        v.status = domain::ReportVersion::Status::Issued;
        v.createdBy = u"bio1"_s;
        v.sharing = sharing;
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            if (auto s = storage::ReportRepository::insert(tx, v); !s)
                return s;
            for (const auto &[kind, type, bytes] :
                 {std::tuple{u"N3"_s, u"text/xml"_s, interop::mss::test::sampleCda(documentId, u"ÉTIENNE-TEST"_s, ins)},
                  std::tuple{u"PDF"_s, u"application/pdf"_s, interop::mss::test::samplePdf()},
                  std::tuple{u"PDF-patient"_s, u"application/pdf"_s, interop::mss::test::samplePdf() + "patient"}}) {
                storage::StoredDocument doc;
                doc.reportVersionId = v.id;
                doc.kind = kind;
                doc.mediaType = type;
                doc.bytes = bytes;
                doc.createdBy = u"bio1"_s;
                if (auto s = storage::DocumentRepository::insert(tx, doc); !s)
                    return s;
            }
            return {};
        });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return v;
    }

    workflow::dispatch::DispatchRunSummary dispatchOnce()
    {
        auto d = dispatcher(m_senders);
        auto summary = d.runOnce();
        EXPECT_TRUE(summary) << (summary ? std::string() : summary.error().toString().toStdString());
        return summary ? *summary : workflow::dispatch::DispatchRunSummary{};
    }

    workflow::dispatch::MailboxPollSummary poll()
    {
        auto imap = interop::mss::ImapClient::create(m_servers->labConfig());
        EXPECT_TRUE(imap);
        workflow::dispatch::ImapMailboxSource source(std::move(*imap));
        workflow::dispatch::MailboxPoll mailboxPoll(*m_db, source,
                                                    domain::AuditActor::system(u"test mailbox"_s, u"poste-test"_s));
        auto summary = mailboxPoll.runOnce();
        EXPECT_TRUE(summary) << (summary ? std::string() : summary.error().toString().toStdString());
        return summary ? *summary : workflow::dispatch::MailboxPollSummary{};
    }

    /** Sends a raw message to the lab's mailbox as a correspondent would (an MDN...). */
    void deliverToLab(const QByteArray &raw)
    {
        interop::mss::CurlMail::Request r;
        r.url = m_servers->env(u"SGL_MAIL_SMTP_URL"_s);
        r.mailFrom = "<" + kDr.toUtf8() + ">";
        r.recipients = {"<" + m_servers->env(u"SGL_MAIL_LAB"_s).toUtf8() + ">"};
        r.upload = raw;
        auto ok = interop::mss::CurlMail(m_servers->labConfig()).perform(r);
        ASSERT_TRUE(ok) << ok.error().message.toStdString();
    }

    QByteArray mdn(const QString &originalMessageId, const QByteArray &disposition)
    {
        QByteArray m = "From: " + kDr.toUtf8() + "\r\nTo: " + m_servers->env(u"SGL_MAIL_LAB"_s).toUtf8()
                       + "\r\nSubject: Accuse de reception\r\nMessage-ID: <mdn-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch())
                       + "@labo-test.mssante.fr>\r\nMIME-Version: 1.0\r\n"
                         "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b\"\r\n\r\n"
                         "--b\r\nContent-Type: text/plain\r\n\r\nTraite.\r\n"
                         "--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
                         "Final-Recipient: rfc822; " + kDr.toUtf8() + "\r\n";
        if (!originalMessageId.isEmpty())
            m += "Original-Message-ID: <" + originalMessageId.toUtf8() + ">\r\n";
        if (!disposition.isEmpty())
            m += "Disposition: " + disposition + "\r\n";
        m += "\r\n--b--\r\n";
        return m;
    }

    MailServers *m_servers = nullptr;
    workflow::dispatch::MssSettings m_settings;
    SenderRegistry m_senders;
};

} // namespace

TEST_P(MssDispatchTest, ReportGoesToTheCorrespondentAndToThePatientThenReceiptsAcknowledge)
{
    const auto v = mssVersion(u"1.2.250.1.999.9.7.1"_s, kPatientIns, [] {
        domain::SharingChoices s;
        s.sendToPatientMss = true;
        return s;
    }());
    const auto pro = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    const QString patientAddress = kPatientIns + u"@patient.mssante.fr"_s;
    const auto patient = enqueue(domain::Channel::MssPatient, patientAddress, v.documentId);
    const auto summary = dispatchOnce();
    EXPECT_EQ(summary.sent, 2);
    const QString lab = m_servers->env(u"SGL_MAIL_LAB"_s);
    const QString proId = QString::fromLatin1(interop::mss::MssReportMessage::messageId(v.documentId, kDr, lab));
    EXPECT_EQ(row(pro.id).state, domain::DispatchState::Sent);
    EXPECT_EQ(row(pro.id).acknowledgement, proId);

    ASSERT_TRUE(m_servers->waitForMessages(kDr, 1)) << m_servers->postfixLog().toStdString();
    ASSERT_TRUE(m_servers->waitForMessages(patientAddress, 1));
    const auto proMail = interop::mss::MimeEntity::parse(m_servers->messages(kDr).first());
    const auto patientMail = interop::mss::MimeEntity::parse(m_servers->messages(patientAddress).first());
    EXPECT_EQ(interop::mss::MimeEntity::bareMessageId(proMail.header("Message-ID")), proId.toLatin1());
    EXPECT_EQ(patientMail.header("X-MSS-INS"), QByteArray("O"));
    // The patient receives the patient version of the PDF.
    bool patientPdf = false;
    for (const auto *leaf : patientMail.leaves())
        patientPdf = patientPdf || leaf->decodedBody().endsWith("patient");
    EXPECT_TRUE(patientPdf);

    deliverToLab(mdn(proId, "automatic-action/MDN-sent-automatically; processed"));
    ASSERT_TRUE(m_servers->waitForMessages(lab, 1));
    const auto polled = poll();
    EXPECT_EQ(polled.acknowledged, 1);
    EXPECT_EQ(row(pro.id).state, domain::DispatchState::Acknowledged);
    EXPECT_EQ(row(patient.id).state, domain::DispatchState::Sent);
    bool audited = false;
    for (const auto &a : auditOf(pro.id))
        audited = audited || a.action == u"dispatch.acknowledged"_s;
    EXPECT_TRUE(audited);
    // Reading the mailbox again changes nothing (the receipt is done).
    EXPECT_TRUE(poll().events.isEmpty());
}

TEST_P(MssDispatchTest, ResendAfterACrashIsTheSameMessage)
{
    const auto v = mssVersion(u"1.2.250.1.999.9.7.2"_s);
    const auto pro = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    workflow::dispatch::DispatchItem item;
    item.row = pro;
    item.uniqueId = v.documentId;
    item.version = v;
    item.dossierNumber = m_dossier.number;
    item.document = [&](const QString &kind) {
        return m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::get(tx, v.id, kind); });
    };
    auto *sender = m_senders.find(domain::Channel::MssPro);
    const auto first = sender->send(item);
    item.attempt = 2;
    const auto second = sender->send(item);
    ASSERT_EQ(first.kind, workflow::dispatch::SendOutcome::Kind::Sent) << first.reason.toStdString();
    ASSERT_EQ(second.kind, workflow::dispatch::SendOutcome::Kind::Sent) << second.reason.toStdString();
    EXPECT_EQ(first.acknowledgement, second.acknowledgement);
    ASSERT_TRUE(m_servers->waitForMessages(kDr, 2));
    const auto mails = m_servers->messages(kDr);
    EXPECT_EQ(interop::mss::MimeEntity::parse(mails[0]).header("Message-ID"),
              interop::mss::MimeEntity::parse(mails[1]).header("Message-ID"));
}

TEST_P(MssDispatchTest, BounceForAnUnknownPatientParksTheRow)
{
    const auto v = mssVersion(u"1.2.250.1.999.9.7.3"_s, kUnknownIns);
    const auto row0 = enqueue(domain::Channel::MssPatient, kUnknownIns + u"@patient.mssante.fr"_s, v.documentId);
    EXPECT_EQ(dispatchOnce().sent, 1);
    ASSERT_TRUE(m_servers->waitForMessages(m_servers->env(u"SGL_MAIL_LAB"_s), 1)) << m_servers->postfixLog().toStdString();
    const auto polled = poll();
    EXPECT_EQ(polled.parked, 1);
    const auto after = row(row0.id);
    EXPECT_EQ(after.state, domain::DispatchState::Parked);
    EXPECT_TRUE(after.lastError.contains(u"5.1.1"_s)) << after.lastError.toStdString();
    bool audited = false;
    for (const auto &a : auditOf(row0.id))
        audited = audited || a.action == u"dispatch.remote_failure"_s;
    EXPECT_TRUE(audited);
}

TEST_P(MssDispatchTest, MdnErrorParksAndMalformedMdnIsHeldWithoutLosingAnything)
{
    const auto v = mssVersion(u"1.2.250.1.999.9.7.4"_s);
    const auto pro = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    EXPECT_EQ(dispatchOnce().sent, 1);
    const QString id = row(pro.id).acknowledgement;
    deliverToLab(mdn(id, {})); // no Disposition: malformed
    ASSERT_TRUE(m_servers->waitForMessages(m_servers->env(u"SGL_MAIL_LAB"_s), 1));
    auto polled = poll();
    EXPECT_EQ(polled.held, 1);
    ASSERT_EQ(polled.events.size(), 1);
    EXPECT_TRUE(polled.events[0].detail.contains(u"Disposition"_s)) << polled.events[0].detail.toStdString();
    EXPECT_EQ(row(pro.id).state, domain::DispatchState::Sent);
    auto imap = interop::mss::ImapClient::create(m_servers->labConfig());
    EXPECT_EQ(imap->held()->size(), 1); // still in the mailbox, flagged for a human

    deliverToLab(mdn(id, "automatic-action/MDN-sent-automatically; processed/Error: 902^Identifiant de patient inconnu"));
    ASSERT_TRUE(m_servers->waitForMessages(m_servers->env(u"SGL_MAIL_LAB"_s), 2));
    polled = poll();
    EXPECT_EQ(polled.parked, 1);
    EXPECT_EQ(row(pro.id).state, domain::DispatchState::Parked);
    EXPECT_TRUE(row(pro.id).lastError.contains(u"902"_s));
}

TEST_P(MssDispatchTest, MaskedVersionsAreNeverSent)
{
    domain::SharingChoices masked;
    masked.maskedToProfessionals = true;
    masked.hiddenFromPatientUntilAnnouncement = true;
    const auto v = mssVersion(u"1.2.250.1.999.9.7.5"_s, kPatientIns, masked);
    const auto pro = enqueue(domain::Channel::MssPro, kDr, v.documentId);
    const auto patient = enqueue(domain::Channel::MssPatient, kPatientIns + u"@patient.mssante.fr"_s, v.documentId);
    const auto summary = dispatchOnce();
    EXPECT_EQ(summary.parked, 2);
    EXPECT_EQ(row(pro.id).state, domain::DispatchState::Parked);
    EXPECT_TRUE(row(pro.id).lastError.contains(u"masqué"_s));
    EXPECT_TRUE(row(patient.id).lastError.contains(u"invisible"_s));
    EXPECT_TRUE(m_servers->messages(kDr).isEmpty());
}

TEST_P(MssDispatchTest, SmtpRefusalIsParkedAndDeferralRetried)
{
    const auto v = mssVersion(u"1.2.250.1.999.9.7.6"_s);
    const auto refused = enqueue(domain::Channel::MssPro, u"refuse@labo-test.mssante.fr"_s, v.documentId);
    const auto busy = enqueue(domain::Channel::MssPro, u"busy@labo-test.mssante.fr"_s, v.documentId);
    const auto wrongPatient = enqueue(domain::Channel::MssPatient, u"288091234567823@patient.mssante.fr"_s, v.documentId);
    dispatchOnce();
    EXPECT_EQ(row(refused.id).state, domain::DispatchState::Parked);
    EXPECT_TRUE(row(refused.id).lastError.contains(u"550"_s)) << row(refused.id).lastError.toStdString();
    EXPECT_EQ(row(busy.id).state, domain::DispatchState::Failed);
    EXPECT_TRUE(row(busy.id).lastError.contains(u"450"_s));
    EXPECT_EQ(row(wrongPatient.id).state, domain::DispatchState::Parked); // INS of the CDA differs
}

INSTANTIATE_TEST_SUITE_P(Backends, MssDispatchTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
