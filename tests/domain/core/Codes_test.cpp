#include "domain/Error.h"
#include "domain/Sex.h"
#include "domain/identity/IdentityEvidence.h"
#include "domain/identity/IdentityStatus.h"
#include "domain/lab/AbnormalFlag.h"
#include "domain/security/Role.h"

#include <gtest/gtest.h>

using namespace sgl::domain;

TEST(Error, ToStringNamesTheLocation)
{
    const Error e{QStringLiteral("x.y"), QStringLiteral("Valeur invalide"), QStringLiteral("PID-7")};
    EXPECT_EQ(e.toString(), QStringLiteral("Valeur invalide (PID-7)"));
    const Result<int> r = fail(QStringLiteral("x.y"), QStringLiteral("m"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("x.y"));
    EXPECT_EQ(r.error().toString(), QStringLiteral("m"));
}

TEST(Sex, RoundTripsCodesAndRejectsOthers)
{
    for (Sex s : {Sex::Female, Sex::Male, Sex::Unknown})
        EXPECT_EQ(sexFromCode(sexCode(s)), s);
    EXPECT_EQ(sexFromCode(QStringLiteral(" f ")), Sex::Female);
    EXPECT_FALSE(sexFromCode(QStringLiteral("X")));
    EXPECT_FALSE(sexFromCode(QString()));
}

TEST(IdentityStatus, RoundTripsRnivCodes)
{
    for (auto s : {IdentityStatus::Prov, IdentityStatus::Recup, IdentityStatus::Vali,
                   IdentityStatus::Qual})
        EXPECT_EQ(identityStatusFromCode(identityStatusCode(s)), s);
    EXPECT_FALSE(identityStatusFromCode(QStringLiteral("VALIDE")));
}

TEST(IdentityEvidence, OnlyIdentityCardPassportAndResidencePermitAreHighTrust)
{
    EXPECT_TRUE(isHighTrust(EvidenceType::IdentityCard));
    EXPECT_TRUE(isHighTrust(EvidenceType::Passport));
    EXPECT_TRUE(isHighTrust(EvidenceType::ResidencePermit));
    EXPECT_FALSE(isHighTrust(EvidenceType::DrivingLicence));
    EXPECT_FALSE(isHighTrust(EvidenceType::VitaleCard));
    EXPECT_FALSE(isHighTrust(EvidenceType::BirthCertificateBook));
    EvidenceType t{};
    ASSERT_TRUE(evidenceTypeFromCode(evidenceTypeCode(EvidenceType::Passport), &t));
    EXPECT_EQ(t, EvidenceType::Passport);
    EXPECT_FALSE(evidenceTypeFromCode(QStringLiteral("CARTE"), &t));
}

TEST(AbnormalFlag, MapsHl7Table0078AndCriticality)
{
    EXPECT_EQ(abnormalFlagFromCode(QStringLiteral("hh")), AbnormalFlag::CriticalHigh);
    EXPECT_EQ(abnormalFlagCode(AbnormalFlag::BelowAbsoluteLow), QStringLiteral("<"));
    EXPECT_TRUE(isCritical(AbnormalFlag::CriticalLow));
    EXPECT_TRUE(isCritical(AbnormalFlag::CriticalAbnormal));
    EXPECT_FALSE(isCritical(AbnormalFlag::High));
    EXPECT_FALSE(abnormalFlagFromCode(QStringLiteral("HHH")));
}

TEST(Role, RoundTripsCodesWithFrenchLabels)
{
    for (Role r : allRoles()) {
        EXPECT_EQ(roleFromCode(roleCode(r)), r);
        EXPECT_FALSE(roleLabel(r).isEmpty());
    }
    EXPECT_EQ(roleLabel(Role::Biologist), QStringLiteral("Biologiste"));
    EXPECT_FALSE(roleFromCode(QStringLiteral("root")));
}
