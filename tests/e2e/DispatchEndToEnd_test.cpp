// Issue 13 item 6: one report from the desk to the DMP and the MSSanté mailboxes, every step
// checked on the REMOTE side (the DMP simulator's registry, the Maildirs of the private Postfix).
// The lab is the demo lab (catalogue, accounts, letterhead); the patient is registered and
// qualified through the INSi simulator; the dossier goes through the users' use cases (order,
// reception, bench, technical and biological validation); the dispatcher runs with the
// product's senders built from the configuration file the test writes (productSenders); the
// prescriber's return receipt is finally read by the real `sgl dispatch --once`.

#include "DispatchEnvironment.h"
#include "InsiSimTestEnv.h"

#include "../storage/StorageFixture.h"

#include "interop/mss/CurlMail.h"
#include "interop/mss/MimeEntity.h"
#include "interop/mss/MssReportMessage.h"
#include "interop/mss/XdmArchive.h"
#include "simulators/dmp/EbXml.h"
#include "storage/DocumentRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/ReportRepository.h"
#include "workflow/auth/AuthService.h"
#include "workflow/bench/TechnicalValidation.h"
#include "workflow/demo/DemoSeeder.h"
#include "workflow/demo/DemoSteps.h"
#include "workflow/dispatch/Dispatcher.h"
#include "workflow/dispatch/DmpDocumentActions.h"
#include "workflow/dispatch/ProductSenders.h"
#include "workflow/identity/QualifyIdentity.h"
#include "workflow/identity/RegisterPatient.h"
#include "workflow/orders/OrderEntry.h"
#include "workflow/validation/BiologicalValidation.h"
#include "workflow/validation/ValidationActions.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::DispatchEnvironment;

namespace {

const QString kPrescriber = u"dr.martin@labo-test.mssante.fr"_s;
const QString kCorrespondent = u"sous-traitant@labo-test.mssante.fr"_s;
const QString kIns = QString::fromLatin1(DispatchEnvironment::kExtraPatientIns); // HERMANN GATIEN in the INSi base
const QString kPatientBox = kIns + u"@patient.mssante.fr"_s;

class DispatchEndToEndTest : public sgl::testing::StorageTest {
protected:
    void SetUp() override
    {
        // A DMP simulator per test: both backends issue the same document ids (same demo lab).
        QString why;
        m_envHolder = DispatchEnvironment::start(&why);
        m_env = m_envHolder.get();
        if (!m_env)
            GTEST_SKIP() << why.toStdString();
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_clock.start();
        m_env->mail().clearMailboxes();
        workflow::DemoSeeder::Options o;
        o.policy.pbkdf2Iterations = 1000;
        m_policy = o.policy;
        auto seeded = workflow::DemoSeeder(*m_db).seed(o);
        ASSERT_TRUE(seeded) << seeded.error().toString().toStdString();
        // The demo's own reports (outbox rows to demo.mssante.fr, out of the test bench) are not
        // part of this story: they are cancelled so that the dispatcher only sees ours.
        ASSERT_TRUE(rawExec(u"UPDATE outbox SET state = 'cancelled'"_s));
        m_secretary = login(u"secretaire"_s, u"Secretariat-2026"_s);
        m_technician = login(u"technicien"_s, u"Paillasse-2026"_s);
        m_biologist = login(u"biologiste"_s, u"Validation-2026"_s);
    }

    domain::UserSession login(const QString &user, const QString &password)
    {
        workflow::AuthService auth(*m_db, m_policy, u"poste-e2e"_s);
        auto s = auth.authenticate(user, password);
        EXPECT_TRUE(s) << user.toStdString() << ": " << (s ? "" : s.error().toString().toStdString());
        return s ? *s : domain::UserSession{};
    }

    /** One pass of the dispatcher with the product's senders (as `sgl dispatch --once`). */
    workflow::dispatch::DispatchRunSummary dispatch()
    {
        QStringList problems;
        auto senders = workflow::dispatch::productSenders(m_env->configFile(), &problems);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
        EXPECT_EQ(senders.channels().size(), 3);
        workflow::dispatch::DispatcherConfig c;
        c.claimant = u"e2e"_s;
        c.actor = domain::AuditActor::system(u"sgl dispatch"_s, u"poste-e2e"_s);
        workflow::dispatch::Dispatcher dispatcher(*m_db, senders, c);
        auto summary = dispatcher.runOnce();
        EXPECT_TRUE(summary) << (summary ? std::string() : summary.error().toString().toStdString());
        if (!summary)
            return {};
        for (const auto &a : summary->attempts)
            EXPECT_EQ(a.outcome, u"sent"_s) << domain::channelCode(a.channel).toStdString() << " "
                                            << a.recipient.toStdString() << ": " << a.error.toStdString() << "\n"
                                            << dmpCalls();
        return *summary;
    }

    std::string dmpCalls()
    {
        std::string s;
        for (const auto &call : m_env->dmp().calls())
            s += (call.action + u' ' + call.outcome + u' ' + call.errorCodes.join(u',') + u'\n').toStdString();
        return s;
    }

    QList<storage::OutboxEntry> rowsOf(const QString &documentId)
    {
        auto rows = m_db->read([&](storage::ReadTx &tx) { return storage::OutboxRepository::forDocument(tx, documentId); });
        EXPECT_TRUE(rows);
        return rows ? *rows : QList<storage::OutboxEntry>{};
    }

    QByteArray storedN3(qint64 versionId)
    {
        auto doc = m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::get(tx, versionId, u"N3"_s); });
        EXPECT_TRUE(doc);
        return doc ? doc->bytes : QByteArray();
    }

    /** The one message of `box` for `documentId`, parsed; checks the MSSanté headers and the XDM zip. */
    interop::mss::MimeEntity checkMail(const QString &box, const QString &documentId, const QByteArray &n3)
    {
        const QByteArray expectedId =
            interop::mss::MssReportMessage::messageId(documentId, box, m_env->mail().env(u"SGL_MAIL_LAB"_s));
        for (const QByteArray &raw : m_env->mail().messages(box)) {
            auto mail = interop::mss::MimeEntity::parse(raw);
            if (interop::mss::MimeEntity::bareMessageId(mail.header("Message-ID")) != expectedId)
                continue;
            EXPECT_TRUE(mail.subject().startsWith(u"XDM/1.0/DDM+"_s)) << mail.subject().toStdString();
            EXPECT_EQ(mail.header("X-MSS-INS"), QByteArray("O"));
            EXPECT_FALSE(mail.header("X-MSS-CODECDA").isEmpty());
            bool zip = false, pdf = false;
            for (const auto *leaf : mail.leaves()) {
                if (leaf->fileName() == u"IHE_XDM.ZIP"_s) {
                    auto entries = interop::mss::XdmArchive::read(leaf->decodedBody());
                    EXPECT_TRUE(entries) << (entries ? "" : entries.error().toString().toStdString());
                    if (entries) {
                        // METADATA.XML lists the CDA (DOC0001.XML) and its PDF rendering.
                        for (const auto &doc : interop::mss::XdmArchive::documents(*entries))
                            zip = zip || (doc.path.endsWith(u"DOC0001.XML"_s) && doc.bytes == n3);
                    }
                }
                pdf = pdf || leaf->fileName().endsWith(u".pdf"_s);
            }
            EXPECT_TRUE(zip) << box.toStdString() << ": IHE_XDM.ZIP absent or not holding the N3 of " << documentId.toStdString();
            EXPECT_TRUE(pdf) << box.toStdString();
            return mail;
        }
        ADD_FAILURE() << "no message " << expectedId.toStdString() << " in " << box.toStdString();
        return {};
    }

    std::unique_ptr<DispatchEnvironment> m_envHolder;
    DispatchEnvironment *m_env = nullptr;
    QElapsedTimer m_clock; ///< from the demo seeding on (the servers start once per process)
    domain::SecurityPolicy m_policy;
    domain::UserSession m_secretary, m_technician, m_biologist;
};

} // namespace

TEST_P(DispatchEndToEndTest, FromTheDeskToTheDmpAndTheMailboxesThenAmendMaskUnmaskWithdraw)
{
    auto &dmp = m_env->dmp();
    ASSERT_EQ(dmp.registry().documentCount(), 0);

    // 1. The secretary registers the patient (identity card seen) and qualifies the INS with INSi.
    workflow::identity::RegistrationRequest reg;
    reg.traits.birthName = u"HERMANN"_s;
    reg.traits.firstBirthName = u"GATIEN"_s;
    reg.traits.birthFirstNames = {u"GATIEN"_s};
    reg.traits.birthDateRaw = u"1981-03-24"_s;
    reg.traits.birthDate = QDate(1981, 3, 24);
    reg.traits.sex = domain::Sex::Male;
    reg.traits.birthPlaceCog = u"63220"_s;
    reg.evidence = {{0, domain::EvidenceType::IdentityCard, {}, {}, {}}};
    reg.duplicatesReviewed = true;
    auto registered = workflow::identity::RegisterPatient(*m_db, m_secretary).run(reg);
    ASSERT_TRUE(registered) << registered.error().toString().toStdString();
    ASSERT_TRUE(registered->created);
    auto insi = InsiSimTestEnv::instance().client(InsiSimTestEnv::instance().normal().endpoint());
    workflow::identity::QualifyIdentity qualify(*m_db, m_secretary, insi);
    auto lookup = qualify.lookup(registered->patient.id);
    ASSERT_TRUE(lookup) << lookup.error().toString().toStdString();
    ASSERT_TRUE(lookup->acceptable) << lookup->message.toStdString();
    auto qualified = qualify.accept(*lookup);
    ASSERT_TRUE(qualified) << qualified.error().toString().toStdString();
    ASSERT_EQ(qualified->status, domain::IdentityStatus::Qual);
    ASSERT_EQ(qualified->ins.full(), kIns);

    // 2. The order (prescriber and a correspondent with MSSanté addresses), reception, bench.
    workflow::orders::DossierRequest order;
    order.patientId = qualified->id;
    order.prescriberName = u"Dr Anne Martin"_s;
    order.prescriberRpps = u"10100000016"_s;
    order.prescriberMssante = kPrescriber;
    order.correspondents = {{u""_s, u"Dr Paul Correspondant"_s, kCorrespondent, true}};
    order.examCodes = {u"CRP"_s};
    order.sampledAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    order.samplerName = u"Infirmière du laboratoire"_s;
    auto change = workflow::orders::OrderEntry(*m_db, m_secretary).create(order);
    ASSERT_TRUE(change) << change.error().toString().toStdString();
    const qint64 dossierId = change->dossier.id;
    ASSERT_TRUE(workflow::DemoSteps::receiveAll(*m_db, m_technician, *change));
    auto entered = workflow::DemoSteps::enter(*m_db, m_technician, dossierId, {{"CRP", "12,5"}});
    ASSERT_TRUE(entered) << entered.error().toString().toStdString();
    auto technical = workflow::bench::TechnicalValidation(*m_db, m_technician).dossier(dossierId);
    ASSERT_TRUE(technical) << technical.error().toString().toStdString();

    // 3. Biological validation issues version 1 with its outbox rows.
    workflow::validation::BiologicalValidation validation(*m_db, m_biologist, workflow::report::IssueReportVersion());
    workflow::validation::ValidationRequest whole;
    whole.dossierId = dossierId;
    auto first = validation.validate(whole);
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    const domain::ReportVersion v1 = first->report.version;
    QSet<QString> planned;
    for (const auto &row : first->report.outbox) {
        EXPECT_EQ(row.state, domain::DispatchState::Pending) << row.recipient.toStdString();
        planned.insert(domain::channelCode(row.channel) + u' ' + row.recipient);
    }
    EXPECT_EQ(planned, (QSet<QString>{u"dmp "_s + kIns, u"mss_pro "_s + kPrescriber, u"mss_pro "_s + kCorrespondent,
                                      u"mss_patient "_s + kPatientBox}));

    // 4. The dispatcher sends the four; the DMP holds the document, each mailbox its message.
    EXPECT_EQ(dispatch().sent, 4);
    for (const auto &row : rowsOf(v1.documentId))
        EXPECT_EQ(row.state, domain::DispatchState::Sent) << row.recipient.toStdString() << ": " << row.lastError.toStdString();
    const QByteArray n3v1 = storedN3(v1.id);
    auto stored1 = dmp.registry().latestByUniqueId(v1.documentId);
    ASSERT_TRUE(stored1.has_value()) << dmpCalls();
    EXPECT_EQ(stored1->patientIns, kIns);
    EXPECT_EQ(stored1->status, QString(simulators::dmp::ebxml::kApproved));
    EXPECT_EQ(stored1->content, n3v1);
    EXPECT_EQ(stored1->confidentiality, QStringList{u"N"_s});
    EXPECT_TRUE(stored1->replaces.isEmpty());
    // The metadata the registry keeps (ITI-41 as submitted): identifiers and the CR-BIO type.
    namespace ebxml = simulators::dmp::ebxml;
    const auto &meta = stored1->metadata;
    EXPECT_EQ(meta.mimeType, u"text/xml"_s);
    EXPECT_EQ(meta.externalId(ebxml::kDocUniqueId), v1.documentId);
    EXPECT_TRUE(meta.externalId(ebxml::kDocPatientId).startsWith(kIns + u"^^^&1.2.250.1.213.1.4.10&ISO"_s))
        << meta.externalId(ebxml::kDocPatientId).toStdString();
    const auto type = meta.classified(ebxml::kDocTypeCode);
    ASSERT_EQ(type.size(), 1);
    EXPECT_EQ(type.first().code, u"11502-2"_s); // LOINC « CR d'examens biologiques »
    EXPECT_FALSE(meta.classified(ebxml::kDocAuthor).isEmpty());
    EXPECT_EQ(dmp.registry().documentCount(), 1);
    for (const QString &box : {kPrescriber, kCorrespondent, kPatientBox})
        ASSERT_TRUE(m_env->mail().waitForMessages(box, 1)) << box.toStdString() << "\n" << m_env->mail().postfixLog().toStdString();
    const auto mail1 = checkMail(kPrescriber, v1.documentId, n3v1);
    checkMail(kCorrespondent, v1.documentId, n3v1);
    checkMail(kPatientBox, v1.documentId, n3v1);

    // 5. Amendment: unvalidated with its reason, validated again -> version 2, same set, RPLC.
    auto undone = workflow::validation::ValidationActions(*m_db, m_biologist)
                      .unvalidate(dossierId, std::nullopt, {u"CRP"_s}, u"Valeur transcrite à vérifier"_s);
    ASSERT_TRUE(undone) << undone.error().toString().toStdString();
    whole.amendmentReason = u"Contrôle effectué : valeur confirmée"_s;
    auto second = validation.validate(whole);
    ASSERT_TRUE(second) << second.error().toString().toStdString();
    const domain::ReportVersion v2 = second->report.version;
    EXPECT_EQ(v2.versionNumber, 2);
    EXPECT_EQ(v2.setId, v1.setId);
    EXPECT_EQ(v2.replacesDocumentId, v1.documentId);
    EXPECT_EQ(dispatch().sent, 4);
    auto stored2 = dmp.registry().latestByUniqueId(v2.documentId);
    ASSERT_TRUE(stored2.has_value()) << dmpCalls();
    EXPECT_EQ(stored2->content, storedN3(v2.id));
    EXPECT_EQ(stored2->replaces, stored1->entryUuid); // RPLC association to version 1
    EXPECT_EQ(dmp.registry().latestByUniqueId(v1.documentId)->status, QString(simulators::dmp::ebxml::kDeprecated));
    EXPECT_EQ(dmp.registry().documentCount(), 2);
    ASSERT_TRUE(m_env->mail().waitForMessages(kPrescriber, 2));
    ASSERT_TRUE(m_env->mail().waitForMessages(kPatientBox, 2));
    const auto correction = checkMail(kPrescriber, v2.documentId, storedN3(v2.id));
    const QByteArray firstId = interop::mss::MimeEntity::bareMessageId(mail1.header("Message-ID"));
    EXPECT_EQ(interop::mss::MimeEntity::bareMessageId(correction.header("In-Reply-To")), firstId);
    EXPECT_TRUE(correction.header("References").contains(firstId));

    // 6. Masked to professionals after publication (ITI-57), then unmasked.
    workflow::dispatch::DmpDocumentActions actions(*m_db, m_biologist);
    workflow::dispatch::DmpMasks masked;
    masked.maskedToProfessionals = true;
    auto maskRow = actions.changeMasks(v2.id, masked, u"Demande du patient"_s);
    ASSERT_TRUE(maskRow) << maskRow.error().toString().toStdString();
    EXPECT_EQ(maskRow->operation, domain::DispatchOperation::UpdateSharing);
    EXPECT_EQ(dispatch().sent, 1);
    auto afterMask = dmp.registry().latestByUniqueId(v2.documentId);
    ASSERT_TRUE(afterMask.has_value());
    EXPECT_TRUE(afterMask->confidentiality.contains(u"MASQUE_PS"_s)) << afterMask->confidentiality.join(u',').toStdString();
    EXPECT_EQ(afterMask->status, QString(simulators::dmp::ebxml::kApproved));

    auto unmaskRow = actions.changeMasks(v2.id, {}, u"Le patient lève le masquage"_s);
    ASSERT_TRUE(unmaskRow) << unmaskRow.error().toString().toStdString();
    EXPECT_EQ(dispatch().sent, 1);
    auto afterUnmask = dmp.registry().latestByUniqueId(v2.documentId);
    ASSERT_TRUE(afterUnmask.has_value());
    EXPECT_FALSE(afterUnmask->confidentiality.contains(u"MASQUE_PS"_s)) << afterUnmask->confidentiality.join(u',').toStdString();

    // 7. Withdrawn: the DMP shows it deleted; nothing is due any more.
    auto withdrawRow = actions.withdraw(v2.id, u"Compte rendu adressé au mauvais patient (exercice)"_s);
    ASSERT_TRUE(withdrawRow) << withdrawRow.error().toString().toStdString();
    EXPECT_EQ(withdrawRow->operation, domain::DispatchOperation::Delete);
    EXPECT_EQ(dispatch().sent, 1);
    EXPECT_EQ(dmp.registry().latestByUniqueId(v2.documentId)->status, QString(simulators::dmp::ebxml::kDeleted));
    EXPECT_EQ(dispatch().attempts.size(), 0);
    for (const auto &row : rowsOf(v2.documentId))
        EXPECT_EQ(row.state, domain::DispatchState::Sent) << domain::channelCode(row.channel).toStdString();


    // 8. The prescriber's return receipt of the correction, read by `sgl dispatch --once` (the
    //    real command, same configuration file): the row is acknowledged.
    const QByteArray correctionId = interop::mss::MimeEntity::bareMessageId(correction.header("Message-ID"));
    const QString lab = m_env->mail().env(u"SGL_MAIL_LAB"_s);
    const QByteArray mdn = "From: " + kPrescriber.toUtf8() + "\r\nTo: " + lab.toUtf8()
                           + "\r\nSubject: Accuse de reception\r\nMessage-ID: <mdn-e2e@labo-test.mssante.fr>\r\n"
                             "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=disposition-notification; "
                             "boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nLu.\r\n"
                             "--b\r\nContent-Type: message/disposition-notification\r\n\r\nFinal-Recipient: rfc822; "
                           + kPrescriber.toUtf8() + "\r\nOriginal-Message-ID: <" + correctionId
                           + ">\r\nDisposition: automatic-action/MDN-sent-automatically; processed\r\n\r\n--b--\r\n";
    interop::mss::CurlMail::Request r;
    r.url = m_env->mail().env(u"SGL_MAIL_SMTP_URL"_s);
    r.mailFrom = "<" + kPrescriber.toUtf8() + ">";
    r.recipients = {"<" + lab.toUtf8() + ">"};
    r.upload = mdn;
    auto delivered = interop::mss::CurlMail(m_env->mail().labConfig()).perform(r);
    ASSERT_TRUE(delivered) << delivered.error().message.toStdString();
    ASSERT_TRUE(m_env->mail().waitForMessages(lab, 1));
    QProcess sgl;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SGL_DB_URL"_s);
    env.insert(u"SGL_CONFIG"_s, m_env->configFile());
    sgl.setProcessEnvironment(env);
    sgl.start(QStringLiteral(SGL_CLI_PATH), {u"--db"_s, m_scratch->url(), u"dispatch"_s, u"--once"_s});
    ASSERT_TRUE(sgl.waitForFinished(60000));
    const QString out = QString::fromUtf8(sgl.readAllStandardOutput());
    EXPECT_EQ(sgl.exitCode(), 0) << out.toStdString() << sgl.readAllStandardError().toStdString();
    EXPECT_TRUE(out.contains(u"\"outcome\":\"acknowledged\""_s)) << out.toStdString();
    bool acknowledged = false;
    for (const auto &row : rowsOf(v2.documentId))
        acknowledged = acknowledged
                       || (row.recipient == kPrescriber && row.state == domain::DispatchState::Acknowledged
                           && row.acknowledgement.toLatin1() == correctionId);
    EXPECT_TRUE(acknowledged);

    std::printf("[ e2e      ] %s: %.1f s\n", sgl::testing::backendName({GetParam(), 0}).c_str(), m_clock.elapsed() / 1000.0);
}

INSTANTIATE_TEST_SUITE_P(e2e, DispatchEndToEndTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
