// Masking and withdrawing a report version after it went to the DMP (DmpDocumentActions), both
// backends: through the version's DMP outbox row (update_sharing, delete), refused while it is
// being sent or when the DMP never had it, permission and reason checked, audited.

#include "DispatchTestSupport.h"

#include "storage/ErrorCodes.h"
#include "storage/ReportRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/dispatch/DispatchActions.h"
#include "workflow/dispatch/DmpDocumentActions.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::TestSender;
using domain::DispatchOperation;
using domain::DispatchState;
using workflow::dispatch::DmpDocumentActions;
using workflow::dispatch::DmpMasks;
using workflow::dispatch::SenderRegistry;

namespace {

class DmpDocumentActionsTest : public sgl::testing::DispatchTest {
protected:
    void SetUp() override
    {
        DispatchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_version = version(1); // odd: not masked
        m_row = enqueue(domain::Channel::Dmp, u"280027505612341"_s, m_version.documentId);
        m_senders.add(m_dmp);
    }
    DmpDocumentActions actions(domain::Role role = domain::Role::Biologist)
    {
        return DmpDocumentActions(*m_db, session(role));
    }
    /** A pass of the dispatcher "now": rows cycled back by an action are due at the real time. */
    void sendAll()
    {
        m_now = QDateTime::currentDateTimeUtc().addSecs(60);
        ASSERT_TRUE(dispatcher(m_senders).runOnce());
    }
    domain::ReportVersion stored()
    {
        auto v = m_db->read([&](storage::ReadTx &tx) { return storage::ReportRepository::get(tx, m_version.id); });
        EXPECT_TRUE(v);
        return v ? *v : domain::ReportVersion{};
    }
    int auditCount(const QString &action)
    {
        auto a = m_db->read([&](storage::ReadTx &tx) {
            return storage::AuditRepository::forEntity(tx, u"report_version"_s, QString::number(m_version.id));
        });
        EXPECT_TRUE(a);
        int n = 0;
        for (const auto &e : a ? *a : QList<domain::AuditEntry>{})
            n += e.action == action ? 1 : 0;
        return n;
    }

    domain::ReportVersion m_version;
    storage::OutboxEntry m_row;
    std::shared_ptr<TestSender> m_dmp = std::make_shared<TestSender>(domain::Channel::Dmp);
    SenderRegistry m_senders;
};

} // namespace

TEST_P(DmpDocumentActionsTest, MasksOfADocumentNotSentYetTravelWithTheSending)
{
    auto row = actions().changeMasks(m_version.id, {true, false, false}, u"demande du patient"_s);
    ASSERT_TRUE(row) << row.error().toString().toStdString();
    EXPECT_EQ(row->state, DispatchState::Pending);
    EXPECT_EQ(row->operation, DispatchOperation::Send);
    EXPECT_TRUE(stored().sharing.maskedToProfessionals);
    EXPECT_EQ(auditCount(u"dmp.masks_change"_s), 1);
    sendAll();
    ASSERT_EQ(m_dmp->calls.size(), 1);
    EXPECT_EQ(m_dmp->calls.first().row.operation, DispatchOperation::Send);
    EXPECT_TRUE(m_dmp->calls.first().version.sharing.maskedToProfessionals) << "the sending reads the masks then";
}

TEST_P(DmpDocumentActionsTest, MasksOfASentDocumentAreAnUpdateOfTheSameRow)
{
    sendAll();
    ASSERT_EQ(row(m_row.id).state, DispatchState::Sent);
    auto masked = actions().changeMasks(m_version.id, {true, true, false}, u"annonce non faite"_s);
    ASSERT_TRUE(masked) << masked.error().toString().toStdString();
    EXPECT_EQ(masked->id, m_row.id);
    EXPECT_EQ(masked->state, DispatchState::Pending);
    EXPECT_EQ(masked->operation, DispatchOperation::UpdateSharing);
    EXPECT_TRUE(masked->acknowledgement.isEmpty());
    EXPECT_EQ(workflow::dispatch::DispatchActions::stateLabel(*masked, true), u"mise à jour du masquage : en attente"_s);

    sendAll();
    ASSERT_EQ(m_dmp->calls.size(), 2);
    const auto &update = m_dmp->calls.last();
    EXPECT_EQ(update.row.operation, DispatchOperation::UpdateSharing);
    EXPECT_EQ(update.attempt, 2);
    EXPECT_TRUE(update.version.sharing.maskedToProfessionals);
    EXPECT_TRUE(update.version.sharing.hiddenFromPatientUntilAnnouncement);
    EXPECT_EQ(row(m_row.id).state, DispatchState::Sent);

    // Unmasking is the same path back.
    auto unmasked = actions().changeMasks(m_version.id, {false, false, false}, u"annonce faite"_s);
    ASSERT_TRUE(unmasked);
    EXPECT_EQ(unmasked->operation, DispatchOperation::UpdateSharing);
    EXPECT_EQ(unmasked->state, DispatchState::Pending);
    EXPECT_EQ(auditCount(u"dmp.masks_change"_s), 2);
}

TEST_P(DmpDocumentActionsTest, WithdrawalCancelsAnUnsentRowAndDeletesASentOne)
{
    auto cancelled = actions().withdraw(m_version.id, u"erreur d'identité"_s);
    ASSERT_TRUE(cancelled) << cancelled.error().toString().toStdString();
    EXPECT_EQ(cancelled->state, DispatchState::Cancelled);
    EXPECT_TRUE(cancelled->lastError.contains(u"erreur d'identité"_s));
    sendAll();
    EXPECT_TRUE(m_dmp->calls.isEmpty());
    auto again = actions().withdraw(m_version.id, u"encore"_s);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, workflow::errc::DispatchDmpNoDocument);

    const auto v2 = version(3);
    const auto sentRow = enqueue(domain::Channel::Dmp, u"280027505612341"_s, v2.documentId);
    sendAll();
    ASSERT_EQ(row(sentRow.id).state, DispatchState::Sent);
    auto deleting = actions().withdraw(v2.id, u"erreur d'identité"_s);
    ASSERT_TRUE(deleting);
    EXPECT_EQ(deleting->operation, DispatchOperation::Delete);
    EXPECT_EQ(deleting->state, DispatchState::Pending);
    auto masks = actions().changeMasks(v2.id, {true, false, false}, u"trop tard"_s);
    ASSERT_FALSE(masks);
    EXPECT_EQ(masks.error().code, workflow::errc::DispatchDmpNoDocument) << "being withdrawn";
    sendAll();
    EXPECT_EQ(m_dmp->calls.last().row.operation, DispatchOperation::Delete);
    EXPECT_EQ(row(sentRow.id).state, DispatchState::Sent);
    auto gone = actions().withdraw(v2.id, u"encore"_s);
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, workflow::errc::DispatchDmpNoDocument) << "already withdrawn";
}

TEST_P(DmpDocumentActionsTest, ARowBeingSentIsLeftAloneAndNothingChanges)
{
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return storage::OutboxRepository::claimDue(tx, sgl::testing::kDispatchT0, 10);
    }));
    ASSERT_EQ(row(m_row.id).state, DispatchState::Sending);
    auto masks = actions().changeMasks(m_version.id, {true, false, false}, u"demande"_s);
    ASSERT_FALSE(masks);
    EXPECT_EQ(masks.error().code, storage::errc::Constraint);
    EXPECT_FALSE(stored().sharing.maskedToProfessionals) << "the masks were not stored either";
    auto withdraw = actions().withdraw(m_version.id, u"demande"_s);
    ASSERT_FALSE(withdraw);
    EXPECT_EQ(withdraw.error().code, storage::errc::Constraint);
    EXPECT_EQ(row(m_row.id).state, DispatchState::Sending);
    EXPECT_EQ(auditCount(u"dmp.masks_change"_s) + auditCount(u"dmp.withdraw"_s), 0);
}

TEST_P(DmpDocumentActionsTest, BadRequestsAreRefusedWithTheirReason)
{
    auto technician = actions(domain::Role::Technician).changeMasks(m_version.id, {true, false, false}, u"x"_s);
    ASSERT_FALSE(technician);
    EXPECT_EQ(technician.error().code, u"auth.forbidden"_s);
    auto noReason = actions().changeMasks(m_version.id, {true, false, false}, u"  "_s);
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, workflow::errc::DispatchReasonRequired);
    auto unchanged = actions().changeMasks(m_version.id, {false, false, false}, u"rien"_s);
    ASSERT_FALSE(unchanged);
    EXPECT_EQ(unchanged.error().code, workflow::errc::DispatchDmpUnchanged);
    auto unknown = actions().withdraw(987654, u"x"_s);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, storage::errc::NotFound);

    const auto withheld = version(5);
    enqueue(domain::Channel::Dmp, u"280027505612341"_s, withheld.documentId, DispatchState::Withheld);
    auto none = actions().changeMasks(withheld.id, {true, false, false}, u"x"_s);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, workflow::errc::DispatchDmpNoDocument);
    EXPECT_EQ(auditCount(u"dmp.masks_change"_s), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DmpDocumentActionsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
