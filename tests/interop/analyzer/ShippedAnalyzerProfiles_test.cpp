#include "domain/ErrorCodes.h"
#include "domain/analyzer/AnalyzerProfileJson.h"
#include "domain/analyzer/ProfileMapper.h"
#include "interop/analyzer/ShippedAnalyzerProfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;
using namespace sgl::domain::analyzer;
using namespace sgl::interop::analyzer;

TEST(ShippedAnalyzerProfiles, EveryFileParsesAndIsNamedAfterItsProfile)
{
    const auto all = shippedAnalyzerProfiles();
    ASSERT_TRUE(all.has_value()) << all.error().toString().toStdString();
    const QStringList names = shippedAnalyzerProfileNames();
    ASSERT_EQ(all->size(), names.size());
    EXPECT_GE(all->size(), 28);
    for (qsizetype i = 0; i < all->size(); ++i) {
        const AnalyzerProfile &p = all->at(i);
        EXPECT_EQ(p.name, names.at(i));
        EXPECT_FALSE(p.label.isEmpty()) << p.name.toStdString();
        EXPECT_TRUE(AnalyzerProfileJson::validate(p).has_value()) << p.name.toStdString();
        EXPECT_TRUE(p.active);
        // What is shipped is what the JSON says: a round trip changes nothing.
        const auto back = AnalyzerProfileJson::fromJson(AnalyzerProfileJson::toJson(p));
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(*back, p) << p.name.toStdString();
    }
}

TEST(ShippedAnalyzerProfiles, ResourceFilesAreTheRepositoryFiles)
{
    // The build embeds resources/analyzers/*.json: a file added there and not embedded (or the
    // reverse) would ship a different list than the documentation.
    const QDir dir(QStringLiteral(SGL_SOURCE_DIR "/resources/analyzers"));
    QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.chop(5);
    EXPECT_EQ(files, shippedAnalyzerProfileNames());
}

TEST(ShippedAnalyzerProfiles, GenericProfilesReadStandardPositionsOneToOne)
{
    const auto astm = shippedAnalyzerProfile(u"astm-generic"_s);
    ASSERT_TRUE(astm.has_value());
    AnalyzerProfile expected = AnalyzerProfile::standard(AnalyzerProtocol::Astm);
    EXPECT_EQ(astm->protocol, AnalyzerProtocol::Astm);
    EXPECT_EQ(astm->specimenId, expected.specimenId);
    EXPECT_EQ(astm->testCode, expected.testCode);
    EXPECT_TRUE(astm->identityMapping);
    EXPECT_TRUE(astm->codeMappings.isEmpty());
    EXPECT_TRUE(astm->analyzerId.isEmpty());

    const auto law = shippedAnalyzerProfile(u"law-generic"_s);
    ASSERT_TRUE(law.has_value());
    expected = AnalyzerProfile::standard(AnalyzerProtocol::Hl7);
    EXPECT_EQ(law->protocol, AnalyzerProtocol::Hl7);
    EXPECT_EQ(law->specimenId, expected.specimenId);
    EXPECT_EQ(law->testCode, expected.testCode);
    EXPECT_TRUE(law->identityMapping);
    EXPECT_EQ(ProfileMapper(*law, {}).testCodeFor(u"GLU"_s), u"GLU"_s);
}

TEST(ShippedAnalyzerProfiles, DemoCatalogueAnalyzerIds)
{
    // resources/catalogue/demo-catalogue.csv names its analyzers XN, COBAS and STAR.
    EXPECT_EQ(shippedAnalyzerProfile(u"sysmex-xn"_s)->analyzerId, u"XN"_s);
    EXPECT_EQ(shippedAnalyzerProfile(u"roche-cobas-c311"_s)->analyzerId, u"COBAS"_s);
    EXPECT_EQ(shippedAnalyzerProfile(u"roche-cobas-pro"_s)->analyzerId, u"COBAS"_s);
    EXPECT_EQ(shippedAnalyzerProfile(u"stago-sta-satellite-max"_s)->analyzerId, u"STAR"_s);
    EXPECT_TRUE(shippedAnalyzerProfile(u"horiba-yumizen-h500"_s)->lenientFrameNumbers);
    EXPECT_FALSE(shippedAnalyzerProfile(u"horiba-yumizen-h550"_s)->lenientFrameNumbers);
}

TEST(ShippedAnalyzerProfiles, UnknownNameIsRefused)
{
    const auto none = shippedAnalyzerProfile(u"no-such-analyzer"_s);
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(none.error().code, errc::AnalyzerProfileInvalid);
    EXPECT_EQ(none.error().location, u"no-such-analyzer"_s);
    EXPECT_FALSE(shippedAnalyzerProfile(u"../catalogue/demo-catalogue"_s).has_value());
}
