#include "interop/catalogue/FhirCatalogue.h"

#include "domain/catalogue/ClinicalQuestion.h"
#include "domain/catalogue/ContainerType.h"
#include "interop/catalogue/FhirSystems.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::interop::catalogue {

using namespace sgl::domain;

namespace {

const QString kLoinc = fhir::loincSystem();
const QString kUcum = QStringLiteral("http://unitsofmeasure.org");
const QString kAnalysis = fhir::analysisSystem();
const QString kExam = QStringLiteral("urn:sgl:catalogue:exam");
const QString kChapter = QStringLiteral("urn:sgl:catalogue:chapter");
const QString kAnalyzer = QStringLiteral("urn:sgl:analyzer:");
const QString kSpecimen = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0487");
const QString kValueSystem = QStringLiteral("urn:sgl:catalogue:value:");
const QString kExt = fhir::extensionBase();
const QString kBase = fhir::reservedBase() + QLatin1Char('/');
const QString kBench = fhir::benchSystem();
const QString kContainer = fhir::containerSystem();
const QString kQuestion = fhir::clinicalQuestionSystem();

QString fhirId(const QString &prefix, const QString &code)
{
    bool plain = !code.isEmpty() && code.size() <= 60;
    for (QChar c : code)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('.'))
            plain = false;
    if (plain)
        return prefix + code;
    return (prefix + QStringLiteral("x") + QString::fromLatin1(code.toUtf8().toHex())).left(64);
}

QJsonObject coding(const QString &system, const QString &code, const QString &display = {})
{
    QJsonObject o{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        o.insert(QStringLiteral("display"), display);
    return o;
}

QJsonObject ext(const QString &name, const QString &key, const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("url"), kExt + name}, {key, value}};
}

QJsonObject quantity(double value, const QString &unit)
{
    QJsonObject q{{QStringLiteral("value"), value}};
    if (!unit.isEmpty()) {
        q.insert(QStringLiteral("unit"), unit);
        q.insert(QStringLiteral("system"), kUcum);
        q.insert(QStringLiteral("code"), unit);
    }
    return q;
}

QJsonObject range(std::optional<double> low, std::optional<double> high, const QString &unit)
{
    QJsonObject r;
    if (low)
        r.insert(QStringLiteral("low"), quantity(*low, unit));
    if (high)
        r.insert(QStringLiteral("high"), quantity(*high, unit));
    return r;
}

QJsonObject ageQuantity(const AgeLimit &a)
{
    const QString code = a.unit == AgeLimit::Unit::Days ? QStringLiteral("d")
                         : a.unit == AgeLimit::Unit::Months ? QStringLiteral("mo")
                                                            : QStringLiteral("a");
    return QJsonObject{{QStringLiteral("value"), a.value}, {QStringLiteral("unit"), code},
                       {QStringLiteral("system"), kUcum}, {QStringLiteral("code"), code}};
}

QJsonObject valueSet(const QString &id, const QString &localCode, const QList<ValueOption> &options)
{
    QJsonArray concepts;
    for (const ValueOption &o : options)
        concepts.append(QJsonObject{{QStringLiteral("code"), o.code}, {QStringLiteral("display"), o.label}});
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("ValueSet")},
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("compose"),
         QJsonObject{{QStringLiteral("include"),
                      QJsonArray{QJsonObject{{QStringLiteral("system"), kValueSystem + localCode},
                                             {QStringLiteral("concept"), concepts}}}}}}};
}

QString specimenDefinitionId(const QString &container)
{
    return fhirId(QStringLiteral("sp-"), container);
}

/**
 * One container type as an R4 SpecimenDefinition: identifier = container code, typeCollected =
 * the specimen it holds (table 0487), typeTested[0].container = the tube (type coded in the
 * container system, cap colour as text). Built-in types only; an unknown code (refused by the
 * validator before any export) keeps its code as the only content.
 */
QJsonObject specimenDefinition(const QString &code)
{
    const std::optional<ContainerType> type = ContainerType::find(code);
    QJsonObject container{
        {QStringLiteral("type"), QJsonObject{{QStringLiteral("coding"),
                                              QJsonArray{coding(kContainer, code, type ? type->label : QString())}}}}};
    if (type && type->capColour != QStringLiteral("—"))
        container.insert(QStringLiteral("cap"), QJsonObject{{QStringLiteral("text"), type->capColour}});
    QJsonObject sd{{QStringLiteral("resourceType"), QStringLiteral("SpecimenDefinition")},
                   {QStringLiteral("id"), specimenDefinitionId(code)},
                   {QStringLiteral("identifier"),
                    QJsonObject{{QStringLiteral("system"), kContainer}, {QStringLiteral("value"), code}}},
                   {QStringLiteral("typeTested"),
                    QJsonArray{QJsonObject{{QStringLiteral("preference"), QStringLiteral("preferred")},
                                           {QStringLiteral("container"), container}}}}};
    if (type)
        sd.insert(QStringLiteral("typeCollected"),
                  QJsonObject{{QStringLiteral("coding"), QJsonArray{coding(kSpecimen, type->specimenType)}}});
    return sd;
}

QJsonObject observationDefinition(const Analysis &a, const Catalogue &c, const LoincSubset &loinc)
{
    QJsonObject od{{QStringLiteral("resourceType"), QStringLiteral("ObservationDefinition")},
                   {QStringLiteral("id"), fhirId(QStringLiteral("an-"), a.localCode)}};
    od.insert(QStringLiteral("identifier"),
              QJsonArray{QJsonObject{{QStringLiteral("system"), kAnalysis}, {QStringLiteral("value"), a.localCode}}});
    QJsonArray exts;
    if (!a.specimen.isEmpty())
        exts.append(ext(QStringLiteral("specimen"), QStringLiteral("valueCoding"), coding(kSpecimen, a.specimen)));
    if (!a.secondLoinc.isEmpty())
        exts.append(ext(QStringLiteral("second-unit-loinc"), QStringLiteral("valueCoding"), coding(kLoinc, a.secondLoinc)));
    if (!a.formula.isEmpty())
        exts.append(ext(QStringLiteral("formula"), QStringLiteral("valueString"), a.formula));
    if (!a.bench.isEmpty()) {
        const Bench *bench = c.bench(a.bench);
        exts.append(ext(QStringLiteral("bench"), QStringLiteral("valueCoding"),
                        coding(kBench, a.bench, bench ? bench->label : QString())));
    }
    if (!a.container.isEmpty())
        exts.append(ext(QStringLiteral("container"), QStringLiteral("valueReference"),
                        QJsonObject{{QStringLiteral("reference"),
                                     QStringLiteral("SpecimenDefinition/") + specimenDefinitionId(a.container)}}));
    for (const QString &q : a.questions) {
        const std::optional<ClinicalQuestion> question = ClinicalQuestion::find(q);
        exts.append(ext(QStringLiteral("clinical-question"), QStringLiteral("valueCoding"),
                        coding(kQuestion, q, question ? question->label : QString())));
    }
    if (!exts.isEmpty())
        od.insert(QStringLiteral("extension"), exts);
    QJsonArray codings;
    if (!a.loinc.isEmpty()) {
        const LoincEntry *e = loinc.find(a.loinc);
        codings.append(coding(kLoinc, a.loinc, e ? e->longName : QString()));
    }
    codings.append(coding(kAnalysis, a.localCode, a.label));
    for (const AnalyzerMapping &m : a.analyzerMappings)
        codings.append(coding(kAnalyzer + m.analyzer, m.code));
    od.insert(QStringLiteral("code"), QJsonObject{{QStringLiteral("coding"), codings}, {QStringLiteral("text"), a.label}});
    const QString type = a.resultType == ResultType::Numeric ? QStringLiteral("Quantity")
                         : a.resultType == ResultType::Coded ? QStringLiteral("CodeableConcept")
                                                             : QStringLiteral("string");
    od.insert(QStringLiteral("permittedDataType"), QJsonArray{type});
    od.insert(QStringLiteral("preferredReportName"), a.label);
    if (!a.method.isEmpty())
        od.insert(QStringLiteral("method"), QJsonObject{{QStringLiteral("text"), a.method}});
    QJsonObject details;
    if (!a.unit.isEmpty() || !a.displayUnit.isEmpty()) {
        QJsonObject unit;
        if (!a.unit.isEmpty())
            unit.insert(QStringLiteral("coding"), QJsonArray{coding(kUcum, a.unit)});
        if (!a.displayUnit.isEmpty())
            unit.insert(QStringLiteral("text"), a.displayUnit);
        details.insert(QStringLiteral("unit"), unit);
    }
    if (!a.secondUnit.isEmpty())
        details.insert(QStringLiteral("customaryUnit"),
                       QJsonObject{{QStringLiteral("coding"), QJsonArray{coding(kUcum, a.secondUnit)}}});
    if (a.secondUnitFactor)
        details.insert(QStringLiteral("conversionFactor"), *a.secondUnitFactor);
    if (a.decimals >= 0)
        details.insert(QStringLiteral("decimalPrecision"), a.decimals);
    if (!details.isEmpty())
        od.insert(QStringLiteral("quantitativeDetails"), details);
    QJsonArray intervals;
    for (const ReferenceRange &r : a.ranges) {
        QJsonObject age{{QStringLiteral("low"), ageQuantity(r.ageMin)}};
        if (r.ageMax)
            age.insert(QStringLiteral("high"), ageQuantity(*r.ageMax));
        auto interval = [&](const QString &category, std::optional<double> low, std::optional<double> high) {
            QJsonObject i{{QStringLiteral("category"), category}, {QStringLiteral("age"), age}};
            const QJsonObject rg = range(low, high, a.unit);
            if (!rg.isEmpty())
                i.insert(QStringLiteral("range"), rg);
            if (r.sex)
                i.insert(QStringLiteral("gender"), *r.sex == Sex::Female ? QStringLiteral("female") : QStringLiteral("male"));
            return i;
        };
        QJsonObject reference = interval(QStringLiteral("reference"), r.low, r.high);
        if (!r.text.isEmpty())
            reference.insert(QStringLiteral("extension"),
                             QJsonArray{ext(QStringLiteral("reference-text"), QStringLiteral("valueString"), r.text)});
        intervals.append(reference);
        if (r.criticalLow || r.criticalHigh)
            intervals.append(interval(QStringLiteral("critical"), r.criticalLow, r.criticalHigh));
        if (r.validLow || r.validHigh)
            intervals.append(interval(QStringLiteral("absolute"), r.validLow, r.validHigh));
    }
    if (!intervals.isEmpty())
        od.insert(QStringLiteral("qualifiedInterval"), intervals);
    if (!a.valueOptions.isEmpty()) {
        QList<ValueOption> abnormal;
        for (const ValueOption &o : a.valueOptions)
            if (o.abnormal)
                abnormal << o;
        QJsonArray contained{valueSet(QStringLiteral("valid"), a.localCode, a.valueOptions)};
        od.insert(QStringLiteral("validCodedValueSet"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("#valid")}});
        if (!abnormal.isEmpty()) {
            contained.append(valueSet(QStringLiteral("abnormal"), a.localCode, abnormal));
            od.insert(QStringLiteral("abnormalCodedValueSet"),
                      QJsonObject{{QStringLiteral("reference"), QStringLiteral("#abnormal")}});
        }
        od.insert(QStringLiteral("contained"), contained);
    }
    return od;
}

QJsonObject chapterConcept(const Chapter &ch, const Catalogue &c)
{
    QJsonArray props{QJsonObject{{QStringLiteral("code"), QStringLiteral("order")}, {QStringLiteral("valueInteger"), ch.order}}};
    if (!ch.loinc.isEmpty())
        props.prepend(QJsonObject{{QStringLiteral("code"), QStringLiteral("loinc")},
                                  {QStringLiteral("valueCoding"), coding(kLoinc, ch.loinc)}});
    QJsonObject node{{QStringLiteral("code"), ch.code}, {QStringLiteral("display"), ch.label},
                        {QStringLiteral("property"), props}};
    QJsonArray children;
    for (const Chapter &sub : c.chapters)
        if (sub.parentCode == ch.code)
            children.append(chapterConcept(sub, c));
    if (!children.isEmpty())
        node.insert(QStringLiteral("concept"), children);
    return node;
}

} // namespace

QByteArray FhirCatalogue::toBundle(const Catalogue &c, const LoincSubset &loinc)
{
    QJsonArray entries;
    auto add = [&](const QJsonObject &resource) {
        entries.append(QJsonObject{
            {QStringLiteral("fullUrl"), kBase + resource.value(QStringLiteral("resourceType")).toString()
                                            + QLatin1Char('/') + resource.value(QStringLiteral("id")).toString()},
            {QStringLiteral("resource"), resource}});
    };
    QJsonArray top;
    for (const Chapter &ch : c.chapters)
        if (ch.parentCode.isEmpty() || !c.chapter(ch.parentCode))
            top.append(chapterConcept(ch, c));
    add(QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("CodeSystem")},
        {QStringLiteral("id"), QStringLiteral("sgl-chapters")},
        {QStringLiteral("url"), kChapter},
        {QStringLiteral("name"), QStringLiteral("SglChapters")},
        {QStringLiteral("title"), QStringLiteral("Chapitres du compte rendu")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("content"), QStringLiteral("complete")},
        {QStringLiteral("hierarchyMeaning"), QStringLiteral("part-of")},
        {QStringLiteral("property"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("loinc")}, {QStringLiteral("type"), QStringLiteral("Coding")}},
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("order")}, {QStringLiteral("type"), QStringLiteral("integer")}}}},
        {QStringLiteral("concept"), top}});
    if (!c.benches.isEmpty()) {
        QJsonArray concepts;
        for (const Bench &b : c.benches)
            concepts.append(QJsonObject{{QStringLiteral("code"), b.code}, {QStringLiteral("display"), b.label}});
        add(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("CodeSystem")},
                        {QStringLiteral("id"), QStringLiteral("sgl-benches")},
                        {QStringLiteral("url"), kBench},
                        {QStringLiteral("name"), QStringLiteral("SglBenches")},
                        {QStringLiteral("title"), QStringLiteral("Paillasses du laboratoire")},
                        {QStringLiteral("status"), QStringLiteral("active")},
                        {QStringLiteral("content"), QStringLiteral("complete")},
                        {QStringLiteral("concept"), concepts}});
    }
    // One SpecimenDefinition per container type used, in order of first use.
    QStringList containers;
    for (const Analysis &a : c.analyses)
        if (!a.container.isEmpty() && !containers.contains(a.container))
            containers << a.container;
    for (const QString &code : containers)
        add(specimenDefinition(code));
    QHash<QString, QString> containerOf;
    for (const Analysis &a : c.analyses) {
        add(observationDefinition(a, c, loinc));
        containerOf.insert(a.localCode, a.container);
    }
    for (const Exam &e : c.exams) {
        QJsonArray codings;
        if (!e.loinc.isEmpty())
            codings.append(coding(kLoinc, e.loinc));
        codings.append(coding(kExam, e.code, e.label));
        QJsonArray requirements;
        for (const QString &code : e.analysisCodes)
            requirements.append(QJsonObject{{QStringLiteral("reference"),
                                             QStringLiteral("ObservationDefinition/") + fhirId(QStringLiteral("an-"), code)}});
        // The tubes to draw for the exam: the containers of its analyses, each once.
        QJsonArray specimens;
        QStringList seen;
        for (const QString &code : e.analysisCodes)
            if (const QString container = containerOf.value(code); !container.isEmpty() && !seen.contains(container)) {
                seen << container;
                specimens.append(QJsonObject{{QStringLiteral("reference"),
                                              QStringLiteral("SpecimenDefinition/") + specimenDefinitionId(container)}});
            }
        QJsonObject activity{
            {QStringLiteral("resourceType"), QStringLiteral("ActivityDefinition")},
            {QStringLiteral("id"), fhirId(QStringLiteral("ex-"), e.code)},
            {QStringLiteral("identifier"), QJsonArray{QJsonObject{{QStringLiteral("system"), kExam}, {QStringLiteral("value"), e.code}}}},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("title"), e.label},
            {QStringLiteral("kind"), QStringLiteral("ServiceRequest")},
            {QStringLiteral("code"), QJsonObject{{QStringLiteral("coding"), codings}}},
            {QStringLiteral("topic"), QJsonArray{QJsonObject{{QStringLiteral("coding"), QJsonArray{coding(kChapter, e.chapterCode)}}}}},
            {QStringLiteral("observationResultRequirement"), requirements}};
        if (!specimens.isEmpty())
            activity.insert(QStringLiteral("specimenRequirement"), specimens);
        add(activity);
    }
    const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), QStringLiteral("collection")},
                             {QStringLiteral("entry"), entries}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace sgl::interop::catalogue
