#include "CatalogueReflexSupport.h"

#include "workflow/catalogue/CatalogueAdmin.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::domain;
using namespace sgl::workflow;
using sgl::testing::Backend;
using sgl::testing::errorCodes;

namespace {

class CatalogueRetireTest : public sgl::testing::DemoCatalogueTest {
protected:
    UserSession session() const { return sgl::testing::adminSession(); }

    /** Saves `rule`, failing the test with the refusal when it is not saved. */
    void save(const ReflexRule &rule)
    {
        auto out = admin().saveReflexRule(session(), rule, QStringLiteral("protocole thyroïde"));
        ASSERT_TRUE(out) << out.error().toString().toStdString();
        ASSERT_TRUE(out->saved) << (out->errors.isEmpty() ? std::string() : out->errors.front().toString().toStdString());
    }
    QList<ReflexRule> storedRules() { return admin().load()->reflexRules; }
};

bool anyLocationContains(const QList<Error> &errors, const QString &code, const QString &text)
{
    for (const Error &e : errors)
        if (e.code == code && (e.location.contains(text) || e.message.contains(text)))
            return true;
    return false;
}

} // namespace

TEST_P(CatalogueRetireTest, ReflexRuleIsCreatedUpdatedAndDeletedWithHistoryOfKindReflex)
{
    const ReflexRule high = sgl::testing::numericRule(QStringLiteral("RFX-TSH-HAUTE"), QStringLiteral("TSH"),
                                                      ReflexCondition::Above, 4, QStringLiteral("T4L"), true);
    save(high);
    ReflexRule low = sgl::testing::numericRule(QStringLiteral("RFX-TSH-BASSE"), QStringLiteral("TSH"),
                                               ReflexCondition::Below, 0.4, QStringLiteral("T4L"), true);
    save(low);
    auto rules = storedRules();
    ASSERT_EQ(rules.size(), 2);
    EXPECT_EQ(rules[0], high) << "stored and read back unchanged, in creation order";
    EXPECT_EQ(rules[1], low);

    low.threshold = 0.3;
    low.automatic = false;
    save(low);
    EXPECT_EQ(storedRules()[1], low);
    auto history = admin().history(QStringLiteral("reflex"), QStringLiteral("RFX-TSH-BASSE"));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->front().change, QStringLiteral("updated"));
    EXPECT_EQ(history->front().fields, (QStringList{QStringLiteral("threshold"), QStringLiteral("automatic")}));
    EXPECT_EQ(history->front().reason, QStringLiteral("protocole thyroïde"));
    EXPECT_EQ(history->back().change, QStringLiteral("created"));

    auto removed = admin().removeReflexRule(session(), QStringLiteral("RFX-TSH-BASSE"), QStringLiteral("protocole abandonné"));
    ASSERT_TRUE(removed) << removed.error().toString().toStdString();
    ASSERT_TRUE(removed->saved);
    rules = storedRules();
    ASSERT_EQ(rules.size(), 1);
    EXPECT_EQ(rules[0].code, QStringLiteral("RFX-TSH-HAUTE"));
    history = admin().history(QStringLiteral("reflex"), QStringLiteral("RFX-TSH-BASSE"));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(history->front().change, QStringLiteral("deleted"));
    EXPECT_EQ(history->front().reason, QStringLiteral("protocole abandonné"));
    // Kind filter: TSH's analysis history has no reflex row; the whole "reflex" history has 4.
    auto all = admin().history(QStringLiteral("reflex"), QString());
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 4);
    auto bad = admin().history(QStringLiteral("regle"), QString());
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, QStringLiteral("catalogue.bad_kind"));
}

TEST_P(CatalogueRetireTest, HistoryKindSeparatesAnExamAndAnAnalysisSharingACode)
{
    // The demo catalogue has an exam CRP made of the analysis CRP.
    Analysis crp = *admin().load()->analysis(QStringLiteral("CRP"));
    crp.method = QStringLiteral("Néphélométrie");
    ASSERT_TRUE(admin().saveAnalysis(session(), crp, {}, QStringLiteral("réactif"))->saved);
    auto analysis = admin().history(QStringLiteral("analysis"), QStringLiteral("CRP"));
    auto exam = admin().history(QStringLiteral("exam"), QStringLiteral("CRP"));
    auto both = admin().history(QString(), QStringLiteral("CRP"));
    ASSERT_TRUE(analysis && exam && both);
    EXPECT_EQ(analysis->size(), 2);
    EXPECT_EQ(exam->size(), 1);
    EXPECT_EQ(both->size(), 3);
    for (const CatalogueChange &c : *exam)
        EXPECT_EQ(c.itemKind, QStringLiteral("exam"));
}

TEST_P(CatalogueRetireTest, ReflexRuleRefusalsWriteNothing)
{
    save(sgl::testing::numericRule(QStringLiteral("RFX-TSH-HAUTE"), QStringLiteral("TSH"), ReflexCondition::Above, 4,
                                   QStringLiteral("T4L"), true));
    const auto before = sgl::testing::snapshot(*m_db);
    const auto rulesBefore = storedRules();

    // Empty reason.
    ReflexRule rule = sgl::testing::numericRule(QStringLiteral("RFX-CRP"), QStringLiteral("CRP"),
                                                ReflexCondition::Above, 50, QStringLiteral("FIB"), false);
    auto noReason = admin().saveReflexRule(session(), rule, QStringLiteral("   "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QStringLiteral("catalogue.reason_required"));

    // Unknown trigger and target: both named.
    ReflexRule unknown = rule;
    unknown.triggerCode = QStringLiteral("NOPE");
    unknown.addCode = QStringLiteral("NADA");
    auto refused = admin().saveReflexRule(session(), unknown, QStringLiteral("essai"));
    ASSERT_TRUE(refused) << refused.error().toString().toStdString();
    EXPECT_FALSE(refused->saved);
    EXPECT_TRUE(anyLocationContains(refused->errors, QStringLiteral("catalogue.unknown_reference"), QStringLiteral("NOPE")));
    EXPECT_TRUE(anyLocationContains(refused->errors, QStringLiteral("catalogue.unknown_reference"), QStringLiteral("NADA")));

    // Coded value outside the trigger's value list; numeric condition without threshold.
    auto coded = admin().saveReflexRule(
        session(), sgl::testing::codedRule(QStringLiteral("RFX-HBS"), QStringLiteral("AGHBS"), {QStringLiteral("POSITIF")},
                                           QStringLiteral("BHEP")),
        QStringLiteral("essai"));
    ASSERT_TRUE(coded);
    EXPECT_EQ(errorCodes(coded->errors), QStringList{QStringLiteral("catalogue.reflex_condition")});
    ReflexRule noThreshold = rule;
    noThreshold.threshold.reset();
    auto missing = admin().saveReflexRule(session(), noThreshold, QStringLiteral("essai"));
    ASSERT_TRUE(missing);
    EXPECT_EQ(errorCodes(missing->errors), QStringList{QStringLiteral("catalogue.reflex_condition")});

    // A code differing from an existing rule only by case is a duplicate.
    ReflexRule dup = rule;
    dup.code = QStringLiteral("rfx-tsh-haute");
    auto duplicate = admin().saveReflexRule(session(), dup, QStringLiteral("essai"));
    ASSERT_TRUE(duplicate);
    EXPECT_EQ(errorCodes(duplicate->errors), QStringList{QStringLiteral("catalogue.duplicate_code")});

    // Missing label.
    ReflexRule noLabel = rule;
    noLabel.label.clear();
    auto unlabeled = admin().saveReflexRule(session(), noLabel, QStringLiteral("essai"));
    ASSERT_TRUE(unlabeled);
    EXPECT_EQ(errorCodes(unlabeled->errors), QStringList{QStringLiteral("catalogue.missing_field")});

    // Unknown rule to remove; removal without a reason.
    auto removeUnknown = admin().removeReflexRule(session(), QStringLiteral("RFX-NOPE"), QStringLiteral("essai"));
    ASSERT_TRUE(removeUnknown);
    EXPECT_FALSE(removeUnknown->saved);
    ASSERT_EQ(errorCodes(removeUnknown->errors), QStringList{QStringLiteral("catalogue.unknown_reference")});
    EXPECT_TRUE(removeUnknown->errors.front().message.contains(QStringLiteral("RFX-NOPE")));
    auto removeNoReason = admin().removeReflexRule(session(), QStringLiteral("RFX-TSH-HAUTE"), {});
    ASSERT_FALSE(removeNoReason);
    EXPECT_EQ(removeNoReason.error().code, QStringLiteral("catalogue.reason_required"));

    // Saving the same rule again is no change.
    auto same = admin().saveReflexRule(session(), rulesBefore.front(), QStringLiteral("essai"));
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().code, QStringLiteral("catalogue.no_change"));

    // Every other role is refused, whatever it asks.
    for (Role role : {Role::Secretary, Role::Technician, Role::Biologist}) {
        const UserSession s = sgl::testing::sessionWith(role, QStringLiteral("user"));
        auto saved = admin().saveReflexRule(s, rule, QStringLiteral("essai"));
        ASSERT_FALSE(saved);
        EXPECT_EQ(saved.error().code, QStringLiteral("auth.forbidden"));
        auto removedByRole = admin().removeReflexRule(s, QStringLiteral("RFX-TSH-HAUTE"), QStringLiteral("essai"));
        ASSERT_FALSE(removedByRole);
        EXPECT_EQ(removedByRole.error().code, QStringLiteral("auth.forbidden"));
    }
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
    EXPECT_EQ(storedRules(), rulesBefore);
}

TEST_P(CatalogueRetireTest, RetiringAnAnalysisIsRefusedListingEveryActiveReference)
{
    // CREA is listed by the active exam CREAT, used by DFG's formula; add a rule triggered by it.
    save(sgl::testing::numericRule(QStringLiteral("RFX-CREA"), QStringLiteral("CREA"), ReflexCondition::Above, 150,
                                   QStringLiteral("IONO"), false));
    const auto before = sgl::testing::snapshot(*m_db);
    auto out = admin().setAnalysisRetired(session(), QStringLiteral("CREA"), true, QStringLiteral("changement de technique"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_FALSE(out->saved);
    EXPECT_EQ(errorCodes(out->errors), QStringList(3, QStringLiteral("catalogue.retired_reference")));
    EXPECT_TRUE(anyLocationContains(out->errors, QStringLiteral("catalogue.retired_reference"), QStringLiteral("CREAT")));
    EXPECT_TRUE(anyLocationContains(out->errors, QStringLiteral("catalogue.retired_reference"), QStringLiteral("DFG")));
    EXPECT_TRUE(anyLocationContains(out->errors, QStringLiteral("catalogue.retired_reference"), QStringLiteral("RFX-CREA")));
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);

    // An exam added by an active rule cannot be retired either.
    auto exam = admin().setExamRetired(session(), QStringLiteral("IONO"), true, QStringLiteral("essai"));
    ASSERT_TRUE(exam);
    EXPECT_FALSE(exam->saved);
    EXPECT_TRUE(anyLocationContains(exam->errors, QStringLiteral("catalogue.retired_reference"), QStringLiteral("RFX-CREA")));
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
}

TEST_P(CatalogueRetireTest, RetireAndReactivateAreNewVersionsLoggedAsSuch)
{
    // HBA1C is alone in exam HBA1C: retire the exam, then the analysis.
    auto exam = admin().setExamRetired(session(), QStringLiteral("HBA1C"), true, QStringLiteral("sous-traité"));
    ASSERT_TRUE(exam) << exam.error().toString().toStdString();
    ASSERT_TRUE(exam->saved) << (exam->errors.isEmpty() ? std::string() : exam->errors.front().toString().toStdString());
    auto analysis = admin().setAnalysisRetired(session(), QStringLiteral("HBA1C"), true, QStringLiteral("sous-traité"));
    ASSERT_TRUE(analysis) << analysis.error().toString().toStdString();
    ASSERT_TRUE(analysis->saved) << (analysis->errors.isEmpty() ? std::string()
                                                                 : analysis->errors.front().toString().toStdString());
    auto c = admin().load();
    ASSERT_TRUE(c);
    ASSERT_NE(c->analysis(QStringLiteral("HBA1C")), nullptr) << "load() keeps retired items";
    EXPECT_TRUE(c->analysis(QStringLiteral("HBA1C"))->retired);
    EXPECT_TRUE(c->exam(QStringLiteral("HBA1C"))->retired);
    EXPECT_EQ(c->exam(QStringLiteral("HBA1C"))->analysisCodes, QStringList{QStringLiteral("HBA1C")});
    auto versions = admin().versions(QStringLiteral("HBA1C"));
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_FALSE(versions->front().retired) << "the version old results resolve stays active";
    EXPECT_TRUE(versions->back().retired);

    auto h = admin().history(QStringLiteral("analysis"), QStringLiteral("HBA1C"));
    ASSERT_TRUE(h);
    EXPECT_EQ(h->front().change, QStringLiteral("retired"));
    EXPECT_EQ(h->front().fields, QStringList{QStringLiteral("retired")});
    auto he = admin().history(QStringLiteral("exam"), QStringLiteral("HBA1C"));
    ASSERT_TRUE(he);
    EXPECT_EQ(he->front().change, QStringLiteral("retired"));

    // Retiring again changes nothing; reactivating is logged "reactivated".
    auto again = admin().setAnalysisRetired(session(), QStringLiteral("HBA1C"), true, QStringLiteral("sous-traité"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QStringLiteral("catalogue.no_change"));
    auto back = admin().setAnalysisRetired(session(), QStringLiteral("HBA1C"), false, QStringLiteral("reprise en interne"));
    ASSERT_TRUE(back && back->saved);
    h = admin().history(QStringLiteral("analysis"), QStringLiteral("HBA1C"));
    ASSERT_TRUE(h);
    EXPECT_EQ(h->front().change, QStringLiteral("reactivated"));
    EXPECT_EQ(admin().versions(QStringLiteral("HBA1C"))->size(), 3);

    // HBA1C names both the retired exam and the active analysis: a rule target resolves to the
    // analysis first, so the rule is accepted.
    auto rule = admin().saveReflexRule(session(),
                                       sgl::testing::numericRule(QStringLiteral("RFX-GLU"), QStringLiteral("GLU"),
                                                                 ReflexCondition::AtOrAbove, 7, QStringLiteral("HBA1C"), false),
                                       QStringLiteral("diabète"));
    ASSERT_TRUE(rule);
    EXPECT_TRUE(rule->saved);
}

TEST_P(CatalogueRetireTest, RetireRefusalsUnknownCodeEmptyReasonAndRoles)
{
    const auto before = sgl::testing::snapshot(*m_db);
    auto unknown = admin().setAnalysisRetired(session(), QStringLiteral("ZZZ"), true, QStringLiteral("essai"));
    ASSERT_TRUE(unknown);
    EXPECT_FALSE(unknown->saved);
    ASSERT_EQ(errorCodes(unknown->errors), QStringList{QStringLiteral("catalogue.unknown_reference")});
    EXPECT_TRUE(unknown->errors.front().message.contains(QStringLiteral("ZZZ")));
    auto unknownExam = admin().setExamRetired(session(), QStringLiteral("ZZE"), true, QStringLiteral("essai"));
    ASSERT_TRUE(unknownExam);
    ASSERT_EQ(errorCodes(unknownExam->errors), QStringList{QStringLiteral("catalogue.unknown_reference")});
    EXPECT_TRUE(unknownExam->errors.front().message.contains(QStringLiteral("ZZE")));
    auto noReason = admin().setExamRetired(session(), QStringLiteral("HBA1C"), true, {});
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QStringLiteral("catalogue.reason_required"));
    for (Role role : {Role::Secretary, Role::Technician, Role::Biologist}) {
        const UserSession s = sgl::testing::sessionWith(role, QStringLiteral("user"));
        auto a = admin().setAnalysisRetired(s, QStringLiteral("HBA1C"), true, QStringLiteral("essai"));
        ASSERT_FALSE(a);
        EXPECT_EQ(a.error().code, QStringLiteral("auth.forbidden"));
        auto e = admin().setExamRetired(s, QStringLiteral("HBA1C"), true, QStringLiteral("essai"));
        ASSERT_FALSE(e);
        EXPECT_EQ(e.error().code, QStringLiteral("auth.forbidden"));
        auto d = admin().deleteAnalysis(s, QStringLiteral("HBA1C"), QStringLiteral("essai"));
        ASSERT_FALSE(d);
        EXPECT_EQ(d.error().code, QStringLiteral("auth.forbidden"));
    }
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
}

TEST_P(CatalogueRetireTest, DeletesANeverUsedAnalysisWithEveryVersion)
{
    Analysis mg;
    mg.localCode = QStringLiteral("ZN");
    mg.label = QStringLiteral("Zinc");
    mg.specimen = QStringLiteral("SER");
    mg.unit = QStringLiteral("mmol/L");
    mg.ranges << ReferenceRange{};
    mg.ranges[0].low = 0.7;
    mg.ranges[0].high = 1.0;
    mg.analyzerMappings << AnalyzerMapping{QStringLiteral("COBAS"), QStringLiteral("ZN2")};
    ASSERT_TRUE(admin().saveAnalysis(session(), mg, {}, QStringLiteral("création"))->saved);
    mg.decimals = 2;
    ASSERT_TRUE(admin().saveAnalysis(session(), mg, {}, QStringLiteral("décimales"))->saved);
    ASSERT_EQ(admin().versions(QStringLiteral("ZN"))->size(), 2);

    auto noReason = admin().deleteAnalysis(session(), QStringLiteral("ZN"), QStringLiteral(" "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QStringLiteral("catalogue.reason_required"));

    auto out = admin().deleteAnalysis(session(), QStringLiteral("ZN"), QStringLiteral("créée par erreur"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_TRUE(out->saved) << (out->errors.isEmpty() ? std::string() : out->errors.front().toString().toStdString());
    EXPECT_EQ(admin().load()->analysis(QStringLiteral("ZN")), nullptr);
    EXPECT_TRUE(admin().versions(QStringLiteral("ZN"))->isEmpty());
    auto h = admin().history(QStringLiteral("analysis"), QStringLiteral("ZN"));
    ASSERT_TRUE(h);
    ASSERT_EQ(h->size(), 3);
    EXPECT_EQ(h->front().change, QStringLiteral("deleted"));
    EXPECT_EQ(h->front().reason, QStringLiteral("créée par erreur"));
    // No orphan detail rows: the analyzer code maps to nothing any more.
    auto mapped = m_db->read([](storage::ReadTx &tx) {
        return storage::CatalogueRepository::findByAnalyzerCode(tx, QStringLiteral("COBAS"), QStringLiteral("ZN2"));
    });
    ASSERT_TRUE(mapped);
    EXPECT_FALSE(mapped->has_value());
    auto orphans = m_db->read([](storage::ReadTx &tx) -> Result<int> {
        auto q = tx.query(QStringLiteral("SELECT COUNT(*) FROM catalogue_ranges r WHERE NOT EXISTS "
                                         "(SELECT 1 FROM catalogue_analyses a WHERE a.id = r.analysis_id)"));
        if (!q)
            return std::unexpected(q.error());
        q->next();
        return q->value(0).toInt();
    });
    ASSERT_TRUE(orphans);
    EXPECT_EQ(*orphans, 0);
    // The code is free again.
    EXPECT_TRUE(admin().saveAnalysis(session(), mg, {}, QStringLiteral("recréée"))->saved);
    EXPECT_EQ(admin().versions(QStringLiteral("ZN"))->front().version, 1);
}

TEST_P(CatalogueRetireTest, DeleteIsRefusedForAnAnalysisWithResultsOrStillReferenced)
{
    Analysis zn;
    zn.localCode = QStringLiteral("ZN");
    zn.label = QStringLiteral("Zinc");
    zn.specimen = QStringLiteral("SER");
    zn.unit = QStringLiteral("mmol/L");
    ASSERT_TRUE(admin().saveAnalysis(session(), zn, {}, QStringLiteral("création"))->saved);
    const auto f = sgl::testing::makeDossier(*m_db, DossierStatus::InProgress, {QStringLiteral("SER")});
    sgl::testing::addResult(*m_db, f, QStringLiteral("ZN"), ResultValue::numeric(QStringLiteral("0.85"), QStringLiteral("mmol/L")),
                            std::nullopt, QStringLiteral("SER"), ValidationState::Cancelled);
    const auto before = sgl::testing::snapshot(*m_db);

    auto used = admin().deleteAnalysis(session(), QStringLiteral("ZN"), QStringLiteral("erreur"));
    ASSERT_TRUE(used) << used.error().toString().toStdString();
    EXPECT_FALSE(used->saved);
    ASSERT_EQ(errorCodes(used->errors), QStringList{QStringLiteral("catalogue.analysis_in_use")});
    EXPECT_TRUE(used->errors.front().message.contains(QStringLiteral("Retirez-la")));
    EXPECT_EQ(admin().versions(QStringLiteral("ZN"))->size(), 1);

    // CREA has no result here, but the exam CREAT lists it and DFG's formula uses it.
    auto referenced = admin().deleteAnalysis(session(), QStringLiteral("CREA"), QStringLiteral("erreur"));
    ASSERT_TRUE(referenced);
    EXPECT_FALSE(referenced->saved);
    EXPECT_TRUE(anyLocationContains(referenced->errors, QStringLiteral("catalogue.unknown_reference"), QStringLiteral("CREAT")));
    EXPECT_FALSE(referenced->errors.isEmpty());

    auto unknown = admin().deleteAnalysis(session(), QStringLiteral("ZZZ"), QStringLiteral("erreur"));
    ASSERT_TRUE(unknown);
    ASSERT_EQ(errorCodes(unknown->errors), QStringList{QStringLiteral("catalogue.unknown_reference")});
    EXPECT_TRUE(unknown->errors.front().message.contains(QStringLiteral("ZZZ")));
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
}

TEST_P(CatalogueRetireTest, StorageRefusesTwoRulesWithOneCodeAndRollsBack)
{
    const auto before = sgl::testing::snapshot(*m_db);
    auto r = m_db->write([](storage::WriteTx &tx) -> Status {
        auto c = storage::CatalogueRepository::loadCurrent(tx);
        if (!c)
            return std::unexpected(c.error());
        auto v = storage::CatalogueRepository::createVersion(
            tx, CatalogueVersion{0, QDateTime::currentDateTimeUtc(), QStringLiteral("t"), QStringLiteral("t"), QStringLiteral("edit")});
        if (!v)
            return std::unexpected(v.error());
        const ReflexRule rule = sgl::testing::numericRule(QStringLiteral("RFX-X"), QStringLiteral("TSH"),
                                                          ReflexCondition::Above, 4, QStringLiteral("T4L"), false);
        c->reflexRules = {rule, rule};
        auto s = storage::CatalogueRepository::saveCatalogue(tx, *c, *v, QDateTime::currentDateTimeUtc());
        if (!s)
            return std::unexpected(s.error());
        return {};
    });
    EXPECT_FALSE(r) << "the UNIQUE constraint on the rule code holds";
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
    EXPECT_TRUE(storedRules().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueRetireTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
