// The DMP sender with the real dispatcher on both backends, over an in-memory DMP (tests only):
// qualified INS only, masks of the version, RPLC, idempotent re-send, transient vs permanent,
// the INS OID of the document in every call, TD0.2 before publishing and its cache.

#include "DispatchTestSupport.h"

#include "interop/dmp/DmpService.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/mss/CdaSummary.h"
#include "../../interop/mss/MssTestData.h"
#include "interop/xds/ErrorCodes.h"
#include "interop/xds/XdsConstants.h"
#include "storage/ReportRepository.h"
#include "workflow/dispatch/DmpSender.h"

#include <deque>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::kDispatchT0;
using workflow::dispatch::SenderRegistry;

namespace {

/** A DMP registry in memory: one entry per uniqueId; scripted errors for the next calls. */
class FakeDmp final : public interop::dmp::DmpService {
public:
    domain::Result<interop::dmp::DmpExistence> testExistence(const interop::dmp::PatientIns &ins) override
    {
        ++existenceCalls;
        calledWith.append(ins.oid);
        if (auto e = nextError(); e)
            return std::unexpected(*e);
        if (existence.contains(ins.value))
            return existence.value(ins.value);
        interop::dmp::DmpExistence e;
        e.found = true;
        e.authorization = u"VALIDE"_s;
        e.patientStatus = u"active"_s;
        return e;
    }

    domain::Result<QList<interop::xds::DocumentEntry>> findByUniqueId(const interop::dmp::PatientIns &ins,
                                                                      const QString &uniqueId) override
    {
        ++finds;
        calledWith.append(ins.oid);
        if (auto e = nextError(); e)
            return std::unexpected(*e);
        QList<interop::xds::DocumentEntry> out;
        if (published.contains(uniqueId) && published.value(uniqueId).ins.value == ins.value) {
            interop::xds::DocumentEntry entry;
            entry.id = u"urn:uuid:entry-"_s + uniqueId;
            entry.uniqueId = uniqueId;
            entry.status = QString::fromLatin1(interop::xds::uuid::kStatusApproved);
            out.append(entry);
        }
        return out;
    }

    domain::Result<interop::dmp::DmpPublication> provideAndRegister(const interop::dmp::DmpDocument &document) override
    {
        ++submissions;
        calledWith.append(document.ins.oid);
        if (auto e = nextError(); e)
            return std::unexpected(*e);
        const QString uniqueId = interop::mss::CdaSummary::read(document.cda).value_or(interop::mss::CdaSummary{}).uniqueId;
        if (published.contains(uniqueId))
            return std::unexpected(domain::Error{interop::xds::errc::RegistryError, u"Le registre a refusé la demande : doublon"_s,
                                                 u"XDSDuplicateUniqueIdInRegistry"_s});
        published.insert(uniqueId, document);
        if (loseAnswer) { // accepted, then the answer never arrives
            loseAnswer = false;
            return std::unexpected(domain::Error{interop::dmp::errc::Timeout, u"Le DMP n'a pas répondu dans le délai de 60,0 s."_s, {}});
        }
        return interop::dmp::DmpPublication{uniqueId, u"1.2.250.1.999.9.7.%1"_s.arg(published.size()), {}};
    }

    domain::Status updateConfidentiality(const interop::dmp::PatientIns &ins, const QString &uniqueId,
                                         const QStringList &masks) override
    {
        calledWith.append(ins.oid);
        if (auto e = nextError(); e)
            return std::unexpected(*e);
        if (!published.contains(uniqueId))
            return std::unexpected(domain::Error{interop::dmp::errc::NotFound, u"Document introuvable dans le DMP."_s, uniqueId});
        maskUpdates.append(masks);
        return {};
    }
    domain::Status updateAvailability(const interop::dmp::PatientIns &ins, const QString &uniqueId,
                                      interop::dmp::DmpAvailability a) override
    {
        calledWith.append(ins.oid);
        if (auto e = nextError(); e)
            return std::unexpected(*e);
        if (a != interop::dmp::DmpAvailability::Deleted || !published.remove(uniqueId))
            return std::unexpected(domain::Error{interop::dmp::errc::NotFound, u"Document introuvable dans le DMP."_s, uniqueId});
        ++deletions;
        return {};
    }

    std::optional<domain::Error> nextError()
    {
        if (errors.empty())
            return std::nullopt;
        auto e = errors.front();
        errors.pop_front();
        return e;
    }

    QHash<QString, interop::dmp::DmpDocument> published; ///< by uniqueId (read from the CDA header)
    QHash<QString, interop::dmp::DmpExistence> existence; ///< TD0.2 answers by INS (default: a DMP, VALIDE)
    int existenceCalls = 0;
    QStringList calledWith; ///< the INS OID of every call, in order
    std::deque<domain::Error> errors;
    bool loseAnswer = false;
    int finds = 0;
    int submissions = 0;
    int deletions = 0;
    QList<QStringList> maskUpdates;
};

class DmpSenderTest : public sgl::testing::DispatchTest {
protected:
    void SetUp() override
    {
        DispatchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_senders.add(std::make_shared<workflow::dispatch::DmpSender>(
            m_dmp, workflow::dispatch::DmpSender::kDefaultExistenceTtlSeconds, [this] { return m_now; }));
    }

    /** A version whose stored N3 is a CR-BIO header for `ins` (INS OID `insOid`), uniqueId = its id. */
    domain::ReportVersion dmpVersion(int n, int versionNumber = 1, const domain::ReportVersion *replaces = nullptr,
                                     const QString &ins = {}, const QString &insOid = u"1.2.250.1.213.1.4.10"_s)
    {
        domain::ReportVersion v;
        v.dossierId = m_dossier.id;
        v.setId = replaces ? replaces->setId : u"1.2.250.1.999.9.2.%1"_s.arg(n);
        v.documentId = u"1.2.250.1.999.9.1.%1"_s.arg(n);
        v.versionNumber = versionNumber;
        v.replacesDocumentId = replaces ? replaces->documentId : QString();
        v.amendmentReason = versionNumber > 1 ? u"Rectificatif"_s : QString();
        v.status = domain::ReportVersion::Status::Issued;
        v.createdBy = u"bio1"_s;
        v.sharing.maskedToProfessionals = n % 2 == 0;
        v.sharing.hiddenFromPatientUntilAnnouncement = n % 2 == 0;
        v.sharing.dmpWithheld = m_withhold;
        v.sharing.withholdReason = m_withhold ? u"Opposition du patient"_s : QString();
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            if (auto s = storage::ReportRepository::insert(tx, v); !s)
                return s;
            storage::StoredDocument doc;
            doc.reportVersionId = v.id;
            doc.kind = u"N3"_s;
            doc.mediaType = u"text/xml"_s;
            doc.bytes = interop::mss::test::sampleCda(v.documentId, u"DUPONT"_s, ins.isEmpty() ? m_ins : ins)
                            .replace("1.2.250.1.213.1.4.10", insOid.toLatin1());
            doc.createdBy = u"bio1"_s;
            return storage::DocumentRepository::insert(tx, doc);
        });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return v;
    }

    std::shared_ptr<FakeDmp> m_dmp = std::make_shared<FakeDmp>();
    SenderRegistry m_senders;
    bool m_withhold = false;
    const QString m_ins = u"279037505612345"_s;
};

} // namespace

TEST_P(DmpSenderTest, PublishesTheN3WithTheMasksOfTheVersion)
{
    const auto v = dmpVersion(2);
    const auto e = enqueue(domain::Channel::Dmp, m_ins, v.documentId);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run) << run.error().toString().toStdString();
    EXPECT_EQ(run->sent, 1);
    ASSERT_TRUE(m_dmp->published.contains(v.documentId));
    const auto &doc = m_dmp->published.value(v.documentId);
    EXPECT_EQ(doc.ins.value, m_ins);
    EXPECT_EQ(doc.ins.oid, u"1.2.250.1.213.1.4.10"_s);
    EXPECT_EQ(doc.confidentialityCodes, (QStringList{u"N"_s, u"MASQUE_PS"_s, u"INVISIBLE_PATIENT"_s}));
    EXPECT_TRUE(doc.replacesUniqueId.isEmpty());
    EXPECT_EQ(m_dmp->finds, 0); // first attempt: no lookup
    const auto r = row(e.id);
    EXPECT_EQ(r.state, domain::DispatchState::Sent);
    EXPECT_EQ(r.acknowledgement, u"1.2.250.1.999.9.7.1"_s);
}

TEST_P(DmpSenderTest, AReSentDocumentAlreadyInTheDmpIsSentOnce)
{
    const auto v = dmpVersion(1);
    const auto e = enqueue(domain::Channel::Dmp, m_ins, v.documentId);
    m_dmp->loseAnswer = true; // the DMP stores it, the answer is lost: transient
    auto first = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->retried, 1);
    EXPECT_EQ(row(e.id).state, domain::DispatchState::Failed);
    m_now = kDispatchT0.addSecs(3600);
    auto second = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(second);
    EXPECT_EQ(second->sent, 1);
    EXPECT_EQ(m_dmp->finds, 1);        // attempt 2 looked first
    EXPECT_EQ(m_dmp->submissions, 1);  // and did not publish again
    EXPECT_EQ(m_dmp->published.size(), 1);
    const auto r = row(e.id);
    EXPECT_EQ(r.state, domain::DispatchState::Sent);
    EXPECT_EQ(r.attempts, 2);
    EXPECT_EQ(r.acknowledgement, u"urn:uuid:entry-"_s + v.documentId);
}

TEST_P(DmpSenderTest, ADuplicateAnswerMeansAlreadyPublished)
{
    const auto v = dmpVersion(1);
    enqueue(domain::Channel::Dmp, m_ins, v.documentId);
    m_dmp->published.insert(v.documentId, {}); // published by someone the lookup cannot see
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    EXPECT_EQ(run->sent, 1);
}

TEST_P(DmpSenderTest, AnAmendedVersionReplacesThePreviousOne)
{
    const auto v1 = dmpVersion(1);
    const auto v2 = dmpVersion(3, 2, &v1);
    enqueue(domain::Channel::Dmp, m_ins, v1.documentId);
    enqueue(domain::Channel::Dmp, m_ins, v2.documentId);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    EXPECT_EQ(run->sent, 2);
    EXPECT_TRUE(m_dmp->published.value(v1.documentId).replacesUniqueId.isEmpty());
    EXPECT_EQ(m_dmp->published.value(v2.documentId).replacesUniqueId, v1.documentId);
    EXPECT_EQ(m_dmp->published.value(v2.documentId).confidentialityCodes, QStringList{u"N"_s});
}

TEST_P(DmpSenderTest, APatientWithoutQualifiedInsIsRefused)
{
    const auto v = dmpVersion(1);
    const auto e = enqueue(domain::Channel::Dmp, u"patient:%1"_s.arg(m_patient.id), v.documentId);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    EXPECT_EQ(run->parked, 1);
    const auto r = row(e.id);
    EXPECT_EQ(r.state, domain::DispatchState::Parked);
    EXPECT_TRUE(r.lastError.contains(u"INS non qualifié"_s)) << r.lastError.toStdString();
    EXPECT_EQ(m_dmp->submissions, 0);
}

TEST_P(DmpSenderTest, TransientErrorsAreRetriedAndPermanentOnesParked)
{
    const auto v1 = dmpVersion(1);
    const auto v2 = dmpVersion(3);
    const auto busy = enqueue(domain::Channel::Dmp, m_ins, v1.documentId);
    m_dmp->errors = {domain::Error{interop::dmp::errc::ServerBusy, u"Le DMP est momentanément indisponible : surcharge"_s, {}}};
    auto first = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(first);
    EXPECT_EQ(row(busy.id).state, domain::DispatchState::Failed);
    EXPECT_EQ(row(busy.id).lastError, u"Le DMP est momentanément indisponible : surcharge"_s);

    const auto refused = enqueue(domain::Channel::Dmp, m_ins, v2.documentId);
    m_dmp->errors = {domain::Error{interop::xds::errc::RegistryError,
                                   u"Le registre a refusé la demande : INS incohérent (XDSPatientIdDoesNotMatch)"_s,
                                   u"XDSPatientIdDoesNotMatch"_s}};
    m_now = kDispatchT0.addSecs(10); // only the new row is due
    auto second = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(second);
    EXPECT_EQ(second->parked, 1);
    EXPECT_EQ(row(refused.id).state, domain::DispatchState::Parked);
    EXPECT_TRUE(row(refused.id).lastError.contains(u"XDSPatientIdDoesNotMatch"_s));

    // A failed lookup on a re-send is classified the same way.
    m_now = kDispatchT0.addSecs(3600);
    m_dmp->errors = {domain::Error{interop::dmp::errc::Unreachable, u"Le DMP est injoignable (refus)."_s, {}}};
    auto third = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(third);
    EXPECT_EQ(row(busy.id).state, domain::DispatchState::Failed);
    EXPECT_EQ(row(busy.id).lastError, u"Le DMP est injoignable (refus)."_s);
}

TEST_P(DmpSenderTest, MasksAndWithdrawalAfterPublicationGoToTheDmp)
{
    const auto v = dmpVersion(2);
    const auto e = enqueue(domain::Channel::Dmp, m_ins, v.documentId);
    ASSERT_TRUE(dispatcher(m_senders).runOnce());
    ASSERT_EQ(row(e.id).state, domain::DispatchState::Sent);
    auto requeue = [&](domain::DispatchOperation op) {
        const auto current = row(e.id);
        auto ok = m_db->write([&](storage::WriteTx &tx) {
            return storage::OutboxRepository::requeue(tx, e.id, current.version, op, m_now);
        });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    };
    requeue(domain::DispatchOperation::UpdateSharing);
    auto masks = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(masks);
    EXPECT_EQ(masks->sent, 1);
    ASSERT_EQ(m_dmp->maskUpdates.size(), 1);
    EXPECT_EQ(m_dmp->maskUpdates[0], (QStringList{u"MASQUE_PS"_s, u"INVISIBLE_PATIENT"_s}));
    EXPECT_EQ(m_dmp->submissions, 1); // no second publication

    requeue(domain::DispatchOperation::Delete);
    auto withdrawn = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(withdrawn);
    EXPECT_EQ(withdrawn->sent, 1);
    EXPECT_EQ(m_dmp->deletions, 1);
    EXPECT_FALSE(m_dmp->published.contains(v.documentId));
    // Deleting again (a lost answer, a second withdrawal): nothing left is success, not an error.
    requeue(domain::DispatchOperation::Delete);
    auto again = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->sent, 1);
    EXPECT_EQ(row(e.id).state, domain::DispatchState::Sent);

    // A mask change on a document the DMP no longer has is for a human.
    requeue(domain::DispatchOperation::UpdateSharing);
    auto lost = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(lost);
    EXPECT_EQ(lost->parked, 1);
}

TEST_P(DmpSenderTest, AWithheldVersionIsNeverSent)
{
    // The outbox never claims a withheld row; a pending row of a withheld version (an
    // inconsistency) is still refused by the sender itself.
    m_withhold = true;
    const auto v = dmpVersion(1);
    const auto e = enqueue(domain::Channel::Dmp, m_ins, v.documentId);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    EXPECT_EQ(run->parked, 1);
    EXPECT_EQ(m_dmp->submissions, 0);
    EXPECT_TRUE(row(e.id).lastError.contains(u"suspendu"_s)) << row(e.id).lastError.toStdString();
}

// Issue 13: the OID of the patient's INS (here a test NIA, .11), read from the document sent,
// goes into every call (TD0.2, ITI-41 and its metadata check, ITI-57), never a fixed .10.
TEST_P(DmpSenderTest, TheInsOidOfTheDocumentGoesIntoEveryCall)
{
    const QString nia = u"180012345678945"_s;
    const auto v = dmpVersion(2, 1, nullptr, nia, u"1.2.250.1.213.1.4.11"_s);
    const auto e = enqueue(domain::Channel::Dmp, nia, v.documentId);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    ASSERT_EQ(run->sent, 1) << row(e.id).lastError.toStdString();
    EXPECT_EQ(m_dmp->published.value(v.documentId).ins.oid, u"1.2.250.1.213.1.4.11"_s);
    EXPECT_EQ(m_dmp->published.value(v.documentId).ins.cx(), nia + u"^^^&1.2.250.1.213.1.4.11&ISO^NH"_s);
    const auto current = row(e.id);
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return storage::OutboxRepository::requeue(tx, e.id, current.version, domain::DispatchOperation::UpdateSharing, m_now);
    }));
    ASSERT_TRUE(dispatcher(m_senders).runOnce());
    EXPECT_EQ(m_dmp->calledWith, QStringList(3, u"1.2.250.1.213.1.4.11"_s)); // TD0.2, ITI-41, ITI-57

    // A production NIR (.8) stays .8.
    const auto prod = dmpVersion(4, 1, nullptr, m_ins, u"1.2.250.1.213.1.4.8"_s);
    enqueue(domain::Channel::Dmp, m_ins, prod.documentId);
    ASSERT_EQ(dispatcher(m_senders).runOnce()->sent, 1);
    EXPECT_EQ(m_dmp->published.value(prod.documentId).ins.oid, u"1.2.250.1.213.1.4.8"_s);
}

TEST_P(DmpSenderTest, ADocumentNamingAnotherInsIsRefused)
{
    const auto v = dmpVersion(1, 1, nullptr, u"180012345678945"_s);
    const auto e = enqueue(domain::Channel::Dmp, m_ins, v.documentId);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    EXPECT_EQ(run->parked, 1);
    EXPECT_TRUE(row(e.id).lastError.contains(u"ne correspond pas"_s)) << row(e.id).lastError.toStdString();
    EXPECT_EQ(m_dmp->existenceCalls + m_dmp->submissions, 0);
}

// TD0.2 before publishing: no DMP is retried later, a closed DMP or a patient's refusal is parked
// for a human, each with its own French reason; nothing is published.
TEST_P(DmpSenderTest, NoDmpIsRetriedLaterAndARefusalIsParked)
{
    const QString noDmp = u"180012345678945"_s;
    const QString refusing = u"279035121518989"_s;
    const QString closed = u"181036322045676"_s;
    m_dmp->existence.insert(noDmp, interop::dmp::DmpExistence{false, u"NON_EXISTE"_s, {}, {}, {}});
    m_dmp->existence.insert(refusing, interop::dmp::DmpExistence{true, u"INTERDIT"_s, {}, {}, u"active"_s});
    m_dmp->existence.insert(closed, interop::dmp::DmpExistence{true, u"VALIDE"_s, {}, {}, u"nullified"_s});
    const auto a = enqueue(domain::Channel::Dmp, noDmp, dmpVersion(1, 1, nullptr, noDmp).documentId);
    const auto b = enqueue(domain::Channel::Dmp, refusing, dmpVersion(3, 1, nullptr, refusing).documentId);
    const auto c = enqueue(domain::Channel::Dmp, closed, dmpVersion(5, 1, nullptr, closed).documentId);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    EXPECT_EQ(run->retried, 1);
    EXPECT_EQ(run->parked, 2);
    EXPECT_EQ(m_dmp->submissions, 0);
    EXPECT_EQ(row(a.id).state, domain::DispatchState::Failed);
    EXPECT_TRUE(row(a.id).lastError.startsWith(u"Le patient n'a pas de DMP"_s)) << row(a.id).lastError.toStdString();
    EXPECT_TRUE(row(a.id).nextAttemptAt > m_now);
    EXPECT_EQ(row(b.id).state, domain::DispatchState::Parked);
    EXPECT_TRUE(row(b.id).lastError.startsWith(u"Accès au DMP refusé"_s)) << row(b.id).lastError.toStdString();
    EXPECT_EQ(row(c.id).state, domain::DispatchState::Parked);
    EXPECT_TRUE(row(c.id).lastError.contains(u"pas de DMP actif"_s)) << row(c.id).lastError.toStdString();

    // The DMP is created meanwhile: the next attempt (after the cache has expired) publishes.
    m_dmp->existence.remove(noDmp);
    m_now = std::max(row(a.id).nextAttemptAt, m_now.addSecs(workflow::dispatch::DmpSender::kDefaultExistenceTtlSeconds + 1));
    auto later = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(later);
    EXPECT_EQ(later->sent, 1);
    EXPECT_EQ(row(a.id).state, domain::DispatchState::Sent);
}

TEST_P(DmpSenderTest, ExpiredOrAbsentAuthorisationStillPublishes)
{
    // The Alimentation profile needs no authorisation (national-services.md §1.3).
    m_dmp->existence.insert(m_ins, interop::dmp::DmpExistence{true, u"EXPIRE"_s, {}, {}, u"active"_s});
    enqueue(domain::Channel::Dmp, m_ins, dmpVersion(1).documentId);
    ASSERT_EQ(dispatcher(m_senders).runOnce()->sent, 1);
    m_dmp->existence.insert(m_ins, interop::dmp::DmpExistence{true, u"NON_EXISTE"_s, {}, {}, u"active"_s});
    m_now = m_now.addSecs(workflow::dispatch::DmpSender::kDefaultExistenceTtlSeconds + 1);
    enqueue(domain::Channel::Dmp, m_ins, dmpVersion(3).documentId);
    ASSERT_EQ(dispatcher(m_senders).runOnce()->sent, 1);
    EXPECT_EQ(m_dmp->submissions, 2);
}

TEST_P(DmpSenderTest, TheExistenceAnswerIsCachedForABatchButNotItsFailures)
{
    m_dmp->errors = {domain::Error{interop::dmp::errc::ServerBusy, u"Le DMP est momentanément indisponible : surcharge"_s, {}}};
    for (int n : {1, 3, 5})
        enqueue(domain::Channel::Dmp, m_ins, dmpVersion(n).documentId);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    EXPECT_EQ(run->retried, 1); // the failed TD0.2 is not cached...
    EXPECT_EQ(run->sent, 2);
    EXPECT_EQ(m_dmp->existenceCalls, 2); // ...the next answer is, for the third document
    // After the cache lifetime the DMP is asked again.
    m_now = m_now.addSecs(workflow::dispatch::DmpSender::kDefaultExistenceTtlSeconds + 1);
    enqueue(domain::Channel::Dmp, m_ins, dmpVersion(7).documentId);
    auto next = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(next);
    EXPECT_EQ(m_dmp->existenceCalls, 3);
}

TEST(DmpSender, RecognisesAnIns)
{
    using workflow::dispatch::DmpSender;
    EXPECT_TRUE(DmpSender::isIns(u"279037505612345"_s));
    EXPECT_TRUE(DmpSender::isIns(u"18001"_s + u"2A"_s + u"12345678"_s));
    EXPECT_FALSE(DmpSender::isIns(u"patient:12"_s));
    EXPECT_FALSE(DmpSender::isIns(u"27903750561234"_s));
    EXPECT_FALSE(DmpSender::isIns(u"2790375056123456"_s));
    EXPECT_FALSE(DmpSender::isIns(QString()));
}

INSTANTIATE_TEST_SUITE_P(Backends, DmpSenderTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
