// The biologist's read model of a dossier (issue 12, item 2): header, results grouped by
// chapter and exam with the range of this patient, antériorités (last N, converted when the
// unit changed), delta checks from the catalogue's rules, reflex proposals — read in one
// transaction with exactly one audit row. Both databases.

#include "../bench/BenchTestSupport.h"

#include "domain/ErrorCodes.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/validation/ValidationDossierView.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::validation::ValidationDossier;
using workflow::validation::ValidationDossierView;
using workflow::validation::ValidationResultRow;

struct Past {
    const char *code;
    const char *number;
    const char *unit;
    int daysAgo;
};

class ValidationDossierViewTest : public BenchTest {
protected:
    void SetUp() override
    {
        BenchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        setRule(QStringLiteral("K"), DeltaRule{1.0, std::nullopt, 7});
        setRule(QStringLiteral("GLU"), DeltaRule{std::nullopt, 50.0, 30});
    }

    void setRule(const QString &code, std::optional<DeltaRule> rule)
    {
        auto c = admin().load();
        ASSERT_TRUE(c);
        Analysis a = *c->analysis(code);
        a.delta = rule;
        auto out = admin().saveAnalysis(adminSession(), a, {}, QStringLiteral("contrôle delta"));
        ASSERT_TRUE(out && out->saved);
    }

    /** A dossier of `patient` whose results of `values` are validated long ago (antériorités). */
    qint64 pastDossier(qint64 patient, const QStringList &exams, const QList<Past> &values)
    {
        auto req = request(exams);
        req.patientId = patient;
        auto change = orders().create(req);
        EXPECT_TRUE(change) << (change ? std::string() : change.error().toString().toStdString());
        if (!change)
            return 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto ok = m_db->write([&](storage::WriteTx &tx) -> Status {
            auto results = storage::ResultRepository::forDossier(tx, change->dossier.id, actor());
            if (!results)
                return std::unexpected(results.error());
            for (const Past &p : values)
                for (LabResult r : *results)
                    if (r.analysisCode == QLatin1String(p.code)) {
                        r.value = ResultValue::numeric(QString::fromLatin1(p.number), QString::fromLatin1(p.unit));
                        r.state = ValidationState::Validated;
                        r.observedAt = now.addDays(-p.daysAgo);
                        r.validatedBy = QStringLiteral("biologiste");
                        r.validatedAt = r.observedAt;
                        if (auto s = storage::ResultRepository::update(tx, r, actor()); !s)
                            return s;
                    }
            return {};
        });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return change->dossier.id;
    }

    qint64 auditCount()
    {
        auto n = m_db->read([](storage::ReadTx &tx) -> Result<qint64> {
            auto q = tx.query(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
            if (!q)
                return std::unexpected(q.error());
            q->next();
            return q->value(0).toLongLong();
        });
        EXPECT_TRUE(n);
        return n.value_or(-1);
    }

    AuditEntry lastAudit()
    {
        auto e = m_db->read([](storage::ReadTx &tx) -> Result<std::optional<AuditEntry>> {
            auto head = storage::AuditRepository::head(tx);
            if (!head)
                return std::unexpected(head.error());
            return storage::AuditRepository::find(tx, head->first);
        });
        EXPECT_TRUE(e && *e);
        return e && *e ? **e : AuditEntry{};
    }

    static const ValidationResultRow *rowOf(const ValidationDossier &v, const QString &code)
    {
        for (const ValidationResultRow *r : v.rows())
            if (r->result.analysisCode == code)
                return r;
        return nullptr;
    }
};

TEST_P(ValidationDossierViewTest, OpensTheWholeDossierWithOneAuditRow)
{
    pastDossier(m_patient.id, {QStringLiteral("IONO")},
                {{"K", "4.0", "mmol/L", 3}, {"NA", "139", "mmol/L", 3}});
    pastDossier(m_patient.id, {QStringLiteral("IONO")}, {{"K", "4.1", "mmol/L", 60}});
    pastDossier(m_patient.id, {QStringLiteral("GLY")}, {{"GLU", "0.90", "g/L", 2}});
    const Dossier d = receivedDossier({QStringLiteral("IONO"), QStringLiteral("GLY"), QStringLiteral("CREAT")});
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("K"), QStringLiteral("6,2")),
                                     typed(d.id, QStringLiteral("NA"), QStringLiteral("140")),
                                     typed(d.id, QStringLiteral("GLU"), QStringLiteral("5,0")),
                                     typed(d.id, QStringLiteral("CREA"), QStringLiteral("80"))}));
    const Dossier stored = dossier(d.id);

    const qint64 before = auditCount();
    auto v = ValidationDossierView(*m_db).open(biologist(), d.id);
    ASSERT_TRUE(v) << v.error().toString().toStdString();
    EXPECT_EQ(auditCount(), before + 1) << "one audit row for the whole opening";
    const AuditEntry row = lastAudit();
    EXPECT_EQ(row.action, QStringLiteral("dossier.open"));
    EXPECT_EQ(row.entityType, QStringLiteral("dossier"));
    EXPECT_EQ(row.entityId, QString::number(d.id));
    EXPECT_EQ(row.actorLogin, QStringLiteral("biologiste"));
    EXPECT_TRUE(row.after.contains(QStringLiteral("\"patientId\":%1").arg(m_patient.id))) << row.after.toStdString();
    EXPECT_EQ(v->auditSeq, row.seq);

    // Header.
    EXPECT_EQ(v->dossierId, d.id);
    EXPECT_EQ(v->version, stored.version);
    EXPECT_EQ(v->header.patientId, m_patient.id);
    EXPECT_EQ(v->header.dossierNumber, stored.number);
    EXPECT_EQ(v->header.sex, Sex::Female);
    EXPECT_EQ(v->header.identityStatus, IdentityStatus::Prov);
    EXPECT_FALSE(v->header.insQualified);
    EXPECT_TRUE(v->header.patientName.contains(QStringLiteral("DUPONT"))) << v->header.patientName.toStdString();
    EXPECT_EQ(v->header.prescriberName, QStringLiteral("Dr Claire BERNARD"));
    EXPECT_GT(v->header.ageDays, 46 * 365);
    EXPECT_TRUE(v->header.ageText.contains(QStringLiteral("an"))) << v->header.ageText.toStdString();
    QStringList answered;
    for (const auto &a : v->header.clinicalAnswers)
        answered << a.code;
    EXPECT_EQ(answered, (QStringList{QStringLiteral("FASTING"), QStringLiteral("ANTICOAGULANT")}));
    EXPECT_EQ(v->header.treatments, QStringList{QStringLiteral("Aucun")});
    EXPECT_TRUE(v->header.pregnancy.isEmpty());

    // Grouping: chapter then exam, analyses in exam order, cancelled none.
    ASSERT_FALSE(v->chapters.isEmpty());
    QStringList exams;
    for (const auto &c : v->chapters)
        for (const auto &e : c.exams)
            exams << e.examCode;
    EXPECT_TRUE(exams.contains(QStringLiteral("IONO")) && exams.contains(QStringLiteral("GLY"))
                && exams.contains(QStringLiteral("CREAT")))
        << exams.join(u',').toStdString();
    for (const auto &c : v->chapters)
        for (const auto &e : c.exams)
            if (e.examCode == QLatin1String("IONO")) {
                QStringList codes;
                for (const auto &r : e.rows)
                    codes << r.result.analysisCode;
                EXPECT_EQ(codes, (QStringList{QStringLiteral("NA"), QStringLiteral("K"), QStringLiteral("CL"),
                                              QStringLiteral("BICAR")}));
            }

    // Potassium: range, antériorités newest first (other dossiers only), delta alert.
    const ValidationResultRow *k = rowOf(*v, QStringLiteral("K"));
    ASSERT_TRUE(k);
    EXPECT_EQ(k->rangeText, QStringLiteral("3,5 – 5,1"));
    ASSERT_EQ(k->previous.size(), 2);
    EXPECT_EQ(k->previous[0].value.number, QStringLiteral("4.0"));
    EXPECT_EQ(k->previous[1].value.number, QStringLiteral("4.1"));
    EXPECT_NE(k->previous[0].dossierId, d.id);
    EXPECT_EQ(k->delta.outcome, DeltaOutcome::Compared);
    EXPECT_TRUE(k->delta.alert);
    EXPECT_EQ(k->delta.fired, DeltaThreshold::Absolute);
    EXPECT_NEAR(*k->delta.absoluteChange, 2.2, 1e-9);
    ASSERT_FALSE(k->steps.isEmpty());
    EXPECT_EQ(k->steps.last().action, QStringLiteral("enter"));
    EXPECT_EQ(k->rerunCount, 0);

    // Glucose: the previous value was in g/L, converted with the catalogue factor; no alert.
    const ValidationResultRow *glu = rowOf(*v, QStringLiteral("GLU"));
    ASSERT_TRUE(glu);
    ASSERT_EQ(glu->previous.size(), 1);
    EXPECT_TRUE(glu->previous[0].unitChanged);
    ASSERT_TRUE(glu->previous[0].converted);
    EXPECT_NEAR(*glu->previous[0].converted, 0.90 / 0.18016, 1e-9);
    EXPECT_TRUE(glu->previous[0].display.contains(QStringLiteral("g/L"))) << glu->previous[0].display.toStdString();
    EXPECT_EQ(glu->delta.outcome, DeltaOutcome::Compared);
    EXPECT_FALSE(glu->delta.alert);

    // Sodium has no rule; creatinine has no previous value.
    EXPECT_EQ(rowOf(*v, QStringLiteral("NA"))->delta.outcome, DeltaOutcome::NoRule);
    EXPECT_EQ(rowOf(*v, QStringLiteral("NA"))->previous.size(), 1);
    const ValidationResultRow *crea = rowOf(*v, QStringLiteral("CREA"));
    ASSERT_TRUE(crea);
    EXPECT_TRUE(crea->previous.isEmpty());
    EXPECT_EQ(crea->rangeText, QStringLiteral("45 – 90")) << "adult female range";
    EXPECT_EQ(v->deltaAlertCount(), 1);
}

TEST_P(ValidationDossierViewTest, KeepsTheLastNValuesAndAppliesTheRangeOfThePatient)
{
    QList<Past> many;
    static const char *const numbers[] = {"4.0", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6"};
    for (int i = 0; i < 7; ++i)
        pastDossier(m_patient.id, {QStringLiteral("IONO")}, {{"K", numbers[i], "mmol/L", 10 + i}});
    const Dossier female = receivedDossier({QStringLiteral("IONO"), QStringLiteral("CREAT")});
    auto v = ValidationDossierView(*m_db).open(biologist(), female.id);
    ASSERT_TRUE(v) << v.error().toString().toStdString();
    const ValidationResultRow *k = rowOf(*v, QStringLiteral("K"));
    ASSERT_TRUE(k);
    ASSERT_EQ(k->previous.size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(k->previous[i].value.number, QString::fromLatin1(numbers[i])) << i;
    EXPECT_EQ(k->delta.outcome, DeltaOutcome::NotNumeric) << "nothing entered yet";
    auto three = ValidationDossierView(*m_db).open(biologist(), female.id, 3);
    ASSERT_TRUE(three);
    EXPECT_EQ(rowOf(*three, QStringLiteral("K"))->previous.size(), 3);
    // Another patient's history never shows.
    auto req = request({QStringLiteral("IONO"), QStringLiteral("CREAT")});
    req.patientId = m_male.id;
    auto male = orders().create(req);
    ASSERT_TRUE(male);
    auto mv = ValidationDossierView(*m_db).open(biologist(), male->dossier.id);
    ASSERT_TRUE(mv) << mv.error().toString().toStdString();
    EXPECT_TRUE(rowOf(*mv, QStringLiteral("K"))->previous.isEmpty());
    EXPECT_EQ(mv->header.sex, Sex::Male);
    EXPECT_EQ(rowOf(*mv, QStringLiteral("CREA"))->rangeText, QStringLiteral("59 – 104")) << "adult male range";
    EXPECT_EQ(rowOf(*v, QStringLiteral("CREA"))->rangeText, QStringLiteral("45 – 90"));
}

TEST_P(ValidationDossierViewTest, RefusalsWriteNothing)
{
    const Dossier d = receivedDossier({QStringLiteral("IONO")});
    const auto counts = rowCounts();
    auto forbidden = ValidationDossierView(*m_db).open(adminSession(), d.id);
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));
    auto noSession = ValidationDossierView(*m_db).open(UserSession{}, d.id);
    ASSERT_FALSE(noSession);
    auto unknown = ValidationDossierView(*m_db).open(biologist(), d.id + 1000);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QString(storage::errc::NotFound));
    EXPECT_EQ(rowCounts(), counts) << "no audit row for a refused opening";
    // A technician and a secretary may read it (Permission::DossierRead).
    EXPECT_TRUE(ValidationDossierView(*m_db).open(technician(), d.id));
    EXPECT_TRUE(ValidationDossierView(*m_db).open(secretary(), d.id));
}

TEST_P(ValidationDossierViewTest, ShowsReflexProposalsAndReruns)
{
    const Dossier d = receivedDossier({QStringLiteral("TSH")});
    // TSH > 4 fires the automatic rule set up by the fixture (T4L added at entry).
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("TSH"), QStringLiteral("6,2"))}));
    auto v = ValidationDossierView(*m_db).open(biologist(), d.id);
    ASSERT_TRUE(v) << v.error().toString().toStdString();
    EXPECT_TRUE(rowOf(*v, QStringLiteral("T4L"))) << "the reflex addition is shown with the dossier";
    EXPECT_TRUE(v->reflexProposals.isEmpty()) << "its analysis is ordered already";

    // A rerun is a step of the result, counted; the value sent back is kept in the steps.
    const LabResult tsh = resultOf(d.id, QStringLiteral("TSH"));
    auto rerun = workflow::bench::RerunRequest(*m_db, technician())
                     .request({tsh.id, tsh.version, workflow::bench::RerunOrder::Kind::Rerun, QStringLiteral("hémolyse"), {}});
    ASSERT_TRUE(rerun) << rerun.error().toString().toStdString();
    auto again = ValidationDossierView(*m_db).open(biologist(), d.id);
    ASSERT_TRUE(again);
    const ValidationResultRow *row = rowOf(*again, QStringLiteral("TSH"));
    ASSERT_TRUE(row);
    EXPECT_EQ(row->rerunCount, 1);
    EXPECT_TRUE(row->steps.last().reason.contains(QStringLiteral("hémolyse"))) << row->steps.last().reason.toStdString();
    EXPECT_EQ(row->steps.last().valueText, QStringLiteral("6,2"));

    // A cancelled result is not shown.
    const LabResult t4l = resultOf(d.id, QStringLiteral("T4L"));
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) -> Status {
        LabResult r = t4l;
        r.state = ValidationState::Cancelled;
        return storage::ResultRepository::update(tx, r, actor());
    }));
    auto third = ValidationDossierView(*m_db).open(biologist(), d.id);
    ASSERT_TRUE(third);
    EXPECT_FALSE(rowOf(*third, QStringLiteral("T4L"))) << "cancelled results are not shown";
}

INSTANTIATE_TEST_SUITE_P(Backends, ValidationDossierViewTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
