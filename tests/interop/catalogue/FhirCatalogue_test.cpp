#include "interop/catalogue/CatalogueReferenceData.h"
#include "interop/catalogue/FhirCatalogue.h"

#include "QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace sgl::interop::catalogue;

namespace {
QStringList codes(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << e.code + QLatin1Char('@') + e.location;
    return out;
}
} // namespace

TEST(FhirCatalogue, RoundTripsTheDemoCatalogue)
{
    const Catalogue demo = CatalogueReferenceData::demoCatalogue().catalogue;
    const QByteArray json = FhirCatalogue::toBundle(demo, *CatalogueReferenceData::loincSubset());
    ImportedCatalogue back = FhirCatalogue::fromBundle(json, QStringLiteral("b.json"));
    ASSERT_TRUE(back.errors.isEmpty()) << qPrintable(back.errors.front().toString());
    ASSERT_EQ(back.catalogue.analyses.size(), demo.analyses.size());
    for (qsizetype i = 0; i < demo.analyses.size(); ++i)
        EXPECT_TRUE(back.catalogue.analyses[i].sameDefinition(demo.analyses[i])) << qPrintable(demo.analyses[i].localCode);
    EXPECT_EQ(back.catalogue.exams, demo.exams);
    EXPECT_EQ(back.catalogue.benches, demo.benches);
    ASSERT_EQ(back.catalogue.chapters.size(), demo.chapters.size());
    for (const Chapter &ch : demo.chapters)
        EXPECT_EQ(*back.catalogue.chapter(ch.code), ch);
}

TEST(FhirCatalogue, UsesStandardR4Elements)
{
    const Catalogue demo = CatalogueReferenceData::demoCatalogue().catalogue;
    const QJsonObject bundle = QJsonDocument::fromJson(FhirCatalogue::toBundle(demo, LoincSubset())).object();
    EXPECT_EQ(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    bool found = false;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("resourceType")).toString() != QLatin1String("ObservationDefinition")
            || r.value(QStringLiteral("id")).toString() != QLatin1String("an-GLU"))
            continue;
        found = true;
        const QJsonObject qd = r.value(QStringLiteral("quantitativeDetails")).toObject();
        EXPECT_EQ(qd.value(QStringLiteral("unit")).toObject().value(QStringLiteral("coding")).toArray()[0].toObject()
                      .value(QStringLiteral("code")).toString(), QStringLiteral("mmol/L"));
        EXPECT_DOUBLE_EQ(qd.value(QStringLiteral("conversionFactor")).toDouble(), 0.18016);
        EXPECT_EQ(r.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")).toArray()[0].toObject()
                      .value(QStringLiteral("system")).toString(), QStringLiteral("http://loinc.org"));
        const QJsonArray intervals = r.value(QStringLiteral("qualifiedInterval")).toArray();
        ASSERT_EQ(intervals.size(), 3); // reference, critical, absolute
        EXPECT_EQ(intervals[1].toObject().value(QStringLiteral("category")).toString(), QStringLiteral("critical"));
    }
    EXPECT_TRUE(found);
}

TEST(FhirCatalogue, RejectsInvalidJsonWithOffset)
{
    ImportedCatalogue in = FhirCatalogue::fromBundle("{\"resourceType\": \"Bundle\", ", QStringLiteral("x.json"));
    ASSERT_EQ(in.errors.size(), 1);
    EXPECT_EQ(in.errors[0].code, QStringLiteral("catalogue.fhir_json"));
    EXPECT_TRUE(in.errors[0].location.startsWith(QStringLiteral("x.json, octet ")));
}

TEST(FhirCatalogue, RejectsUnexpectedResourcesWithPaths)
{
    const QByteArray json = R"({"resourceType":"Bundle","type":"collection","entry":[
        {"resource":{"resourceType":"Patient","id":"p"}},
        {"resource":{"resourceType":"ObservationDefinition","id":"a","code":{"text":"x"}}},
        {"resource":{"resourceType":"ObservationDefinition","id":"b",
            "identifier":[{"system":"urn:sgl:catalogue:analysis","value":"B"}],
            "permittedDataType":["Ratio"],
            "quantitativeDetails":{"unit":{"coding":[{"system":"http://unitsofmeasure.org","code":"g/L"}]},"conversionFactor":"deux"},
            "qualifiedInterval":[{"category":"reference","gender":"other","age":{"low":{"value":0,"code":"a"}}},
                                 {"category":"normal","age":{"low":{"value":1.5,"code":"a"}}},
                                 {"category":"reference","range":{"low":{"value":1,"code":"mg/L"}}}]}},
        {"resource":{"resourceType":"ActivityDefinition","identifier":[{"system":"urn:sgl:catalogue:exam","value":"E"}],
            "observationResultRequirement":[{"reference":"ObservationDefinition/zz"}]}}]})";
    ImportedCatalogue in = FhirCatalogue::fromBundle(json, QStringLiteral("b.json"));
    const QStringList c = codes(in.errors);
    const QStringList expected = {
        QStringLiteral("catalogue.fhir_unexpected_resource@b.json#Bundle.entry[0].resource.resourceType"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[1].resource.identifier"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[2].resource.permittedDataType[0]"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[2].resource.quantitativeDetails.conversionFactor"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[2].resource.qualifiedInterval[0].gender"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[2].resource.qualifiedInterval[1].age.low.value"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[2].resource.qualifiedInterval[2].range.low.code"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[3].resource.topic"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[3].resource.observationResultRequirement[0]"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry"),
    };
    EXPECT_EQ(c, expected);
}

TEST(FhirCatalogue, RejectsNonBundle)
{
    ImportedCatalogue in = FhirCatalogue::fromBundle(R"({"resourceType":"Patient"})", QStringLiteral("p.json"));
    ASSERT_EQ(in.errors.size(), 1);
    EXPECT_EQ(in.errors[0].location, QStringLiteral("p.json#resourceType"));
    EXPECT_FALSE(FhirCatalogue::fromBundle("[1,2]", QStringLiteral("a.json")).errors.isEmpty());
}
