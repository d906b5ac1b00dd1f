#pragma once

// Shared by the auto-validation workflow tests: the demo database of the validation tests, a
// small rule set of the demo catalogue's analyses (independent of the demo rule set, so these
// tests say what the flow does, not what the lab's rules are), and technical validation with
// the auto-validation hook wired as the bench screen wires it.

#include "ValidationTestSupport.h"

#include "domain/autoval/RuleSet.h"
#include "storage/AutovalEvaluationRepository.h"
#include "workflow/autoval/AutoValidation.h"
#include "workflow/autoval/AutovalSettings.h"
#include "workflow/autoval/RuleSetAdmin.h"

namespace sgl::testing {

/** QC holds of a test: every result of the listed analyses is held. */
class FakeQcHolds final : public workflow::autoval::QcHoldSource {
public:
    QStringList heldAnalyses;
    domain::Result<QHash<qint64, QString>> heldResults(storage::WriteTx &tx, const QList<qint64> &ids) const override
    {
        QHash<qint64, QString> out;
        for (qint64 id : ids) {
            auto q = tx.query(QStringLiteral("SELECT analysis_code FROM results WHERE id = ?"), {id});
            if (!q)
                return std::unexpected(q.error());
            if (q->next() && heldAnalyses.contains(q->value(0).toString()))
                out.insert(id, QStringLiteral("CQ rejeté : %1, lot L123, règle 1-3s").arg(q->value(0).toString()));
        }
        return out;
    }
};

class AutovalTest : public ValidationTest {
protected:
    /** Each test sets the rules and mode it needs (the demo's are tested by DemoAutoval_test). */
    void adjustSeed(workflow::DemoSeeder::Options &options) override { options.autoValidation = false; }

    domain::UserSession admin() { return session(QStringLiteral("admin")); }

    /** Limits rules (reference range) on CRP and the ionogram. */
    static domain::autoval::RuleSet rules()
    {
        domain::autoval::RuleSet s;
        s.name = QStringLiteral("Règles de test");
        domain::autoval::Rule crp;
        crp.id = QStringLiteral("CRP.LIM");
        crp.label = QStringLiteral("CRP dans les valeurs de référence");
        crp.analyses = {QStringLiteral("CRP")};
        crp.condition = domain::autoval::LimitsCondition{};
        domain::autoval::Rule iono;
        iono.id = QStringLiteral("IONO.LIM");
        iono.label = QStringLiteral("Ionogramme dans les valeurs de référence");
        iono.analyses = {QStringLiteral("NA"), QStringLiteral("K"), QStringLiteral("CL"), QStringLiteral("BICAR")};
        iono.condition = domain::autoval::LimitsCondition{};
        s.rules = {crp, iono};
        return s;
    }

    /** `set` (by default rules()) saved and the mode set (responsible: the demo biologist). */
    void setUp(const QString &mode, const domain::autoval::RuleSet &set = rules())
    {
        auto saved = workflow::autoval::RuleSetAdmin(*m_db, admin()).save(set, QStringLiteral("mise en service"));
        ASSERT_TRUE(saved) << saved.error().toString().toStdString();
        workflow::autoval::AutovalSettings settings(*m_db, admin());
        auto current = settings.load();
        ASSERT_TRUE(current);
        auto set = settings.save(mode, QStringLiteral("biologiste"), current->version);
        ASSERT_TRUE(set) << set.error().toString().toStdString();
    }

    workflow::autoval::AutoValidation autoValidation(const domain::UserSession &s,
                                                     std::shared_ptr<const workflow::autoval::QcHoldSource> qc = {})
    {
        return workflow::autoval::AutoValidation(*m_db, s, reports(), std::move(qc));
    }

    /** Enters `values` and validates the dossier technically with the hook wired; the hook's outcomes. */
    QList<domain::Result<workflow::autoval::EvaluationOutcome>>
    benchDoneWithHook(qint64 dossierId, const QList<std::pair<QString, QString>> &values,
                      std::shared_ptr<const workflow::autoval::QcHoldSource> qc = {})
    {
        workflow::bench::BenchResultEntry entry(*m_db, tech());
        for (const auto &[code, text] : values) {
            auto e = entry.enterByCode(dossierId, code, text);
            EXPECT_TRUE(e) << code.toStdString() << ": " << (e ? std::string() : e.error().toString().toStdString());
        }
        QList<domain::Result<workflow::autoval::EvaluationOutcome>> outcomes;
        auto hook = autoValidation(tech(), std::move(qc));
        workflow::bench::TechnicalValidation validation(*m_db, tech());
        validation.setReadyListener([&](const QList<qint64> &ids) {
            auto r = hook.afterTechnicalValidation(ids);
            EXPECT_TRUE(r) << (r ? std::string() : r.error().toString().toStdString());
            if (r)
                outcomes = *r;
        });
        auto v = validation.dossier(dossierId);
        EXPECT_TRUE(v) << (v ? std::string() : v.error().toString().toStdString());
        return outcomes;
    }

    std::optional<storage::AutovalEvaluationRow> evaluationOf(qint64 dossierId)
    {
        auto rows = m_db->read([&](storage::ReadTx &tx) { return storage::AutovalEvaluationRepository::current(tx, {dossierId}); });
        EXPECT_TRUE(rows);
        if (!rows || !rows->contains(dossierId))
            return std::nullopt;
        return rows->value(dossierId);
    }

    QList<std::pair<QString, QString>> normalIono()
    {
        return {{QStringLiteral("NA"), QStringLiteral("140")},
                {QStringLiteral("K"), QStringLiteral("4,2")},
                {QStringLiteral("CL"), QStringLiteral("100")},
                {QStringLiteral("BICAR"), QStringLiteral("25")}};
    }
};

} // namespace sgl::testing
