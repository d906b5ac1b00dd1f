// Delta-check rule of an analysis (issue 12, item 2): its constraints, the validator's refusal
// naming analysis and field, the fields it adds to an analysis' definition, and the unit
// conversions antériorités and delta checks rely on.

#include "domain/catalogue/CatalogueValidator.h"
#include "domain/catalogue/DeltaRule.h"
#include "domain/catalogue/UnitConversion.h"
#include "domain/ErrorCodes.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace sgl::domain;

namespace {

Analysis potassium()
{
    Analysis a;
    a.localCode = QStringLiteral("K");
    a.label = QStringLiteral("Potassium");
    a.loinc = QStringLiteral("2823-3");
    a.specimen = QStringLiteral("SER");
    a.unit = QStringLiteral("mmol/L");
    return a;
}

CatalogueValidator validator()
{
    return CatalogueValidator(UcumKnownUnits({QStringLiteral("mmol/L")}),
                              LoincSubset({LoincEntry{QStringLiteral("2823-3"), QStringLiteral("Potassium"), {}, {}}}));
}

QStringList locations(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors) {
        EXPECT_EQ(e.code, QString(errc::CatalogueDeltaRule));
        EXPECT_FALSE(e.message.isEmpty());
        out << e.location;
    }
    return out;
}

} // namespace

TEST(DeltaRule, AcceptsAbsoluteRelativeOrBoth)
{
    EXPECT_TRUE((DeltaRule{1.0, std::nullopt, 30}).isValid());
    EXPECT_TRUE((DeltaRule{std::nullopt, 25.0, 7}).isValid());
    EXPECT_TRUE((DeltaRule{0.5, 25.0, 1}).isValid());
}

TEST(DeltaRule, RefusesEachBrokenConstraintNamingTheField)
{
    const QString at = QStringLiteral("analyse K");
    EXPECT_EQ(locations((DeltaRule{std::nullopt, std::nullopt, 30}).problems(at)),
              QStringList{QStringLiteral("analyse K, delta_absolute")});
    EXPECT_EQ(locations((DeltaRule{0.0, std::nullopt, 30}).problems(at)),
              QStringList{QStringLiteral("analyse K, delta_absolute")});
    EXPECT_EQ(locations((DeltaRule{std::nullopt, -5.0, 30}).problems(at)),
              QStringList{QStringLiteral("analyse K, delta_relative")});
    EXPECT_EQ(locations((DeltaRule{1.0, std::nullopt, 0}).problems(at)),
              QStringList{QStringLiteral("analyse K, delta_window_days")});
    EXPECT_EQ(locations((DeltaRule{std::numeric_limits<double>::quiet_NaN(), 20.0, -3}).problems(at)),
              (QStringList{QStringLiteral("analyse K, delta_absolute"), QStringLiteral("analyse K, delta_window_days")}));
}

TEST(DeltaRule, DisplaysInFrenchWithDecimalComma)
{
    EXPECT_EQ((DeltaRule{1.5, 30.0, 30}).displayFr(QStringLiteral("mmol/L")),
              QStringLiteral("Δ ≥ 1,5 mmol/L ou 30 % en 30 jour(s)"));
}

TEST(DeltaRule, ValidatorRefusesBadRulesOnTheAnalysis)
{
    Analysis a = potassium();
    a.delta = DeltaRule{std::nullopt, std::nullopt, 0};
    const auto rep = validator().validateAnalysis(a, QStringLiteral("ligne 4"));
    ASSERT_FALSE(rep.ok());
    EXPECT_EQ(locations(rep.errors), (QStringList{QStringLiteral("ligne 4, analyse K, delta_absolute"),
                                                  QStringLiteral("ligne 4, analyse K, delta_window_days")}));

    a.delta = DeltaRule{0.5, std::nullopt, 30};
    EXPECT_TRUE(validator().validateAnalysis(a).ok());

    // A coded analysis cannot carry one.
    a.resultType = ResultType::Coded;
    a.unit.clear();
    a.valueOptions = {ValueOption{QStringLiteral("POS"), QStringLiteral("Positif"), true}};
    const auto coded = validator().validateAnalysis(a);
    ASSERT_FALSE(coded.ok());
    EXPECT_EQ(locations(coded.errors), QStringList{QStringLiteral("analyse K, delta_window_days")});
}

TEST(DeltaRule, IsPartOfTheAnalysisDefinition)
{
    const Analysis before = potassium();
    Analysis after = before;
    EXPECT_TRUE(before.sameDefinition(after));
    after.delta = DeltaRule{0.5, std::nullopt, 30};
    EXPECT_FALSE(before.sameDefinition(after));
    EXPECT_EQ(before.changedFields(after),
              (QStringList{QStringLiteral("delta_absolute"), QStringLiteral("delta_window_days")}));
    Analysis relative = after;
    relative.delta->relativePercent = 20;
    EXPECT_EQ(after.changedFields(relative), QStringList{QStringLiteral("delta_relative")});
}

TEST(UnitConversion, ConvertsPrefixesCountsAndTheSecondUnit)
{
    auto near = [](std::optional<double> v, double expected) {
        return v && std::abs(*v - expected) < 1e-9 * std::max(1.0, std::abs(expected));
    };
    EXPECT_TRUE(near(UnitConversion::factor(QStringLiteral("mmol/L"), QStringLiteral("mmol/L")), 1));
    EXPECT_TRUE(near(UnitConversion::factor(QString(), QStringLiteral("1")), 1));
    EXPECT_TRUE(near(UnitConversion::convert(1, QStringLiteral("g/L"), QStringLiteral("mg/dL")), 100));
    EXPECT_TRUE(near(UnitConversion::convert(5, QStringLiteral("mmol/L"), QStringLiteral("umol/L")), 5000));
    EXPECT_TRUE(near(UnitConversion::convert(250, QStringLiteral("10*9/L"), QStringLiteral("10*3/uL")), 250));
    EXPECT_TRUE(near(UnitConversion::convert(2, QStringLiteral("mU/L"), QStringLiteral("U/L")), 0.002));

    Analysis glucose = potassium();
    glucose.unit = QStringLiteral("mmol/L");
    glucose.secondUnit = QStringLiteral("g/L");
    glucose.secondUnitFactor = 0.18016;
    EXPECT_TRUE(near(UnitConversion::convert(5, QStringLiteral("mmol/L"), QStringLiteral("g/L"), &glucose), 0.9008));
    EXPECT_TRUE(near(UnitConversion::convert(0.9008, QStringLiteral("g/L"), QStringLiteral("mmol/L"), &glucose), 5));
    // Second unit with a prefix change on the way: mg/dL -> g/L -> mmol/L.
    EXPECT_TRUE(near(UnitConversion::convert(90.08, QStringLiteral("mg/dL"), QStringLiteral("mmol/L"), &glucose), 5));
}

TEST(UnitConversion, RefusesWhatIsNotCertain)
{
    EXPECT_FALSE(UnitConversion::factor(QStringLiteral("g/L"), QStringLiteral("mmol/L")));   // no molar mass
    EXPECT_FALSE(UnitConversion::factor(QStringLiteral("U/L"), QStringLiteral("[IU]/L")));
    EXPECT_FALSE(UnitConversion::factor(QStringLiteral("mmol/L"), QStringLiteral("mmol")));
    EXPECT_FALSE(UnitConversion::factor(QStringLiteral("%"), QStringLiteral("1")));
    EXPECT_FALSE(UnitConversion::factor(QStringLiteral("mL/min/{1.73_m2}"), QStringLiteral("mL/min")));
    Analysis broken = potassium();
    broken.secondUnit = QStringLiteral("g/L");
    broken.secondUnitFactor = 0;   // refused by the validator; never divides by zero here
    EXPECT_FALSE(UnitConversion::factor(QStringLiteral("g/L"), QStringLiteral("mmol/L"), &broken));
}
