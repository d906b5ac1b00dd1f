// Reading the Annuaire Santé FHIR API answers: both RPPS identifier systems, active/inactive,
// roles of the _revinclude, MSSanté telecom, next link, OperationOutcome; a non-Bundle is refused.

#include "interop/directory/ErrorCodes.h"
#include "interop/directory/FhirPractitionerBundle.h"

#include <gtest/gtest.h>

namespace sgl::testing {
namespace {

using namespace Qt::StringLiterals;
using interop::directory::FhirPractitionerBundle;
namespace errc = interop::directory::errc;

TEST(FhirPractitionerBundle, ReadsPractitionersRolesAndNextLink)
{
    const QByteArray json = R"({"resourceType":"Bundle","type":"searchset","total":2,
      "link":[{"relation":"self","url":"https://x/fhir/v2/Practitioner"},
              {"relation":"next","url":"https://x/fhir/v2/Practitioner?_offset=50"}],
      "entry":[
       {"resource":{"resourceType":"Practitioner","id":"003-1","active":true,
         "identifier":[{"system":"urn:oid:1.2.250.1.71.4.2.1","value":"810000000009"}],
         "name":[{"family":"ÉPINASSE","given":["Hélène"],"prefix":["DR"]}],
         "telecom":[{"system":"email","value":"helene@labo.mssante.fr"},{"system":"email","value":"h@gmail.com"}]}},
       {"resource":{"resourceType":"Practitioner","id":"003-2","active":false,
         "identifier":[{"system":"https://rpps.esante.gouv.fr","value":"10000000017"}],
         "name":[{"family":"ZÉPHIRIN","given":["Zoé"]}]}},
       {"resource":{"resourceType":"PractitionerRole","id":"005-1","practitioner":{"reference":"Practitioner/003-1"},
         "organization":{"display":"Laboratoire des Tilleuls"},
         "code":[{"coding":[{"code":"21","display":"Pharmacien"}]}],
         "telecom":[{"system":"email","value":"bio@tilleuls.mssante.fr"}]}}]})";
    auto page = FhirPractitionerBundle::parse(json);
    ASSERT_TRUE(page) << page.error().toString().toStdString();
    EXPECT_EQ(page->total, 2);
    EXPECT_EQ(page->nextUrl, u"https://x/fhir/v2/Practitioner?_offset=50"_s);
    ASSERT_EQ(page->practitioners.size(), 2);
    EXPECT_EQ(page->practitioners[0].rpps, u"10000000009"_s) << "urn:oid IdNat_PS 8+RPPS";
    EXPECT_EQ(page->practitioners[0].family, u"ÉPINASSE"_s);
    EXPECT_EQ(page->practitioners[0].given, QStringList{u"Hélène"_s});
    EXPECT_EQ(page->practitioners[0].mailboxes, QStringList{u"helene@labo.mssante.fr"_s}) << "MSSanté domains only";
    EXPECT_TRUE(page->practitioners[0].active);
    EXPECT_EQ(page->practitioners[1].rpps, u"10000000017"_s) << "https://rpps.esante.gouv.fr system";
    EXPECT_FALSE(page->practitioners[1].active);
    ASSERT_EQ(page->roles.size(), 1);
    EXPECT_EQ(page->roles[0].practitionerId, u"003-1"_s);
    EXPECT_EQ(page->roles[0].organisation, u"Laboratoire des Tilleuls"_s);
    EXPECT_EQ(page->roles[0].roles, QStringList{u"Pharmacien"_s});
    EXPECT_EQ(page->roles[0].mailboxes, QStringList{u"bio@tilleuls.mssante.fr"_s});
}

TEST(FhirPractitionerBundle, IgnoresOtherIdentifiersAndRefusesNonBundles)
{
    auto page = FhirPractitionerBundle::parse(R"({"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Practitioner",
        "id":"a","identifier":[{"system":"urn:oid:1.2.250.1.71.4.2.1","value":"010000000009"},
        {"system":"https://rpps.esante.gouv.fr","value":"1234"}]}}]})");
    ASSERT_TRUE(page);
    ASSERT_EQ(page->practitioners.size(), 1);
    EXPECT_TRUE(page->practitioners[0].rpps.isEmpty()) << "an ADELI IdNat (0…) or a short value is not an RPPS";
    EXPECT_FALSE(page->total.has_value());
    EXPECT_TRUE(page->nextUrl.isEmpty());

    for (const QByteArray &bad : {QByteArray("<html>"), QByteArray(R"({"resourceType":"Practitioner"})"), QByteArray()}) {
        auto r = FhirPractitionerBundle::parse(bad);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, errc::FhirResponse);
    }
}

TEST(FhirPractitionerBundle, OperationOutcomeDiagnostics)
{
    EXPECT_EQ(FhirPractitionerBundle::operationOutcomeText(
                  R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","diagnostics":"Bad identifier"},
                      {"severity":"error","code":"security"}]})"),
              u"Bad identifier ; security"_s);
    EXPECT_TRUE(FhirPractitionerBundle::operationOutcomeText(R"({"resourceType":"Bundle"})").isEmpty());
    EXPECT_TRUE(FhirPractitionerBundle::operationOutcomeText("not json").isEmpty());
}

} // namespace
} // namespace sgl::testing
