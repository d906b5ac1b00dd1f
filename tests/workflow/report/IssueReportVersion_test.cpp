// IssueReportVersion over the demo data on both back ends: one requirements check per build,
// the version issued inside the caller's transaction (all or nothing), partial -> complete ->
// amended chain, sharing choices stored on the version, outbox rows per channel and recipient.
#include "CdaTestFixtures.h"
#include "StorageFixture.h"

#include "domain/ErrorCodes.h"
#include "interop/cda/CdaRequirementsCheck.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DocumentRepository.h"
#include "storage/DossierDetailsRepository.h"
#include "storage/DossierRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/ReportRepository.h"
#include "storage/UserRepository.h"
#include "workflow/demo/DemoSeeder.h"
#include "workflow/report/IssueReportVersion.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace Qt::StringLiterals;
using workflow::report::IssuedReport;
using workflow::report::IssueReportVersion;
using workflow::report::IssueRequest;
using domain::DispatchState;

namespace {

class IssueReportVersionTest : public sgl::testing::StorageTest {
protected:
    void SetUp() override
    {
        sgl::testing::StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        workflow::DemoSeeder::Options options;
        options.policy.pbkdf2Iterations = 1000; // test speed; the product default stays high
        auto seeded = workflow::DemoSeeder(*m_db).seed(options);
        ASSERT_TRUE(seeded.has_value()) << seeded.error().toString().toStdString();
        m_bio = session(u"biologiste"_s);
    }

    domain::UserSession session(const QString &login)
    {
        auto user = m_db->read([&](storage::ReadTx &tx) { return storage::UserRepository::findByLogin(tx, login); });
        EXPECT_TRUE(user.has_value() && user->has_value()) << login.toStdString();
        domain::UserSession s;
        if (user && *user) {
            s.userId = (*user)->id;
            s.login = (*user)->login;
            s.displayName = (*user)->displayName;
            s.rpps = (*user)->rpps;
            s.roles = (*user)->roles;
            s.workstation = u"poste-test"_s;
        }
        return s;
    }

    qint64 dossierId(const QString &number)
    {
        auto d = m_db->read([&](storage::ReadTx &tx) { return storage::DossierRepository::byNumber(tx, number); });
        EXPECT_TRUE(d.has_value() && d->has_value()) << number.toStdString();
        return d && *d ? (*d)->id : 0;
    }

    IssueRequest request(qint64 dossier, const QString &reason = {})
    {
        IssueRequest r;
        r.dossierId = dossier;
        r.signer = m_bio;
        r.amendmentReason = reason;
        return r;
    }

    static IssueReportVersion issuer()
    {
        return IssueReportVersion([](const domain::ReportContent &c) -> domain::Result<QByteArray> {
            return test::minimalPdf(c.patientVersion ? u"Copie patient"_s : u"Compte rendu"_s);
        });
    }

    QList<domain::ReportVersion> versions(qint64 dossier)
    {
        auto v = m_db->read([&](storage::ReadTx &tx) { return storage::ReportRepository::forDossier(tx, dossier); });
        EXPECT_TRUE(v.has_value());
        return v.value_or(QList<domain::ReportVersion>{});
    }

    qint64 count(const QString &sql)
    {
        auto n = m_db->read([&](storage::ReadTx &tx) -> domain::Result<qint64> {
            auto q = tx.query(sql);
            if (!q)
                return std::unexpected(q.error());
            return q->next() ? q->value(0).toLongLong() : -1;
        });
        EXPECT_TRUE(n.has_value());
        return n.value_or(-1);
    }

    domain::DossierStatus status(qint64 dossier)
    {
        auto d = m_db->write([&](storage::WriteTx &tx) {
            return storage::DossierRepository::get(tx, dossier, domain::AuditActor::fromSession(m_bio));
        });
        EXPECT_TRUE(d.has_value());
        return d ? d->status : domain::DossierStatus::Cancelled;
    }

    void setResultState(qint64 dossier, const QString &code, const QString &state)
    {
        ASSERT_TRUE(rawExec(u"UPDATE results SET state = '%1' WHERE dossier_id = %2 AND analysis_code = '%3'"_s
                                .arg(state)
                                .arg(dossier)
                                .arg(code)));
    }

    domain::UserSession m_bio;
};

} // namespace

TEST_P(IssueReportVersionTest, IssuesVersionDocumentsAndOutboxCheckingTheContentOnce)
{
    const qint64 id = dossierId(u"D-DEMO-0002"_s);
    const quint64 before = interop::cda::CdaRequirementsCheck::evaluations();
    auto issued = issuer().issue(*m_db, request(id));
    ASSERT_TRUE(issued.has_value()) << issued.error().toString().toStdString();
    EXPECT_EQ(interop::cda::CdaRequirementsCheck::evaluations() - before, 1u)
        << "one requirements check per build (the N3 and N1 writers do not check again)";
    EXPECT_EQ(issued->version.versionNumber, 1);
    EXPECT_FALSE(issued->version.partial);
    EXPECT_GT(issued->version.id, 0);
    auto docs = m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::list(tx, issued->version.id); });
    ASSERT_TRUE(docs.has_value());
    EXPECT_EQ(docs->size(), 4);
    EXPECT_EQ(status(id), domain::DossierStatus::Reported);
    // MARTIN's INS is qualified: DMP pending, patient MSSanté copy proposed by default.
    ASSERT_EQ(issued->outbox.size(), 2);
    EXPECT_EQ(issued->outbox[0].channel, domain::Channel::Dmp);
    EXPECT_EQ(issued->outbox[0].recipient, u"280027505612341"_s);
    EXPECT_EQ(issued->outbox[0].state, DispatchState::Pending);
    EXPECT_EQ(issued->outbox[1].channel, domain::Channel::MssPatient);
    EXPECT_EQ(issued->outbox[1].recipient, u"280027505612341@patient.mssante.fr"_s);
    for (const auto &e : issued->outbox) {
        EXPECT_EQ(e.documentRef, issued->version.documentId);
        EXPECT_GT(e.id, 0);
    }
    EXPECT_EQ(issued->version.sharing, domain::SharingChoices::defaultsFor(true));
    auto audit = m_db->read([&](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, u"report_version"_s, QString::number(issued->version.id));
    });
    ASSERT_TRUE(audit.has_value());
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, u"report.issue"_s);
}

// The caller's transaction fails after the version was issued in it: nothing of the report
// remains (version, documents, outbox rows, audit, the dossier's move to Reported).
TEST_P(IssueReportVersionTest, CallerTransactionFailingLaterStoresNothing)
{
    const qint64 id = dossierId(u"D-DEMO-0002"_s);
    // The demo itself issues reports: counts are relative to what it left.
    const qint64 documents0 = count(u"SELECT COUNT(*) FROM documents"_s);
    const qint64 outbox0 = count(u"SELECT COUNT(*) FROM outbox"_s);
    const qint64 auditRows = count(u"SELECT COUNT(*) FROM audit_log"_s);
    QString documentId;
    auto r = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto issued = issuer().issueIn(tx, request(id));
        if (!issued)
            return std::unexpected(issued.error());
        documentId = issued->version.documentId;
        EXPECT_EQ(issued->outbox.size(), 2);
        return domain::fail(u"test.later_failure"_s, u"La validation échoue après l'émission"_s);
    });
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, u"test.later_failure"_s);
    ASSERT_FALSE(documentId.isEmpty());
    EXPECT_TRUE(versions(id).isEmpty());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM documents"_s), documents0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM outbox"_s), outbox0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM audit_log"_s), auditRows);
    EXPECT_EQ(status(id), domain::DossierStatus::Validated);
}

TEST_P(IssueReportVersionTest, PartialThenCompleteThenAmendedKeepsEveryVersion)
{
    const qint64 id = dossierId(u"D-DEMO-0002"_s);
    // The demo itself issues reports: counts are relative to what it left.
    const qint64 documents0 = count(u"SELECT COUNT(*) FROM documents"_s);
    setResultState(id, u"TSH"_s, u"technically_validated"_s);
    auto partial = issuer().issue(*m_db, request(id));
    ASSERT_TRUE(partial.has_value()) << partial.error().toString().toStdString();
    EXPECT_TRUE(partial->version.partial);
    EXPECT_EQ(status(id), domain::DossierStatus::Validated) << "a partial report does not close the dossier";

    // The late analysis is validated: the complete version replaces the partial one, no reason asked.
    setResultState(id, u"TSH"_s, u"validated"_s);
    auto complete = issuer().issue(*m_db, request(id));
    ASSERT_TRUE(complete.has_value()) << complete.error().toString().toStdString();
    EXPECT_FALSE(complete->version.partial);
    EXPECT_EQ(complete->version.versionNumber, 2);
    EXPECT_EQ(complete->version.replacesDocumentId, partial->version.documentId);
    EXPECT_FALSE(complete->version.amendmentReason.isEmpty());
    EXPECT_EQ(status(id), domain::DossierStatus::Reported);

    // A later change is an amended report: its reason is mandatory.
    const qint64 docsBefore = count(u"SELECT COUNT(*) FROM documents"_s);
    auto noReason = issuer().issue(*m_db, request(id));
    ASSERT_FALSE(noReason.has_value());
    EXPECT_EQ(noReason.error().code, u"report.reason_required"_s);
    EXPECT_EQ(versions(id).size(), 2);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM documents"_s), docsBefore);
    auto amended = issuer().issue(*m_db, request(id, u"Correction de la TSH"_s));
    ASSERT_TRUE(amended.has_value()) << amended.error().toString().toStdString();
    EXPECT_EQ(amended->version.versionNumber, 3);
    EXPECT_EQ(amended->version.amendmentReason, u"Correction de la TSH"_s);

    const auto all = versions(id);
    ASSERT_EQ(all.size(), 3);
    for (const auto &v : all)
        EXPECT_EQ(v.setId, partial->version.setId);
    EXPECT_EQ(all[0].status, domain::ReportVersion::Status::Replaced);
    EXPECT_EQ(all[1].status, domain::ReportVersion::Status::Replaced);
    EXPECT_EQ(all[2].status, domain::ReportVersion::Status::Issued);
    EXPECT_TRUE(all[0].partial);
    EXPECT_EQ(all[1].replacesDocumentId, all[0].documentId);
    EXPECT_EQ(all[2].replacesDocumentId, all[1].documentId);
    // Every version keeps its documents; each new one has its own outbox rows (same recipients).
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM documents"_s), documents0 + 12);
    auto outbox = m_db->read([&](storage::ReadTx &tx) { return storage::OutboxRepository::forDossier(tx, id); });
    ASSERT_TRUE(outbox.has_value());
    EXPECT_EQ(outbox->size(), 6);
    auto n3 = m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::get(tx, all[2].id, u"N3"_s); });
    ASSERT_TRUE(n3.has_value());
    EXPECT_TRUE(n3->bytes.contains("typeCode=\"RPLC\""));
    EXPECT_TRUE(n3->bytes.contains(all[1].documentId.toUtf8()));
}

TEST_P(IssueReportVersionTest, MissingLoincIsRefusedWithTheFrenchListAndNothingStored)
{
    const qint64 id = dossierId(u"D-DEMO-0002"_s);
    // The demo itself issues reports: counts are relative to what it left.
    const qint64 documents0 = count(u"SELECT COUNT(*) FROM documents"_s);
    const qint64 outbox0 = count(u"SELECT COUNT(*) FROM outbox"_s);
    ASSERT_TRUE(rawExec(u"UPDATE catalogue_analyses SET loinc = '' WHERE local_code = 'HB'"_s));
    const quint64 before = interop::cda::CdaRequirementsCheck::evaluations();
    auto refused = issuer().issue(*m_db, request(id));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(interop::cda::CdaRequirementsCheck::evaluations() - before, 1u);
    EXPECT_EQ(refused.error().code, u"cda.missing_data"_s);
    EXPECT_TRUE(refused.error().message.contains(u"Données manquantes pour le compte rendu CR-BIO"_s));
    EXPECT_TRUE(refused.error().message.contains(u"Analyse « Hémoglobine » : code LOINC absent"_s))
        << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().message.contains(u"Copie PDF"_s)) << "the PDF copy item is set aside by code";
    EXPECT_TRUE(versions(id).isEmpty());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM documents"_s), documents0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM outbox"_s), outbox0);
    EXPECT_EQ(status(id), domain::DossierStatus::Validated);
}

TEST_P(IssueReportVersionTest, SharingChoicesAreValidatedStoredAndReadBack)
{
    const qint64 id = dossierId(u"D-DEMO-0002"_s);
    IssueRequest r = request(id);
    domain::SharingChoices c = domain::SharingChoices::defaultsFor(true);
    c.dmpWithheld = true;
    c.withholdReason = u"  "_s;
    r.sharing = c;
    auto noReason = issuer().issue(*m_db, r);
    ASSERT_FALSE(noReason.has_value());
    EXPECT_EQ(noReason.error().code, domain::errc::SharingWithholdReasonRequired);
    EXPECT_TRUE(versions(id).isEmpty());

    c.withholdReason = u"  Opposition du patient à l'alimentation du DMP "_s;
    c.maskedToProfessionals = true;
    c.hiddenFromLegalRepresentatives = true;
    r.sharing = c;
    auto issued = issuer().issue(*m_db, r);
    ASSERT_TRUE(issued.has_value()) << issued.error().toString().toStdString();
    const auto stored = versions(id);
    ASSERT_EQ(stored.size(), 1);
    domain::SharingChoices expected = c;
    expected.withholdReason = u"Opposition du patient à l'alimentation du DMP"_s;
    EXPECT_EQ(stored.first().sharing, expected);
    EXPECT_EQ(issued->version.sharing, expected);
    ASSERT_FALSE(issued->outbox.isEmpty());
    EXPECT_EQ(issued->outbox[0].channel, domain::Channel::Dmp);
    EXPECT_EQ(issued->outbox[0].state, DispatchState::Withheld);
    EXPECT_TRUE(issued->outbox[0].lastError.contains(u"Opposition du patient"_s));
}

// SANTONI's identity is retrieved, not qualified: her patient copy is refused, her DMP row is
// blocked (kept, never sent), and one validated result of three gives a partial report.
TEST_P(IssueReportVersionTest, UnqualifiedInsBlocksTheDmpAndRefusesThePatientCopy)
{
    const qint64 id = dossierId(u"D-DEMO-0005"_s);
    auto nothing = issuer().issue(*m_db, request(id));
    ASSERT_FALSE(nothing.has_value());
    EXPECT_EQ(nothing.error().code, u"report.no_validated_results"_s);
    ASSERT_TRUE(rawExec(u"UPDATE results SET state = 'validated', validated_by = 'biologiste', validated_at = "
                        "COALESCE(tech_validated_at, entered_at, observed_at) WHERE dossier_id = %1 AND analysis_code = 'GLU'"_s
                            .arg(id)));

    IssueRequest r = request(id);
    domain::SharingChoices c = domain::SharingChoices::defaultsFor(false);
    c.sendToPatientMss = true;
    r.sharing = c;
    auto refused = issuer().issue(*m_db, r);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, domain::errc::SharingPatientMssNeedsQualifiedIns);
    EXPECT_TRUE(versions(id).isEmpty());

    auto issued = issuer().issue(*m_db, request(id));
    ASSERT_TRUE(issued.has_value()) << issued.error().toString().toStdString();
    EXPECT_TRUE(issued->version.partial);
    EXPECT_FALSE(issued->version.sharing.sendToPatientMss);
    ASSERT_EQ(issued->outbox.size(), 1);
    EXPECT_EQ(issued->outbox[0].channel, domain::Channel::Dmp);
    EXPECT_EQ(issued->outbox[0].state, DispatchState::Blocked);
    EXPECT_TRUE(issued->outbox[0].lastError.contains(u"INS non qualifié"_s)) << issued->outbox[0].lastError.toStdString();
    auto due = m_db->write([&](storage::WriteTx &tx) {
        return storage::OutboxRepository::claimDue(tx, QDateTime::currentDateTimeUtc().addDays(1), 1000);
    });
    ASSERT_TRUE(due.has_value());
    // The demo's own reports have rows due; this version's blocked row is never among them.
    for (const auto &row : *due)
        EXPECT_NE(row.documentRef, issued->version.documentId) << "a blocked row is never sent";
}

// Prescriber and copies with an MSSanté address get one row each (an address given twice is
// one row); copies without address, or not asking for a copy, get none.
TEST_P(IssueReportVersionTest, OneMssanteRowPerProfessionalRecipient)
{
    const qint64 id = dossierId(u"D-DEMO-0003"_s);
    const auto actor = domain::AuditActor::fromSession(m_bio);
    auto edited = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto d = storage::DossierRepository::get(tx, id, actor);
        if (!d)
            return std::unexpected(d.error());
        const QString before = storage::DossierRepository::snapshot(*d);
        d->prescriberMssante = u"paul.prescripteur@demo.mssante.fr"_s;
        d->correspondents = {{u""_s, u"Dr Anne MARTIN"_s, u"anne.martin@demo.mssante.fr"_s, true},
                             {u""_s, u"Dr Sans MESSAGERIE"_s, u""_s, true},
                             {u""_s, u"Dr Pas DECOPIE"_s, u"pas.de.copie@demo.mssante.fr"_s, false},
                             {u""_s, u"Dr Paul PRESCRIPTEUR"_s, u"Paul.Prescripteur@demo.mssante.fr"_s, true}};
        if (auto ok = storage::DossierRepository::update(tx, *d, before, actor); !ok)
            return ok;
        return storage::DossierDetailsRepository::save(tx, *d);
    });
    ASSERT_TRUE(edited.has_value()) << edited.error().toString().toStdString();

    IssueRequest r = request(id);
    domain::SharingChoices c = domain::SharingChoices::defaultsFor(true);
    c.sendToPatientMss = false;
    r.sharing = c;
    auto issued = issuer().issue(*m_db, r);
    ASSERT_TRUE(issued.has_value()) << issued.error().toString().toStdString();
    QStringList pro;
    for (const auto &e : issued->outbox) {
        EXPECT_NE(e.channel, domain::Channel::MssPatient);
        if (e.channel == domain::Channel::MssPro) {
            pro << e.recipient;
            EXPECT_EQ(e.state, DispatchState::Pending);
        }
    }
    EXPECT_EQ(pro, (QStringList{u"paul.prescripteur@demo.mssante.fr"_s, u"anne.martin@demo.mssante.fr"_s}));
    // Issued again (amended): the same recipients get the new document; enqueueing is per document.
    auto again = issuer().issue(*m_db, request(id, u"Ajout d'un commentaire"_s));
    ASSERT_TRUE(again.has_value()) << again.error().toString().toStdString();
    auto rows = m_db->read([&](storage::ReadTx &tx) { return storage::OutboxRepository::forDocument(tx, again->version.documentId); });
    ASSERT_TRUE(rows.has_value());
    EXPECT_EQ(rows->size(), again->outbox.size());
}

TEST_P(IssueReportVersionTest, OnlyABiologistSigns)
{
    const qint64 id = dossierId(u"D-DEMO-0002"_s);
    IssueRequest r = request(id);
    r.signer = session(u"technicien"_s);
    auto refused = issuer().issue(*m_db, r);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, u"auth.forbidden"_s);
    // Inside a caller's transaction too (the validation use case passes its own).
    auto inTx = m_db->write([&](storage::WriteTx &tx) { return issuer().issueIn(tx, r); });
    ASSERT_FALSE(inTx.has_value());
    EXPECT_EQ(inTx.error().code, u"auth.forbidden"_s);
    EXPECT_TRUE(versions(id).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, IssueReportVersionTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);
