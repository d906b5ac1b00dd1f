// What the Validation and Comptes rendus screens read (issue 12, gaps left on the screens), on
// both databases: the pre-load of the queue's next dossier writes no audit row and its
// dossier.open row is written when it is shown (a stale pre-load is refused); the call-back
// records of critical values in the dossier's read model, a critical value without one marked
// "appel à faire"; the analyses the biologist may add; the sharing context of the next version.

#include "ValidationTestSupport.h"

#include "domain/ErrorCodes.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/report/ReportArchive.h"
#include "workflow/validation/ValidationDossierView.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::validation::CallBackRequest;
using workflow::validation::CriticalCallBacks;
using workflow::validation::ValidationDossier;
using workflow::validation::ValidationDossierView;
using workflow::validation::ValidationResultRow;

class ValidationScreenReadsTest : public ValidationTest {
protected:
    struct AuditRow {
        qint64 seq = 0;
        QString action, entityType, entityId, after;
    };
    AuditRow lastAudit()
    {
        auto r = m_db->read([](storage::ReadTx &tx) -> Result<AuditRow> {
            auto q = tx.query(QStringLiteral("SELECT seq, action, entity_type, entity_id, after_json FROM audit_log "
                                             "ORDER BY seq DESC LIMIT 1"));
            if (!q)
                return std::unexpected(q.error());
            if (!q->next())
                return AuditRow{};
            return AuditRow{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString(), q->value(4).toString()};
        });
        EXPECT_TRUE(r) << (r ? std::string() : r.error().toString().toStdString());
        return r.value_or(AuditRow{});
    }
    int opens(qint64 dossierId)
    {
        return count(QStringLiteral("audit_log"), QStringLiteral("action = ? AND entity_id = ?"),
                     {QStringLiteral("dossier.open"), QString::number(dossierId)});
    }
    static const ValidationResultRow *rowOf(const ValidationDossier &v, const QString &code)
    {
        for (const ValidationResultRow *r : v.rows())
            if (r->result.analysisCode == code)
                return r;
        return nullptr;
    }
    Dossier criticalPotassium()
    {
        const Dossier d = receivedDossier({QStringLiteral("IONO")});
        benchDone(d.id, {{QStringLiteral("NA"), QStringLiteral("140")},
                         {QStringLiteral("K"), QStringLiteral("7,0")},
                         {QStringLiteral("CL"), QStringLiteral("100")},
                         {QStringLiteral("BICAR"), QStringLiteral("25")}});
        return dossier(d.id);
    }
    CallBackRequest callBack(const Dossier &d, const QString &code)
    {
        CallBackRequest c;
        c.dossierId = d.id;
        c.analysisCode = code;
        c.calledName = QStringLiteral("Dr Claire BERNARD");
        c.readBack = true;
        return c;
    }
};

TEST_P(ValidationScreenReadsTest, PreloadWritesNoAuditRowAndShowWritesExactlyOne)
{
    const Dossier d = criticalPotassium();
    ValidationDossierView view(*m_db);
    const int before = count(QStringLiteral("audit_log"));
    auto pre = view.preload(bio(), d.id);
    ASSERT_TRUE(pre) << pre.error().toString().toStdString();
    EXPECT_EQ(count(QStringLiteral("audit_log")), before) << "a pre-load nobody looked at leaves no trace";
    EXPECT_EQ(pre->auditSeq, 0);
    EXPECT_EQ(opens(d.id), 0);

    // The same read model as open().
    auto opened = ValidationDossierView(*m_db).open(bio(), d.id);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opens(d.id), 1);
    EXPECT_EQ(pre->version, opened->version);
    EXPECT_EQ(pre->rows().size(), opened->rows().size());
    EXPECT_EQ(pre->header.patientName, opened->header.patientName);
    ASSERT_TRUE(rowOf(*pre, QStringLiteral("K")));
    EXPECT_EQ(rowOf(*pre, QStringLiteral("K"))->previous.size(), rowOf(*opened, QStringLiteral("K"))->previous.size());

    const int beforeShow = count(QStringLiteral("audit_log"));
    auto seq = view.show(bio(), *pre);
    ASSERT_TRUE(seq) << seq.error().toString().toStdString();
    EXPECT_EQ(count(QStringLiteral("audit_log")), beforeShow + 1) << "exactly one row when it is shown";
    EXPECT_EQ(opens(d.id), 2);
    const AuditRow row = lastAudit();
    EXPECT_EQ(row.seq, *seq);
    EXPECT_EQ(row.action, QStringLiteral("dossier.open"));
    EXPECT_EQ(row.entityType, QStringLiteral("dossier"));
    EXPECT_EQ(row.entityId, QString::number(d.id));
    EXPECT_TRUE(row.after.contains(QStringLiteral("\"patientId\":%1").arg(m_patientId))) << row.after.toStdString();
    EXPECT_TRUE(row.after.contains(QStringLiteral("\"preloaded\":true"))) << row.after.toStdString();
}

TEST_P(ValidationScreenReadsTest, StalePreloadIsRefusedAndWritesNothing)
{
    const Dossier d = criticalPotassium();
    ValidationDossierView view(*m_db);
    auto pre = view.preload(bio(), d.id);
    ASSERT_TRUE(pre) << pre.error().toString().toStdString();

    // A call-back recorded meanwhile moves the dossier's version.
    ASSERT_TRUE(CriticalCallBacks(*m_db, bio()).record(callBack(d, QStringLiteral("K"))));
    const int before = count(QStringLiteral("audit_log"));
    auto stale = view.show(bio(), *pre);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QString(workflow::errc::ValidationPreloadStale));
    EXPECT_EQ(count(QStringLiteral("audit_log")), before);

    // A result changed at the bench (the dossier's version unchanged) is seen too.
    auto fresh = view.preload(bio(), d.id);
    ASSERT_TRUE(fresh);
    ValidationDossier tampered = *fresh;
    bool changed = false;
    for (auto &chapter : tampered.chapters)
        for (auto &exam : chapter.exams)
            for (auto &r : exam.rows)
                if (r.result.analysisCode == QLatin1String("NA") && !changed) {
                    r.result.version -= 1; // as if the stored result had moved on since
                    changed = true;
                }
    ASSERT_TRUE(changed);
    auto moved = view.show(bio(), tampered);
    ASSERT_FALSE(moved);
    EXPECT_EQ(moved.error().code, QString(workflow::errc::ValidationPreloadStale));
    EXPECT_EQ(count(QStringLiteral("audit_log")), before);
    // The fresh pre-load itself is shown.
    EXPECT_TRUE(view.show(bio(), *fresh));
    EXPECT_EQ(count(QStringLiteral("audit_log")), before + 1);
}

TEST_P(ValidationScreenReadsTest, PreloadAndShowCheckThePermissionAndTheDossier)
{
    const Dossier d = criticalPotassium();
    ValidationDossierView view(*m_db);
    const int before = count(QStringLiteral("audit_log"));
    auto forbidden = view.preload(session(QStringLiteral("admin")), d.id);
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));
    auto unknown = view.preload(bio(), d.id + 100000);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QString(storage::errc::NotFound));
    auto pre = view.preload(bio(), d.id);
    ASSERT_TRUE(pre);
    auto notAllowed = view.show(UserSession{}, *pre);
    ASSERT_FALSE(notAllowed);
    ValidationDossier gone = *pre;
    gone.dossierId = d.id + 100000;
    auto missing = view.show(bio(), gone);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, QString(storage::errc::NotFound));
    EXPECT_EQ(count(QStringLiteral("audit_log")), before);
}

TEST_P(ValidationScreenReadsTest, CallBacksAreInTheReadModelAndACriticalValueWithoutOneIsToDo)
{
    const Dossier d = criticalPotassium();
    auto v = ValidationDossierView(*m_db).open(bio(), d.id);
    ASSERT_TRUE(v) << v.error().toString().toStdString();
    const ValidationResultRow *k = rowOf(*v, QStringLiteral("K"));
    const ValidationResultRow *na = rowOf(*v, QStringLiteral("NA"));
    ASSERT_TRUE(k && na);
    EXPECT_TRUE(k->critical);
    EXPECT_FALSE(na->critical);
    EXPECT_TRUE(v->callBacks.isEmpty());
    EXPECT_TRUE(v->needsCallBack(*k)) << "appel à faire";
    EXPECT_FALSE(v->needsCallBack(*na));

    // Unreachable with the escalation taken, then reached with read-back: both records, oldest first.
    auto unreachable = callBack(d, QStringLiteral("K"));
    unreachable.readBack = false;
    unreachable.unreachable = true;
    unreachable.escalation = QStringLiteral("Médecin de garde prévenu");
    unreachable.method = CallBack::Method::Phone;
    unreachable.calledAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    ASSERT_TRUE(CriticalCallBacks(*m_db, bio()).record(unreachable));
    auto reached = callBack(d, QStringLiteral("K"));
    reached.method = CallBack::Method::InPerson;
    ASSERT_TRUE(CriticalCallBacks(*m_db, bio()).record(reached));

    const int before = count(QStringLiteral("audit_log"));
    auto again = ValidationDossierView(*m_db).open(bio(), d.id);
    ASSERT_TRUE(again);
    EXPECT_EQ(count(QStringLiteral("audit_log")), before + 1) << "the call-backs are read under the one dossier.open row";
    ASSERT_EQ(again->callBacks.size(), 2);
    const ValidationResultRow *k2 = rowOf(*again, QStringLiteral("K"));
    ASSERT_TRUE(k2);
    const QList<CallBack> ofK = again->callBacksOf(k2->result.id);
    ASSERT_EQ(ofK.size(), 2);
    EXPECT_TRUE(ofK[0].unreachable);
    EXPECT_EQ(ofK[0].escalation, QStringLiteral("Médecin de garde prévenu"));
    EXPECT_EQ(ofK[1].method, CallBack::Method::InPerson);
    EXPECT_TRUE(ofK[1].readBack);
    EXPECT_EQ(ofK[1].calledName, QStringLiteral("Dr Claire BERNARD"));
    EXPECT_EQ(ofK[1].recordedBy, QStringLiteral("biologiste"));
    EXPECT_EQ(ofK[1].valueText, QStringLiteral("7,0"));
    EXPECT_FALSE(again->needsCallBack(*k2));
    EXPECT_TRUE(again->callBacksOf(rowOf(*again, QStringLiteral("NA"))->result.id).isEmpty());

    // Validated, the critical row is no longer "to do" (the call-back let it through).
    auto out = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    auto validated = ValidationDossierView(*m_db).open(bio(), d.id);
    ASSERT_TRUE(validated);
    EXPECT_FALSE(validated->needsCallBack(*rowOf(*validated, QStringLiteral("K"))));
}

TEST_P(ValidationScreenReadsTest, AddableAnalysesAreActiveNotCalculatedAndNotInTheDossier)
{
    const Dossier d = receivedDossier({QStringLiteral("IONO")});
    workflow::validation::ValidationActions actions(*m_db, bio());
    const int before = count(QStringLiteral("audit_log"));
    auto list = actions.addableAnalyses(d.id);
    ASSERT_TRUE(list) << list.error().toString().toStdString();
    EXPECT_EQ(count(QStringLiteral("audit_log")), before) << "codes and catalogue only: nothing to audit";
    QStringList codes;
    for (const auto &a : *list) {
        codes << a.code;
        EXPECT_FALSE(a.label.isEmpty()) << a.code.toStdString();
    }
    ASSERT_FALSE(codes.isEmpty());
    for (const QString &inDossier : {QStringLiteral("NA"), QStringLiteral("K"), QStringLiteral("CL"), QStringLiteral("BICAR")})
        EXPECT_FALSE(codes.contains(inDossier)) << inDossier.toStdString();
    EXPECT_TRUE(codes.contains(QStringLiteral("CRP")));
    EXPECT_TRUE(codes.contains(QStringLiteral("GLU")));
    // Calculated analyses (a formula) and retired ones are never offered.
    auto catalogue = m_db->read([](storage::ReadTx &tx) {
        workflow::CatalogueCache cache;
        return cache.current(tx);
    });
    ASSERT_TRUE(catalogue);
    int calculated = 0;
    for (const Analysis &a : (*catalogue)->analyses)
        if (a.isCalculated() || a.retired) {
            ++calculated;
            EXPECT_FALSE(codes.contains(a.localCode)) << a.localCode.toStdString();
        }
    EXPECT_GT(calculated, 0) << "the demo catalogue has calculated analyses (DFG...)";
    // Every one offered is accepted by addAnalysis; once added it is no longer offered.
    ASSERT_TRUE(actions.addAnalysis(d.id, std::nullopt, QStringLiteral("CRP"), QStringLiteral("syndrome inflammatoire")));
    auto after = actions.addableAnalyses(d.id);
    ASSERT_TRUE(after);
    for (const auto &a : *after)
        EXPECT_NE(a.code, QStringLiteral("CRP"));
    EXPECT_EQ(after->size(), list->size() - 1);

    // Refusals.
    auto forbidden = workflow::validation::ValidationActions(*m_db, tech()).addableAnalyses(d.id);
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));
    auto unknown = actions.addableAnalyses(d.id + 100000);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QString(storage::errc::NotFound));
}

TEST_P(ValidationScreenReadsTest, SharingContextFollowsThePatientsIns)
{
    const Dossier d = criticalPotassium();
    workflow::report::ReportArchive archive(*m_db);
    const int before = count(QStringLiteral("audit_log"));
    auto context = archive.sharingContext(bio(), d.id);
    ASSERT_TRUE(context) << context.error().toString().toStdString();
    EXPECT_EQ(count(QStringLiteral("audit_log")), before + 1) << "the patient read is audited";
    auto v = ValidationDossierView(*m_db).open(bio(), d.id);
    ASSERT_TRUE(v);
    EXPECT_EQ(context->insQualified, v->header.insQualified) << "the same rule as the report issue";
    EXPECT_EQ(context->defaults, SharingChoices::defaultsFor(context->insQualified));
    EXPECT_FALSE(context->defaults.dmpWithheld) << "the DMP is on by default";

    auto byTech = archive.sharingContext(tech(), d.id);
    ASSERT_FALSE(byTech);
    EXPECT_EQ(byTech.error().code, QString(workflow::errc::AuthForbidden));
    auto unknown = archive.sharingContext(bio(), d.id + 100000);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QString(storage::errc::NotFound));
}

INSTANTIATE_TEST_SUITE_P(Backends, ValidationScreenReadsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
