// The INSi client against the real simulator on loopback (mutual TLS, XSD-validated requests).
#include "InsiSimTestEnv.h"

#include "domain/identity/InsOid.h"

#include <gtest/gtest.h>

using namespace sgl::interop::insi;
using sgl::domain::Sex;

namespace {

InsiTraitsQuery query(const char *name, const char *first, Sex sex, const char *date, const char *cog = "")
{
    return {QString::fromUtf8(name), QString::fromUtf8(first), sex, QString::fromLatin1(date), QString::fromLatin1(cog)};
}

InsiResult search(const InsiTraitsQuery &q)
{
    auto &env = InsiSimTestEnv::instance();
    auto client = env.client(env.normal().endpoint());
    auto r = client.searchByTraits(q);
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().toString().toStdString());
    return r.value_or(InsiResult{});
}

} // namespace

TEST(InsiEndToEnd, Found00WithTestOid)
{
    const InsiResult r = search(query("Adrun", "Zoé", Sex::Female, "1975-12-31"));
    ASSERT_EQ(r.outcome, InsiOutcome::Found);
    EXPECT_EQ(r.codeCr, QStringLiteral("00"));
    const auto &ind = *r.individual;
    EXPECT_EQ(ind.active.ins.full(), QStringLiteral("275126322011034"));
    EXPECT_EQ(ind.active.ins.oid, QString::fromLatin1(sgl::domain::insoid::kNirTest));
    EXPECT_TRUE(ind.active.keyValid);
    EXPECT_EQ(ind.traits.birthName, QStringLiteral("ADRUN"));
    EXPECT_EQ(ind.traits.birthPlaceCog, QStringLiteral("63220"));
    EXPECT_FALSE(r.messageId.isEmpty());
}

TEST(InsiEndToEnd, NotFound01)
{
    const InsiResult r = search(query("Inconnu", "Personne", Sex::Male, "1990-01-01"));
    EXPECT_EQ(r.outcome, InsiOutcome::NotFound);
    EXPECT_EQ(r.labelCr, QStringLiteral("Aucune identite trouvee"));
    EXPECT_FALSE(r.individual.has_value());
}

TEST(InsiEndToEnd, HomonymsGive02ThenBirthPlaceResolves)
{
    EXPECT_EQ(search(query("HOMONYME", "JEAN", Sex::Male, "1960-01-01")).outcome, InsiOutcome::Several);
    const InsiResult r = search(query("HOMONYME", "JEAN", Sex::Male, "1960-01-01", "13055"));
    ASSERT_EQ(r.outcome, InsiOutcome::Found);
    EXPECT_EQ(r.individual->active.ins.matricule, QStringLiteral("1600113055456"));
}

TEST(InsiEndToEnd, SecondFirstNameFindsIdentityWithHistory)
{
    const InsiResult r = search(query("ECETINSI", "MURIEL", Sex::Male, "2009-07-14"));
    ASSERT_EQ(r.outcome, InsiOutcome::Found);
    ASSERT_EQ(r.individual->history.size(), 2);
    EXPECT_EQ(r.individual->history[0].ins.validTo, QDate(2019, 2, 28));
    EXPECT_EQ(r.individual->traits.firstBirthName, QStringLiteral("PIERRE-ALAIN"));
}

TEST(InsiEndToEnd, NiaGetsTestNiaOid)
{
    const InsiResult r = search(query("PROVISOIRE", "MATRICULE", Sex::Male, "2009-07-01"));
    ASSERT_EQ(r.outcome, InsiOutcome::Found);
    EXPECT_EQ(r.individual->active.ins.oid, QString::fromLatin1(sgl::domain::insoid::kNiaTest));
    EXPECT_EQ(r.individual->active.returnedOid, QStringLiteral("1.2.250.1.213.1.4.9"));
}

TEST(InsiEndToEnd, Corsican2BKeyChecks)
{
    const InsiResult r = search(query("CORSE", "ANTHONY", Sex::Male, "1980-03-02", "2B020"));
    ASSERT_EQ(r.outcome, InsiOutcome::Found);
    EXPECT_EQ(r.individual->active.ins.matricule, QStringLiteral("180032B020401"));
    EXPECT_TRUE(r.individual->active.keyValid);
    EXPECT_EQ(r.individual->traits.birthPlaceCog, QStringLiteral("2B020"));
}

TEST(InsiEndToEnd, PartialBirthDateIsKeptRaw)
{
    const InsiResult r = search(query("LUNAIRE", "ALI", Sex::Male, "1950-00-00"));
    ASSERT_EQ(r.outcome, InsiOutcome::Found);
    EXPECT_EQ(r.individual->traits.birthDateRaw, QStringLiteral("1950-00-00"));
    EXPECT_FALSE(r.individual->traits.birthDate.isValid());
}

TEST(InsiEndToEnd, VitaleSearch)
{
    auto &env = InsiSimTestEnv::instance();
    auto client = env.client(env.normal().endpoint());
    InsiVitaleQuery q{QStringLiteral("2751263220110"), QStringLiteral("34"), QStringLiteral("2751263220110"),
                      QStringLiteral("34"), QStringLiteral("ADRUN"), QStringLiteral("1975-12-31"), QStringLiteral("1")};
    auto r = client.searchByVitale(q);
    ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
    EXPECT_EQ(r->outcome, InsiOutcome::Found);
}

TEST(InsiEndToEnd, UnknownIdamGivesDesir550)
{
    auto &env = InsiSimTestEnv::instance();
    InsiClientConfig cfg = env.config(env.normal().endpoint());
    cfg.idam = QStringLiteral("IDAM-INCONNU");
    auto client = InsiClient::create(cfg);
    ASSERT_TRUE(client.has_value());
    auto r = client->searchByTraits(query("ADRUN", "ZOE", Sex::Female, "1975-12-31"));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("insi.fault.desir_550"));
    EXPECT_EQ(r.error().location, QStringLiteral("soap:siram_100/desir_550"));
}

TEST(InsiEndToEnd, ManuCertificateIsAccepted)
{
    auto &env = InsiSimTestEnv::instance();
    auto client = InsiClient::create(env.config(env.normal().endpoint(), "client-manu"));
    ASSERT_TRUE(client.has_value());
    EXPECT_EQ(client->certificate().commonName, QStringLiteral("INSI-MANU"));
    auto r = client->searchByTraits(query("ADRUN", "ZOE", Sex::Female, "1975-12-31"));
    ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
}

TEST(InsiEndToEnd, CallsAreLoggedWithMessageId)
{
    auto &env = InsiSimTestEnv::instance();
    const InsiResult r = search(query("DUPOND", "LUC", Sex::Male, "1985-05-12"));
    ASSERT_EQ(r.outcome, InsiOutcome::Found);
    const auto calls = env.normal().calls();
    ASSERT_FALSE(calls.isEmpty());
    EXPECT_EQ(calls.last().messageId, QStringLiteral("uuid:") + r.messageId);
    EXPECT_EQ(calls.last().outcome, QStringLiteral("00"));
    EXPECT_FALSE(calls.last().contextId.isEmpty());
}
