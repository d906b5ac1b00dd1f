// The series cross-check of auto-validation on stored dossiers (issue 15), on SQLite and
// PostgreSQL: two patients sampled together in the lab whose tubes were swapped; the patient
// without history is held (SYS.ECHANGE) naming the other dossier, each neighbour read under its
// own audit row; a dossier whose neighbour's values are still awaited waits (SYS.SERIE) and is
// evaluated again when that neighbour is technically validated; nothing is read without a delta
// score rule.

#include "AutovalTestSupport.h"

#include "domain/autoval/AutoValidationEngine.h"
#include "workflow/auth/AuthService.h"
#include "workflow/validation/BatchRelease.h"

#include <QTimeZone>

namespace sgl::testing {
namespace {

using domain::Dossier;
namespace av = domain::autoval;

class AutovalSeriesTest : public AutovalTest {
protected:
    /** The test rules plus a delta score on the ionogram (usual variation of NA, K, CL). */
    static av::RuleSet seriesRules()
    {
        av::RuleSet s = rules();
        av::DeltaScoreCondition c;
        c.terms = {{QStringLiteral("NA"), 1.5}, {QStringLiteral("K"), 6}, {QStringLiteral("CL"), 2}};
        c.maxScore = 3.5;
        c.minAnalyses = 3;
        c.windowDays = 365;
        av::Rule score;
        score.id = QStringLiteral("PATIENT.SCORE");
        score.label = QStringLiteral("Score de variation");
        score.condition = c;
        s.rules << score;
        return s;
    }

    /** Another patient of the demo, without any result. */
    qint64 otherPatient()
    {
        auto id = m_db->read([&](storage::ReadTx &tx) -> domain::Result<qint64> {
            auto q = tx.query(QStringLiteral("SELECT id FROM patients WHERE id <> ? AND id NOT IN "
                                             "(SELECT patient_id FROM dossiers) ORDER BY id"),
                              {m_patientId});
            if (!q)
                return std::unexpected(q.error());
            return q->next() ? q->value(0).toLongLong() : 0;
        });
        EXPECT_TRUE(id && *id > 0);
        return id.value_or(0);
    }

    /** The demo patient's history: an ionogram validated by the biologist. */
    void history()
    {
        const Dossier before = receivedDossier({QStringLiteral("IONO")});
        benchDone(before.id, {{QStringLiteral("NA"), QStringLiteral("140")}, {QStringLiteral("K"), QStringLiteral("4,0")},
                              {QStringLiteral("CL"), QStringLiteral("100")}, {QStringLiteral("BICAR"), QStringLiteral("25")}});
        auto v = validation(bio()).validate(whole(dossier(before.id)));
        ASSERT_TRUE(v) << v.error().toString().toStdString();
        // Sampled a month earlier: it is history, not a neighbour.
        sampleAt(before.id, morning().addDays(-30));
    }

    /** Three days ago at 08:00 UTC: away from the demo's own dossiers, sampled around now. */
    static QDateTime morning()
    {
        return QDateTime(QDate::currentDate().addDays(-3), QTime(8, 0), QTimeZone::utc());
    }

    void sampleAt(qint64 dossierId, const QDateTime &at)
    {
        auto moved = m_db->write([&](storage::WriteTx &tx) {
            return tx.exec(QStringLiteral("UPDATE dossiers SET sampled_at = ? WHERE id = ?"), {tx.dialect().toDb(at), dossierId});
        });
        ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    }

    /** Two dossiers of the ionogram sampled in the lab two minutes apart: the demo patient's, another's. */
    std::pair<Dossier, Dossier> series()
    {
        const Dossier a = receivedDossier({QStringLiteral("IONO")});
        const Dossier b = receivedDossier({QStringLiteral("IONO")}, Dossier::Priority::Routine, otherPatient());
        sampleAt(a.id, morning());
        sampleAt(b.id, morning().addSecs(120));
        return {dossier(a.id), dossier(b.id)};
    }

    static QList<std::pair<QString, QString>> iono(const QString &na, const QString &k, const QString &cl)
    {
        return {{QStringLiteral("NA"), na}, {QStringLiteral("K"), k}, {QStringLiteral("CL"), cl},
                {QStringLiteral("BICAR"), QStringLiteral("25")}};
    }

    static std::string holdsText(const av::DossierVerdict &v)
    {
        QStringList out;
        for (const av::HoldReason &h : v.holds)
            out << h.text;
        return out.join(QStringLiteral("\n")).toStdString();
    }

    const av::HoldReason *dossierHold(const av::DossierVerdict &v, const QString &ruleId)
    {
        for (const av::HoldReason &h : v.holds)
            if (h.ruleId == ruleId && h.analysisCode.isEmpty())
                return &h;
        return nullptr;
    }
};

TEST_P(AutovalSeriesTest, PatientWithoutHistoryHoldingTheOtherPatientsBloodIsHeld)
{
    history();
    setUp(QStringLiteral("shadow"), seriesRules());
    const auto [a, b] = series();
    // Swapped: A's tube holds B's blood, B's holds A's (close to A's history).
    benchDone(a.id, iono(QStringLiteral("136"), QStringLiteral("4,9"), QStringLiteral("96")));
    benchDone(b.id, iono(QStringLiteral("140"), QStringLiteral("4,1"), QStringLiteral("101")));

    auto alone = autoValidation(bio()).evaluate(b.id);
    ASSERT_TRUE(alone) << alone.error().toString().toStdString();
    EXPECT_FALSE(alone->verdict.release);
    const av::HoldReason *h = dossierHold(alone->verdict, QStringLiteral("SYS.ECHANGE"));
    ASSERT_NE(h, nullptr);
    EXPECT_TRUE(h->text.contains(a.number)) << h->text.toStdString();
    EXPECT_TRUE(h->builtIn);
    // Recorded with the verdict, for the validation screen.
    auto e = evaluationOf(b.id);
    ASSERT_TRUE(e);
    EXPECT_FALSE(e->released);
    bool recorded = false;
    for (const storage::AutovalHoldRow &row : e->holds)
        recorded = recorded || (row.ruleId == QStringLiteral("SYS.ECHANGE") && row.message.contains(a.number));
    EXPECT_TRUE(recorded);
    // A's data was read for B's evaluation: audited on A, naming B.
    EXPECT_TRUE(dossierAudit(a.id).contains(QStringLiteral("autoval.series")));
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = ? AND entity_id = ? AND after_json LIKE ?"),
                    {QStringLiteral("autoval.series"), QString::number(a.id), QStringLiteral("%") + QString::number(b.id) + QStringLiteral("%")}),
              1);

    // Never released unopened either: batch release excludes it, naming A.
    workflow::AuthService auth(*m_db, domain::SecurityPolicy{}, QStringLiteral("poste-test"));
    auto candidates = workflow::validation::BatchRelease(*m_db, bio(), auth, reports()).candidates();
    ASSERT_TRUE(candidates) << candidates.error().toString().toStdString();
    bool excluded = false;
    for (const workflow::validation::ReleaseCandidate &c : *candidates)
        if (c.dossierId == b.id)
            for (const domain::ReleaseExclusion &x : c.exclusions)
                excluded = excluded || (x.reason == domain::ReleaseExclusion::Reason::SuspectedSwap && x.text.contains(a.number));
    EXPECT_TRUE(excluded);

    // A is held too, by its own delta score and by the cross-check naming B.
    auto other = autoValidation(bio()).evaluate(a.id);
    ASSERT_TRUE(other);
    EXPECT_NE(dossierHold(other->verdict, QStringLiteral("SYS.ECHANGE")), nullptr);

    // The same two dossiers an hour apart are no series: B alone is released.
    sampleAt(b.id, morning().addSecs(7200));
    auto apart = autoValidation(bio()).evaluate(b.id);
    ASSERT_TRUE(apart);
    EXPECT_TRUE(apart->verdict.release) << holdsText(apart->verdict);
}

TEST_P(AutovalSeriesTest, DossierWaitsForItsNeighboursValuesThenIsJudgedAgain)
{
    history();
    setUp(QStringLiteral("shadow"), seriesRules());
    const auto [a, b] = series();
    // B is done first while A's ionogram is not measured yet: B waits.
    auto first = benchDoneWithHook(b.id, iono(QStringLiteral("140"), QStringLiteral("4,1"), QStringLiteral("101")));
    ASSERT_EQ(first.size(), 1);
    ASSERT_TRUE(first.first());
    const av::HoldReason *wait = dossierHold(first.first()->verdict, QStringLiteral("SYS.SERIE"));
    ASSERT_NE(wait, nullptr);
    EXPECT_TRUE(wait->text.contains(a.number)) << wait->text.toStdString();
    // A is done: A is evaluated, then B again, now with the swap seen.
    auto second = benchDoneWithHook(a.id, iono(QStringLiteral("136"), QStringLiteral("4,9"), QStringLiteral("96")));
    ASSERT_EQ(second.size(), 2);
    ASSERT_TRUE(second[0] && second[1]);
    EXPECT_EQ(second[0]->dossierId, a.id);
    EXPECT_EQ(second[1]->dossierId, b.id);
    EXPECT_EQ(dossierHold(second[1]->verdict, QStringLiteral("SYS.SERIE")), nullptr) << holdsText(second[1]->verdict);
    EXPECT_NE(dossierHold(second[1]->verdict, QStringLiteral("SYS.ECHANGE")), nullptr);
}

TEST_P(AutovalSeriesTest, ActiveModeNeverReleasesTheSuspectedPartner)
{
    history();
    setUp(QStringLiteral("active"), seriesRules());
    const auto [a, b] = series();
    benchDone(a.id, iono(QStringLiteral("136"), QStringLiteral("4,9"), QStringLiteral("96")));
    auto hooked = benchDoneWithHook(b.id, iono(QStringLiteral("140"), QStringLiteral("4,1"), QStringLiteral("101")));
    ASSERT_FALSE(hooked.isEmpty());
    ASSERT_TRUE(hooked.first());
    EXPECT_FALSE(hooked.first()->applied);
    EXPECT_EQ(dossier(b.id).status, domain::DossierStatus::TechnicallyValidated);
}

TEST_P(AutovalSeriesTest, WithoutDeltaScoreRuleNoNeighbourIsRead)
{
    history();
    setUp(QStringLiteral("shadow")); // limits only
    const auto [a, b] = series();
    benchDone(a.id, iono(QStringLiteral("136"), QStringLiteral("4,9"), QStringLiteral("96")));
    benchDone(b.id, iono(QStringLiteral("140"), QStringLiteral("4,1"), QStringLiteral("101")));
    auto e = autoValidation(bio()).evaluate(b.id);
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->verdict.release);
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = ?"), {QStringLiteral("autoval.series")}), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, AutovalSeriesTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
