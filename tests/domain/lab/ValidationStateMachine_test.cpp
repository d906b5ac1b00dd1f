#include "domain/lab/LabResult.h"
#include "domain/lab/ValidationStateMachine.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;
using S = ValidationState;
using A = ValidationAction;

namespace {
const QList<Role> kTech{Role::Technician};
const QList<Role> kBio{Role::Biologist};
const QList<Role> kSec{Role::Secretary};
const QList<Role> kAdmin{Role::Admin};
} // namespace

TEST(ValidationStateMachine, HappyPathTechnicianThenBiologist)
{
    auto entered = ValidationStateMachine::next(S::Pending, A::Enter, kTech);
    ASSERT_TRUE(entered);
    EXPECT_EQ(*entered, S::Entered);
    auto tech = ValidationStateMachine::next(*entered, A::TechnicalValidate, kTech);
    ASSERT_TRUE(tech);
    EXPECT_EQ(*tech, S::TechnicallyValidated);
    auto bio = ValidationStateMachine::next(*tech, A::Validate, kBio);
    ASSERT_TRUE(bio);
    EXPECT_EQ(*bio, S::Validated);
}

TEST(ValidationStateMachine, OnlyBiologistValidates)
{
    for (const auto &roles : {kTech, kSec, kAdmin}) {
        auto r = ValidationStateMachine::next(S::TechnicallyValidated, A::Validate, roles);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, u"validation.role_forbidden"_s);
        EXPECT_TRUE(r.error().message.contains(u"Biologiste"_s)) << r.error().message.toStdString();
    }
    // Several roles: the biologist role is enough.
    EXPECT_TRUE(ValidationStateMachine::next(S::TechnicallyValidated, A::Validate,
                                             {Role::Admin, Role::Biologist}));
}

TEST(ValidationStateMachine, BiologicalValidationNeedsTechnicalValidationFirst)
{
    for (S from : {S::Pending, S::Entered, S::RerunRequested, S::Validated, S::Cancelled}) {
        auto r = ValidationStateMachine::next(from, A::Validate, kBio);
        ASSERT_FALSE(r) << validationStateCode(from).toStdString();
        EXPECT_EQ(r.error().code, u"validation.transition_forbidden"_s);
    }
}

TEST(ValidationStateMachine, SecretaryCannotEnterResults)
{
    auto r = ValidationStateMachine::next(S::Pending, A::Enter, kSec);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, u"validation.role_forbidden"_s);
}

TEST(ValidationStateMachine, RerunCorrectionAndCancelNeedAReason)
{
    for (auto [from, action, roles] :
         {std::tuple{S::Entered, A::RequestRerun, kTech}, std::tuple{S::Validated, A::Correct, kBio},
          std::tuple{S::Entered, A::Cancel, kBio}}) {
        auto noReason = ValidationStateMachine::next(from, action, roles, u"   "_s);
        ASSERT_FALSE(noReason);
        EXPECT_EQ(noReason.error().code, u"validation.reason_required"_s);
        EXPECT_TRUE(ValidationStateMachine::next(from, action, roles, u"hémolyse"_s));
    }
    EXPECT_EQ(*ValidationStateMachine::next(S::Validated, A::Correct, kBio, u"erreur de saisie"_s),
              S::Entered);
    EXPECT_EQ(*ValidationStateMachine::next(S::TechnicallyValidated, A::RequestRerun, kBio,
                                            u"dilution"_s),
              S::RerunRequested);
    EXPECT_EQ(*ValidationStateMachine::next(S::RerunRequested, A::Enter, kTech), S::Entered);
}

TEST(ValidationStateMachine, ValidatedAndCancelledResultsAreFinalExceptCorrection)
{
    EXPECT_FALSE(ValidationStateMachine::next(S::Validated, A::Enter, kBio));
    EXPECT_FALSE(ValidationStateMachine::next(S::Validated, A::Cancel, kBio, u"x"_s));
    EXPECT_FALSE(ValidationStateMachine::next(S::Cancelled, A::Enter, kTech));
    EXPECT_FALSE(ValidationStateMachine::next(S::Cancelled, A::Cancel, kBio, u"x"_s));
    EXPECT_FALSE(ValidationStateMachine::next(S::Entered, A::Correct, kBio, u"x"_s));
    // The biologist corrects a technically validated value before validating it (issue 12).
    EXPECT_EQ(*ValidationStateMachine::next(S::TechnicallyValidated, A::Correct, kBio, u"x"_s), S::Entered);
    EXPECT_FALSE(ValidationStateMachine::next(S::TechnicallyValidated, A::Correct, kTech, u"x"_s));
    EXPECT_FALSE(ValidationStateMachine::next(S::TechnicallyValidated, A::Correct, kBio));
    // Technician cannot correct a validated result.
    auto r = ValidationStateMachine::next(S::Validated, A::Correct, kTech, u"x"_s);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, u"validation.role_forbidden"_s);
}

TEST(ValidationStateMachine, EmptyValueCannotBeEnteredOrValidated)
{
    LabResult r;
    r.analysisCode = u"HB"_s;
    r.state = S::Entered;
    auto tech = ValidationStateMachine::next(r, A::TechnicalValidate, kTech);
    ASSERT_FALSE(tech);
    EXPECT_EQ(tech.error().code, u"validation.empty_value"_s);
    EXPECT_EQ(tech.error().location, u"HB"_s);
    r.value = ResultValue::numeric(u"13.2"_s, u"g/dL"_s);
    EXPECT_TRUE(ValidationStateMachine::next(r, A::TechnicalValidate, kTech));
    // Requesting a rerun of an empty result is allowed (nothing to validate).
    LabResult empty;
    empty.state = S::Entered;
    EXPECT_TRUE(ValidationStateMachine::next(empty, A::RequestRerun, kTech, u"tube coagulé"_s));
}

TEST(ValidationState, CodesRoundTripAndUnknownIsRejected)
{
    for (S s : {S::Pending, S::Entered, S::TechnicallyValidated, S::Validated, S::RerunRequested,
                S::Cancelled}) {
        EXPECT_EQ(validationStateFromCode(validationStateCode(s)), s);
        EXPECT_FALSE(validationStateLabel(s).isEmpty());
    }
    EXPECT_FALSE(validationStateFromCode(u"VALIDATED"_s));
    EXPECT_FALSE(validationStateFromCode({}));
}
