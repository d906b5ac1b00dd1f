// The DMP sender with the real dispatcher on both backends, over an in-memory DMP (tests only):
// qualified INS only, masks of the version, RPLC, idempotent re-send, transient vs permanent.

#include "DispatchTestSupport.h"

#include "interop/dmp/DmpService.h"
#include "interop/dmp/ErrorCodes.h"
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
    domain::Result<interop::dmp::DmpExistence> testExistence(const QString &) override
    {
        interop::dmp::DmpExistence e;
        e.found = true;
        return e;
    }

    domain::Result<QList<interop::xds::DocumentEntry>> findByUniqueId(const QString &ins, const QString &uniqueId) override
    {
        ++finds;
        if (auto e = nextError(); e)
            return std::unexpected(*e);
        QList<interop::xds::DocumentEntry> out;
        if (published.contains(uniqueId) && published.value(uniqueId).ins == ins) {
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
        if (auto e = nextError(); e)
            return std::unexpected(*e);
        const QString uniqueId = document.cda.isEmpty() ? QString() : QString::fromUtf8(document.cda);
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

    domain::Status updateConfidentiality(const QString &, const QString &uniqueId, const QStringList &masks) override
    {
        if (auto e = nextError(); e)
            return std::unexpected(*e);
        if (!published.contains(uniqueId))
            return std::unexpected(domain::Error{interop::dmp::errc::NotFound, u"Document introuvable dans le DMP."_s, uniqueId});
        maskUpdates.append(masks);
        return {};
    }
    domain::Status updateAvailability(const QString &, const QString &uniqueId, interop::dmp::DmpAvailability a) override
    {
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

    QHash<QString, interop::dmp::DmpDocument> published; ///< by uniqueId (the fixture's CDA bytes are the uniqueId)
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
        m_senders.add(std::make_shared<workflow::dispatch::DmpSender>(m_dmp));
    }

    /** A version whose stored N3 is its uniqueId (the fake DMP keys on the bytes). */
    domain::ReportVersion dmpVersion(int n, int versionNumber = 1, const domain::ReportVersion *replaces = nullptr)
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
            doc.bytes = v.documentId.toUtf8();
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
    EXPECT_EQ(doc.ins, m_ins);
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
