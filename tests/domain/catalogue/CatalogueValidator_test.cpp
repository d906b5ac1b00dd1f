#include "domain/catalogue/CatalogueValidator.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace sgl::domain;

namespace {

CatalogueValidator validator()
{
    return CatalogueValidator(UcumKnownUnits({QStringLiteral("mmol/L"), QStringLiteral("g/L"),
                                              QStringLiteral("umol/L"), QStringLiteral("mL/min")}),
                              LoincSubset({LoincEntry{QStringLiteral("14749-6"), QStringLiteral("Glucose"), {}, {}}}));
}

Analysis glucose()
{
    Analysis a;
    a.localCode = QStringLiteral("GLU");
    a.label = QStringLiteral("Glucose");
    a.loinc = QStringLiteral("14749-6");
    a.specimen = QStringLiteral("PLAS");
    a.unit = QStringLiteral("mmol/L");
    a.secondUnit = QStringLiteral("g/L");
    a.secondUnitFactor = 0.18016;
    a.secondLoinc = QStringLiteral("2345-7");
    ReferenceRange r;
    r.low = 3.9;
    r.high = 5.5;
    r.criticalLow = 2.2;
    r.criticalHigh = 25;
    r.validLow = 0.5;
    r.validHigh = 60;
    a.ranges << r;
    return a;
}

QStringList codes(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << e.code;
    return out;
}

} // namespace

TEST(CatalogueValidator, AcceptsValidAnalysis)
{
    auto rep = validator().validateAnalysis(glucose());
    EXPECT_TRUE(rep.ok()) << qPrintable(codes(rep.errors).join(u','));
    EXPECT_TRUE(rep.warnings.isEmpty());
}

TEST(CatalogueValidator, FlagsUnverifiedLoincWithoutRefusing)
{
    Analysis a = glucose();
    a.loinc = QStringLiteral("2345-7");
    auto rep = validator().validateAnalysis(a);
    EXPECT_TRUE(rep.ok());
    EXPECT_EQ(codes(rep.warnings), QStringList{QStringLiteral("loinc.unverified")});
}

TEST(CatalogueValidator, RefusesBadLoincAndUnits)
{
    Analysis a = glucose();
    a.loinc = QStringLiteral("14749-7");
    a.unit = QStringLiteral("mmol/LL");
    a.secondUnit = QStringLiteral("mg/dL");
    auto rep = validator().validateAnalysis(a, QStringLiteral("ligne 5"));
    EXPECT_EQ(codes(rep.errors), (QStringList{QStringLiteral("loinc.check_digit"), QStringLiteral("ucum.syntax"),
                                              QStringLiteral("ucum.unknown")}));
    EXPECT_EQ(rep.errors[0].location, QStringLiteral("ligne 5, analyse GLU, loinc"));
}

TEST(CatalogueValidator, RefusesOverlappingBracketsOfSameSex)
{
    ReferenceRange child;
    child.ageMin = *AgeLimit::parse(QStringLiteral("0d"));
    child.ageMax = AgeLimit::parse(QStringLiteral("18y"));
    ReferenceRange adult;
    adult.ageMin = *AgeLimit::parse(QStringLiteral("16y"));
    EXPECT_EQ(codes(CatalogueValidator::validateRanges({child, adult}, {})),
              QStringList{QStringLiteral("catalogue.range_overlap")});
    // Adjacent brackets, and the same bracket for two sexes, are fine.
    adult.ageMin = *AgeLimit::parse(QStringLiteral("18y"));
    ReferenceRange female = adult, male = adult;
    female.sex = Sex::Female;
    male.sex = Sex::Male;
    EXPECT_TRUE(CatalogueValidator::validateRanges({child, female, male}, {}).isEmpty());
    // Two open-ended ranges for the same sex overlap.
    EXPECT_EQ(codes(CatalogueValidator::validateRanges({female, female}, {})),
              QStringList{QStringLiteral("catalogue.range_overlap")});
    // Mixed units: 12 months vs 1 year are the same limit.
    ReferenceRange baby;
    baby.ageMax = AgeLimit::parse(QStringLiteral("12m"));
    ReferenceRange kid;
    kid.ageMin = *AgeLimit::parse(QStringLiteral("1y"));
    kid.ageMax = AgeLimit::parse(QStringLiteral("18y"));
    EXPECT_TRUE(CatalogueValidator::validateRanges({kid, baby}, {}).isEmpty());
}

TEST(CatalogueValidator, RefusesLimitsOutOfOrder)
{
    ReferenceRange r;
    r.low = 5;
    r.high = 3;
    r.criticalHigh = 2;
    r.validHigh = 1;
    ReferenceRange unknownSex;
    unknownSex.sex = Sex::Unknown;
    ReferenceRange emptyBracket;
    emptyBracket.ageMin = *AgeLimit::parse(QStringLiteral("10y"));
    emptyBracket.ageMax = AgeLimit::parse(QStringLiteral("5y"));
    const QStringList c = codes(CatalogueValidator::validateRanges({r, unknownSex, emptyBracket}, {}));
    EXPECT_GE(c.count(QStringLiteral("catalogue.range_order")), 4);
    EXPECT_TRUE(c.contains(QStringLiteral("catalogue.range_sex")));
}

TEST(CatalogueValidator, ChecksCodedAndCalculatedAnalyses)
{
    Analysis coded;
    coded.localCode = QStringLiteral("AGHBS");
    coded.label = QStringLiteral("Ag HBs");
    coded.resultType = ResultType::Coded;
    auto rep = validator().validateAnalysis(coded);
    EXPECT_TRUE(codes(rep.errors).contains(QStringLiteral("catalogue.value_list")));
    EXPECT_TRUE(codes(rep.warnings).contains(QStringLiteral("loinc.missing")));
    coded.valueOptions = {{QStringLiteral("NEG"), QStringLiteral("Négatif"), false},
                          {QStringLiteral("NEG"), QStringLiteral("Positif"), true}};
    EXPECT_EQ(codes(validator().validateAnalysis(coded).errors), QStringList{QStringLiteral("catalogue.value_list")});

    Analysis calc = glucose();
    calc.formula = QStringLiteral("GLU * (");
    EXPECT_TRUE(codes(validator().validateAnalysis(calc).errors).contains(QStringLiteral("formula.syntax")));
    calc.secondUnitFactor = -1;
    calc.decimals = 9;
    const QStringList c = codes(validator().validateAnalysis(calc).errors);
    EXPECT_TRUE(c.contains(QStringLiteral("catalogue.second_unit")));
    EXPECT_TRUE(c.contains(QStringLiteral("catalogue.decimals")));
}

TEST(CatalogueValidator, ChecksCatalogueReferencesDuplicatesAndCycles)
{
    Catalogue c;
    c.chapters << Chapter{QStringLiteral("BIO"), QStringLiteral("Biochimie"), QStringLiteral("18719-5"), {}, 1};
    c.chapters << Chapter{QStringLiteral("SUB"), QStringLiteral("Sous"), {}, QStringLiteral("NOPE"), 2};
    Analysis a = glucose();
    Analysis b = glucose();
    Analysis x = glucose();
    x.localCode = QStringLiteral("X");
    x.formula = QStringLiteral("Y + 1");
    Analysis y = glucose();
    y.localCode = QStringLiteral("Y");
    y.formula = QStringLiteral("X * 2 + UNKNOWN + AGE");
    c.analyses << a << b << x << y;
    c.exams << Exam{QStringLiteral("GLY"), QStringLiteral("Glycémie"), {}, QStringLiteral("BIOX"),
                    {QStringLiteral("GLU"), QStringLiteral("ZZZ")}};
    const QStringList errs = codes(validator().validate(c).errors);
    EXPECT_EQ(errs.count(QStringLiteral("catalogue.duplicate_code")), 1);
    EXPECT_EQ(errs.count(QStringLiteral("catalogue.unknown_reference")), 4) << qPrintable(errs.join(u','));
    EXPECT_EQ(errs.count(QStringLiteral("catalogue.formula_cycle")), 1);
}

TEST(CatalogueValidator, BenchContainerAndQuestionsMustBeKnown)
{
    Catalogue c;
    c.benches = {Bench{QStringLiteral("BIOCH"), QStringLiteral("Biochimie")}};
    Analysis a = glucose();
    a.bench = QStringLiteral("BIOCH");
    a.container = QStringLiteral("FLU");
    a.questions = {QStringLiteral("FASTING")};
    c.analyses << a;
    EXPECT_TRUE(validator().validate(c).ok()) << codes(validator().validate(c).errors).join(u' ').toStdString();

    c.analyses[0].bench = QStringLiteral("HEMATO");
    c.analyses[0].container = QStringLiteral("VERT");
    c.analyses[0].questions = {QStringLiteral("FASTING"), QStringLiteral("SMOKER"), QStringLiteral("FASTING")};
    const auto rep = validator().validate(c);
    EXPECT_EQ(codes(rep.errors), (QStringList{QStringLiteral("catalogue.unknown_container"),
                                              QStringLiteral("catalogue.unknown_question"),
                                              QStringLiteral("catalogue.duplicate_code"),
                                              QStringLiteral("catalogue.unknown_reference")}));
    EXPECT_EQ(rep.errors.last().location, QStringLiteral("analyse GLU, bench"));

    c = Catalogue{};
    c.benches = {Bench{QStringLiteral("B"), QString()}, Bench{QStringLiteral("B"), QStringLiteral("Bis")}};
    EXPECT_EQ(codes(validator().validate(c).errors),
              (QStringList{QStringLiteral("catalogue.missing_field"), QStringLiteral("catalogue.duplicate_code")}));
}

TEST(CatalogueValidator, CalculatedAnalysisHasNoContainer)
{
    Analysis ldl = glucose();
    ldl.localCode = QStringLiteral("LDLC");
    ldl.formula = QStringLiteral("2 * 3");
    EXPECT_TRUE(validator().validateAnalysis(ldl).ok());
    ldl.container = QStringLiteral("SEC");
    const auto rep = validator().validateAnalysis(ldl);
    EXPECT_EQ(codes(rep.errors), QStringList{QStringLiteral("catalogue.container_calculated")});
    EXPECT_EQ(rep.errors.first().location, QStringLiteral("analyse LDLC, container"));
    // Questions stay allowed: the clinical information is about the patient, not the tube.
    ldl.container.clear();
    ldl.questions = {QStringLiteral("FASTING")};
    EXPECT_TRUE(validator().validateAnalysis(ldl).ok());
}
