#include "domain/analyzer/AnalyzerMessage.h"

#include <gtest/gtest.h>

using namespace sgl::domain::analyzer;

TEST(AnalyzerModel, SourcePositionLocator)
{
    EXPECT_EQ((SourcePosition{2, 5, QStringLiteral("R")}).toString(), QStringLiteral("message 2, R 5"));
    EXPECT_EQ((SourcePosition{0, 7, QStringLiteral("OBX")}).toString(), QStringLiteral("OBX 7"));
    EXPECT_EQ((SourcePosition{3, 0, {}}).toString(), QStringLiteral("message 3"));
    EXPECT_EQ(SourcePosition{}.toString(), QString());
}

TEST(AnalyzerModel, SampleKindNamesAreStable)
{
    EXPECT_EQ(sampleKindName(SampleKind::Unspecified), QStringLiteral("unspecified"));
    EXPECT_EQ(sampleKindName(SampleKind::Patient), QStringLiteral("patient"));
    EXPECT_EQ(sampleKindName(SampleKind::QualityControl), QStringLiteral("qc"));
    EXPECT_EQ(sampleKindName(SampleKind::Calibrator), QStringLiteral("calibrator"));
    EXPECT_EQ(sampleKindName(SampleKind::Other), QStringLiteral("other"));
}

TEST(AnalyzerModel, DefaultsSayNothingWasSent)
{
    const AnalyzerResult r;
    EXPECT_EQ(r.sampleKind, SampleKind::Unspecified);
    EXPECT_TRUE(r.specimenId.isEmpty());
    const AnalyzerMessage m;
    EXPECT_TRUE(m.complete);
    EXPECT_TRUE(m.problems.isEmpty());
}
