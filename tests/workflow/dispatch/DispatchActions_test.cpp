// Human actions on the outbox (both backends): permission, list with filters and labels,
// retry now, cancel with reason, optimistic locking, audit.

#include "DispatchTestSupport.h"

#include "workflow/dispatch/DispatchActions.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::TestSender;
using workflow::dispatch::DispatchActions;
using workflow::dispatch::DispatchListFilter;
using workflow::dispatch::SendOutcome;
using workflow::dispatch::SenderRegistry;

namespace {
class DispatchActionsTest : public sgl::testing::DispatchTest {
protected:
    void SetUp() override
    {
        DispatchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_senders.add(m_mss);
        m_version = version(1);
        m_dmp = enqueue(domain::Channel::Dmp, u"280027505612341"_s, m_version.documentId);
        m_withheld = enqueue(domain::Channel::Dmp, u"280027505612342"_s, m_version.documentId,
                             domain::DispatchState::Withheld);
        m_mssRow = enqueue(domain::Channel::MssPro, u"dr.a@medecin.mssante.fr"_s, m_version.documentId);
    }
    DispatchActions actions(domain::Role role = domain::Role::Biologist)
    {
        return DispatchActions(*m_db, session(role), m_senders.channels());
    }
    /** Parks the MSSanté row through the dispatcher (permanent failure). */
    storage::OutboxEntry parkMss()
    {
        m_mss->script = {SendOutcome::permanent(u"Message refusé (550)."_s)};
        auto run = dispatcher(m_senders).runOnce();
        EXPECT_TRUE(run);
        return row(m_mssRow.id);
    }
    std::shared_ptr<TestSender> m_mss = std::make_shared<TestSender>(domain::Channel::MssPro);
    SenderRegistry m_senders;
    domain::ReportVersion m_version;
    storage::OutboxEntry m_dmp;
    storage::OutboxEntry m_withheld;
    storage::OutboxEntry m_mssRow;
};
} // namespace

TEST_P(DispatchActionsTest, OnlyBiologistsAndAdministratorsManageTheOutboxAndARefusalChangesNothing)
{
    const auto parked = parkMss();
    for (domain::Role role : {domain::Role::Technician, domain::Role::Secretary}) {
        auto a = actions(role);
        auto listed = a.list({});
        ASSERT_FALSE(listed);
        EXPECT_EQ(listed.error().code, u"auth.forbidden"_s);
        auto retried = a.retryNow(parked.id, parked.version);
        ASSERT_FALSE(retried);
        EXPECT_EQ(retried.error().code, u"auth.forbidden"_s);
        auto cancelled = a.cancel(parked.id, parked.version, u"motif"_s);
        ASSERT_FALSE(cancelled);
        EXPECT_EQ(cancelled.error().code, u"auth.forbidden"_s);
    }
    EXPECT_EQ(row(parked.id).state, domain::DispatchState::Parked);
    EXPECT_EQ(row(parked.id).version, parked.version);
    for (const auto &e : auditOf(parked.id))
        EXPECT_TRUE(e.action == u"dispatch.claim"_s || e.action == u"dispatch.parked"_s) << e.action.toStdString();
    EXPECT_TRUE(actions(domain::Role::Admin).list({}));
    auto noSession = DispatchActions(*m_db, domain::UserSession{}, {}).list({});
    ASSERT_FALSE(noSession);
    EXPECT_EQ(noSession.error().code, u"auth.no_session"_s);
}

TEST_P(DispatchActionsTest, ListFiltersAndSaysWhenTheChannelIsNotConfigured)
{
    auto a = actions();
    auto all = a.list({});
    ASSERT_TRUE(all) << all.error().toString().toStdString();
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->first().entry.id, m_mssRow.id); // newest first
    for (const auto &r : *all) {
        EXPECT_EQ(r.dossierNumber, m_dossier.number);
        EXPECT_EQ(r.dossierId, m_dossier.id);
        EXPECT_EQ(r.versionNumber, 1);
        if (r.entry.id == m_dmp.id) {
            EXPECT_FALSE(r.channelConfigured);
            EXPECT_EQ(r.stateLabel, u"en attente : canal non configuré"_s);
            EXPECT_TRUE(r.canCancel);
        } else if (r.entry.id == m_withheld.id) {
            EXPECT_EQ(r.stateLabel, u"suspendu"_s);
            EXPECT_FALSE(r.canRetry);
        } else {
            EXPECT_TRUE(r.channelConfigured);
            EXPECT_EQ(r.stateLabel, u"en attente"_s);
        }
    }
    DispatchListFilter byState;
    byState.state = domain::DispatchState::Withheld;
    auto withheld = a.list(byState);
    ASSERT_TRUE(withheld);
    ASSERT_EQ(withheld->size(), 1);
    EXPECT_EQ(withheld->first().entry.id, m_withheld.id);
    DispatchListFilter byChannel;
    byChannel.channel = domain::Channel::MssPro;
    auto mss = a.list(byChannel);
    ASSERT_TRUE(mss);
    ASSERT_EQ(mss->size(), 1);
    DispatchListFilter otherDossier;
    otherDossier.dossierId = m_dossier.id + 1000;
    auto none = a.list(otherDossier);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
    // Each listing is one audit row naming what was asked.
    auto trail = m_db->read([&](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, u"outbox"_s, QString::number(otherDossier.dossierId.value()));
    });
    ASSERT_TRUE(trail);
    ASSERT_EQ(trail->size(), 1);
    EXPECT_EQ(trail->first().action, u"dispatch.list"_s);
    EXPECT_EQ(trail->first().actorLogin, u"bio1"_s);
}

TEST_P(DispatchActionsTest, RetryNowPutsAParkedRowBackAndItIsSentWithAFreshBudget)
{
    const auto parked = parkMss();
    ASSERT_EQ(parked.state, domain::DispatchState::Parked);
    auto a = actions();
    auto stale = a.retryNow(parked.id, parked.version - 1);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, u"storage.conflict"_s);
    auto retried = a.retryNow(parked.id, parked.version);
    ASSERT_TRUE(retried) << retried.error().toString().toStdString();
    EXPECT_EQ(retried->entry.state, domain::DispatchState::Pending);
    EXPECT_EQ(retried->entry.retryBase, 1);
    const auto trail = auditOf(parked.id);
    ASSERT_FALSE(trail.isEmpty());
    EXPECT_EQ(trail.last().action, u"dispatch.retry"_s);
    EXPECT_TRUE(trail.last().before.contains(u"\"parked\""_s));
    EXPECT_TRUE(trail.last().after.contains(u"\"pending\""_s));
    m_now = QDateTime::currentDateTimeUtc().addSecs(1);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    EXPECT_EQ(run->sent, 1);
    EXPECT_EQ(m_mss->calls.last().attempt, 2);
    EXPECT_EQ(row(parked.id).state, domain::DispatchState::Sent);
    // Sent, withheld: not retryable.
    const auto sent = row(parked.id);
    auto again = a.retryNow(sent.id, sent.version);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, u"dispatch.not_retryable"_s);
    auto withheld = a.retryNow(m_withheld.id, row(m_withheld.id).version);
    ASSERT_FALSE(withheld);
    EXPECT_EQ(withheld.error().code, u"dispatch.not_retryable"_s);
    auto unknown = a.retryNow(999999, 1);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, u"storage.not_found"_s);
}

TEST_P(DispatchActionsTest, BulkRetryRetriesEachRowInItsOwnTransactionReportsRefusalsAndCanBeStopped)
{
    const auto parked = parkMss();
    ASSERT_EQ(parked.state, domain::DispatchState::Parked);
    const auto withheld = row(m_withheld.id);
    QList<std::pair<int, int>> calls;
    auto bulk = actions().retryMany({{parked.id, parked.version}, {withheld.id, withheld.version}, {999999, 1}},
                                    [&](int done, int total) {
                                        calls.append({done, total});
                                        return true;
                                    });
    ASSERT_TRUE(bulk) << bulk.error().toString().toStdString();
    EXPECT_EQ(bulk->retried, 1);
    ASSERT_EQ(bulk->refused.size(), 2) << "a refused row does not stop the others";
    EXPECT_TRUE(bulk->refused.first().startsWith(u"envoi %1 : "_s.arg(withheld.id)));
    EXPECT_FALSE(bulk->interrupted);
    EXPECT_EQ(calls, (QList<std::pair<int, int>>{{0, 3}, {1, 3}, {2, 3}, {3, 3}}));
    EXPECT_EQ(row(parked.id).state, domain::DispatchState::Pending);
    EXPECT_EQ(auditOf(parked.id).last().action, u"dispatch.retry"_s);

    // Stopped before the first row: nothing done.
    const auto again = row(parked.id);
    auto stopped = actions().retryMany({{again.id, again.version}}, [](int, int) { return false; });
    ASSERT_TRUE(stopped);
    EXPECT_TRUE(stopped->interrupted);
    EXPECT_EQ(stopped->retried, 0);
    EXPECT_EQ(row(parked.id).version, again.version);

    auto technician = actions(domain::Role::Technician).retryMany({{again.id, again.version}});
    ASSERT_FALSE(technician);
    EXPECT_EQ(technician.error().code, u"auth.forbidden"_s);
}

TEST_P(DispatchActionsTest, CancelNeedsAReasonIsAuditedAndIsNeverClaimedAfterwards)
{
    auto a = actions(domain::Role::Admin);
    const auto dmp = row(m_dmp.id);
    auto noReason = a.cancel(dmp.id, dmp.version, u"   "_s);
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, u"dispatch.reason_required"_s);
    auto cancelled = a.cancel(dmp.id, dmp.version, u"Doublon du compte rendu papier"_s);
    ASSERT_TRUE(cancelled) << cancelled.error().toString().toStdString();
    EXPECT_EQ(cancelled->entry.state, domain::DispatchState::Cancelled);
    EXPECT_TRUE(cancelled->entry.lastError.contains(u"Doublon du compte rendu papier"_s));
    EXPECT_EQ(cancelled->stateLabel, u"annulé"_s);
    EXPECT_EQ(auditOf(dmp.id).last().action, u"dispatch.cancel"_s);
    auto twice = a.cancel(dmp.id, cancelled->entry.version, u"encore"_s);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, u"dispatch.not_cancellable"_s);
    auto stale = a.cancel(m_mssRow.id, m_mssRow.version + 5, u"motif"_s);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, u"storage.conflict"_s);
    // Even with a DMP sender now, the cancelled row stays cancelled.
    auto dmpSender = std::make_shared<TestSender>(domain::Channel::Dmp);
    m_senders.add(dmpSender);
    m_now = QDateTime::currentDateTimeUtc().addDays(1);
    auto run = dispatcher(m_senders).runOnce();
    ASSERT_TRUE(run);
    EXPECT_TRUE(dmpSender->calls.isEmpty());
    EXPECT_EQ(row(dmp.id).state, domain::DispatchState::Cancelled);
}

TEST_P(DispatchActionsTest, AttemptsOfARowAreReadableAndTheReadIsAudited)
{
    const auto parked = parkMss();
    auto attempts = actions().attempts(parked.id);
    ASSERT_TRUE(attempts);
    ASSERT_EQ(attempts->size(), 1);
    EXPECT_EQ(attempts->first().outcome, u"permanent"_s);
    EXPECT_EQ(attempts->first().error, u"Message refusé (550)."_s);
    EXPECT_EQ(auditOf(parked.id).last().action, u"dispatch.read_attempts"_s);
    auto denied = actions(domain::Role::Technician).attempts(parked.id);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, u"auth.forbidden"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, DispatchActionsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
