#include "interop/catalogue/CatalogueDiff.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "interop/catalogue/FhirConceptMap.h"
#include "interop/catalogue/FhirSystems.h"

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

/** The demo catalogue plus an analysis without LOINC (the unmatched case). */
Catalogue demoWithUnmapped()
{
    Catalogue c = CatalogueReferenceData::demoCatalogue().catalogue;
    Analysis a;
    a.localCode = QStringLiteral("XLOC");
    a.label = QStringLiteral("Analyse maison");
    a.resultType = ResultType::Text;
    c.analyses << a;
    return c;
}

QJsonObject elementOf(const QJsonObject &map, const QString &code)
{
    for (const QJsonValue &v : map.value(QStringLiteral("group")).toArray()[0].toObject().value(QStringLiteral("element")).toArray())
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}

/** A ConceptMap with one group whose elements are `elements` (JSON text of the array items). */
QByteArray mapWith(const QByteArray &elements, const QByteArray &groupSource = "\"urn:sgl:catalogue:analysis\"",
                   const QByteArray &groupTarget = "\"http://loinc.org\"",
                   const QByteArray &top = "\"sourceUri\": \"urn:sgl:catalogue:analysis\", \"targetUri\": \"http://loinc.org\",")
{
    QByteArray group = "{";
    if (!groupSource.isEmpty())
        group += "\"source\": " + groupSource + ", ";
    if (!groupTarget.isEmpty())
        group += "\"target\": " + groupTarget + ", ";
    group += "\"element\": [" + elements + "]}";
    return "{\"resourceType\": \"ConceptMap\", \"status\": \"active\", " + top + " \"group\": [" + group + "]}";
}

const QByteArray kHb = R"({"code": "HB", "display": "Hémoglobine", "target": [{"code": "718-7", "equivalence": "equivalent"}]})";

} // namespace

TEST(FhirConceptMap, WritesAnR4ConceptMapLocalToLoinc)
{
    const Catalogue c = demoWithUnmapped();
    ConceptMapOptions options;
    options.canonicalBase = QStringLiteral("https://labo.example.fr/fhir/");
    options.catalogueVersion = QStringLiteral("12");
    options.date = QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC);
    const QJsonObject map = QJsonDocument::fromJson(FhirConceptMap::write(c, *CatalogueReferenceData::loincSubset(), options)).object();

    EXPECT_EQ(map.value(QStringLiteral("resourceType")).toString(), QStringLiteral("ConceptMap"));
    EXPECT_EQ(map.value(QStringLiteral("url")).toString(), QStringLiteral("https://labo.example.fr/fhir/ConceptMap/sgl-analysis-loinc"));
    EXPECT_EQ(map.value(QStringLiteral("version")).toString(), QStringLiteral("12"));
    EXPECT_EQ(map.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("12"));
    EXPECT_EQ(map.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(map.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-22T03:00:00Z"));
    // Same system as the local codings of the FHIR Bundle.
    EXPECT_EQ(map.value(QStringLiteral("sourceUri")).toString(), fhir::analysisSystem());
    EXPECT_EQ(map.value(QStringLiteral("targetUri")).toString(), QStringLiteral("http://loinc.org"));
    const QJsonArray groups = map.value(QStringLiteral("group")).toArray();
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("urn:sgl:catalogue:analysis"));
    EXPECT_EQ(groups[0].toObject().value(QStringLiteral("target")).toString(), QStringLiteral("http://loinc.org"));
    EXPECT_EQ(groups[0].toObject().value(QStringLiteral("element")).toArray().size(), c.analyses.size());

    const QJsonObject glu = elementOf(map, QStringLiteral("GLU"));
    EXPECT_EQ(glu.value(QStringLiteral("display")).toString(), QStringLiteral("Glucose"));
    const QJsonArray gluTargets = glu.value(QStringLiteral("target")).toArray();
    ASSERT_EQ(gluTargets.size(), 2);
    EXPECT_EQ(gluTargets[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("14749-6"));
    EXPECT_EQ(gluTargets[0].toObject().value(QStringLiteral("equivalence")).toString(), QStringLiteral("equivalent"));
    EXPECT_TRUE(gluTargets[0].toObject().value(QStringLiteral("display")).toString().contains(QStringLiteral("Glucose")))
        << "LOINC long name from the subset";
    const QJsonObject second = gluTargets[1].toObject();
    EXPECT_EQ(second.value(QStringLiteral("code")).toString(), QStringLiteral("2345-7"));
    EXPECT_EQ(second.value(QStringLiteral("equivalence")).toString(), QStringLiteral("relatedto"));
    EXPECT_TRUE(second.value(QStringLiteral("comment")).toString().contains(QStringLiteral("g/L")));
    EXPECT_EQ(second.value(QStringLiteral("extension")).toArray()[0].toObject().value(QStringLiteral("valueCode")).toString(),
              QStringLiteral("g/L"));

    // No LOINC: one target, unmatched, without code, with a comment.
    const QJsonArray unmatched = elementOf(map, QStringLiteral("XLOC")).value(QStringLiteral("target")).toArray();
    ASSERT_EQ(unmatched.size(), 1);
    EXPECT_EQ(unmatched[0].toObject().value(QStringLiteral("equivalence")).toString(), QStringLiteral("unmatched"));
    EXPECT_FALSE(unmatched[0].toObject().contains(QStringLiteral("code")));
    EXPECT_FALSE(unmatched[0].toObject().value(QStringLiteral("comment")).toString().isEmpty());
}

TEST(FhirConceptMap, DefaultsToTheReservedBaseAndChecksGivenBases)
{
    EXPECT_EQ(FhirConceptMap::canonicalUrl({}), QStringLiteral("https://sgl.invalid/fhir/ConceptMap/sgl-analysis-loinc"));
    const QJsonObject map = QJsonDocument::fromJson(FhirConceptMap::write(Catalogue(), LoincSubset())).object();
    EXPECT_EQ(map.value(QStringLiteral("url")).toString(), FhirConceptMap::canonicalUrl({}));
    EXPECT_FALSE(map.contains(QStringLiteral("version"))) << "no catalogue version given";
    EXPECT_TRUE(QDateTime::fromString(map.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());

    EXPECT_TRUE(FhirConceptMap::checkCanonicalBase(QStringLiteral("https://labo.example.fr/fhir")));
    EXPECT_TRUE(FhirConceptMap::checkCanonicalBase({}));
    for (const char *bad : {"labo.example.fr/fhir", "ftp://labo.example.fr/fhir", "https://labo.example.fr/fhir?x=1",
                            "https://labo.example.fr/fhir#a", "urn:oid:1.2.3", "https:///fhir"}) {
        const auto s = FhirConceptMap::checkCanonicalBase(QString::fromLatin1(bad));
        ASSERT_FALSE(s) << bad;
        EXPECT_EQ(s.error().code, QStringLiteral("catalogue.canonical_base")) << bad;
    }
}

TEST(FhirConceptMap, ReadsBackOnlyTheLoincColumn)
{
    const Catalogue c = demoWithUnmapped();
    const ImportedCatalogue back = FhirConceptMap::read(FhirConceptMap::write(c, LoincSubset()), QStringLiteral("map.json"));
    ASSERT_TRUE(back.errors.isEmpty()) << qPrintable(back.errors.front().toString());
    EXPECT_TRUE(back.warnings.isEmpty()) << qPrintable(codes(back.warnings).join(QLatin1Char('\n')));
    EXPECT_EQ(back.fields, QSet<QString>{QStringLiteral("loinc")});
    EXPECT_FALSE(back.rangesPresent);
    ASSERT_EQ(back.catalogue.analyses.size(), c.analyses.size());
    for (qsizetype i = 0; i < c.analyses.size(); ++i) {
        EXPECT_EQ(back.catalogue.analyses[i].localCode, c.analyses[i].localCode);
        EXPECT_EQ(back.catalogue.analyses[i].loinc, c.analyses[i].loinc) << qPrintable(c.analyses[i].localCode);
        EXPECT_EQ(back.catalogue.analyses[i].label, c.analyses[i].label);
    }
    EXPECT_TRUE(back.catalogue.analysis(QStringLiteral("XLOC"))->loinc.isEmpty());
    EXPECT_EQ(back.locationOf.value(QStringLiteral("HB")).left(33), QStringLiteral("map.json#ConceptMap.group[0].elem"));

    // Through the transcoding diff: the same map changes nothing.
    const auto diff = CatalogueDiff::compute(c, back, CatalogueDiff::Mode::Transcoding, *CatalogueReferenceData::validator());
    EXPECT_TRUE(diff.ok()) << qPrintable(codes(diff.errors).join(QLatin1Char('\n')));
    EXPECT_FALSE(diff.hasChanges());
}

TEST(FhirConceptMap, ProviderReturnFeedsTheTranscodingDiff)
{
    const Catalogue demo = CatalogueReferenceData::demoCatalogue().catalogue;
    const auto validator = *CatalogueReferenceData::validator();
    // The provider corrects HB and maps GLU's primary code; second-unit target kept as sent.
    const QByteArray json = mapWith(
        R"({"code": "HB", "target": [{"code": "20509-6", "equivalence": "equal"}]},
           {"code": "GLU", "target": [{"code": "14749-6", "equivalence": "equivalent"},
              {"code": "2345-7", "equivalence": "relatedto", "extension": [{"url": "urn:sgl:fhir:StructureDefinition:second-unit", "valueCode": "g/L"}]}]})");
    const ImportedCatalogue in = FhirConceptMap::read(json, QStringLiteral("retour.json"));
    ASSERT_TRUE(in.errors.isEmpty()) << qPrintable(codes(in.errors).join(QLatin1Char('\n')));
    EXPECT_TRUE(in.warnings.isEmpty()) << "the second-unit target is recognised, not warned about";
    const auto diff = CatalogueDiff::compute(demo, in, CatalogueDiff::Mode::Transcoding, validator);
    ASSERT_TRUE(diff.ok()) << qPrintable(codes(diff.errors).join(QLatin1Char('\n')));
    EXPECT_EQ(diff.count(CatalogueDiff::Kind::Changed), 1);
    EXPECT_EQ(diff.count(CatalogueDiff::Kind::Unchanged), 1);
    EXPECT_EQ(diff.merged.analysis(QStringLiteral("HB"))->loinc, QStringLiteral("20509-6"));
    EXPECT_EQ(diff.merged.analysis(QStringLiteral("HB"))->label, demo.analysis(QStringLiteral("HB"))->label)
        << "only the loinc field is taken";
    EXPECT_EQ(diff.merged.analysis(QStringLiteral("GLU"))->secondLoinc, demo.analysis(QStringLiteral("GLU"))->secondLoinc);

    // A bad check digit is the validator's business, located at the target's JSON path.
    const ImportedCatalogue bad = FhirConceptMap::read(mapWith(kHb).replace("718-7", "718-8"), QStringLiteral("retour.json"));
    ASSERT_TRUE(bad.errors.isEmpty()) << "the reader does not duplicate LOINC checks";
    const auto refused = CatalogueDiff::compute(demo, bad, CatalogueDiff::Mode::Transcoding, validator);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(refused.count(CatalogueDiff::Kind::InvalidLoinc), 1);
    EXPECT_TRUE(codes(refused.errors).join(QLatin1Char('\n'))
                    .contains(QStringLiteral("loinc.check_digit@retour.json#ConceptMap.group[0].element[0].target[0]")))
        << qPrintable(codes(refused.errors).join(QLatin1Char('\n')));

    // An unknown local code: a provider cannot create analyses.
    const ImportedCatalogue unknown = FhirConceptMap::read(mapWith(kHb).replace("\"HB\"", "\"NOPE\""), QStringLiteral("r.json"));
    const auto rejected = CatalogueDiff::compute(demo, unknown, CatalogueDiff::Mode::Transcoding, validator);
    EXPECT_EQ(rejected.count(CatalogueDiff::Kind::UnknownLocalCode), 1);
    EXPECT_FALSE(rejected.ok());
}

TEST(FhirConceptMap, UnmatchedElementClearsTheLoinc)
{
    const ImportedCatalogue in = FhirConceptMap::read(
        mapWith(R"({"code": "HB", "target": [{"equivalence": "unmatched", "comment": "pas d'équivalent"}]})"),
        QStringLiteral("r.json"));
    ASSERT_TRUE(in.errors.isEmpty()) << qPrintable(codes(in.errors).join(QLatin1Char('\n')));
    ASSERT_EQ(in.catalogue.analyses.size(), 1);
    EXPECT_TRUE(in.catalogue.analyses[0].loinc.isEmpty());
    const auto diff = CatalogueDiff::compute(CatalogueReferenceData::demoCatalogue().catalogue, in,
                                             CatalogueDiff::Mode::Transcoding, *CatalogueReferenceData::validator());
    EXPECT_EQ(diff.count(CatalogueDiff::Kind::Changed), 1);
    EXPECT_TRUE(diff.merged.analysis(QStringLiteral("HB"))->loinc.isEmpty());
}

TEST(FhirConceptMap, RejectsNonJsonAndOtherResources)
{
    const ImportedCatalogue notJson = FhirConceptMap::read("{\"resourceType\": \"ConceptMap\",", QStringLiteral("m.json"));
    ASSERT_EQ(notJson.errors.size(), 1);
    EXPECT_EQ(notJson.errors[0].code, QStringLiteral("catalogue.fhir_json"));
    EXPECT_TRUE(notJson.errors[0].location.startsWith(QStringLiteral("m.json, octet "))) << qPrintable(notJson.errors[0].location);

    const ImportedCatalogue bundle = FhirConceptMap::read(R"({"resourceType": "Bundle", "type": "collection"})", QStringLiteral("m.json"));
    EXPECT_EQ(codes(bundle.errors), QStringList{QStringLiteral("catalogue.fhir_unexpected_resource@m.json#resourceType")});
    EXPECT_TRUE(bundle.errors[0].message.contains(QStringLiteral("Bundle")));

    const ImportedCatalogue array = FhirConceptMap::read("[1, 2]", QStringLiteral("m.json"));
    EXPECT_EQ(codes(array.errors), QStringList{QStringLiteral("catalogue.fhir_unexpected_resource@m.json#resourceType")});

    const ImportedCatalogue empty = FhirConceptMap::read(R"({"resourceType": "ConceptMap", "status": "active"})", QStringLiteral("m.json"));
    EXPECT_EQ(codes(empty.errors), QStringList{QStringLiteral("catalogue.fhir_invalid@m.json#ConceptMap.group")});
}

TEST(FhirConceptMap, RejectsWrongSystemsWithTheirPaths)
{
    const auto read = [](const QByteArray &json) { return codes(FhirConceptMap::read(json, QStringLiteral("m.json")).errors); };
    EXPECT_EQ(read(mapWith(kHb, "\"urn:sgl:catalogue:analysis\"", "\"http://loinc.org\"",
                           "\"sourceUri\": \"urn:other\", \"targetUri\": \"http://loinc.org\",")),
              QStringList{QStringLiteral("catalogue.conceptmap_system@m.json#ConceptMap.sourceUri")});
    EXPECT_EQ(read(mapWith(kHb, "\"urn:sgl:catalogue:analysis\"", "\"http://loinc.org\"",
                           "\"sourceUri\": \"urn:sgl:catalogue:analysis\", \"targetUri\": \"http://snomed.info/sct\",")),
              QStringList{QStringLiteral("catalogue.conceptmap_system@m.json#ConceptMap.targetUri")});
    EXPECT_EQ(read(mapWith(kHb, "\"urn:sgl:catalogue:analysis\"", "\"http://loinc.org\"",
                           "\"targetCanonical\": \"http://example.org/vs\",")),
              QStringList{QStringLiteral("catalogue.conceptmap_system@m.json#ConceptMap.targetCanonical")});
    EXPECT_EQ(read(mapWith(kHb, "\"urn:labo:codes\"")),
              QStringList{QStringLiteral("catalogue.conceptmap_system@m.json#ConceptMap.group[0].source")});
    EXPECT_EQ(read(mapWith(kHb, "\"urn:sgl:catalogue:analysis\"", "")),
              QStringList{QStringLiteral("catalogue.conceptmap_system@m.json#ConceptMap.group[0].target")});
    // Top-level source/target are optional in R4: absent is fine when the group names them.
    EXPECT_TRUE(read(mapWith(kHb, "\"urn:sgl:catalogue:analysis\"", "\"http://loinc.org\"", "")).isEmpty());
}

TEST(FhirConceptMap, RejectsEveryBadElementWithItsPath)
{
    const auto read = [](const QByteArray &elements) {
        return codes(FhirConceptMap::read(mapWith(elements), QStringLiteral("m.json")).errors);
    };
    const QString e0 = QStringLiteral("@m.json#ConceptMap.group[0].element[0]");
    const QString e1 = QStringLiteral("@m.json#ConceptMap.group[0].element[1]");
    EXPECT_EQ(read(R"({"display": "sans code", "target": [{"code": "718-7", "equivalence": "equivalent"}]})"),
              QStringList{QStringLiteral("catalogue.fhir_invalid") + e0 + QStringLiteral(".code")});
    EXPECT_EQ(read(kHb + "," + kHb), QStringList{QStringLiteral("catalogue.duplicate_code") + e1 + QStringLiteral(".code")});
    EXPECT_EQ(read(R"({"code": "HB"})"), QStringList{QStringLiteral("catalogue.fhir_invalid") + e0 + QStringLiteral(".target")});
    EXPECT_EQ(read(R"({"code": "HB", "target": [{"code": "718-7"}]})"),
              QStringList{QStringLiteral("catalogue.fhir_invalid") + e0 + QStringLiteral(".target[0].equivalence")});
    EXPECT_EQ(read(R"({"code": "HB", "target": [{"code": "718-7", "equivalence": "same"}]})"),
              QStringList{QStringLiteral("catalogue.fhir_invalid") + e0 + QStringLiteral(".target[0].equivalence")});
    EXPECT_EQ(read(R"({"code": "HB", "target": [{"code": "718-7", "equivalence": "unmatched"}]})"),
              QStringList{QStringLiteral("catalogue.fhir_invalid") + e0 + QStringLiteral(".target[0].code")});
    EXPECT_EQ(read(R"({"code": "HB", "target": [{"equivalence": "equivalent"}]})"),
              QStringList{QStringLiteral("catalogue.fhir_invalid") + e0 + QStringLiteral(".target[0].code")});
    EXPECT_EQ(read(R"({"code": "HB", "target": [{"code": "718-7", "equivalence": "equivalent"}, {"code": "20509-6", "equivalence": "equal"}]})"),
              QStringList{QStringLiteral("catalogue.fhir_invalid") + e0 + QStringLiteral(".target")});
    EXPECT_EQ(read(R"({"code": "HB", "target": [{"code": "718-7", "equivalence": "equivalent"}, {"equivalence": "unmatched"}]})"),
              QStringList{QStringLiteral("catalogue.fhir_invalid") + e0 + QStringLiteral(".target")});
    // Every problem of the file is listed, not only the first.
    EXPECT_EQ(read(R"({"target": []}, {"code": "HB", "target": [{"code": "718-7"}]})").size(), 2);
}

TEST(FhirConceptMap, IgnoresApproximateTargetsWithAWarning)
{
    const ImportedCatalogue in = FhirConceptMap::read(
        mapWith(R"({"code": "HB", "target": [{"code": "718-7", "equivalence": "equivalent"},
                                             {"code": "20509-6", "equivalence": "narrower", "comment": "autre méthode"}]})"),
        QStringLiteral("m.json"));
    ASSERT_TRUE(in.errors.isEmpty()) << qPrintable(codes(in.errors).join(QLatin1Char('\n')));
    EXPECT_EQ(codes(in.warnings),
              QStringList{QStringLiteral("catalogue.conceptmap_ignored_target@m.json#ConceptMap.group[0].element[0].target[1].equivalence")});
    EXPECT_EQ(in.catalogue.analyses[0].loinc, QStringLiteral("718-7"));

    // Only an approximate target: no LOINC decided, refused rather than clearing the code.
    const ImportedCatalogue only = FhirConceptMap::read(
        mapWith(R"({"code": "HB", "target": [{"code": "20509-6", "equivalence": "inexact", "comment": "?"}]})"),
        QStringLiteral("m.json"));
    EXPECT_EQ(codes(only.errors), QStringList{QStringLiteral("catalogue.fhir_invalid@m.json#ConceptMap.group[0].element[0].target")});
}
