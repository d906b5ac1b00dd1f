#include "domain/catalogue/UcumUnit.h"

#include <QFile>

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace sgl::domain;

namespace {
UcumKnownUnits kitUnits()
{
    QFile f(QStringLiteral(SGL_SOURCE_DIR "/resources/catalogue/ucum-units.txt"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QStringList codes;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.startsWith('#') && !line.isEmpty())
            codes << QString::fromUtf8(line);
    return UcumKnownUnits(codes);
}
} // namespace

TEST(UcumUnit, AcceptsLaboratoryUnits)
{
    for (const char *u : {"mmol/L", "g/L", "10*9/L", "10*12/L", "/uL", "fL", "pg", "%", "{ratio}",
                          "m[IU]/L", "U/L", "umol/L", "mL/min/{1.73_m2}", "s", "[IU]/mL",
                          "mm[Hg]", "[pH]", "mg/g{creat}", "g/(24.h)", "/[HPF]", "10*-3",
                          "mmol/mol", "ng/mL", "kg.m-2", "1", "[arb'U]/mL", "mm/h", "ug/dL",
                          "mosm/kg", "u[IU]/mL", "10^9/L", "cm2", "mL/min"})
        EXPECT_TRUE(UcumUnit::isValidSyntax(QString::fromLatin1(u))) << u;
}

TEST(UcumUnit, RejectsBadSyntaxWithPosition)
{
    struct Case { const char *unit; const char *why; };
    for (const Case &c : {Case{"mmol/", "trailing operator"}, Case{"mmol//L", "empty component"},
                          Case{"mmol /L", "space"}, Case{"mmoll", "unknown atom"},
                          Case{"mh", "hour is not metric"}, Case{"(mmol/L", "unclosed paren"},
                          Case{"[IU/L", "unclosed bracket"}, Case{"g/L{x", "unclosed annotation"},
                          Case{"µmol/L", "non-ASCII"}, Case{"mg/DL", "DL is not a unit"},
                          Case{"s-", "exponent without digits"}, Case{"g)", "stray paren"}}) {
        auto r = UcumUnit::parse(QString::fromUtf8(c.unit), QStringLiteral("ligne 3"));
        ASSERT_FALSE(r) << c.unit << " (" << c.why << ")";
        EXPECT_EQ(r.error().code, QStringLiteral("ucum.syntax")) << c.unit;
        EXPECT_TRUE(r.error().location.startsWith(QStringLiteral("ligne 3, position "))) << c.unit;
    }
    EXPECT_EQ(UcumUnit::parse(QString()).error().code, QStringLiteral("ucum.empty"));
}

TEST(UcumUnit, IsCaseSensitive)
{
    EXPECT_TRUE(UcumUnit::isValidSyntax(QStringLiteral("mL")));
    EXPECT_FALSE(UcumUnit::isValidSyntax(QStringLiteral("ML")) && UcumUnit::isValidSyntax(QStringLiteral("MMOL/L")));
    EXPECT_FALSE(UcumUnit::isValidSyntax(QStringLiteral("MMOL/L")));
}

TEST(UcumUnit, StripsAnnotationsLikeTheAnsKit)
{
    EXPECT_EQ(UcumUnit::strippedAsAnsKit(QStringLiteral("{ratio}")), QString());
    EXPECT_EQ(UcumUnit::strippedAsAnsKit(QStringLiteral("mg/g{creat}")), QStringLiteral("mg/g"));
    // The kit's pattern only removes lower-case annotations of 2+ characters.
    EXPECT_EQ(UcumUnit::strippedAsAnsKit(QStringLiteral("{INR}")), QStringLiteral("{INR}"));
}

TEST(UcumKnownUnits, ChecksAgainstKitList)
{
    const UcumKnownUnits units = kitUnits();
    ASSERT_GT(units.size(), 700);
    EXPECT_TRUE(units.check(QStringLiteral("mmol/L")));
    EXPECT_TRUE(units.check(QStringLiteral("10*9/L")));
    EXPECT_TRUE(units.check(QStringLiteral("{ratio}")));
    auto unknown = units.check(QStringLiteral("mL/min/{1.73_m2}"), QStringLiteral("analyse DFG"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QStringLiteral("ucum.unknown"));
    EXPECT_EQ(unknown.error().location, QStringLiteral("analyse DFG"));
    EXPECT_EQ(units.check(QStringLiteral("mmol//L")).error().code, QStringLiteral("ucum.syntax"));
}
