#include "CatalogueTestSupport.h"

#include "workflow/catalogue/CatalogueAdmin.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::domain;
using namespace sgl::workflow;
using sgl::testing::Backend;
using sgl::testing::errorCodes;

namespace {

class CatalogueAdminTest : public sgl::testing::DemoCatalogueTest {};

} // namespace

TEST_P(CatalogueAdminTest, SavesAValidEditAsNewVersion)
{
    auto c = admin().load();
    ASSERT_TRUE(c);
    Analysis crp = *c->analysis(QStringLiteral("CRP"));
    crp.ranges[0].high = 6;
    crp.method = QStringLiteral("Néphélométrie");
    auto out = admin().saveAnalysis(sgl::testing::adminSession(), crp, {}, QStringLiteral("changement de réactif"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_TRUE(out->saved);
    auto versions = admin().versions(QStringLiteral("CRP"));
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->last().method, QStringLiteral("Néphélométrie"));
    auto history = admin().history(QString(), QStringLiteral("CRP"));
    ASSERT_TRUE(history);
    ASSERT_FALSE(history->isEmpty());
    EXPECT_EQ(history->front().reason, QStringLiteral("changement de réactif"));
    EXPECT_EQ(history->front().author, QStringLiteral("admin.test"));
    EXPECT_EQ(history->front().fields, (QStringList{QStringLiteral("method"), QStringLiteral("ranges")}));
}

TEST_P(CatalogueAdminTest, RefusesOverlappingRangesAndBadUnitLeavingCatalogueUnchanged)
{
    auto c = admin().load();
    ASSERT_TRUE(c);
    Analysis hb = *c->analysis(QStringLiteral("HB"));
    // ranges[2] is the adult female range (F 18y-∞); a second open-ended female range overlaps it.
    ReferenceRange extra = hb.ranges[2];
    extra.ageMin = *AgeLimit::parse(QStringLiteral("60y"));
    hb.ranges << extra;
    hb.unit = QStringLiteral("g/dl/");
    const auto before = sgl::testing::snapshot(*m_db);
    auto out = admin().saveAnalysis(sgl::testing::adminSession(), hb, {}, QStringLiteral("plages"));
    ASSERT_TRUE(out);
    EXPECT_FALSE(out->saved);
    EXPECT_EQ(errorCodes(out->errors), (QStringList{QStringLiteral("ucum.syntax"), QStringLiteral("catalogue.range_overlap")}));
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
    // check() gives the same verdict without writing, for the editor.
    const auto live = admin().check(*c, hb);
    EXPECT_EQ(errorCodes(live.errors), errorCodes(out->errors));
}

TEST_P(CatalogueAdminTest, NewAnalysisJoinsExamAndUnverifiedLoincIsOnlyWarned)
{
    Analysis mg;
    mg.localCode = QStringLiteral("ZN");
    mg.label = QStringLiteral("Zinc");
    mg.loinc = QStringLiteral("12345-5"); // valid check digit, not in the subset
    mg.specimen = QStringLiteral("SER");
    mg.unit = QStringLiteral("mmol/L");
    auto out = admin().saveAnalysis(sgl::testing::adminSession(), mg, QStringLiteral("IONO"), QStringLiteral("création"));
    ASSERT_TRUE(out);
    ASSERT_TRUE(out->saved) << (out->errors.isEmpty() ? std::string() : out->errors.front().toString().toStdString());
    EXPECT_EQ(errorCodes(out->warnings), QStringList{QStringLiteral("loinc.unverified")});
    auto c = admin().load();
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->exam(QStringLiteral("IONO"))->analysisCodes.contains(QStringLiteral("ZN")));
    // Unknown exam: refused.
    mg.localCode = QStringLiteral("ZN2");
    auto bad = admin().saveAnalysis(sgl::testing::adminSession(), mg, QStringLiteral("NOPE"), QStringLiteral("création"));
    ASSERT_TRUE(bad);
    EXPECT_FALSE(bad->saved);
}

TEST_P(CatalogueAdminTest, EditsChaptersAndExamsWithReferenceChecks)
{
    auto out = admin().saveChapter(sgl::testing::adminSession(),
                                   Chapter{QStringLiteral("IMMUNO"), QStringLiteral("Immunologie"), QStringLiteral("18718-7"), {}, 0}, QStringLiteral("nouveau chapitre"));
    ASSERT_TRUE(out && out->saved);
    auto bad = admin().saveExam(sgl::testing::adminSession(),
                                Exam{QStringLiteral("ELP"), QStringLiteral("Électrophorèse"), {}, QStringLiteral("NOPE"), {QStringLiteral("CRP")}}, QStringLiteral("nouvel examen"));
    ASSERT_TRUE(bad);
    EXPECT_FALSE(bad->saved);
    EXPECT_EQ(errorCodes(bad->errors), QStringList{QStringLiteral("catalogue.unknown_reference")});
    auto good = admin().saveExam(sgl::testing::adminSession(),
                                 Exam{QStringLiteral("ELP"), QStringLiteral("Électrophorèse"), {}, QStringLiteral("IMMUNO"), {QStringLiteral("CRP")}}, QStringLiteral("nouvel examen"));
    ASSERT_TRUE(good && good->saved);
    auto none = admin().saveExam(sgl::testing::adminSession(),
                                 Exam{QStringLiteral("ELP"), QStringLiteral("Électrophorèse"), {}, QStringLiteral("IMMUNO"), {QStringLiteral("CRP")}}, QStringLiteral("nouvel examen"));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, QStringLiteral("catalogue.no_change"));
}

TEST_P(CatalogueAdminTest, EveryEditNeedsAReasonAndWritesNothingWithout)
{
    const auto before = sgl::testing::snapshot(*m_db);
    Analysis crp = *admin().load()->analysis(QStringLiteral("CRP"));
    crp.method = QStringLiteral("Turbidimétrie");
    const QString blank = QStringLiteral("  ");
    auto analysis = admin().saveAnalysis(sgl::testing::adminSession(), crp, {}, blank);
    auto chapter = admin().saveChapter(sgl::testing::adminSession(),
                                       Chapter{QStringLiteral("IMMUNO"), QStringLiteral("Immunologie"), {}, {}, 0}, {});
    auto exam = admin().saveExam(sgl::testing::adminSession(),
                                 Exam{QStringLiteral("X"), QStringLiteral("X"), {}, QStringLiteral("HEMATO"), {}}, blank);
    auto ranges = admin().saveRanges(sgl::testing::adminSession(), QStringLiteral("CRP"), crp.ranges, {});
    for (const auto *out : {&analysis, &chapter, &exam, &ranges}) {
        ASSERT_FALSE(*out);
        EXPECT_EQ(out->error().code, QStringLiteral("catalogue.reason_required"));
    }
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
    // The reason is stored with the version, trimmed.
    auto saved = admin().saveAnalysis(sgl::testing::adminSession(), crp, {}, QStringLiteral(" réactif "));
    ASSERT_TRUE(saved && saved->saved);
    EXPECT_EQ(admin().history(QStringLiteral("analysis"), QStringLiteral("CRP"))->front().reason, QStringLiteral("réactif"));
}

TEST_P(CatalogueAdminTest, SearchIgnoresCaseAndAccents)
{
    auto c = admin().load();
    ASSERT_TRUE(c);
    auto hits = CatalogueAdmin::search(*c, QStringLiteral("hematies"));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.front().code, QStringLiteral("GR"));
    hits = CatalogueAdmin::search(*c, QStringLiteral("718-7"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.front().matchedOn, QStringLiteral("loinc"));
    hits = CatalogueAdmin::search(*c, QStringLiteral("hgb"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.front().matchedOn, QStringLiteral("analyzer"));
    EXPECT_TRUE(CatalogueAdmin::search(*c, QStringLiteral("  ")).isEmpty());
}

TEST_P(CatalogueAdminTest, RefusesUsersWithoutCatalogueRight)
{
    UserSession tech = sgl::testing::adminSession();
    tech.roles = {Role::Technician};
    Analysis a = *admin().load()->analysis(QStringLiteral("CRP"));
    auto out = admin().saveAnalysis(tech, a, {}, {});
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, QStringLiteral("auth.forbidden"));
}

TEST_P(CatalogueAdminTest, SaveRangesRefusesOverlapAndStoresValidRangesWithReason)
{
    auto c = admin().load();
    ASSERT_TRUE(c);
    QList<ReferenceRange> ranges = c->analysis(QStringLiteral("HB"))->ranges;
    ASSERT_EQ(ranges.size(), 4);
    const auto before = sgl::testing::snapshot(*m_db);

    // A second female bracket from 60y overlaps the open-ended adult female one.
    QList<ReferenceRange> overlapping = ranges;
    ReferenceRange extra = ranges[2];
    extra.ageMin = *AgeLimit::parse(QStringLiteral("60y"));
    overlapping << extra;
    auto refused = admin().saveRanges(sgl::testing::adminSession(), QStringLiteral("HB"), overlapping,
                                      QStringLiteral("plages gériatriques"));
    ASSERT_TRUE(refused) << refused.error().toString().toStdString();
    EXPECT_FALSE(refused->saved);
    EXPECT_EQ(errorCodes(refused->errors), QStringList{QStringLiteral("catalogue.range_overlap")});
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);

    // No reason, unknown analysis: refused, nothing written.
    auto noReason = admin().saveRanges(sgl::testing::adminSession(), QStringLiteral("HB"), ranges, QStringLiteral("  "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QStringLiteral("catalogue.reason_required"));
    auto unknown = admin().saveRanges(sgl::testing::adminSession(), QStringLiteral("NOPE"), ranges, QStringLiteral("essai"));
    ASSERT_TRUE(unknown);
    EXPECT_FALSE(unknown->saved);
    EXPECT_EQ(errorCodes(unknown->errors), QStringList{QStringLiteral("catalogue.unknown_reference")});
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);

    // Splitting the adult female bracket at 60y is valid.
    QList<ReferenceRange> split = ranges;
    split[2].ageMax = *AgeLimit::parse(QStringLiteral("60y"));
    ReferenceRange older = ranges[2];
    older.ageMin = *AgeLimit::parse(QStringLiteral("60y"));
    older.low = 11.5;
    split << older;
    auto saved = admin().saveRanges(sgl::testing::adminSession(), QStringLiteral("HB"), split,
                                    QStringLiteral("plages gériatriques"));
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    ASSERT_TRUE(saved->saved) << (saved->errors.isEmpty() ? std::string() : saved->errors.front().toString().toStdString());
    auto after = admin().load();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->analysis(QStringLiteral("HB"))->ranges.size(), 5);
    auto history = admin().history(QString(), QStringLiteral("HB"));
    ASSERT_TRUE(history && !history->isEmpty());
    EXPECT_EQ(history->front().reason, QStringLiteral("plages gériatriques"));
    EXPECT_EQ(history->front().fields, QStringList{QStringLiteral("ranges")});

    // A technician may not.
    UserSession tech = sgl::testing::adminSession();
    tech.roles = {Role::Technician};
    auto forbidden = admin().saveRanges(tech, QStringLiteral("HB"), ranges, QStringLiteral("essai"));
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QStringLiteral("auth.forbidden"));
}

TEST_P(CatalogueAdminTest, ImportAndExportFacadeUseTheSameRules)
{
    const QByteArray csv = *admin().exportCatalogue(ExportCatalogue::Format::Csv);
    ASSERT_TRUE(csv.contains("HB"));
    CatalogueImportRequest r;
    r.data = csv;
    r.sourceName = QStringLiteral("retour.csv");
    r.mode = interop::catalogue::CatalogueDiff::Mode::Transcoding;
    auto preview = admin().previewImport(sgl::testing::adminSession(), r);
    ASSERT_TRUE(preview) << preview.error().toString().toStdString();
    EXPECT_TRUE(preview->ok());
    EXPECT_FALSE(preview->hasChanges());
    int calls = 0;
    auto applied = admin().applyImport(sgl::testing::adminSession(), r, [&calls](int, int) { ++calls; });
    ASSERT_TRUE(applied);
    EXPECT_FALSE(applied->applied) << "an identical file creates no version";
    EXPECT_EQ(calls, 0);

    // A transcoding return changing HB's LOINC is applied and reports its progress up to the end.
    r.data = QByteArray("chapter_code;exam_code;local_code;label;specimen;unit;method;loinc\n"
                        "HEMATO;NFS;HB;x;BLD;g/dL;x;20509-6\n");
    int lastDone = -1, lastTotal = -1;
    auto changed = admin().applyImport(sgl::testing::adminSession(), r, [&](int done, int total) {
        ++calls;
        lastDone = done;
        lastTotal = total;
    });
    ASSERT_TRUE(changed) << changed.error().toString().toStdString();
    ASSERT_TRUE(changed->applied);
    EXPECT_GT(calls, 0);
    EXPECT_GT(lastTotal, 0);
    EXPECT_EQ(lastDone, lastTotal);
    EXPECT_EQ(admin().load()->analysis(QStringLiteral("HB"))->loinc, QStringLiteral("20509-6"));
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueAdminTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
