#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/CatalogueDiff.h"
#include "interop/catalogue/CatalogueReferenceData.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace sgl::interop::catalogue;

namespace {

struct Fixture {
    CatalogueValidator validator = *CatalogueReferenceData::validator();
    LoincSubset loinc = *CatalogueReferenceData::loincSubset();
    Catalogue current = CatalogueReferenceData::demoCatalogue().catalogue;
};

/** Replaces the loinc (last) column of the row of `code` in an exported CSV. */
QByteArray withLoinc(QByteArray csv, const QByteArray &code, const QByteArray &loinc)
{
    QList<QByteArray> lines = csv.split('\n');
    for (QByteArray &l : lines) {
        QList<QByteArray> f = l.split(';');
        if (f.size() > 9 && f[9] == code) {
            f[23] = loinc;
            l = f.join(';');
        }
    }
    return lines.join('\n');
}

QStringList codes(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << e.code + QLatin1Char('@') + e.location;
    return out;
}

} // namespace

TEST(CatalogueDiff, TranscodingRoundTripShowsChangedLoinc)
{
    Fixture f;
    QByteArray csv = CatalogueCsv::write(f.current, f.loinc);
    csv = withLoinc(csv, "HB", "20509-6");    // provider corrects a code
    csv = withLoinc(csv, "TQ", "5964-2");
    ImportedCatalogue in = CatalogueCsv::read(csv, QStringLiteral("retour.csv"));
    ASSERT_TRUE(in.errors.isEmpty());
    auto d = CatalogueDiff::compute(f.current, in, CatalogueDiff::Mode::Transcoding, f.validator);
    ASSERT_TRUE(d.ok()) << qPrintable(d.errors.front().toString());
    EXPECT_EQ(d.count(CatalogueDiff::Kind::Changed), 2);
    EXPECT_EQ(d.count(CatalogueDiff::Kind::Unchanged), f.current.analyses.size() - 2);
    EXPECT_EQ(d.merged.analysis(QStringLiteral("HB"))->loinc, QStringLiteral("20509-6"));
    for (const auto &e : d.entries) {
        if (e.localCode == QLatin1String("HB")) {
            EXPECT_EQ(e.oldLoinc, QStringLiteral("718-7"));
            EXPECT_EQ(e.changedFields, QStringList{QStringLiteral("loinc")});
            EXPECT_TRUE(e.location.startsWith(QStringLiteral("retour.csv:")));
        }
    }
    // Ranges, formulas and mappings are kept: the CSV has no ranges.
    EXPECT_EQ(d.merged.analysis(QStringLiteral("HB"))->ranges.size(), 4);
}

TEST(CatalogueDiff, TranscodingRefusesBadCheckDigitAndUnknownCodes)
{
    Fixture f;
    QByteArray csv = CatalogueCsv::write(f.current, f.loinc);
    csv = withLoinc(csv, "GLU", "14749-5");
    QList<QByteArray> extra(33); // every exported column (bench... clinical_questions, then the delta rule last)
    extra[3] = "BIOCHIMIE";
    extra[6] = "GLY";
    extra[9] = "ZZZ";
    extra[10] = "Inconnue";
    extra[13] = "g/L";
    extra[23] = "2345-7";
    csv += extra.join(';') + "\r\n";
    ImportedCatalogue in = CatalogueCsv::read(csv, QStringLiteral("retour.csv"));
    ASSERT_TRUE(in.errors.isEmpty()) << qPrintable(in.errors.front().toString());
    auto d = CatalogueDiff::compute(f.current, in, CatalogueDiff::Mode::Transcoding, f.validator);
    EXPECT_FALSE(d.ok());
    const QStringList c = codes(d.errors);
    EXPECT_EQ(c.size(), 2) << qPrintable(c.join(u'\n'));
    EXPECT_TRUE(c[0].startsWith(QStringLiteral("loinc.check_digit@retour.csv:")));
    EXPECT_TRUE(c[1].startsWith(QStringLiteral("catalogue.unknown_local_code@retour.csv:")));
    EXPECT_EQ(d.count(CatalogueDiff::Kind::InvalidLoinc), 1);
    EXPECT_EQ(d.count(CatalogueDiff::Kind::UnknownLocalCode), 1);
}

TEST(CatalogueDiff, MergeCreatesAndUpdatesAndChecksUnits)
{
    Fixture f;
    const QByteArray csv =
        "chapter_code;chapter_label;chapter_loinc;exam_code;exam_label;local_code;label;specimen;unit;method;loinc\n"
        "BIOCHIMIE;Biochimie;18719-5;GLY;Glycémie à jeun;GLU;Glucose;PLAS;mmol/L;Glucose oxydase;14749-6\n"
        "BIOCHIMIE;Biochimie;18719-5;GLY;Glycémie à jeun;FER;Fer sérique;SER;umol/L;Colorimétrie;14798-3\n"
        "BIOCHIMIE;Biochimie;18719-5;GLY;Glycémie à jeun;LACT;Lactates;PLAS;mmol/l/h/x;;32693-4\n"
        "BIOCHIMIE;Biochimie;18719-5;GLY;Glycémie à jeun;PHOS;Phosphore;SER;mmol/dm;;14879-1\n"
        "BIOCHIMIE;Biochimie;18719-5;GLY;Glycémie à jeun;NEW1;Nouveau;SER;g/L;;12345-5\n";
    ImportedCatalogue in = CatalogueCsv::read(csv, QStringLiteral("m.csv"));
    ASSERT_TRUE(in.errors.isEmpty());
    auto d = CatalogueDiff::compute(f.current, in, CatalogueDiff::Mode::Merge, f.validator);
    const QStringList c = codes(d.errors);
    EXPECT_EQ(c, (QStringList{QStringLiteral("ucum.syntax@m.csv:4, analyse LACT, unit, position 10"),
                              QStringLiteral("ucum.unknown@m.csv:5, analyse PHOS, unit")}));
    EXPECT_EQ(d.count(CatalogueDiff::Kind::New), 4);
    EXPECT_EQ(d.count(CatalogueDiff::Kind::Changed), 1);
    for (const auto &e : d.entries) {
        if (e.localCode == QLatin1String("GLU")) {
            EXPECT_EQ(e.changedFields, QStringList{QStringLiteral("method")});
        }
    }
    // 12345-6 has a valid check digit but is outside the subset: flagged, not refused.
    bool flagged = false;
    for (const Error &w : d.warnings)
        flagged |= w.code == QLatin1String("loinc.unverified") && w.location.startsWith(QStringLiteral("m.csv:6"));
    EXPECT_TRUE(flagged);
}

TEST(CatalogueDiff, MergeRefusesOverlappingRangesAndDanglingFormula)
{
    Fixture f;
    const QByteArray csv =
        "chapter_code;exam_code;local_code;label;specimen;unit;method;loinc;formula\n"
        "BIOCHIMIE;GLY;GLU;Glucose;PLAS;mmol/L;Hexokinase;14749-6;\n"
        "BIOCHIMIE;GLY;CALC;Calcul;PLAS;mmol/L;;;GLU * NOPE\n";
    const QByteArray ranges = "local_code;sex;age_min;age_max;low;high;critical_low;critical_high;valid_low;valid_high;text\n"
                              "GLU;;0d;20y;3;6;;;;;\nGLU;;18y;;4;6;;;;;\n";
    ImportedCatalogue in = CatalogueCsv::read(csv, QStringLiteral("o.csv"), ranges, QStringLiteral("p.csv"));
    ASSERT_TRUE(in.errors.isEmpty());
    auto d = CatalogueDiff::compute(f.current, in, CatalogueDiff::Mode::Merge, f.validator);
    const QStringList c = codes(d.errors);
    ASSERT_EQ(c.size(), 2) << qPrintable(c.join(u'\n'));
    EXPECT_TRUE(c[0].startsWith(QStringLiteral("catalogue.range_overlap@o.csv:2")));
    EXPECT_EQ(c[1], QStringLiteral("catalogue.unknown_reference@analyse CALC, formula"));
}

TEST(CatalogueDiff, MovingAnAnalysisToAnotherExamLeavesTheOldOne)
{
    Fixture f;
    const QByteArray csv =
        "chapter_code;exam_code;exam_label;local_code;label;specimen;unit;method;loinc\n"
        "BIOCHIMIE;IONO;Ionogramme sanguin;UREE;Urée;SER;mmol/L;Uréase;22664-7\n";
    ImportedCatalogue in = CatalogueCsv::read(csv, QStringLiteral("mv.csv"));
    ASSERT_TRUE(in.errors.isEmpty());
    auto d = CatalogueDiff::compute(f.current, in, CatalogueDiff::Mode::Merge, f.validator);
    ASSERT_TRUE(d.ok()) << qPrintable(d.errors.front().toString());
    EXPECT_TRUE(d.merged.exam(QStringLiteral("IONO"))->analysisCodes.contains(QStringLiteral("UREE")));
    EXPECT_FALSE(d.merged.exam(QStringLiteral("UREE"))->analysisCodes.contains(QStringLiteral("UREE")));
    ASSERT_EQ(d.entries.size(), 1);
    EXPECT_EQ(d.entries[0].kind, CatalogueDiff::Kind::Changed);
    EXPECT_EQ(d.entries[0].changedFields, QStringList{QStringLiteral("exam_code")});
    EXPECT_EQ(d.changedExams, 2);
}
