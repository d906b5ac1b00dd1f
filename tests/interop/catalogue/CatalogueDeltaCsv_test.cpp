// The delta-check rule in the catalogue CSV (issue 12, item 2): exported as three columns,
// read back identically, older files without the columns still importable, bad numbers located.

#include "domain/ErrorCodes.h"
#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/CatalogueDiff.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "interop/catalogue/ErrorCodes.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace sgl::interop::catalogue;

namespace {

const QByteArray kOldHeader = "chapter_code;exam_code;local_code;label;specimen;unit;method;loinc\n";

Analysis *find(Catalogue &c, const QString &code)
{
    for (Analysis &a : c.analyses)
        if (a.localCode == code)
            return &a;
    return nullptr;
}

} // namespace

TEST(CatalogueDeltaCsv, RoundTripsTheRuleOfEachAnalysis)
{
    ImportedCatalogue demo = CatalogueReferenceData::demoCatalogue();
    ASSERT_TRUE(demo.errors.isEmpty());
    auto loinc = CatalogueReferenceData::loincSubset();
    ASSERT_TRUE(loinc);
    ASSERT_TRUE(find(demo.catalogue, QStringLiteral("K")) && find(demo.catalogue, QStringLiteral("CREA")));
    find(demo.catalogue, QStringLiteral("K"))->delta = DeltaRule{0.8, std::nullopt, 7};
    find(demo.catalogue, QStringLiteral("CREA"))->delta = DeltaRule{30.0, 25.5, 90};

    const QByteArray csv = CatalogueCsv::write(demo.catalogue, *loinc);
    const QString header = QString::fromUtf8(csv).section(QLatin1Char('\n'), 0, 0).trimmed();
    EXPECT_TRUE(header.endsWith(QStringLiteral(";delta_absolute;delta_relative;delta_window_days"))) << qPrintable(header);
    EXPECT_TRUE(csv.contains(";30;25,5;90")) << "decimal comma like the other numbers";

    ImportedCatalogue back = CatalogueCsv::read(csv, QStringLiteral("export.csv"), CatalogueCsv::writeRanges(demo.catalogue),
                                                QStringLiteral("plages.csv"));
    ASSERT_TRUE(back.errors.isEmpty()) << qPrintable(back.errors.front().toString());
    EXPECT_TRUE(back.warnings.isEmpty());
    EXPECT_TRUE(back.fields.contains(QStringLiteral("delta_window_days")));
    for (const Analysis &a : demo.catalogue.analyses) {
        const Analysis *b = find(back.catalogue, a.localCode);
        ASSERT_TRUE(b) << qPrintable(a.localCode);
        EXPECT_EQ(b->delta, a.delta) << qPrintable(a.localCode);
        EXPECT_TRUE(b->sameDefinition(a)) << qPrintable(a.localCode);
    }
}

TEST(CatalogueDeltaCsv, OlderFilesWithoutTheColumnsStayImportableAndKeepStoredRules)
{
    ImportedCatalogue old = CatalogueCsv::read(kOldHeader + "BIOCHIMIE;IONO;K;Potassium;SER;mmol/L;ISE;2823-3\n",
                                               QStringLiteral("ancien.csv"));
    ASSERT_TRUE(old.errors.isEmpty()) << qPrintable(old.errors.front().toString());
    ASSERT_EQ(old.catalogue.analyses.size(), 1);
    EXPECT_FALSE(old.catalogue.analyses[0].delta);
    EXPECT_FALSE(old.fields.contains(QStringLiteral("delta_absolute")));

    // Merged onto a catalogue where K has a rule: the file says nothing about it, the rule stays.
    ImportedCatalogue demo = CatalogueReferenceData::demoCatalogue();
    find(demo.catalogue, QStringLiteral("K"))->delta = DeltaRule{0.8, std::nullopt, 7};
    auto loinc = CatalogueReferenceData::loincSubset();
    auto units = CatalogueReferenceData::ucumUnits();
    ASSERT_TRUE(loinc && units);
    const CatalogueValidator validator(*units, *loinc);
    const CatalogueDiff kept = CatalogueDiff::compute(demo.catalogue, old, CatalogueDiff::Mode::Merge, validator);
    const Analysis *k = kept.merged.analysis(QStringLiteral("K"));
    ASSERT_TRUE(k);
    EXPECT_EQ(k->delta, (DeltaRule{0.8, std::nullopt, 7}));

    // A file with the columns left empty removes it; one with a new rule changes it.
    const QByteArray withColumns = kOldHeader.trimmed() + ";delta_absolute;delta_relative;delta_window_days\n";
    ImportedCatalogue cleared = CatalogueCsv::read(withColumns + "BIOCHIMIE;IONO;K;Potassium;SER;mmol/L;ISE;2823-3;;;\n",
                                                   QStringLiteral("vide.csv"));
    ASSERT_TRUE(cleared.errors.isEmpty());
    const CatalogueDiff removed = CatalogueDiff::compute(demo.catalogue, cleared, CatalogueDiff::Mode::Merge, validator);
    EXPECT_FALSE(removed.merged.analysis(QStringLiteral("K"))->delta);
    ImportedCatalogue changed = CatalogueCsv::read(withColumns + "BIOCHIMIE;IONO;K;Potassium;SER;mmol/L;ISE;2823-3;;20;3\n",
                                                   QStringLiteral("neuf.csv"));
    ASSERT_TRUE(changed.errors.isEmpty());
    const CatalogueDiff diff = CatalogueDiff::compute(demo.catalogue, changed, CatalogueDiff::Mode::Merge, validator);
    EXPECT_EQ(diff.merged.analysis(QStringLiteral("K"))->delta, (DeltaRule{std::nullopt, 20.0, 3}));
    bool listed = false;
    for (const CatalogueDiff::Entry &e : diff.entries)
        if (e.localCode == QLatin1String("K"))
            listed = e.changedFields.contains(QStringLiteral("delta_relative"));
    EXPECT_TRUE(listed);
}

TEST(CatalogueDeltaCsv, LocatesBadNumbersAndLeavesIncompleteRulesToTheValidator)
{
    const QByteArray header = kOldHeader.trimmed() + ";delta_absolute;delta_relative;delta_window_days\n";
    ImportedCatalogue bad = CatalogueCsv::read(header + "BIOCHIMIE;IONO;K;Potassium;SER;mmol/L;ISE;2823-3;beaucoup;;7,5\n",
                                               QStringLiteral("f.csv"));
    ASSERT_EQ(bad.errors.size(), 2);
    EXPECT_EQ(bad.errors[0].code, QString(sgl::interop::catalogue::errc::CsvNumber));
    EXPECT_EQ(bad.errors[0].location, QStringLiteral("f.csv:2, delta_absolute"));
    EXPECT_EQ(bad.errors[1].location, QStringLiteral("f.csv:2, delta_window_days"));

    // A threshold without window is read as written; the validator refuses it, located.
    ImportedCatalogue incomplete = CatalogueCsv::read(header + "BIOCHIMIE;IONO;K;Potassium;SER;mmol/L;ISE;2823-3;0,8;;\n",
                                                      QStringLiteral("f.csv"));
    ASSERT_TRUE(incomplete.errors.isEmpty());
    ASSERT_TRUE(incomplete.catalogue.analyses[0].delta);
    auto loinc = CatalogueReferenceData::loincSubset();
    auto units = CatalogueReferenceData::ucumUnits();
    ASSERT_TRUE(loinc && units);
    const auto rep = CatalogueValidator(*units, *loinc).validateAnalysis(incomplete.catalogue.analyses[0], QStringLiteral("f.csv:2"));
    ASSERT_FALSE(rep.ok());
    EXPECT_EQ(rep.errors[0].code, QString(sgl::domain::errc::CatalogueDeltaRule));
    EXPECT_EQ(rep.errors[0].location, QStringLiteral("f.csv:2, analyse K, delta_window_days"));
}
