// The order side of the lab domain: RPPS keys, tube barcodes, tube planning, dossier progress.

#include "domain/lab/BarcodeScheme.h"
#include "domain/lab/DossierProgress.h"
#include "domain/lab/RppsNumber.h"
#include "domain/lab/TubePlanner.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

// Known answers computed outside the code with python3-stdnum (Debian python3-stdnum):
//   python3 -c "from stdnum import luhn; print(luhn.calc_check_digit('8100002345'))"  -> 7
TEST(RppsNumber, LuhnKeyMatchesAnIndependentImplementation)
{
    EXPECT_EQ(RppsNumber::luhnKey(u"8100002345"_s), 7);
    EXPECT_EQ(RppsNumber::luhnKey(u"1000000001"_s), 7);
    EXPECT_EQ(RppsNumber::luhnKey(u"1010101010"_s), 5);
    EXPECT_EQ(RppsNumber::check(u"81000023457"_s), RppsNumber::Check::Valid);
    EXPECT_EQ(RppsNumber::check(u"10101010105"_s), RppsNumber::Check::Valid);
    EXPECT_EQ(RppsNumber::check(u"10101010101"_s), RppsNumber::Check::WrongKey);
    EXPECT_EQ(RppsNumber::check(u"8100002345"_s), RppsNumber::Check::WrongLength);
    EXPECT_EQ(RppsNumber::check(u"8100O023457"_s), RppsNumber::Check::NotDigits);
    EXPECT_EQ(RppsNumber::luhnKey(u"81000０2345"_s), -1) << "full-width digits are not digits here";
}

// ISO/IEC 7064 MOD 37-2 known answers from python3-stdnum:
//   python3 -c "from stdnum.iso7064 import mod_37_2; print(mod_37_2.calc_check_digit('G123489654321'))" -> Y
// (the standard's own example), 'SGL00012345' -> Q, '00000001' -> *, 'LB00000042' -> 3.
TEST(BarcodeScheme, Mod37CheckMatchesTheStandard)
{
    EXPECT_EQ(BarcodeScheme::mod37Check(u"G123489654321"_s), u'Y');
    EXPECT_EQ(BarcodeScheme::mod37Check(u"SGL00012345"_s), u'Q');
    EXPECT_EQ(BarcodeScheme::mod37Check(u"00000001"_s), u'*');
    EXPECT_EQ(BarcodeScheme::mod37Check(u"LB00000042"_s), u'3');
    EXPECT_TRUE(BarcodeScheme::mod37Check(u"lb01"_s).isNull()) << "lowercase is outside the alphabet";
}

TEST(BarcodeScheme, FormatsAndRecognisesBarcodes)
{
    const BarcodeScheme scheme{u"LB"_s, 8};
    EXPECT_EQ(scheme.format(42), u"LB000000423"_s);
    EXPECT_TRUE(scheme.matches(u"LB000000423"_s));
    EXPECT_FALSE(scheme.matches(u"LB000000424"_s)) << "wrong check character";
    EXPECT_FALSE(scheme.matches(u"LB000000243"_s)) << "two digits swapped";
    EXPECT_FALSE(scheme.matches(u"LB00000042"_s)) << "check character missing";
    EXPECT_FALSE(scheme.matches(u"XB000000423"_s));
    EXPECT_EQ(BarcodeScheme{}.format(1), u"00000001*"_s);
    const auto full = BarcodeScheme{QString(), 6}.format(1'000'000);
    ASSERT_FALSE(full);
    EXPECT_EQ(full.error().code, u"barcode.exhausted"_s);
    for (const BarcodeScheme &bad : {BarcodeScheme{u"LABOS"_s, 8}, BarcodeScheme{u"L-B"_s, 8}, BarcodeScheme{u"lb"_s, 8},
                                     BarcodeScheme{u"LB"_s, 5}, BarcodeScheme{u"LB"_s, 11}}) {
        const auto v = bad.validate();
        ASSERT_FALSE(v) << bad.prefix.toStdString() << bad.digits;
        EXPECT_EQ(v.error().code, u"barcode.bad_scheme"_s);
    }
}

TEST(TubePlanner, OneTubePerContainerTypeSharedByItsAnalyses)
{
    const QList<TubePlanner::Need> needs{{u"NA"_s, u"SEC"_s, false},  {u"GLU"_s, u"FLU"_s, false},
                                         {u"K"_s, u"SEC"_s, false},   {u"HB"_s, u"EDTA"_s, false},
                                         {u"DFG"_s, QString(), true}, {u"XYZ"_s, QString(), false}};
    const auto plan = TubePlanner::plan(needs, {});
    EXPECT_EQ(plan.newTubes, (QList<TubePlanner::NewTube>{{u"SEC"_s, {u"NA"_s, u"K"_s}},
                                                          {u"FLU"_s, {u"GLU"_s}},
                                                          {u"EDTA"_s, {u"HB"_s}}}));
    EXPECT_EQ(plan.calculated, QStringList{u"DFG"_s});
    EXPECT_EQ(plan.withoutContainer, QStringList{u"XYZ"_s});
    EXPECT_TRUE(plan.toExisting.isEmpty());
}

TEST(TubePlanner, AddedAnalysesJoinUsableTubesAndRejectedTubesAreReplaced)
{
    const QList<TubePlanner::Tube> tubes{{10, u"SEC"_s, true}, {11, u"EDTA"_s, false}};
    const auto plan = TubePlanner::plan({{u"CRP"_s, u"SEC"_s, false}, {u"PLAQ"_s, u"EDTA"_s, false}}, tubes);
    EXPECT_EQ(plan.toExisting.value(u"CRP"_s), 10);
    EXPECT_EQ(plan.newTubes, (QList<TubePlanner::NewTube>{{u"EDTA"_s, {u"PLAQ"_s}}}));
}

TEST(DossierProgress, StatusFollowsTheResults)
{
    using V = ValidationState;
    EXPECT_EQ(DossierProgress::statusFor({V::Pending, V::Pending}, false), DossierStatus::Registered);
    EXPECT_EQ(DossierProgress::statusFor({V::Pending, V::Pending}, true), DossierStatus::InProgress);
    EXPECT_EQ(DossierProgress::statusFor({V::Entered, V::Pending}, false), DossierStatus::InProgress);
    EXPECT_EQ(DossierProgress::statusFor({V::TechnicallyValidated, V::Cancelled}, true),
              DossierStatus::TechnicallyValidated);
    EXPECT_EQ(DossierProgress::statusFor({V::TechnicallyValidated, V::RerunRequested}, true), DossierStatus::InProgress);
    EXPECT_EQ(DossierProgress::statusFor({V::Validated, V::TechnicallyValidated}, true),
              DossierStatus::TechnicallyValidated);
    EXPECT_EQ(DossierProgress::statusFor({V::Validated, V::Cancelled}, true), DossierStatus::Validated);
    EXPECT_EQ(DossierProgress::statusFor({V::Cancelled, V::Cancelled}, true), DossierStatus::Cancelled);
    // next() only moves where DossierStatus allows.
    EXPECT_EQ(DossierProgress::next(DossierStatus::Registered, {V::TechnicallyValidated}, true),
              DossierStatus::TechnicallyValidated);
    EXPECT_EQ(DossierProgress::next(DossierStatus::TechnicallyValidated, {V::RerunRequested}, true),
              DossierStatus::InProgress);
    EXPECT_EQ(DossierProgress::next(DossierStatus::Cancelled, {V::Entered}, true), DossierStatus::Cancelled);
    EXPECT_EQ(DossierProgress::next(DossierStatus::Reported, {V::Validated}, true), DossierStatus::Reported);
}
