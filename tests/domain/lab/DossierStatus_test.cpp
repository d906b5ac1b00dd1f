#include "domain/lab/DossierStatus.h"
#include "domain/lab/Specimen.h"
#include "domain/report/ReportVersion.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;
using D = DossierStatus;

TEST(DossierStatus, AllowedTransitions)
{
    EXPECT_TRUE(dossierTransitionAllowed(D::Registered, D::InProgress));
    EXPECT_TRUE(dossierTransitionAllowed(D::InProgress, D::Validated));
    EXPECT_TRUE(dossierTransitionAllowed(D::Validated, D::Reported));
    EXPECT_TRUE(dossierTransitionAllowed(D::Reported, D::InProgress)); // amendment
    EXPECT_TRUE(dossierTransitionAllowed(D::Validated, D::InProgress)); // correction
}

TEST(DossierStatus, ForbiddenTransitions)
{
    EXPECT_FALSE(dossierTransitionAllowed(D::Registered, D::Validated));
    EXPECT_FALSE(dossierTransitionAllowed(D::Registered, D::Reported));
    EXPECT_FALSE(dossierTransitionAllowed(D::InProgress, D::Reported));
    EXPECT_FALSE(dossierTransitionAllowed(D::Reported, D::Cancelled));
    for (D to : {D::Registered, D::InProgress, D::Validated, D::Reported, D::Cancelled})
        EXPECT_FALSE(dossierTransitionAllowed(D::Cancelled, to));
    for (D s : {D::Registered, D::InProgress, D::Validated, D::Reported, D::Cancelled})
        EXPECT_FALSE(dossierTransitionAllowed(s, s));
}

TEST(DossierStatus, CodesRoundTrip)
{
    for (D s : {D::Registered, D::InProgress, D::Validated, D::Reported, D::Cancelled})
        EXPECT_EQ(dossierStatusFromCode(dossierStatusCode(s)), s);
    EXPECT_FALSE(dossierStatusFromCode(u"done"_s));
}

TEST(SpecimenStatus, CodesRoundTrip)
{
    Specimen::Status out = Specimen::Status::Expected;
    EXPECT_TRUE(specimenStatusFromCode(u"rejected"_s, &out));
    EXPECT_EQ(out, Specimen::Status::Rejected);
    EXPECT_FALSE(specimenStatusFromCode(u"lost"_s, &out));
}

TEST(ReportVersion, AmendmentMustNameWhatItReplacesAndWhy)
{
    ReportVersion v1;
    v1.setId = u"1.2.3"_s;
    v1.documentId = u"1.2.3.1"_s;
    EXPECT_TRUE(v1.isConsistent());
    ReportVersion v2 = v1;
    v2.versionNumber = 2;
    v2.documentId = u"1.2.3.2"_s;
    EXPECT_FALSE(v2.isConsistent());
    v2.replacesDocumentId = v1.documentId;
    EXPECT_FALSE(v2.isConsistent()); // reason missing
    v2.amendmentReason = u"Correction de la glycémie"_s;
    EXPECT_TRUE(v2.isConsistent());
    v2.replacesDocumentId = v2.documentId;
    EXPECT_FALSE(v2.isConsistent());
    ReportVersion bad = v1;
    bad.replacesDocumentId = u"x"_s;
    EXPECT_FALSE(bad.isConsistent());
}
