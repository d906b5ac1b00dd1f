// Issue 13 item 4 (mailbox reading) end to end: subcontractors' reports delivered by the real
// Postfix into the lab's Dovecot mailbox, read by LabMailbox (IMAP, the configuration file of
// the product) and handed to the existing subcontractor import. Three messages:
//  - an IHE_XDM.ZIP holding a CR-BIO N3 of a known patient for one of our dossiers -> imported,
//    stored as received and merged into the dossier's next report;
//  - a PDF alone (no structured identity to match a patient with) -> held for a human;
//  - an IHE_XDM.ZIP holding the same CR-BIO made nonconforming -> "nonconforming", held for a
//    human with « CR-BIO reçu non conforme : … », nothing imported.
// The ANS kit (shared/tools/cda-validate) is run on both CDAs: the good one passes it, the broken
// one fails it, so the product's check and the kit agree on these documents.

#include "CdaTestFixtures.h"
#include "CdaValidator.h"
#include "DispatchEnvironment.h"

#include "../storage/StorageFixture.h"

#include "interop/cda/CdaN3Writer.h"
#include "interop/mss/CurlMail.h"
#include "interop/mss/ImapClient.h"
#include "interop/mss/MimeMessage.h"
#include "interop/mss/XdmArchive.h"
#include "storage/DossierRepository.h"
#include "storage/ReceivedDocumentRepository.h"
#include "workflow/demo/DemoSeeder.h"
#include "workflow/dispatch/LabMailbox.h"
#include "workflow/report/LabSettings.h"
#include "workflow/report/ReportAssembler.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::DispatchEnvironment;

namespace {

const QString kSubcontractor = u"sous-traitant@labo-test.mssante.fr"_s;

class MailboxImportTest : public sgl::testing::StorageTest {
protected:
    void SetUp() override
    {
        QString why;
        m_envHolder = DispatchEnvironment::start(&why);
        m_env = m_envHolder.get();
        if (!m_env)
            GTEST_SKIP() << why.toStdString();
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_env->mail().clearMailboxes();
        drainLabMailbox();
        workflow::DemoSeeder::Options o;
        o.policy.pbkdf2Iterations = 1000;
        auto seeded = workflow::DemoSeeder(*m_db).seed(o);
        ASSERT_TRUE(seeded) << seeded.error().toString().toStdString();
    }

    /** What earlier tests of the process left in the lab's mailbox is marked done. */
    void drainLabMailbox()
    {
        auto imap = interop::mss::ImapClient::create(m_env->mail().labConfig());
        ASSERT_TRUE(imap);
        auto uids = imap->pending();
        ASSERT_TRUE(uids) << uids.error().message.toStdString();
        for (qint64 uid : *uids)
            ASSERT_TRUE(imap->markDone(uid));
    }

    /** Submits `message` to the lab's mailbox over SMTP (STARTTLS, client certificate) as the subcontractor. */
    void deliverToLab(const interop::mss::MimeMessage &message)
    {
        auto bytes = message.toBytes();
        ASSERT_TRUE(bytes) << bytes.error().message.toStdString();
        interop::mss::CurlMail::Request r;
        r.url = m_env->mail().env(u"SGL_MAIL_SMTP_URL"_s);
        r.mailFrom = "<" + kSubcontractor.toUtf8() + ">";
        r.recipients = {"<" + m_env->mail().env(u"SGL_MAIL_LAB"_s).toUtf8() + ">"};
        r.upload = *bytes;
        auto ok = interop::mss::CurlMail(m_env->mail().labConfig()).perform(r);
        ASSERT_TRUE(ok) << ok.error().message.toStdString();
    }

    interop::mss::MimeMessage message(const QByteArray &id, const QList<interop::mss::MimeAttachment> &attachments)
    {
        interop::mss::MimeMessage m;
        m.from = kSubcontractor;
        m.to = {m_env->mail().env(u"SGL_MAIL_LAB"_s)};
        m.subject = u"XDM/1.0/DDM+Compte rendu de biologie"_s;
        m.messageId = id + "@labo-test.mssante.fr";
        m.bodyText = u"Compte rendu du laboratoire sous-traitant."_s;
        m.attachments = attachments;
        return m;
    }

    QByteArray xdmZip(const QByteArray &cda)
    {
        interop::mss::XdmPackage package;
        package.cda = cda;
        auto summary = interop::mss::CdaSummary::read(cda);
        EXPECT_TRUE(summary) << (summary ? "" : summary.error().message.toStdString());
        if (summary)
            package.summary = *summary;
        package.pdf = sgl::test::minimalPdf(u"Sous-traitant"_s);
        package.laboratoryName = u"Laboratoire spécialisé de Lyon"_s;
        package.sourceId = u"1.2.250.1.999.77"_s;
        package.intendedRecipient = m_env->mail().env(u"SGL_MAIL_LAB"_s);
        package.confidentialityCodes = {u"N"_s};
        package.submissionTime = QDateTime(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());
        auto zip = interop::mss::XdmArchive::write(package);
        EXPECT_TRUE(zip) << (zip ? "" : zip.error().message.toStdString());
        return zip ? *zip : QByteArray();
    }

    QList<storage::ReceivedDocument> received(qint64 dossierId)
    {
        auto docs = m_db->read([&](storage::ReadTx &tx) { return storage::ReceivedDocumentRepository::forDossier(tx, dossierId); });
        EXPECT_TRUE(docs);
        return docs ? *docs : QList<storage::ReceivedDocument>{};
    }

    std::unique_ptr<DispatchEnvironment> m_envHolder;
    DispatchEnvironment *m_env = nullptr;
    domain::AuditActor m_actor{0, u"biologiste"_s, u"poste-e2e"_s};
};

} // namespace

TEST_P(MailboxImportTest, SubcontractorReportsDeliveredByPostfixAreImportedHeldOrRefusedAsNonconforming)
{
    // A validated demo dossier and, as the subcontractor would write it, a CR-BIO N3 of the same
    // patient naming our dossier number (inFulfillmentOf): here produced by another SGL.
    auto dossiers = m_db->read([](storage::ReadTx &tx) {
        return storage::DossierRepository::withStatus(tx, domain::DossierStatus::Validated);
    });
    ASSERT_TRUE(dossiers && !dossiers->isEmpty());
    const domain::Dossier dossier = dossiers->first();
    auto settings = workflow::report::LabSettings::load(*m_db);
    ASSERT_TRUE(settings) << settings.error().toString().toStdString();
    auto content = workflow::report::ReportAssembler(*m_db, *settings).assemble(dossier.id, u"biologiste"_s, m_actor);
    ASSERT_TRUE(content) << content.error().toString().toStdString();
    domain::ReportContent theirs = *content;
    ASSERT_EQ(theirs.orderId, dossier.number);
    theirs.attachments.clear();
    theirs.laboratory.name = u"Laboratoire spécialisé de Lyon"_s;
    theirs.laboratory.finess = u"690000002"_s;
    theirs.laboratory.streetLine = u"5 avenue des Analyses"_s;
    theirs.laboratory.postalCode = u"69003"_s;
    theirs.laboratory.city = u"LYON"_s;
    theirs.pdfCopy = sgl::test::minimalPdf(u"Sous-traitant"_s);
    theirs.documentId = u"1.2.250.1.999.77.1.1"_s;
    theirs.setId = u"1.2.250.1.999.77.1"_s;
    theirs.orderIdRoot = u"1.2.250.1.999.77.3"_s;
    auto good = interop::cda::CdaN3Writer::write(theirs);
    ASSERT_TRUE(good) << good.error().toString().toStdString();

    // The same document without its custodian (mandatory in the CDA R2 schema) nor languageCode.
    theirs.documentId = u"1.2.250.1.999.77.1.2"_s;
    auto broken = interop::cda::CdaN3Writer::write(theirs);
    ASSERT_TRUE(broken);
    const qsizetype from = broken->indexOf("<custodian");
    const qsizetype to = broken->indexOf("</custodian>");
    ASSERT_TRUE(from > 0 && to > from);
    broken->remove(from, to + qsizetype(sizeof("</custodian>")) - 1 - from);
    ASSERT_TRUE(broken->contains("<languageCode code=\"fr-FR\"/>"));
    broken->replace("<languageCode code=\"fr-FR\"/>", "");

    // The ANS kit agrees: the good one passes, the broken one fails.
    if (const std::string missing = sgl::testing::cdaValidatorMissing(); !missing.empty())
        GTEST_SKIP() << missing;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString goodPath = dir.filePath(u"recu-conforme.xml"_s);
    const QString brokenPath = dir.filePath(u"recu-non-conforme.xml"_s);
    for (const auto &[path, bytes] : {std::pair{goodPath, *good}, std::pair{brokenPath, *broken}}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const auto kitGood = sgl::testing::runCdaValidate({goodPath});
    EXPECT_EQ(kitGood.exitCode, 0) << kitGood.output;
    const auto kitBroken = sgl::testing::runCdaValidate({brokenPath});
    EXPECT_EQ(kitBroken.exitCode, 1) << kitBroken.output; // 1 = refused; 2 (could not run) is a failure too
    EXPECT_NE(kitBroken.output.find("custodian"), std::string::npos) << kitBroken.output;

    // Three messages into the lab's mailbox through the real Postfix.
    deliverToLab(message("cr-n3", {{u"IHE_XDM.ZIP"_s, "application/zip", xdmZip(*good)}}));
    deliverToLab(message("cr-pdf", {{u"CR_sous-traitant.pdf"_s, "application/pdf", sgl::test::minimalPdf(u"PDF seul"_s)}}));
    deliverToLab(message("cr-broken", {{u"IHE_XDM.ZIP"_s, "application/zip", xdmZip(*broken)}}));
    const QString lab = m_env->mail().env(u"SGL_MAIL_LAB"_s);
    ASSERT_TRUE(m_env->mail().waitForMessages(lab, 3)) << m_env->mail().postfixLog().toStdString();

    // The product's reading of the mailbox: IMAP with the [mssante] section of the configuration file.
    auto polled = workflow::dispatch::LabMailbox::pollOnce(*m_db, domain::AuditActor::system(u"sgl dispatch"_s, u"poste-e2e"_s),
                                                           m_env->configFile());
    ASSERT_TRUE(polled) << polled.error().toString().toStdString();
    ASSERT_TRUE(polled->has_value());
    const auto &summary = **polled;
    QHash<QString, workflow::dispatch::MailboxEvent> byId;
    for (const auto &e : summary.events)
        byId.insert(e.messageId, e);
    ASSERT_EQ(summary.events.size(), 3);
    EXPECT_EQ(summary.imported, 1);
    EXPECT_EQ(summary.held, 1);
    EXPECT_EQ(summary.nonconforming, 1);
    EXPECT_EQ(byId.value(u"cr-n3@labo-test.mssante.fr"_s).outcome, u"imported"_s)
        << byId.value(u"cr-n3@labo-test.mssante.fr"_s).detail.toStdString();
    EXPECT_EQ(byId.value(u"cr-pdf@labo-test.mssante.fr"_s).outcome, u"held"_s);
    const auto nonconforming = byId.value(u"cr-broken@labo-test.mssante.fr"_s);
    EXPECT_EQ(nonconforming.outcome, u"nonconforming"_s);
    EXPECT_TRUE(nonconforming.detail.contains(u"CR-BIO reçu non conforme"_s)) << nonconforming.detail.toStdString();
    EXPECT_TRUE(nonconforming.detail.contains(u"custodian"_s)) << nonconforming.detail.toStdString();

    // What is stored: the good CDA only, as received, with its producer.
    const auto docs = received(dossier.id);
    ASSERT_EQ(docs.size(), 1);
    EXPECT_EQ(docs.first().kind, u"SUBCONTRACTOR-CDA"_s);
    EXPECT_EQ(docs.first().bytes, *good);
    EXPECT_EQ(docs.first().producerFiness, u"690000002"_s);
    EXPECT_TRUE(docs.first().sourceDocumentId.startsWith(u"1.2.250.1.999.77.1.1"_s)) << docs.first().sourceDocumentId.toStdString();
    // ...and its results are merged into the dossier's next report, performed by the subcontractor.
    auto merged = workflow::report::ReportAssembler(*m_db, *settings).assemble(dossier.id, u"biologiste"_s, m_actor);
    ASSERT_TRUE(merged) << merged.error().toString().toStdString();
    int subcontracted = 0;
    for (const auto &ch : merged->chapters)
        for (const auto &b : ch.batteries)
            for (const auto &o : b.observations)
                if (o.performer && o.performer->finess == u"690000002"_s)
                    ++subcontracted;
    EXPECT_GT(subcontracted, 0);

    // The two others stay in the mailbox, flagged for a human; nothing is read twice.
    auto imap = interop::mss::ImapClient::create(m_env->mail().labConfig());
    ASSERT_TRUE(imap);
    auto held = imap->held();
    ASSERT_TRUE(held);
    EXPECT_EQ(held->size(), 2);
    auto again = workflow::dispatch::LabMailbox::pollOnce(*m_db, domain::AuditActor::system(u"sgl dispatch"_s, u"poste-e2e"_s),
                                                          m_env->configFile());
    ASSERT_TRUE(again && again->has_value());
    EXPECT_TRUE((*again)->events.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(e2e, MailboxImportTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
