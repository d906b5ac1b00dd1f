#include "domain/catalogue/Formula.h"
#include "interop/catalogue/CatalogueDiff.h"
#include "interop/catalogue/CatalogueReferenceData.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace sgl::interop::catalogue;

TEST(CatalogueReferenceData, LoadsShippedData)
{
    auto units = CatalogueReferenceData::ucumUnits();
    ASSERT_TRUE(units);
    EXPECT_EQ(units->size(), 761);
    auto loinc = CatalogueReferenceData::loincSubset();
    ASSERT_TRUE(loinc) << qPrintable(loinc.error().toString());
    EXPECT_GE(loinc->size(), 250);
    ASSERT_TRUE(loinc->find(QStringLiteral("718-7")));
    EXPECT_EQ(loinc->find(QStringLiteral("718-7"))->longName, QStringLiteral("Hemoglobin [Mass/volume] in Blood"));
}

TEST(CatalogueReferenceData, RejectsLoincSubsetWithBadCheckDigit)
{
    auto r = CatalogueReferenceData::parseLoincSubset("loinc;long_common_name;example_ucum;label_fr\n718-7;Hb;g/dL;Hb\n718-8;X;;X\n");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("loinc.check_digit"));
    EXPECT_EQ(r.error().location, QStringLiteral("loinc-subset.csv:3"));
}

TEST(DemoCatalogue, IsValidWithVerifiedLoincAndKitUnits)
{
    auto validator = CatalogueReferenceData::validator();
    ASSERT_TRUE(validator);
    ImportedCatalogue demo = CatalogueReferenceData::demoCatalogue();
    ASSERT_TRUE(demo.errors.isEmpty()) << qPrintable(demo.errors.front().toString());
    EXPECT_GE(demo.catalogue.analyses.size(), 45);
    auto rep = validator->validate(demo.catalogue);
    for (const Error &e : rep.errors)
        ADD_FAILURE() << qPrintable(e.toString());
    // Every analysis LOINC of the demo is in the shipped subset; only exams without LOINC warn.
    for (const Error &w : rep.warnings)
        EXPECT_NE(w.code, QStringLiteral("loinc.unverified")) << qPrintable(w.toString());
    // The CR-BIO renderer needs a LOINC section code on every top chapter.
    for (const Chapter &ch : demo.catalogue.chapters) {
        if (ch.parentCode.isEmpty()) {
            EXPECT_FALSE(ch.loinc.isEmpty()) << qPrintable(ch.code);
        }
    }
    const Analysis *hb = demo.catalogue.analysis(QStringLiteral("HB"));
    ASSERT_TRUE(hb);
    EXPECT_EQ(hb->loinc, QStringLiteral("718-7"));
    EXPECT_EQ(hb->ranges.size(), 4);
    const Chapter *top = demo.catalogue.topChapter(demo.catalogue.examOf(QStringLiteral("LDLC"))->chapterCode);
    ASSERT_TRUE(top);
    EXPECT_EQ(top->loinc, QStringLiteral("18719-5"));
}

TEST(DemoCatalogue, ImportsIntoEmptyCatalogueAsAllNew)
{
    auto validator = CatalogueReferenceData::validator();
    ASSERT_TRUE(validator);
    const auto diff = CatalogueDiff::compute(Catalogue{}, CatalogueReferenceData::demoCatalogue(),
                                             CatalogueDiff::Mode::Merge, *validator);
    ASSERT_TRUE(diff.ok()) << qPrintable(diff.errors.front().toString());
    EXPECT_EQ(diff.count(CatalogueDiff::Kind::New), diff.merged.analyses.size());
    EXPECT_EQ(diff.newChapters, 7);
}

TEST(DemoCatalogue, CalculatedAnalysesUseTheShippedFormulas)
{
    const Catalogue demo = CatalogueReferenceData::demoCatalogue().catalogue;
    ASSERT_TRUE(demo.analysis(QStringLiteral("DFG")));
    EXPECT_EQ(demo.analysis(QStringLiteral("DFG"))->formula, shippedFormulas::ckdEpi2021(QStringLiteral("CREA")));
    EXPECT_EQ(demo.analysis(QStringLiteral("LDLC"))->formula,
              shippedFormulas::friedewaldMmol(QStringLiteral("CT"), QStringLiteral("HDL"), QStringLiteral("TG")));
}
