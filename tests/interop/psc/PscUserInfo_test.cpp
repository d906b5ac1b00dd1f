#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscTokenSet.h"
#include "interop/psc/PscUserInfo.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace sgl::interop::psc;

namespace {
// The shape of the real UserInfo answer (synthetic values).
const char *kUserInfo = R"({
  "sub": "f:550dc1c8-0000-0000-0000-000000000000:ANS2026000001",
  "SubjectNameID": "810101010105",
  "given_name": "BEATRICE", "family_name": "BIOLOGISTE",
  "SubjectOrganization": "LABORATOIRE SGL TEST", "SubjectOrganizationID": "1990000017",
  "SubjectRole": ["10^1.2.250.1.213.1.1.5.5"],
  "Secteur_Activite": "SA25^1.2.250.1.71.4.2.4",
  "SubjectRefPro": {"codeCivilite": "MME", "exercices": [
    {"codeProfession": "10", "codeSavoirFaire": "SM04", "activities": [
      {"codeModeExercice": "S", "codeSecteurDactivite": "SA25", "numeroFinessSite": "990000017",
       "ancienIdentifiantDeLaStructure": "1990000017", "raisonSocialeSite": "LABORATOIRE SGL TEST"},
      {"codeModeExercice": "S", "codeSecteurDactivite": "SA01", "numeroFinessSite": "990000025",
       "ancienIdentifiantDeLaStructure": "1990000025", "raisonSocialeSite": "CENTRE HOSPITALIER"}]}]}
})";

QJsonObject object(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

TEST(PscUserInfo, MapsTheProfessional)
{
    const auto info = PscUserInfo::fromJson(object(kUserInfo));
    ASSERT_TRUE(info) << info.error().message.toStdString();
    EXPECT_EQ(info->subjectNameId, QStringLiteral("810101010105"));
    EXPECT_EQ(info->rpps, QStringLiteral("10101010105"));
    EXPECT_EQ(info->givenName, QStringLiteral("BEATRICE"));
    EXPECT_EQ(info->familyName, QStringLiteral("BIOLOGISTE"));
    EXPECT_EQ(info->civility, QStringLiteral("MME"));
    EXPECT_EQ(info->roles, QStringList{QStringLiteral("10^1.2.250.1.213.1.1.5.5")});
    ASSERT_EQ(info->activities.size(), 2);
    EXPECT_EQ(info->activities[0].professionCode, QStringLiteral("10"));
    EXPECT_EQ(info->activities[0].sectorCode, QStringLiteral("SA25"));
    EXPECT_EQ(info->activities[1].finessSite, QStringLiteral("990000025"));
    EXPECT_EQ(info->activities[1].formerStructureId, QStringLiteral("1990000025"));
}

TEST(PscUserInfo, RppsOnlyFromAType8Identifier)
{
    QJsonObject o = object(kUserInfo);
    o.insert(QStringLiteral("SubjectNameID"), QStringLiteral("0123456789"));
    const auto adeli = PscUserInfo::fromJson(o);
    ASSERT_TRUE(adeli);
    EXPECT_TRUE(adeli->rpps.isEmpty());
    o.insert(QStringLiteral("SubjectNameID"), QStringLiteral("8101010101")); // too short
    EXPECT_TRUE(PscUserInfo::fromJson(o)->rpps.isEmpty());
}

TEST(PscUserInfo, RefusesAnswersWithoutIdentifiersOrWithBrokenStructure)
{
    QJsonObject o = object(kUserInfo);
    o.remove(QStringLiteral("SubjectNameID"));
    EXPECT_EQ(PscUserInfo::fromJson(o).error().code, errc::UserInfo);
    o = object(kUserInfo);
    o.remove(QStringLiteral("sub"));
    EXPECT_EQ(PscUserInfo::fromJson(o).error().code, errc::UserInfo);
    o = object(kUserInfo);
    o.insert(QStringLiteral("SubjectRefPro"), QStringLiteral("texte"));
    EXPECT_EQ(PscUserInfo::fromJson(o).error().code, errc::UserInfo);
}

TEST(PscTokenSet, ParsesAnswersAndOAuthErrors)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const auto ok = PscTokenSet::fromResponse(
        200, R"({"access_token":"a","refresh_token":"r","id_token":"i","token_type":"Bearer","expires_in":120,)"
             R"("refresh_expires_in":1800})", at);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->accessExpiresAt, at.addSecs(120));
    EXPECT_EQ(ok->refreshExpiresAt, at.addSecs(1800));
    const auto refused = PscTokenSet::fromResponse(400, R"({"error":"invalid_grant","error_description":"Code not valid"})", at);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, errc::GrantRefused);
    EXPECT_EQ(refused.error().location, QStringLiteral("invalid_grant"));
    EXPECT_EQ(PscTokenSet::fromResponse(502, "<html/>", at).error().code, errc::HttpStatus);
    EXPECT_EQ(PscTokenSet::fromResponse(200, R"({"access_token":"a","token_type":"mac"})", at).error().code,
              errc::MalformedResponse);
}
