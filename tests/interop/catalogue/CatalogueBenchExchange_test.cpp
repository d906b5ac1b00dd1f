// Benches, containers and required clinical questions in the exchange formats: CSV columns
// bench, bench_label, container, clinical_questions (older files without them still read), the
// FHIR Bundle's bench CodeSystem, SpecimenDefinitions and extensions, and the preview diff.

#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/CatalogueDiff.h"
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

const QByteArray kHeader = "chapter_code;chapter_label;chapter_loinc;exam_code;exam_label;local_code;label;specimen;"
                           "unit;method;loinc;bench;bench_label;container;clinical_questions\n";

QStringList codes(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << e.code + QLatin1Char('@') + e.location;
    return out;
}

struct Fixture {
    CatalogueValidator validator = *CatalogueReferenceData::validator();
    LoincSubset loinc = *CatalogueReferenceData::loincSubset();
    Catalogue demo = CatalogueReferenceData::demoCatalogue().catalogue;
};

/** The demo catalogue plus a bench no analysis uses, and an analysis with several questions. */
Catalogue richCatalogue()
{
    Catalogue c = CatalogueReferenceData::demoCatalogue().catalogue;
    c.benches << Bench{QStringLiteral("MICRO"), QStringLiteral("Microbiologie; bactériologie")};
    for (Analysis &a : c.analyses)
        if (a.localCode == QLatin1String("CREA"))
            a.questions = {QStringLiteral("WEIGHT"), QStringLiteral("HEIGHT")};
    return c;
}

QJsonObject resourceOf(const QJsonObject &bundle, const QString &type, const QString &id)
{
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("resourceType")).toString() == type && r.value(QStringLiteral("id")).toString() == id)
            return r;
    }
    return {};
}

} // namespace

TEST(CatalogueBenchExchange, DemoCatalogueNamesABenchForEveryAnalysisAndATubeForEveryMeasuredOne)
{
    const Catalogue demo = CatalogueReferenceData::demoCatalogue().catalogue;
    QStringList benchCodes;
    for (const Bench &b : demo.benches)
        benchCodes << b.code;
    EXPECT_EQ(benchCodes, (QStringList{QStringLiteral("HEMATO"), QStringLiteral("BIOCH"), QStringLiteral("HEMOST"),
                                       QStringLiteral("IMMUNO"), QStringLiteral("URINES")}));
    for (const Analysis &a : demo.analyses) {
        EXPECT_TRUE(demo.bench(a.bench)) << qPrintable(a.localCode);
        EXPECT_EQ(a.container.isEmpty(), a.isCalculated()) << qPrintable(a.localCode);
    }
    auto of = [&](const char *code) { return *demo.analysis(QString::fromLatin1(code)); };
    EXPECT_EQ(of("GLU").container, QStringLiteral("FLU"));
    EXPECT_EQ(of("HB").container, QStringLiteral("EDTA"));
    EXPECT_EQ(of("INR").container, QStringLiteral("CIT"));
    EXPECT_EQ(of("K").container, QStringLiteral("SEC"));
    EXPECT_EQ(of("TSH").container, QStringLiteral("SEC"));
    EXPECT_EQ(of("BU_PROT").container, QStringLiteral("URI"));
    EXPECT_EQ(of("GLU").questions, QStringList{QStringLiteral("FASTING")});
    EXPECT_EQ(of("TG").questions, QStringList{QStringLiteral("FASTING")});
    EXPECT_EQ(of("INR").questions, QStringList{QStringLiteral("ANTICOAGULANT")});
    EXPECT_TRUE(of("HB").questions.isEmpty());
    EXPECT_EQ(of("INR").bench, QStringLiteral("HEMOST"));
    EXPECT_EQ(of("AGHBS").bench, QStringLiteral("IMMUNO"));
}

TEST(CatalogueBenchExchange, CsvWritesTheNewColumnsLastAndReadsThemBack)
{
    Fixture f;
    const Catalogue c = richCatalogue();
    const QByteArray csv = CatalogueCsv::write(c, f.loinc);
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    EXPECT_TRUE(lines[0].trimmed().endsWith("loinc_status;bench;bench_label;container;clinical_questions;"
                                          "delta_absolute;delta_relative;delta_window_days"))
        << lines[0].toStdString();
    EXPECT_TRUE(csv.contains(";BIOCH;Biochimie;SEC;WEIGHT|HEIGHT;;;\r\n")) << csv.toStdString();
    ImportedCatalogue back = CatalogueCsv::read(csv, QStringLiteral("export.csv"));
    ASSERT_TRUE(back.errors.isEmpty()) << qPrintable(back.errors.front().toString());
    for (const Analysis &a : c.analyses) {
        const Analysis *b = back.catalogue.analysis(a.localCode);
        ASSERT_TRUE(b);
        EXPECT_EQ(b->bench, a.bench);
        EXPECT_EQ(b->container, a.container);
        EXPECT_EQ(b->questions, a.questions);
    }
    // A CSV row per analysis: a bench no analysis uses cannot travel in it (the Bundle carries it).
    Catalogue used = c;
    used.benches.removeLast();
    EXPECT_EQ(back.catalogue.benches, used.benches);
    for (const char *field : {"bench", "bench_label", "container", "clinical_questions"})
        EXPECT_TRUE(back.fields.contains(QString::fromLatin1(field))) << field;
}

TEST(CatalogueBenchExchange, AnOlderExportWithoutTheColumnsKeepsWhatIsStored)
{
    Fixture f;
    // An export made before 0202: the demo CSV less its four new columns, GLU relabelled.
    QList<QByteArray> out;
    for (const QByteArray &line : CatalogueCsv::write(f.demo, f.loinc).split('\n')) {
        QList<QByteArray> cells = line.split(';');
        if (cells.size() < 30)
            continue;
        cells = cells.mid(0, 26);
        if (cells[9] == "GLU")
            cells[10] = "Glucose plasmatique";
        out << cells.join(';');
    }
    ImportedCatalogue in = CatalogueCsv::read(out.join('\n'), QStringLiteral("ancien.csv"));
    ASSERT_TRUE(in.errors.isEmpty()) << qPrintable(in.errors.front().toString());
    EXPECT_TRUE(in.warnings.isEmpty());
    EXPECT_FALSE(in.fields.contains(QStringLiteral("bench")));
    EXPECT_TRUE(in.catalogue.benches.isEmpty());
    const auto d = CatalogueDiff::compute(f.demo, in, CatalogueDiff::Mode::Merge, f.validator);
    ASSERT_TRUE(d.ok()) << qPrintable(d.errors.front().toString());
    EXPECT_EQ(d.count(CatalogueDiff::Kind::Changed), 1);
    EXPECT_EQ(d.newBenches + d.changedBenches, 0);
    const Analysis *glu = d.merged.analysis(QStringLiteral("GLU"));
    ASSERT_TRUE(glu);
    EXPECT_EQ(glu->label, QStringLiteral("Glucose plasmatique"));
    EXPECT_EQ(glu->container, QStringLiteral("FLU"));
    EXPECT_EQ(glu->bench, QStringLiteral("BIOCH"));
    EXPECT_EQ(glu->questions, QStringList{QStringLiteral("FASTING")});
    EXPECT_EQ(d.merged.benches, f.demo.benches);
}

TEST(CatalogueBenchExchange, CsvRefusesEveryBadValueWithItsLineAndColumn)
{
    Fixture f;
    const QByteArray csv = kHeader
        + "BIOCHIMIE;Biochimie;18719-5;GLY;Glycémie;GLU;Glucose;PLAS;mmol/L;;14749-6;BIOCH;Biochimie;FLU;FASTING\n"
          "BIOCHIMIE;Biochimie;18719-5;GLY;Glycémie;X1;Essai 1;SER;mmol/L;;;BIOCH;Biochimie générale;VERT;FASTING|SMOKER\n"
          "BIOCHIMIE;Biochimie;18719-5;GLY;Glycémie;X2;Essai 2;SER;mmol/L;;;;Sans code;SEC; FASTING | FASTING \n"
          "BIOCHIMIE;Biochimie;18719-5;GLY;Glycémie;X3;Essai 3;SER;mmol/L;;;NOUVELLE;;SEC;\n";
    ImportedCatalogue in = CatalogueCsv::read(csv, QStringLiteral("p.csv"));
    EXPECT_EQ(codes(in.errors), (QStringList{QStringLiteral("catalogue.inconsistent@p.csv:3, bench_label"),
                                            QStringLiteral("catalogue.missing_field@p.csv:4, bench")}));
    EXPECT_TRUE(in.errors[0].message.contains(QStringLiteral("ligne 2"))) << qPrintable(in.errors[0].message);
    EXPECT_TRUE(in.errors[0].message.contains(QStringLiteral("Biochimie générale")));
    // Spaces around listed codes are trimmed; the repeated code is then the validator's.
    EXPECT_EQ(in.catalogue.analysis(QStringLiteral("X2"))->questions,
              (QStringList{QStringLiteral("FASTING"), QStringLiteral("FASTING")}));
    const auto d = CatalogueDiff::compute(f.demo, in, CatalogueDiff::Mode::Merge, f.validator);
    const QStringList c = codes(d.errors);
    for (const QString &expected : {QStringLiteral("catalogue.unknown_container@p.csv:3, analyse X1, container"),
                                    QStringLiteral("catalogue.unknown_question@p.csv:3, analyse X1, clinical_questions"),
                                    QStringLiteral("catalogue.duplicate_code@p.csv:4, analyse X2, clinical_questions"),
                                    QStringLiteral("catalogue.unknown_reference@p.csv:5, bench")})
        EXPECT_TRUE(c.contains(expected)) << qPrintable(expected) << "\n" << qPrintable(c.join(u'\n'));
    EXPECT_FALSE(d.ok());
}

TEST(CatalogueBenchExchange, CsvCreatesAndRenamesBenchesThroughTheDiff)
{
    Fixture f;
    const QByteArray csv = kHeader
        + "BIOCHIMIE;Biochimie;18719-5;GLY;Glycémie;GLU;Glucose;PLAS;mmol/L;Hexokinase;14749-6;BIOCH;Biochimie et hormonologie;FLU;FASTING\n"
          "URINES;Examens urinaires;18729-4;BU;Bandelette urinaire;BU_PH;pH urinaire (bandelette);UR;[pH];Bandelette réactive;5803-2;URG;Urgences;URI;\n";
    ImportedCatalogue in = CatalogueCsv::read(csv, QStringLiteral("b.csv"));
    ASSERT_TRUE(in.errors.isEmpty()) << qPrintable(in.errors.front().toString());
    const auto d = CatalogueDiff::compute(f.demo, in, CatalogueDiff::Mode::Merge, f.validator);
    EXPECT_EQ(d.newBenches, 1);
    EXPECT_EQ(d.changedBenches, 1);
    EXPECT_TRUE(d.hasChanges());
    ASSERT_TRUE(d.merged.bench(QStringLiteral("URG")));
    EXPECT_EQ(d.merged.bench(QStringLiteral("BIOCH"))->label, QStringLiteral("Biochimie et hormonologie"));
    bool sawBuPh = false;
    for (const auto &e : d.entries)
        if (e.localCode == QLatin1String("BU_PH")) {
            sawBuPh = true;
            EXPECT_EQ(e.changedFields, QStringList{QStringLiteral("bench")});
        }
    EXPECT_TRUE(sawBuPh);
}

TEST(CatalogueBenchExchange, PreviewListsBenchContainerAndQuestionChanges)
{
    Fixture f;
    Catalogue edited = f.demo;
    for (Analysis &a : edited.analyses)
        if (a.localCode == QLatin1String("K")) {
            a.container = QStringLiteral("HEP");
            a.bench = QStringLiteral("URINES");
            a.questions = {QStringLiteral("TREATMENT")};
        }
    ImportedCatalogue in = CatalogueCsv::read(CatalogueCsv::write(edited, f.loinc), QStringLiteral("e.csv"));
    ASSERT_TRUE(in.errors.isEmpty());
    const auto d = CatalogueDiff::compute(f.demo, in, CatalogueDiff::Mode::Merge, f.validator);
    ASSERT_TRUE(d.ok()) << qPrintable(d.errors.front().toString());
    ASSERT_EQ(d.count(CatalogueDiff::Kind::Changed), 1);
    for (const auto &e : d.entries)
        if (e.kind == CatalogueDiff::Kind::Changed) {
            EXPECT_EQ(e.localCode, QStringLiteral("K"));
            EXPECT_EQ(e.changedFields, (QStringList{QStringLiteral("bench"), QStringLiteral("container"),
                                                    QStringLiteral("clinical_questions")}));
        }
    // A transcoding return never touches them.
    const auto t = CatalogueDiff::compute(f.demo, in, CatalogueDiff::Mode::Transcoding, f.validator);
    EXPECT_EQ(t.count(CatalogueDiff::Kind::Changed), 0);
    EXPECT_EQ(t.merged.analysis(QStringLiteral("K"))->container, QStringLiteral("SEC"));
}

TEST(CatalogueBenchExchange, FhirRoundTripsBenchesContainersAndQuestions)
{
    Fixture f;
    const Catalogue c = richCatalogue();
    ImportedCatalogue back = FhirCatalogue::fromBundle(FhirCatalogue::toBundle(c, f.loinc), QStringLiteral("b.json"));
    ASSERT_TRUE(back.errors.isEmpty()) << qPrintable(back.errors.front().toString());
    EXPECT_EQ(back.catalogue.benches, c.benches); // the unused bench too
    ASSERT_EQ(back.catalogue.analyses.size(), c.analyses.size());
    for (qsizetype i = 0; i < c.analyses.size(); ++i)
        EXPECT_TRUE(back.catalogue.analyses[i].sameDefinition(c.analyses[i]))
            << qPrintable(c.analyses[i].localCode) << " "
            << qPrintable(back.catalogue.analyses[i].changedFields(c.analyses[i]).join(u','));
    // Merged into the same catalogue: nothing to apply.
    const auto d = CatalogueDiff::compute(c, back, CatalogueDiff::Mode::Merge, f.validator);
    ASSERT_TRUE(d.ok()) << qPrintable(d.errors.front().toString());
    EXPECT_FALSE(d.hasChanges());
}

TEST(CatalogueBenchExchange, FhirCarriesContainersAsSpecimenDefinitions)
{
    Fixture f;
    const QJsonObject bundle = QJsonDocument::fromJson(FhirCatalogue::toBundle(f.demo, f.loinc)).object();
    const QJsonObject edta = resourceOf(bundle, QStringLiteral("SpecimenDefinition"), QStringLiteral("sp-EDTA"));
    ASSERT_FALSE(edta.isEmpty());
    EXPECT_EQ(edta.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("EDTA"));
    EXPECT_EQ(edta.value(QStringLiteral("typeCollected")).toObject().value(QStringLiteral("coding")).toArray()[0].toObject()
                  .value(QStringLiteral("code")).toString(), QStringLiteral("BLD"));
    const QJsonObject tested = edta.value(QStringLiteral("typeTested")).toArray()[0].toObject();
    EXPECT_EQ(tested.value(QStringLiteral("preference")).toString(), QStringLiteral("preferred"));
    const QJsonObject container = tested.value(QStringLiteral("container")).toObject();
    const QJsonObject type = container.value(QStringLiteral("type")).toObject().value(QStringLiteral("coding")).toArray()[0].toObject();
    EXPECT_EQ(type.value(QStringLiteral("system")).toString(), QStringLiteral("urn:sgl:catalogue:container"));
    EXPECT_EQ(type.value(QStringLiteral("display")).toString(), QStringLiteral("Tube EDTA"));
    EXPECT_EQ(container.value(QStringLiteral("cap")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("violet"));
    // Five container types in the demo: one SpecimenDefinition each.
    int specimens = 0;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray())
        if (e.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString()
            == QLatin1String("SpecimenDefinition"))
            ++specimens;
    EXPECT_EQ(specimens, 5);
    // The exam lists the tubes to draw; the analysis points at its tube and names bench and questions.
    const QJsonObject tp = resourceOf(bundle, QStringLiteral("ActivityDefinition"), QStringLiteral("ex-TP"));
    EXPECT_EQ(tp.value(QStringLiteral("specimenRequirement")).toArray(),
              (QJsonArray{QJsonObject{{QStringLiteral("reference"), QStringLiteral("SpecimenDefinition/sp-CIT")}}}));
    const QJsonObject glu = resourceOf(bundle, QStringLiteral("ObservationDefinition"), QStringLiteral("an-GLU"));
    QStringList urls;
    for (const QJsonValue &e : glu.value(QStringLiteral("extension")).toArray())
        urls << e.toObject().value(QStringLiteral("url")).toString();
    EXPECT_TRUE(urls.contains(QStringLiteral("urn:sgl:fhir:StructureDefinition:bench")));
    EXPECT_TRUE(urls.contains(QStringLiteral("urn:sgl:fhir:StructureDefinition:container")));
    EXPECT_TRUE(urls.contains(QStringLiteral("urn:sgl:fhir:StructureDefinition:clinical-question")));
    const QJsonObject ldl = resourceOf(bundle, QStringLiteral("ObservationDefinition"), QStringLiteral("an-LDLC"));
    for (const QJsonValue &e : ldl.value(QStringLiteral("extension")).toArray())
        EXPECT_NE(e.toObject().value(QStringLiteral("url")).toString(), QStringLiteral("urn:sgl:fhir:StructureDefinition:container"));
}

TEST(CatalogueBenchExchange, FhirRefusesDanglingBenchesAndContainersWithTheirPaths)
{
    const QByteArray json = R"({"resourceType":"Bundle","type":"collection","entry":[
        {"resource":{"resourceType":"CodeSystem","url":"urn:sgl:catalogue:chapter","concept":[{"code":"BIO","display":"Biochimie"}]}},
        {"resource":{"resourceType":"CodeSystem","url":"urn:sgl:catalogue:bench",
            "concept":[{"code":"BIOCH","display":"Biochimie"},{"code":"BIOCH","display":"Bis"},{"code":"X"}]}},
        {"resource":{"resourceType":"SpecimenDefinition","id":"sp-SEC","identifier":{"system":"urn:sgl:catalogue:container","value":"SEC"}}},
        {"resource":{"resourceType":"SpecimenDefinition","id":"sp-NONE"}},
        {"resource":{"resourceType":"ObservationDefinition","id":"an-A",
            "identifier":[{"system":"urn:sgl:catalogue:analysis","value":"A"}],
            "extension":[{"url":"urn:sgl:fhir:StructureDefinition:bench","valueCoding":{"system":"urn:sgl:catalogue:bench","code":"HEMATO"}},
                         {"url":"urn:sgl:fhir:StructureDefinition:container","valueReference":{"reference":"SpecimenDefinition/sp-EDTA"}},
                         {"url":"urn:sgl:fhir:StructureDefinition:clinical-question","valueCoding":{"system":"urn:other","code":"FASTING"}}]}},
        {"resource":{"resourceType":"ObservationDefinition","id":"an-B",
            "identifier":[{"system":"urn:sgl:catalogue:analysis","value":"B"}],
            "extension":[{"url":"urn:sgl:fhir:StructureDefinition:bench","valueCoding":{"system":"urn:sgl:catalogue:bench","code":"BIOCH"}},
                         {"url":"urn:sgl:fhir:StructureDefinition:container","valueReference":{"reference":"SpecimenDefinition/sp-SEC"}},
                         {"url":"urn:sgl:fhir:StructureDefinition:clinical-question","valueCoding":{"system":"urn:sgl:catalogue:clinical-question","code":"FASTING"}}]}},
        {"resource":{"resourceType":"ActivityDefinition","identifier":[{"system":"urn:sgl:catalogue:exam","value":"E"}],
            "topic":[{"coding":[{"system":"urn:sgl:catalogue:chapter","code":"BIO"}]}],
            "observationResultRequirement":[{"reference":"ObservationDefinition/an-B"}],
            "specimenRequirement":[{"reference":"SpecimenDefinition/sp-URI"}]}}]})";
    ImportedCatalogue in = FhirCatalogue::fromBundle(json, QStringLiteral("b.json"));
    const QStringList expected = {
        QStringLiteral("catalogue.duplicate_code@b.json#Bundle.entry[1].resource.concept[1].code"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[1].resource.concept[2]"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[3].resource.identifier"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[4].resource.extension[2].valueCoding.system"),
        QStringLiteral("catalogue.unknown_reference@b.json#Bundle.entry[4].resource.extension[0].valueCoding.code"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[4].resource.extension[1].valueReference.reference"),
        QStringLiteral("catalogue.fhir_invalid@b.json#Bundle.entry[6].resource.specimenRequirement[0]"),
    };
    EXPECT_EQ(codes(in.errors), expected);
    const Analysis *b = in.catalogue.analysis(QStringLiteral("B"));
    ASSERT_TRUE(b);
    EXPECT_EQ(b->bench, QStringLiteral("BIOCH"));
    EXPECT_EQ(b->container, QStringLiteral("SEC"));
    EXPECT_EQ(b->questions, QStringList{QStringLiteral("FASTING")});
}
