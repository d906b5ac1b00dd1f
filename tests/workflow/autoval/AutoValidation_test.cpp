// Auto-validation in the workflow (issue 15), on SQLite and PostgreSQL: rule sets refused at save
// time with nothing changed, versioned with the catalogue; the mode and its responsible
// biologist; shadow mode (verdict recorded, nothing validated, the biologist's decision compared);
// active mode (validated under the responsible biologist's name with the report version and its
// outbox rows in the same transaction, or nothing); never a critical value, a pending call-back
// or a QC-held result.

#include "AutovalTestSupport.h"

#include "domain/ErrorCodes.h"
#include "domain/autoval/AutoValidationEngine.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/validation/ValidationActions.h"

namespace sgl::testing {
namespace {

using domain::Dossier;
using domain::DossierStatus;
using domain::ValidationState;
namespace av = domain::autoval;

class AutoValidationTest : public AutovalTest {};

TEST_P(AutoValidationTest, BadRuleSetsAreRefusedNamingRuleAndFieldAndNothingChanges)
{
    workflow::autoval::RuleSetAdmin admin(*m_db, this->admin());
    const int versions = count(QStringLiteral("catalogue_versions"));
    const int audit = count(QStringLiteral("audit_log"));

    av::RuleSet unknown = rules();
    unknown.rules[0].analyses = {QStringLiteral("ZZZ")};
    auto refused = admin.save(unknown, QStringLiteral("essai"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QString(domain::errc::AutovalUnknownAnalysis));
    EXPECT_TRUE(refused.error().location.contains(QStringLiteral("CRP.LIM"))) << refused.error().location.toStdString();

    av::RuleSet badUnit = rules();
    badUnit.rules[0].condition = av::LimitsCondition{0.0, 10.0, QStringLiteral("g/L"), {}};
    auto unit = admin.save(badUnit, QStringLiteral("essai"));
    ASSERT_FALSE(unit);
    EXPECT_EQ(unit.error().code, QString(domain::errc::AutovalUnitMismatch));
    EXPECT_TRUE(unit.error().location.contains(QStringLiteral("CRP.LIM")));

    av::RuleSet circular = rules();
    circular.rules[0].waives = {QStringLiteral("CRP.LIM")};
    auto loop = admin.save(circular, QStringLiteral("essai"));
    ASSERT_FALSE(loop);
    EXPECT_EQ(loop.error().code, QString(domain::errc::AutovalCircularRules));

    auto noReason = admin.save(rules(), QStringLiteral("  "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QString(workflow::errc::AutovalSaveReasonRequired));

    auto byBiologist = workflow::autoval::RuleSetAdmin(*m_db, bio()).save(rules(), QStringLiteral("essai"));
    ASSERT_FALSE(byBiologist);
    EXPECT_EQ(byBiologist.error().code, QString(workflow::errc::AuthForbidden));

    EXPECT_EQ(count(QStringLiteral("autoval_rule_sets")), 0);
    EXPECT_EQ(count(QStringLiteral("catalogue_versions")), versions);
    EXPECT_EQ(count(QStringLiteral("audit_log")), audit);
    auto current = admin.current();
    ASSERT_TRUE(current);
    EXPECT_FALSE(current->has_value());
}

TEST_P(AutoValidationTest, EachSaveIsANewVersionWithTheCatalogueAndHistoryIsKept)
{
    workflow::autoval::RuleSetAdmin admin(*m_db, this->admin());
    const int versions = count(QStringLiteral("catalogue_versions"));
    auto first = admin.save(rules(), QStringLiteral("mise en service"));
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    av::RuleSet changed = rules();
    changed.rules[1].enabled = false;
    auto second = admin.save(changed, QStringLiteral("ionogramme suspendu"));
    ASSERT_TRUE(second) << second.error().toString().toStdString();
    EXPECT_GT(second->id, first->id);
    EXPECT_GT(second->catalogueVersionId, first->catalogueVersionId);
    EXPECT_EQ(count(QStringLiteral("catalogue_versions")), versions + 2);

    auto same = admin.save(changed, QStringLiteral("encore"));
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().code, QString(workflow::errc::AutovalRuleSetUnchanged));

    auto history = admin.history();
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).ruleSet, changed);
    EXPECT_EQ(history->at(1).ruleSet, rules());
    EXPECT_EQ(history->at(1).reason, QStringLiteral("mise en service"));
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = ?"), {QStringLiteral("autoval.rule_set_save")}), 2);
}

TEST_P(AutoValidationTest, ModesNeedRulesAndActiveNeedsAResponsibleBiologist)
{
    workflow::autoval::AutovalSettings settings(*m_db, admin());
    auto s = settings.load();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->mode, workflow::autoval::AutovalMode::Off);
    auto noRules = settings.save(QStringLiteral("shadow"), {}, s->version);
    ASSERT_FALSE(noRules);
    EXPECT_EQ(noRules.error().code, QString(workflow::errc::AutovalNoRuleSet));
    ASSERT_TRUE(workflow::autoval::RuleSetAdmin(*m_db, admin()).save(rules(), QStringLiteral("mise en service")));
    auto badMode = settings.save(QStringLiteral("auto"), {}, s->version);
    ASSERT_FALSE(badMode);
    EXPECT_EQ(badMode.error().code, QString(workflow::errc::AutovalBadMode));
    auto noOne = settings.save(QStringLiteral("active"), {}, s->version);
    ASSERT_FALSE(noOne);
    EXPECT_EQ(noOne.error().code, QString(workflow::errc::AutovalBadResponsible));
    auto technician = settings.save(QStringLiteral("active"), QStringLiteral("technicien"), s->version);
    ASSERT_FALSE(technician);
    EXPECT_EQ(technician.error().code, QString(workflow::errc::AutovalBadResponsible));
    auto byBiologist = workflow::autoval::AutovalSettings(*m_db, bio()).save(QStringLiteral("active"), QStringLiteral("biologiste"),
                                                                             s->version);
    ASSERT_FALSE(byBiologist);
    EXPECT_EQ(byBiologist.error().code, QString(workflow::errc::AuthForbidden));

    auto active = settings.save(QStringLiteral("active"), QStringLiteral("biologiste"), s->version);
    ASSERT_TRUE(active) << active.error().toString().toStdString();
    EXPECT_EQ(active->mode, workflow::autoval::AutovalMode::Active);
    EXPECT_EQ(active->responsibleName, QStringLiteral("Dr Béatrice Biologiste"));
    auto stale = settings.save(QStringLiteral("off"), {}, s->version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QString(storage::errc::Conflict));
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = ?"), {QStringLiteral("autoval.settings")}), 1);
}

TEST_P(AutoValidationTest, ShadowModeRecordsTheVerdictValidatesNothingAndComparesTheBiologistsDecision)
{
    setUp(QStringLiteral("shadow"));
    const Dossier clear = receivedDossier({QStringLiteral("CRP")});
    auto hooked = benchDoneWithHook(clear.id, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    ASSERT_EQ(hooked.size(), 1);
    ASSERT_TRUE(hooked.first()) << hooked.first().error().toString().toStdString();
    EXPECT_TRUE(hooked.first()->verdict.release);
    EXPECT_FALSE(hooked.first()->applied);
    EXPECT_EQ(dossier(clear.id).status, DossierStatus::TechnicallyValidated) << "shadow: the biologist decides";
    EXPECT_EQ(resultOf(clear.id, QStringLiteral("CRP")).state, ValidationState::TechnicallyValidated);
    auto e = evaluationOf(clear.id);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->mode, QStringLiteral("shadow"));
    EXPECT_EQ(e->trigger, QStringLiteral("technical_validation"));
    EXPECT_TRUE(e->released);
    ASSERT_EQ(e->results.size(), 1);
    EXPECT_TRUE(e->results.first().appliedRules.contains(QStringLiteral("CRP.LIM")));

    // An abnormal dossier: held, by the rule, with the values in the sentence.
    const Dossier high = receivedDossier({QStringLiteral("CRP")});
    auto held = benchDoneWithHook(high.id, {{QStringLiteral("CRP"), QStringLiteral("48")}});
    ASSERT_EQ(held.size(), 1);
    ASSERT_TRUE(held.first());
    EXPECT_FALSE(held.first()->verdict.release);
    auto h = evaluationOf(high.id);
    ASSERT_TRUE(h);
    ASSERT_FALSE(h->holds.isEmpty());
    EXPECT_EQ(h->holds.first().ruleId, QStringLiteral("CRP.LIM"));
    EXPECT_TRUE(h->holds.first().message.contains(QStringLiteral("48"))) << h->holds.first().message.toStdString();

    // The biologist validates the clear one and sends the other back: both decisions recorded.
    auto v = validation(bio()).validate(whole(dossier(clear.id)));
    ASSERT_TRUE(v) << v.error().toString().toStdString();
    workflow::validation::SendBackRequest back;
    back.dossierId = high.id;
    back.resultId = resultOf(high.id, QStringLiteral("CRP")).id;
    back.reason = QStringLiteral("contrôle");
    auto sent = workflow::validation::ValidationActions(*m_db, bio()).sendBack(back);
    ASSERT_TRUE(sent) << sent.error().toString().toStdString();
    EXPECT_EQ(evaluationOf(clear.id)->results.first().humanDecision, QStringLiteral("validated"));
    EXPECT_EQ(evaluationOf(clear.id)->results.first().decidedBy, QStringLiteral("biologiste"));
    EXPECT_EQ(evaluationOf(high.id)->results.first().humanDecision, QStringLiteral("held"));

    // The screen's view of the verdict names the rule.
    auto view = autoValidation(bio()).current(high.id);
    ASSERT_TRUE(view) << view.error().toString().toStdString();
    ASSERT_TRUE(view->has_value());
    ASSERT_EQ((*view)->analyses.size(), 1);
    EXPECT_FALSE((*view)->analyses.first().released);
    EXPECT_EQ((*view)->analyses.first().holdRules, QStringList{QStringLiteral("CRP.LIM")});
    EXPECT_TRUE(dossierAudit(high.id).contains(QStringLiteral("autoval.read")));
    EXPECT_FALSE(autoValidation(tech()).current(high.id)) << "the verdict is the biologist's";
}

TEST_P(AutoValidationTest, OffModeEvaluatesNothingByItself)
{
    ASSERT_TRUE(workflow::autoval::RuleSetAdmin(*m_db, admin()).save(rules(), QStringLiteral("mise en service")));
    const Dossier d = receivedDossier({QStringLiteral("CRP")});
    auto hooked = benchDoneWithHook(d.id, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    EXPECT_TRUE(hooked.isEmpty());
    EXPECT_EQ(count(QStringLiteral("autoval_evaluations")), 0);
    // On demand it is evaluated (recorded as mode off), never validated.
    auto now = autoValidation(bio()).evaluate(d.id);
    ASSERT_TRUE(now) << now.error().toString().toStdString();
    EXPECT_TRUE(now->verdict.release);
    EXPECT_FALSE(now->applied);
    EXPECT_EQ(evaluationOf(d.id)->mode, QStringLiteral("off"));
    EXPECT_EQ(dossier(d.id).status, DossierStatus::TechnicallyValidated);
    EXPECT_FALSE(autoValidation(tech()).evaluate(d.id));
}

INSTANTIATE_TEST_SUITE_P(Backends, AutoValidationTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
