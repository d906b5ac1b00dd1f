#include "CatalogueReflexSupport.h"

#include "storage/AuditRepository.h"
#include "storage/CatalogueReflexRepository.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "workflow/catalogue/ReflexTests.h"

#include <QDeadlineTimer>

#include <atomic>

#include <gtest/gtest.h>

#include <thread>

using namespace sgl;
using namespace sgl::domain;
using namespace sgl::workflow;
using sgl::testing::Backend;

namespace {

const QString kSerum = QStringLiteral("SER");
const QString kBlood = QStringLiteral("BLD");

class ReflexTestsTest : public sgl::testing::StorageTest {
protected:
    void SetUp() override
    {
        sgl::testing::StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto out = ApplyCatalogueImport(*m_db, sgl::testing::catalogueValidator())
                       .run(sgl::testing::adminSession(), sgl::testing::demoRequest());
        ASSERT_TRUE(out && out->applied);
        CatalogueAdmin admin(*m_db, sgl::testing::catalogueValidator());
        ReflexRule hb;
        hb.code = QStringLiteral("RFX-HB");
        hb.label = QStringLiteral("Hémoglobine critique : bilan d'hémostase");
        hb.triggerCode = QStringLiteral("HB");
        hb.condition = ReflexCondition::Critical;
        hb.addCode = QStringLiteral("TP");
        for (const ReflexRule &r :
             {sgl::testing::numericRule(QStringLiteral("RFX-TSH-HAUTE"), QStringLiteral("TSH"), ReflexCondition::Above, 4,
                                        QStringLiteral("T4L"), true),
              sgl::testing::numericRule(QStringLiteral("RFX-TSH-BASSE"), QStringLiteral("TSH"), ReflexCondition::Below, 0.4,
                                        QStringLiteral("T4L"), true),
              sgl::testing::codedRule(QStringLiteral("RFX-HBS"), QStringLiteral("AGHBS"), {QStringLiteral("POS")},
                                      QStringLiteral("BHEP")),
              hb}) {
            auto saved = admin.saveReflexRule(sgl::testing::adminSession(), r, QStringLiteral("protocole"));
            ASSERT_TRUE(saved && saved->saved) << r.code.toStdString();
        }
    }

    ReflexTests reflex() { return ReflexTests(*m_db); }
    static UserSession as(Role role)
    {
        static const QHash<Role, QString> logins{{Role::Secretary, QStringLiteral("secretaire")},
                                                 {Role::Technician, QStringLiteral("technicien")},
                                                 {Role::Biologist, QStringLiteral("biologiste")},
                                                 {Role::Admin, QStringLiteral("admin")}};
        return sgl::testing::sessionWith(role, logins.value(role));
    }

    /** A dossier in progress: TSH 6.2 (serum), HBs antigen positive (serum), Hb 5.1 flagged LL (blood). */
    sgl::testing::DossierFixture firingDossier(DossierStatus status = DossierStatus::InProgress,
                                               const QString &number = QStringLiteral("D-RFX-0001"))
    {
        auto f = sgl::testing::makeDossier(*m_db, status, {kSerum, kBlood}, number);
        sgl::testing::addResult(*m_db, f, QStringLiteral("TSH"),
                                ResultValue::numeric(QStringLiteral("6.2"), QStringLiteral("m[IU]/L")),
                                AbnormalFlag::High, kSerum);
        sgl::testing::addResult(*m_db, f, QStringLiteral("AGHBS"),
                                ResultValue::ofCode(CodedValue{QStringLiteral("POS"), {}, {}, QStringLiteral("Positif")}),
                                AbnormalFlag::Abnormal, kSerum);
        sgl::testing::addResult(*m_db, f, QStringLiteral("HB"), ResultValue::numeric(QStringLiteral("5.1"), QStringLiteral("g/dL")),
                                AbnormalFlag::CriticalLow, kBlood);
        return f;
    }

    QList<LabResult> results(qint64 dossierId)
    {
        auto r = m_db->write([&](storage::WriteTx &tx) {
            return storage::ResultRepository::forDossier(tx, dossierId, sgl::testing::actor());
        });
        EXPECT_TRUE(r);
        return r ? *r : QList<LabResult>{};
    }

    /** Rows of results and of the audit trail: equal before and after a refusal. */
    std::pair<int, int> rowCounts()
    {
        auto r = m_db->read([](storage::ReadTx &tx) -> Result<std::pair<int, int>> {
            auto q = tx.query(QStringLiteral("SELECT (SELECT COUNT(*) FROM results), (SELECT COUNT(*) FROM audit_log)"));
            if (!q)
                return std::unexpected(q.error());
            q->next();
            return std::pair(q->value(0).toInt(), q->value(1).toInt());
        });
        EXPECT_TRUE(r);
        return r ? *r : std::pair(-1, -1);
    }

    QList<AuditEntry> audit(const QString &type, const QString &id)
    {
        auto r = m_db->read([&](storage::ReadTx &tx) { return storage::AuditRepository::forEntity(tx, type, id); });
        EXPECT_TRUE(r);
        return r ? *r : QList<AuditEntry>{};
    }
};

QStringList ruleCodes(const QList<ReflexProposal> &proposals)
{
    QStringList out;
    for (const ReflexProposal &p : proposals)
        out << p.ruleCode;
    return out;
}

} // namespace

TEST_P(ReflexTestsTest, ProposalsListFiringRulesInCatalogueOrderAndAuditTheRead)
{
    const auto f = firingDossier();
    auto proposals = reflex().proposals(as(Role::Secretary), f.dossierId);
    ASSERT_TRUE(proposals) << proposals.error().toString().toStdString();
    ASSERT_EQ(ruleCodes(*proposals),
              (QStringList{QStringLiteral("RFX-TSH-HAUTE"), QStringLiteral("RFX-HBS"), QStringLiteral("RFX-HB")}));
    const ReflexProposal &tsh = (*proposals)[0];
    EXPECT_TRUE(tsh.automatic);
    EXPECT_EQ(tsh.analysisCodes, QStringList{QStringLiteral("T4L")});
    EXPECT_TRUE(tsh.reason.contains(QStringLiteral("6,2"))) << tsh.reason.toStdString();
    EXPECT_FALSE((*proposals)[1].automatic);
    EXPECT_EQ((*proposals)[1].analysisCodes,
              (QStringList{QStringLiteral("ASAT"), QStringLiteral("ALAT"), QStringLiteral("GGT"), QStringLiteral("PAL"),
                           QStringLiteral("BILT")}));
    EXPECT_EQ((*proposals)[2].analysisCodes,
              (QStringList{QStringLiteral("TQ"), QStringLiteral("TPPC"), QStringLiteral("INR")}));

    // Reading the dossier's results is a read of patient data: audited under the reader.
    const auto reads = audit(QStringLiteral("dossier"), QString::number(f.dossierId));
    QStringList bySecretary;
    for (const AuditEntry &e : reads)
        if (e.actorLogin == QStringLiteral("secretaire"))
            bySecretary << e.action;
    EXPECT_EQ(bySecretary, (QStringList{QStringLiteral("dossier.read"), QStringLiteral("result.read_dossier")}));

    // Nothing was added by looking.
    EXPECT_EQ(results(f.dossierId).size(), 3);
}

TEST_P(ReflexTestsTest, ProposalsRefusalsAndQuietCases)
{
    auto admin = reflex().proposals(as(Role::Admin), 1);
    ASSERT_FALSE(admin);
    EXPECT_EQ(admin.error().code, QStringLiteral("auth.forbidden"));
    auto nobody = reflex().proposals(UserSession{}, 1);
    ASSERT_FALSE(nobody);
    EXPECT_EQ(nobody.error().code, QStringLiteral("auth.no_session"));
    auto unknown = reflex().proposals(as(Role::Biologist), 424242);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QStringLiteral("storage.not_found"));

    // Censored ">100" is certainly above 4; "<0.5" is not certainly below 0.4; a cancelled TSH
    // or one sent back for a rerun fires nothing.
    auto f = sgl::testing::makeDossier(*m_db, DossierStatus::InProgress, {kSerum}, QStringLiteral("D-RFX-0002"));
    sgl::testing::addResult(*m_db, f, QStringLiteral("TSH"),
                            ResultValue::numeric(QStringLiteral("100"), QStringLiteral("m[IU]/L"), Comparator::Greater),
                            AbnormalFlag::High, kSerum);
    auto p = reflex().proposals(as(Role::Technician), f.dossierId);
    ASSERT_TRUE(p);
    EXPECT_EQ(ruleCodes(*p), QStringList{QStringLiteral("RFX-TSH-HAUTE")});

    auto g = sgl::testing::makeDossier(*m_db, DossierStatus::InProgress, {kSerum}, QStringLiteral("D-RFX-0003"));
    sgl::testing::addResult(*m_db, g, QStringLiteral("TSH"),
                            ResultValue::numeric(QStringLiteral("0.5"), QStringLiteral("m[IU]/L"), Comparator::Less),
                            std::nullopt, kSerum);
    sgl::testing::addResult(*m_db, g, QStringLiteral("AGHBS"),
                            ResultValue::ofCode(CodedValue{QStringLiteral("POS"), {}, {}, QStringLiteral("Positif")}),
                            AbnormalFlag::Abnormal, kSerum, ValidationState::Cancelled);
    p = reflex().proposals(as(Role::Biologist), g.dossierId);
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->isEmpty()) << ruleCodes(*p).join(QLatin1Char(',')).toStdString();

    // T4L already in the dossier (even pending): the TSH rule proposes nothing.
    sgl::testing::addResult(*m_db, f, QStringLiteral("T4L"), ResultValue{}, std::nullopt, kSerum, ValidationState::Pending);
    p = reflex().proposals(as(Role::Biologist), f.dossierId);
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->isEmpty());
}

TEST_P(ReflexTestsTest, OrderAddsPendingResultsWithCommentSpecimenVersionAndAudit)
{
    const auto f = firingDossier();
    const qint64 catalogueVersion = *m_db->read([](storage::ReadTx &tx) {
        return storage::CatalogueRepository::currentVersionId(tx);
    });
    // Listed out of order: added in catalogue order.
    auto out = reflex().order(as(Role::Biologist), f.dossierId,
                              {QStringLiteral("RFX-HB"), QStringLiteral("RFX-TSH-HAUTE")}, QStringLiteral("avis Dr B."));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->ruleCodes, (QStringList{QStringLiteral("RFX-TSH-HAUTE"), QStringLiteral("RFX-HB")}));
    EXPECT_EQ(out->analysisCodes,
              (QStringList{QStringLiteral("T4L"), QStringLiteral("TQ"), QStringLiteral("TPPC"), QStringLiteral("INR")}));
    ASSERT_EQ(out->resultIds.size(), 4);

    const auto stored = results(f.dossierId);
    ASSERT_EQ(stored.size(), 7);
    QHash<QString, LabResult> byCode;
    for (const LabResult &r : stored)
        byCode.insert(r.analysisCode, r);
    const LabResult t4 = byCode.value(QStringLiteral("T4L"));
    EXPECT_EQ(t4.state, ValidationState::Pending);
    EXPECT_EQ(t4.value.kind, ResultValue::Kind::Empty);
    EXPECT_EQ(t4.catalogueVersionId, catalogueVersion);
    EXPECT_EQ(t4.specimenId, f.specimens.value(kSerum)) << "T4L is measured on the TSH's serum tube";
    EXPECT_EQ(t4.patientId, f.patientId);
    EXPECT_TRUE(t4.comment.startsWith(QStringLiteral("Test réflexe RFX-TSH-HAUTE : "))) << t4.comment.toStdString();
    EXPECT_TRUE(t4.comment.contains(QStringLiteral("6,2")));
    EXPECT_EQ(byCode.value(QStringLiteral("TQ")).specimenId, 0) << "citrated plasma: a new tube, not the blood one";

    for (qint64 id : out->resultIds) {
        const auto rows = audit(QStringLiteral("result"), QString::number(id));
        QStringList actions;
        for (const AuditEntry &e : rows)
            actions << e.action;
        EXPECT_EQ(actions, (QStringList{QStringLiteral("result.create"), QStringLiteral("reflex.order")}));
        EXPECT_EQ(rows.back().actorLogin, QStringLiteral("biologiste"));
        EXPECT_TRUE(rows.back().after.contains(QStringLiteral("avis Dr B.")));
    }

    // What was ordered is no longer proposed; ordering it again is refused, nothing written.
    auto left = reflex().proposals(as(Role::Biologist), f.dossierId);
    ASSERT_TRUE(left);
    EXPECT_EQ(ruleCodes(*left), QStringList{QStringLiteral("RFX-HBS")});
    const auto before = rowCounts();
    auto again = reflex().order(as(Role::Biologist), f.dossierId, {QStringLiteral("RFX-HBS"), QStringLiteral("RFX-TSH-HAUTE")});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QStringLiteral("reflex.not_applicable"));
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("RFX-TSH-HAUTE")));
    EXPECT_FALSE(again.error().message.contains(QStringLiteral("RFX-HBS")));
    EXPECT_EQ(rowCounts(), before);
}

TEST_P(ReflexTestsTest, OrderRefusalsWriteNothing)
{
    const auto f = firingDossier();
    const auto validated = firingDossier(DossierStatus::Validated, QStringLiteral("D-RFX-0010"));
    const auto cancelled = firingDossier(DossierStatus::Cancelled, QStringLiteral("D-RFX-0011"));
    const auto before = rowCounts();
    const QStringList rule{QStringLiteral("RFX-HBS")};

    for (Role role : {Role::Secretary, Role::Technician, Role::Admin}) {
        auto r = reflex().order(as(role), f.dossierId, rule);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, QStringLiteral("auth.forbidden")) << roleCode(role).toStdString();
    }
    auto none = reflex().order(as(Role::Biologist), f.dossierId, {});
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, QStringLiteral("reflex.no_rule"));
    auto unknownDossier = reflex().order(as(Role::Biologist), 424242, rule);
    ASSERT_FALSE(unknownDossier);
    EXPECT_EQ(unknownDossier.error().code, QStringLiteral("storage.not_found"));
    for (qint64 id : {validated.dossierId, cancelled.dossierId}) {
        auto closed = reflex().order(as(Role::Biologist), id, rule);
        ASSERT_FALSE(closed);
        EXPECT_EQ(closed.error().code, QStringLiteral("reflex.dossier_closed"));
        auto automatic = reflex().applyAutomatic(as(Role::Technician), id);
        ASSERT_FALSE(automatic);
        EXPECT_EQ(automatic.error().code, QStringLiteral("reflex.dossier_closed"));
    }
    // One applicable and two that are not (inactive here, unknown): all refused, both named.
    auto mixed = reflex().order(as(Role::Biologist), f.dossierId,
                                {QStringLiteral("RFX-HBS"), QStringLiteral("RFX-TSH-BASSE"), QStringLiteral("RFX-NOPE")});
    ASSERT_FALSE(mixed);
    EXPECT_EQ(mixed.error().code, QStringLiteral("reflex.not_applicable"));
    EXPECT_TRUE(mixed.error().message.contains(QStringLiteral("RFX-TSH-BASSE")));
    EXPECT_TRUE(mixed.error().message.contains(QStringLiteral("RFX-NOPE")));
    EXPECT_EQ(rowCounts(), before);

    // A rule switched off in the catalogue no longer fires.
    CatalogueAdmin admin(*m_db, sgl::testing::catalogueValidator());
    ReflexRule off = *admin.load()->reflexRule(QStringLiteral("RFX-HBS"));
    off.active = false;
    ASSERT_TRUE(admin.saveReflexRule(sgl::testing::adminSession(), off, QStringLiteral("suspendu"))->saved);
    const auto afterEdit = rowCounts();
    auto inactive = reflex().order(as(Role::Biologist), f.dossierId, rule);
    ASSERT_FALSE(inactive);
    EXPECT_EQ(inactive.error().code, QStringLiteral("reflex.not_applicable"));
    EXPECT_EQ(rowCounts(), afterEdit);
    EXPECT_EQ(results(f.dossierId).size(), 3);
}

TEST_P(ReflexTestsTest, ApplyAutomaticAddsOnlyAutomaticRulesOnce)
{
    const auto f = firingDossier();
    for (Role role : {Role::Secretary, Role::Admin}) {
        auto r = reflex().applyAutomatic(as(role), f.dossierId);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, QStringLiteral("auth.forbidden"));
    }
    auto out = reflex().applyAutomatic(as(Role::Technician), f.dossierId);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->ruleCodes, QStringList{QStringLiteral("RFX-TSH-HAUTE")});
    EXPECT_EQ(out->analysisCodes, QStringList{QStringLiteral("T4L")});
    const auto before = rowCounts();
    auto again = reflex().applyAutomatic(as(Role::Biologist), f.dossierId);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->analysisCodes.isEmpty());
    EXPECT_TRUE(again->ruleCodes.isEmpty());
    EXPECT_EQ(rowCounts().first, before.first) << "no result added the second time";
    auto unknown = reflex().applyAutomatic(as(Role::Technician), 424242);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QStringLiteral("storage.not_found"));
    // The proposals left are for the biologist.
    auto left = reflex().proposals(as(Role::Technician), f.dossierId);
    ASSERT_TRUE(left);
    EXPECT_EQ(ruleCodes(*left), (QStringList{QStringLiteral("RFX-HBS"), QStringLiteral("RFX-HB")}));
}

TEST_P(ReflexTestsTest, ConcurrentOrdersOfOneRuleAddTheAnalysisOnce)
{
    const auto f = firingDossier();
    // Another workstation is adding T4L to the dossier and has not committed yet. (Today the
    // audit chain's head lock also serialises the two transactions; the dossier lock taken by
    // ReflexTests keeps this true whatever the audit does.)
    auto other = storage::Database::open(*storage::DbUrl::parse(m_scratch->url()));
    ASSERT_TRUE(other) << other.error().toString().toStdString();
    Result<ReflexOrderOutcome> second = std::unexpected(Error{});
    std::atomic<storage::Database *> otherDb = nullptr;
    std::thread worker;
    auto first = (*other)->write([&](storage::WriteTx &tx) -> Status {
        auto locked = storage::CatalogueReflexRepository::lockDossier(tx, f.dossierId);
        if (!locked)
            return std::unexpected(locked.error());
        EXPECT_TRUE(*locked);
        LabResult t4 = sgl::testing::sampleResult(f.dossierId, f.patientId, QStringLiteral("T4L"), ResultValue{},
                                                  QDateTime::currentDateTimeUtc());
        t4.state = ValidationState::Pending;
        if (auto s = storage::ResultRepository::insert(tx, t4, sgl::testing::actor()); !s)
            return s;
        if (!worker.joinable()) {
            // The biologist orders the same rule meanwhile, from a connection of their own. On
            // SQLite it gets SQLITE_BUSY at once (no busy timeout) and retries, which the retry
            // counter shows; on PostgreSQL it blocks on this transaction's locks, which
            // pg_blocking_pids shows. Either way this transaction commits only once the other
            // one is known to be waiting for it: no sleep, no race on who comes first.
            const QString url = m_scratch->url();
            worker = std::thread([&second, &otherDb, url, dossier = f.dossierId] {
                storage::Database::OpenOptions options;
                options.busyTimeoutMs = 0;
                options.maxAttempts = 1000;
                options.retryBaseDelayMs = 2;
                auto db = storage::Database::open(*storage::DbUrl::parse(url), options);
                if (!db) {
                    second = std::unexpected(db.error());
                    return;
                }
                otherDb = db->get();
                second = ReflexTests(**db).order(as(Role::Biologist), dossier, {QStringLiteral("RFX-TSH-HAUTE")});
                otherDb = nullptr;
            });
            QDeadlineTimer deadline(60000);
            bool waiting = false;
            while (!waiting && !deadline.hasExpired()) {
                if (GetParam() == Backend::Sqlite) {
                    storage::Database *db = otherDb.load();
                    waiting = db != nullptr && db->retryCount() > 0;
                } else {
                    // pg_stat_activity is a snapshot kept for the whole transaction: drop it.
                    if (auto clear = tx.query(QStringLiteral("SELECT pg_stat_clear_snapshot()")); !clear)
                        return std::unexpected(clear.error());
                    auto q = tx.query(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                     "WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))"));
                    if (!q)
                        return std::unexpected(q.error());
                    waiting = q->next() && q->value(0).toInt() > 0;
                }
                if (!waiting)
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            EXPECT_TRUE(waiting) << "the other workstation never waited for this transaction";
        }
        return {};
    });
    if (worker.joinable())
        worker.join();
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    ASSERT_FALSE(second) << "the order must wait for the other addition, then see it";
    EXPECT_EQ(second.error().code, QStringLiteral("reflex.not_applicable")) << second.error().toString().toStdString();
    int t4l = 0;
    for (const LabResult &r : results(f.dossierId))
        t4l += r.analysisCode == QStringLiteral("T4L");
    EXPECT_EQ(t4l, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReflexTestsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
