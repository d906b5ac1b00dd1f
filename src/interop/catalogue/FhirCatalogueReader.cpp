// FhirCatalogue::fromBundle: the reading half of FhirCatalogue (kept apart for file length).
#include "domain/ErrorCodes.h"
#include "interop/catalogue/ErrorCodes.h"
#include "interop/catalogue/FhirCatalogue.h"
#include "interop/catalogue/FhirSystems.h"
#include "interop/catalogue/Tr.h"

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
const QString kExt = fhir::extensionBase();
const QString kBench = fhir::benchSystem();
const QString kContainer = fhir::containerSystem();
const QString kQuestion = fhir::clinicalQuestionSystem();
const QString kSpecimenRef = QStringLiteral("SpecimenDefinition/");

class Reader
{
public:
    Reader(ImportedCatalogue &out, QString source) : m_out(out), m_source(std::move(source)) {}

    void error(const QString &path, const QString &message, QLatin1StringView code = errc::FhirInvalid)
    {
        m_out.errors << Error{code, message, m_source + QLatin1Char('#') + path};
    }

    /** The coding of `system` in a CodeableConcept, or empty. */
    static QJsonObject codingOf(const QJsonObject &codeable, const QString &system)
    {
        for (const QJsonValue &v : codeable.value(QStringLiteral("coding")).toArray())
            if (v.toObject().value(QStringLiteral("system")).toString() == system)
                return v.toObject();
        return {};
    }

    static QString identifier(const QJsonObject &r, const QString &system)
    {
        for (const QJsonValue &v : r.value(QStringLiteral("identifier")).toArray())
            if (v.toObject().value(QStringLiteral("system")).toString() == system)
                return v.toObject().value(QStringLiteral("value")).toString().trimmed();
        return {};
    }

    std::optional<double> number(const QJsonObject &parent, const QString &key, const QString &path)
    {
        if (!parent.contains(key))
            return std::nullopt;
        const QJsonValue v = parent.value(key);
        if (!v.isDouble()) {
            error(path + QLatin1Char('.') + key, Tr::tr("Nombre attendu."));
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<AgeLimit> age(const QJsonObject &q, const QString &path)
    {
        const QJsonValue v = q.value(QStringLiteral("value"));
        const QString code = q.value(QStringLiteral("code")).toString();
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != std::floor(d)) {
            error(path + QStringLiteral(".value"), Tr::tr("Âge entier positif attendu."));
            return std::nullopt;
        }
        AgeLimit a{int(d), AgeLimit::Unit::Years};
        if (code == QLatin1String("d"))
            a.unit = AgeLimit::Unit::Days;
        else if (code == QLatin1String("mo"))
            a.unit = AgeLimit::Unit::Months;
        else if (code != QLatin1String("a")) {
            error(path + QStringLiteral(".code"), Tr::tr("Unité d'âge UCUM attendue : d, mo ou a."));
            return std::nullopt;
        }
        return a;
    }

    void chapters(const QJsonArray &concepts, const QString &parent, const QString &path)
    {
        for (qsizetype i = 0; i < concepts.size(); ++i) {
            const QString p = QStringLiteral("%1.concept[%2]").arg(path).arg(i);
            const QJsonObject c = concepts.at(i).toObject();
            Chapter ch;
            ch.code = c.value(QStringLiteral("code")).toString().trimmed();
            ch.label = c.value(QStringLiteral("display")).toString();
            ch.parentCode = parent;
            if (ch.code.isEmpty()) {
                error(p + QStringLiteral(".code"), Tr::tr("Code de chapitre manquant."));
                continue;
            }
            for (const QJsonValue &pv : c.value(QStringLiteral("property")).toArray()) {
                const QJsonObject prop = pv.toObject();
                if (prop.value(QStringLiteral("code")).toString() == QLatin1String("loinc"))
                    ch.loinc = prop.value(QStringLiteral("valueCoding")).toObject().value(QStringLiteral("code")).toString();
                else if (prop.value(QStringLiteral("code")).toString() == QLatin1String("order"))
                    ch.order = prop.value(QStringLiteral("valueInteger")).toInt();
            }
            m_out.catalogue.chapters << ch;
            m_out.locationOf.insert(QStringLiteral("chapter:") + ch.code, m_source + QLatin1Char('#') + p);
            chapters(c.value(QStringLiteral("concept")).toArray(), ch.code, p);
        }
    }

    QList<ValueOption> valueSet(const QJsonObject &od, const QString &reference, const QString &path)
    {
        QList<ValueOption> out;
        const QString id = reference.startsWith(QLatin1Char('#')) ? reference.mid(1) : QString();
        for (const QJsonValue &v : od.value(QStringLiteral("contained")).toArray()) {
            const QJsonObject vs = v.toObject();
            if (vs.value(QStringLiteral("id")).toString() != id)
                continue;
            for (const QJsonValue &inc : vs.value(QStringLiteral("compose")).toObject().value(QStringLiteral("include")).toArray())
                for (const QJsonValue &c : inc.toObject().value(QStringLiteral("concept")).toArray())
                    out << ValueOption{c.toObject().value(QStringLiteral("code")).toString(),
                                       c.toObject().value(QStringLiteral("display")).toString(), false};
            return out;
        }
        error(path, Tr::tr("Référence « %1 » vers un ValueSet contenu introuvable.").arg(reference));
        return out;
    }

    void analysis(const QJsonObject &od, const QString &path)
    {
        Analysis a;
        a.localCode = identifier(od, kAnalysis);
        if (a.localCode.isEmpty()) {
            error(path + QStringLiteral(".identifier"), Tr::tr("Identifiant %1 (code local) manquant.").arg(kAnalysis));
            return;
        }
        if (m_analysisPath.contains(a.localCode)) {
            error(path + QStringLiteral(".identifier"),
                  Tr::tr("Code local « %1 » déjà défini en %2.").arg(a.localCode, m_analysisPath.value(a.localCode)),
                  domain::errc::CatalogueDuplicateCode);
            return;
        }
        m_analysisPath.insert(a.localCode, path);
        m_idToCode.insert(od.value(QStringLiteral("id")).toString(), a.localCode);
        m_out.locationOf.insert(a.localCode, m_source + QLatin1Char('#') + path);
        const QJsonObject code = od.value(QStringLiteral("code")).toObject();
        a.loinc = codingOf(code, kLoinc).value(QStringLiteral("code")).toString().trimmed();
        a.label = od.value(QStringLiteral("preferredReportName")).toString();
        if (a.label.isEmpty())
            a.label = code.value(QStringLiteral("text")).toString();
        for (const QJsonValue &v : code.value(QStringLiteral("coding")).toArray()) {
            const QString system = v.toObject().value(QStringLiteral("system")).toString();
            if (system.startsWith(kAnalyzer))
                a.analyzerMappings << AnalyzerMapping{system.mid(kAnalyzer.size()),
                                                      v.toObject().value(QStringLiteral("code")).toString()};
        }
        const QJsonArray types = od.value(QStringLiteral("permittedDataType")).toArray();
        const QString type = types.isEmpty() ? QStringLiteral("Quantity") : types.first().toString();
        if (type == QLatin1String("Quantity"))
            a.resultType = ResultType::Numeric;
        else if (type == QLatin1String("CodeableConcept"))
            a.resultType = ResultType::Coded;
        else if (type == QLatin1String("string"))
            a.resultType = ResultType::Text;
        else
            error(path + QStringLiteral(".permittedDataType[0]"),
                  Tr::tr("Type « %1 » non pris en charge (Quantity, CodeableConcept ou string).").arg(type));
        a.method = od.value(QStringLiteral("method")).toObject().value(QStringLiteral("text")).toString();
        const QJsonArray extensions = od.value(QStringLiteral("extension")).toArray();
        for (qsizetype i = 0; i < extensions.size(); ++i) {
            const QJsonObject e = extensions.at(i).toObject();
            const QString url = e.value(QStringLiteral("url")).toString();
            const QString ep = QStringLiteral("%1.extension[%2]").arg(path).arg(i);
            if (url == kExt + QStringLiteral("specimen"))
                a.specimen = e.value(QStringLiteral("valueCoding")).toObject().value(QStringLiteral("code")).toString();
            else if (url == kExt + QStringLiteral("second-unit-loinc"))
                a.secondLoinc = e.value(QStringLiteral("valueCoding")).toObject().value(QStringLiteral("code")).toString();
            else if (url == kExt + QStringLiteral("formula"))
                a.formula = e.value(QStringLiteral("valueString")).toString();
            else if (url == kExt + QStringLiteral("bench")) {
                a.bench = codedExtension(e, kBench, ep);
                if (!a.bench.isEmpty())
                    m_benchRefs.append({ep + QStringLiteral(".valueCoding.code"), a.bench});
            } else if (url == kExt + QStringLiteral("container")) {
                const QString ref = e.value(QStringLiteral("valueReference")).toObject().value(QStringLiteral("reference")).toString();
                m_containerRefs.append({ep + QStringLiteral(".valueReference.reference"), ref,
                                        m_out.catalogue.analyses.size()});
            } else if (url == kExt + QStringLiteral("clinical-question")) {
                if (const QString q = codedExtension(e, kQuestion, ep); !q.isEmpty())
                    a.questions << q;
            }
        }
        const QJsonObject details = od.value(QStringLiteral("quantitativeDetails")).toObject();
        const QString dp = path + QStringLiteral(".quantitativeDetails");
        const QJsonObject unit = details.value(QStringLiteral("unit")).toObject();
        a.unit = codingOf(unit, kUcum).value(QStringLiteral("code")).toString();
        a.displayUnit = unit.value(QStringLiteral("text")).toString();
        a.secondUnit = codingOf(details.value(QStringLiteral("customaryUnit")).toObject(), kUcum)
                           .value(QStringLiteral("code")).toString();
        a.secondUnitFactor = number(details, QStringLiteral("conversionFactor"), dp);
        if (details.contains(QStringLiteral("decimalPrecision"))) {
            if (auto d = number(details, QStringLiteral("decimalPrecision"), dp))
                a.decimals = int(*d);
        }
        // Intervals: one ReferenceRange per (gender, age) bracket, categories merged.
        const QJsonArray intervals = od.value(QStringLiteral("qualifiedInterval")).toArray();
        QHash<QString, qsizetype> bracket;
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            const QString ip = QStringLiteral("%1.qualifiedInterval[%2]").arg(path).arg(i);
            const QJsonObject in = intervals.at(i).toObject();
            ReferenceRange r;
            const QString gender = in.value(QStringLiteral("gender")).toString();
            if (gender == QLatin1String("female"))
                r.sex = Sex::Female;
            else if (gender == QLatin1String("male"))
                r.sex = Sex::Male;
            else if (!gender.isEmpty()) {
                error(ip + QStringLiteral(".gender"), Tr::tr("Sexe « %1 » non pris en charge (female, male ou absent).").arg(gender));
                continue;
            }
            const QJsonObject ageRange = in.value(QStringLiteral("age")).toObject();
            if (ageRange.contains(QStringLiteral("low"))) {
                auto low = age(ageRange.value(QStringLiteral("low")).toObject(), ip + QStringLiteral(".age.low"));
                if (!low)
                    continue;
                r.ageMin = *low;
            }
            if (ageRange.contains(QStringLiteral("high"))) {
                r.ageMax = age(ageRange.value(QStringLiteral("high")).toObject(), ip + QStringLiteral(".age.high"));
                if (!r.ageMax)
                    continue;
            }
            const QString key = QStringLiteral("%1|%2|%3").arg(gender, r.ageMin.toString(),
                                                                r.ageMax ? r.ageMax->toString() : QString());
            if (!bracket.contains(key)) {
                bracket.insert(key, a.ranges.size());
                a.ranges << r;
            }
            ReferenceRange &target = a.ranges[bracket.value(key)];
            const QJsonObject rg = in.value(QStringLiteral("range")).toObject();
            const QString rp = ip + QStringLiteral(".range");
            std::optional<double> low, high;
            for (const char *side : {"low", "high"}) {
                const QJsonObject q = rg.value(QString::fromLatin1(side)).toObject();
                if (q.isEmpty())
                    continue;
                const QString qp = rp + QLatin1Char('.') + QString::fromLatin1(side);
                auto v = number(q, QStringLiteral("value"), qp);
                if (!q.contains(QStringLiteral("value")))
                    error(qp + QStringLiteral(".value"), Tr::tr("Valeur manquante."));
                const QString qunit = q.value(QStringLiteral("code")).toString();
                if (!qunit.isEmpty() && qunit != a.unit)
                    error(qp + QStringLiteral(".code"),
                          Tr::tr("Unité « %1 » différente de l'unité de l'analyse « %2 ».").arg(qunit, a.unit));
                (side[0] == 'l' ? low : high) = v;
            }
            const QString category = in.value(QStringLiteral("category")).toString();
            if (category == QLatin1String("reference")) {
                target.low = low;
                target.high = high;
                for (const QJsonValue &e : in.value(QStringLiteral("extension")).toArray())
                    if (e.toObject().value(QStringLiteral("url")).toString() == kExt + QStringLiteral("reference-text"))
                        target.text = e.toObject().value(QStringLiteral("valueString")).toString();
            } else if (category == QLatin1String("critical")) {
                target.criticalLow = low;
                target.criticalHigh = high;
            } else if (category == QLatin1String("absolute")) {
                target.validLow = low;
                target.validHigh = high;
            } else {
                error(ip + QStringLiteral(".category"),
                      Tr::tr("Catégorie « %1 » inconnue (reference, critical, absolute).").arg(category));
            }
        }
        if (od.contains(QStringLiteral("validCodedValueSet"))) {
            a.valueOptions = valueSet(od, od.value(QStringLiteral("validCodedValueSet")).toObject().value(QStringLiteral("reference")).toString(),
                                      path + QStringLiteral(".validCodedValueSet"));
            if (od.contains(QStringLiteral("abnormalCodedValueSet"))) {
                const auto abnormal = valueSet(od, od.value(QStringLiteral("abnormalCodedValueSet")).toObject().value(QStringLiteral("reference")).toString(),
                                               path + QStringLiteral(".abnormalCodedValueSet"));
                for (ValueOption &o : a.valueOptions)
                    for (const ValueOption &ab : abnormal)
                        if (ab.code == o.code)
                            o.abnormal = true;
            }
        }
        m_out.catalogue.analyses << a;
    }

    /** The code of an extension's valueCoding of `system`; errors (empty result) otherwise. */
    QString codedExtension(const QJsonObject &e, const QString &system, const QString &path)
    {
        const QJsonObject c = e.value(QStringLiteral("valueCoding")).toObject();
        if (c.value(QStringLiteral("system")).toString() != system) {
            error(path + QStringLiteral(".valueCoding.system"), Tr::tr("Système %1 attendu.").arg(system));
            return {};
        }
        const QString code = c.value(QStringLiteral("code")).toString().trimmed();
        if (code.isEmpty())
            error(path + QStringLiteral(".valueCoding.code"), Tr::tr("Code manquant."));
        return code;
    }

    /** The CodeSystem of the benches: one concept (code, display) per bench. */
    void benches(const QJsonArray &concepts, const QString &path)
    {
        for (qsizetype i = 0; i < concepts.size(); ++i) {
            const QString p = QStringLiteral("%1.concept[%2]").arg(path).arg(i);
            const QJsonObject c = concepts.at(i).toObject();
            const Bench b{c.value(QStringLiteral("code")).toString().trimmed(),
                          c.value(QStringLiteral("display")).toString().trimmed()};
            if (b.code.isEmpty() || b.label.isEmpty()) {
                error(p, Tr::tr("Paillasse sans code ou sans libellé (code, display)."));
                continue;
            }
            if (m_benchPath.contains(b.code)) {
                error(p + QStringLiteral(".code"),
                      Tr::tr("Paillasse « %1 » déjà définie en %2.").arg(b.code, m_benchPath.value(b.code)),
                      domain::errc::CatalogueDuplicateCode);
                continue;
            }
            m_benchPath.insert(b.code, p);
            m_out.catalogue.benches << b;
            m_out.locationOf.insert(QStringLiteral("bench:") + b.code, m_source + QLatin1Char('#') + p);
        }
    }

    /** A container type: its identifier (container system) is the code analyses refer to. */
    void specimen(const QJsonObject &sd, const QString &path)
    {
        const QJsonObject id = sd.value(QStringLiteral("identifier")).toObject();
        const QString code = id.value(QStringLiteral("value")).toString().trimmed();
        if (id.value(QStringLiteral("system")).toString() != kContainer || code.isEmpty()) {
            error(path + QStringLiteral(".identifier"), Tr::tr("Identifiant %1 (type de tube) manquant.").arg(kContainer));
            return;
        }
        const QString resourceId = sd.value(QStringLiteral("id")).toString();
        if (resourceId.isEmpty()) {
            error(path + QStringLiteral(".id"), Tr::tr("Identifiant de ressource (id) manquant."));
            return;
        }
        m_specimenIdToCode.insert(resourceId, code);
    }

    /** The container code a "SpecimenDefinition/<id>" reference names, empty (error at `path`) when absent. */
    QString resolveSpecimen(const QString &ref, const QString &path)
    {
        const QString id = ref.mid(kSpecimenRef.size());
        if (!ref.startsWith(kSpecimenRef) || !m_specimenIdToCode.contains(id)) {
            error(path, Tr::tr("Référence « %1 » vers une SpecimenDefinition absente du Bundle.").arg(ref));
            return {};
        }
        return m_specimenIdToCode.value(id);
    }

    /** Bench codes, container and specimen references, once every resource is read. */
    void resolveBenchesAndContainers()
    {
        for (const auto &[path, code] : std::as_const(m_benchRefs))
            if (!m_benchPath.contains(code))
                error(path, Tr::tr("Paillasse « %1 » absente du CodeSystem des paillasses (%2).").arg(code, kBench),
                      domain::errc::CatalogueUnknownReference);
        for (const auto &[path, ref, index] : std::as_const(m_containerRefs))
            if (const QString code = resolveSpecimen(ref, path); !code.isEmpty() && index < m_out.catalogue.analyses.size())
                m_out.catalogue.analyses[index].container = code;
        for (const auto &[path, ref] : std::as_const(m_specimenRequirements))
            resolveSpecimen(ref, path);
    }

    void exam(const QJsonObject &ad, const QString &path)
    {
        Exam e;
        e.code = identifier(ad, kExam);
        if (e.code.isEmpty()) {
            error(path + QStringLiteral(".identifier"), Tr::tr("Identifiant %1 (code examen) manquant.").arg(kExam));
            return;
        }
        e.label = ad.value(QStringLiteral("title")).toString();
        const QJsonObject code = ad.value(QStringLiteral("code")).toObject();
        e.loinc = codingOf(code, kLoinc).value(QStringLiteral("code")).toString();
        if (e.label.isEmpty())
            e.label = codingOf(code, kExam).value(QStringLiteral("display")).toString();
        for (const QJsonValue &t : ad.value(QStringLiteral("topic")).toArray()) {
            const QJsonObject c = codingOf(t.toObject(), kChapter);
            if (!c.isEmpty())
                e.chapterCode = c.value(QStringLiteral("code")).toString();
        }
        if (e.chapterCode.isEmpty())
            error(path + QStringLiteral(".topic"), Tr::tr("Chapitre (topic %1) manquant.").arg(kChapter));
        m_pendingRefs.append({path, ad.value(QStringLiteral("observationResultRequirement")).toArray()});
        const QJsonArray specimens = ad.value(QStringLiteral("specimenRequirement")).toArray();
        for (qsizetype i = 0; i < specimens.size(); ++i)
            m_specimenRequirements.append({QStringLiteral("%1.specimenRequirement[%2]").arg(path).arg(i),
                                           specimens.at(i).toObject().value(QStringLiteral("reference")).toString()});
        m_out.catalogue.exams << e;
    }

    void resolveExamReferences()
    {
        for (qsizetype i = 0; i < m_pendingRefs.size(); ++i) {
            const auto &[path, refs] = m_pendingRefs.at(i);
            for (qsizetype j = 0; j < refs.size(); ++j) {
                const QString ref = refs.at(j).toObject().value(QStringLiteral("reference")).toString();
                const QString id = ref.section(QLatin1Char('/'), -1);
                if (!ref.startsWith(QLatin1String("ObservationDefinition/")) || !m_idToCode.contains(id)) {
                    error(QStringLiteral("%1.observationResultRequirement[%2]").arg(path).arg(j),
                          Tr::tr("Référence « %1 » vers une ObservationDefinition absente du Bundle.").arg(ref));
                    continue;
                }
                m_out.catalogue.exams[i].analysisCodes << m_idToCode.value(id);
            }
        }
    }

private:
    ImportedCatalogue &m_out;
    QString m_source;
    QHash<QString, QString> m_analysisPath;
    QHash<QString, QString> m_idToCode;
    QList<std::pair<QString, QJsonArray>> m_pendingRefs;
    QHash<QString, QString> m_benchPath;                        ///< bench code -> JSON path of its concept
    QHash<QString, QString> m_specimenIdToCode;                 ///< SpecimenDefinition id -> container code
    QList<std::pair<QString, QString>> m_benchRefs;             ///< (path, bench code) of analyses
    QList<std::tuple<QString, QString, qsizetype>> m_containerRefs; ///< (path, reference, analysis index)
    QList<std::pair<QString, QString>> m_specimenRequirements;  ///< (path, reference) of exams
};

} // namespace

ImportedCatalogue FhirCatalogue::fromBundle(const QByteArray &json, const QString &source)
{
    ImportedCatalogue out;
    out.rangesPresent = true;
    for (const char *f : {"label", "loinc", "specimen", "method", "result_type", "unit", "display_unit",
                          "second_unit", "second_unit_factor", "second_loinc", "decimals", "value_list",
                          "formula", "analyzer_codes", "chapter_code", "exam_code", "bench", "container",
                          "clinical_questions"})
        out.fields.insert(QString::fromLatin1(f));
    Reader reader(out, source);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        out.errors << Error{errc::FhirJson,
                            Tr::tr("JSON invalide : %1.").arg(pe.errorString()),
                            QStringLiteral("%1, octet %2").arg(source).arg(pe.offset)};
        return out;
    }
    const QJsonObject bundle = doc.object();
    if (!doc.isObject() || bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle")) {
        reader.error(QStringLiteral("resourceType"), Tr::tr("Un Bundle FHIR est attendu."));
        return out;
    }
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    if (entries.isEmpty())
        reader.error(QStringLiteral("Bundle.entry"), Tr::tr("Bundle vide."));
    bool hasChapters = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("Bundle.entry[%1].resource").arg(i);
        const QJsonObject r = entries.at(i).toObject().value(QStringLiteral("resource")).toObject();
        const QString type = r.value(QStringLiteral("resourceType")).toString();
        if (type == QLatin1String("ObservationDefinition"))
            reader.analysis(r, path);
        else if (type == QLatin1String("ActivityDefinition"))
            reader.exam(r, path);
        else if (type == QLatin1String("CodeSystem") && r.value(QStringLiteral("url")).toString() == kChapter) {
            hasChapters = true;
            reader.chapters(r.value(QStringLiteral("concept")).toArray(), QString(), path);
        } else if (type == QLatin1String("CodeSystem") && r.value(QStringLiteral("url")).toString() == kBench)
            reader.benches(r.value(QStringLiteral("concept")).toArray(), path);
        else if (type == QLatin1String("SpecimenDefinition"))
            reader.specimen(r, path);
        else
            reader.error(path + QStringLiteral(".resourceType"),
                         Tr::tr("Ressource « %1 » inattendue (ObservationDefinition, ActivityDefinition, "
                                "SpecimenDefinition, CodeSystem %2 ou %3).")
                             .arg(type.isEmpty() ? Tr::tr("(absente)") : type, kChapter, kBench),
                         errc::FhirUnexpectedResource);
    }
    reader.resolveExamReferences();
    reader.resolveBenchesAndContainers();
    if (!hasChapters && !out.catalogue.exams.isEmpty())
        reader.error(QStringLiteral("Bundle.entry"), Tr::tr("CodeSystem des chapitres (%1) absent.").arg(kChapter));
    return out;
}

} // namespace sgl::interop::catalogue
