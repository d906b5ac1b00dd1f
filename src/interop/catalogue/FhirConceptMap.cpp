#include "interop/catalogue/FhirConceptMap.h"

#include "interop/catalogue/ErrorCodes.h"
#include "interop/catalogue/FhirSystems.h"
#include "interop/catalogue/Tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace sgl::interop::catalogue {

using namespace sgl::domain;

namespace {

QString secondUnitExtension()
{
    return fhir::extensionBase() + QStringLiteral("second-unit");
}

QString versionSystem()
{
    return QStringLiteral("urn:sgl:catalogue:version");
}

QJsonObject target(const QString &code, const QString &display, const QString &equivalence)
{
    QJsonObject t{{QStringLiteral("code"), code}};
    if (!display.isEmpty())
        t.insert(QStringLiteral("display"), display);
    t.insert(QStringLiteral("equivalence"), equivalence);
    return t;
}

QJsonObject element(const Analysis &a, const LoincSubset &loinc)
{
    QJsonArray targets;
    if (a.loinc.isEmpty()) {
        // R4: an unmatched target names no target concept; the comment says why.
        targets.append(QJsonObject{{QStringLiteral("equivalence"), QStringLiteral("unmatched")},
                                   {QStringLiteral("comment"), Tr::tr("Aucun code LOINC attribué à cette analyse.")}});
    } else {
        const LoincEntry *e = loinc.find(a.loinc);
        targets.append(target(a.loinc, e ? e->longName : QString(), QStringLiteral("equivalent")));
    }
    if (!a.secondLoinc.isEmpty()) {
        const LoincEntry *e = loinc.find(a.secondLoinc);
        QJsonObject second = target(a.secondLoinc, e ? e->longName : QString(), QStringLiteral("relatedto"));
        second.insert(QStringLiteral("comment"),
                      Tr::tr("Même résultat exprimé dans la seconde unité : %1.")
                          .arg(a.secondUnit.isEmpty() ? Tr::tr("(non précisée)") : a.secondUnit));
        if (!a.secondUnit.isEmpty())
            second.insert(QStringLiteral("extension"),
                          QJsonArray{QJsonObject{{QStringLiteral("url"), secondUnitExtension()},
                                                 {QStringLiteral("valueCode"), a.secondUnit}}});
        targets.append(second);
    }
    QJsonObject el{{QStringLiteral("code"), a.localCode}};
    if (!a.label.isEmpty())
        el.insert(QStringLiteral("display"), a.label);
    el.insert(QStringLiteral("target"), targets);
    return el;
}

/** R4 ConceptMapEquivalence codes. */
bool knownEquivalence(const QString &e)
{
    static const QStringList codes{QStringLiteral("relatedto"), QStringLiteral("equivalent"),
                                   QStringLiteral("equal"),     QStringLiteral("wider"),
                                   QStringLiteral("subsumes"),  QStringLiteral("narrower"),
                                   QStringLiteral("specializes"), QStringLiteral("inexact"),
                                   QStringLiteral("unmatched"), QStringLiteral("disjoint")};
    return codes.contains(e);
}

bool isSecondUnitTarget(const QJsonObject &t)
{
    for (const QJsonValue &v : t.value(QStringLiteral("extension")).toArray())
        if (v.toObject().value(QStringLiteral("url")).toString() == secondUnitExtension())
            return true;
    return false;
}

class Reader
{
public:
    Reader(ImportedCatalogue &out, QString source) : m_out(out), m_source(std::move(source)) {}

    void error(const QString &path, const QString &message, QLatin1StringView code = errc::FhirInvalid)
    {
        m_out.errors << Error{QString(code), message, m_source + QLatin1Char('#') + path};
    }
    void warning(const QString &path, const QString &message, QLatin1StringView code)
    {
        m_out.warnings << Error{QString(code), message, m_source + QLatin1Char('#') + path};
    }

    /** `key` must be absent (when optional) or equal to `expected`. */
    void checkSystem(const QJsonObject &o, const QString &key, const QString &path, const QString &expected,
                     bool required)
    {
        if (!o.contains(key)) {
            if (required)
                error(path + QLatin1Char('.') + key, Tr::tr("Système attendu : %1 (absent).").arg(expected),
                      errc::ConceptmapSystem);
            return;
        }
        const QString value = o.value(key).toString();
        if (value != expected)
            error(path + QLatin1Char('.') + key,
                  Tr::tr("Système « %1 » inattendu : %2 attendu.").arg(value, expected), errc::ConceptmapSystem);
    }

    void element(const QJsonObject &el, const QString &path)
    {
        const QString code = el.value(QStringLiteral("code")).toString().trimmed();
        if (code.isEmpty()) {
            error(path + QStringLiteral(".code"), Tr::tr("Code local de l'élément manquant."));
            return;
        }
        if (m_elementPath.contains(code)) {
            error(path + QStringLiteral(".code"),
                  Tr::tr("Code local « %1 » déjà présent en %2.").arg(code, m_elementPath.value(code)),
                  errc::DuplicateCode);
            return;
        }
        m_elementPath.insert(code, path);
        const QJsonArray targets = el.value(QStringLiteral("target")).toArray();
        if (targets.isEmpty()) {
            error(path + QStringLiteral(".target"),
                  Tr::tr("Aucune cible pour « %1 » : une cible « equivalent » avec le code LOINC, ou « unmatched » "
                     "sans code, est attendue.")
                      .arg(code));
            return;
        }
        QStringList primary;
        QString primaryPath;
        bool unmatched = false;
        bool ok = true;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const QString tp = QStringLiteral("%1.target[%2]").arg(path).arg(i);
            const QJsonObject t = targets.at(i).toObject();
            const QString equivalence = t.value(QStringLiteral("equivalence")).toString();
            const QString targetCode = t.value(QStringLiteral("code")).toString().trimmed();
            if (equivalence.isEmpty()) {
                error(tp + QStringLiteral(".equivalence"), Tr::tr("Équivalence manquante (obligatoire en FHIR R4)."));
                ok = false;
            } else if (!knownEquivalence(equivalence)) {
                error(tp + QStringLiteral(".equivalence"),
                      Tr::tr("Équivalence « %1 » inconnue en FHIR R4.").arg(equivalence));
                ok = false;
            } else if (equivalence == QLatin1String("unmatched")) {
                if (!targetCode.isEmpty()) {
                    error(tp + QStringLiteral(".code"),
                          Tr::tr("Une cible « unmatched » ne porte pas de code (ici « %1 ») : mettre « equivalent » "
                             "ou retirer le code.")
                              .arg(targetCode));
                    ok = false;
                }
                unmatched = true;
            } else if (equivalence == QLatin1String("equivalent") || equivalence == QLatin1String("equal")) {
                if (targetCode.isEmpty()) {
                    error(tp + QStringLiteral(".code"), Tr::tr("Code LOINC manquant pour une cible « %1 ».").arg(equivalence));
                    ok = false;
                } else if (!isSecondUnitTarget(t)) {
                    primary << targetCode;
                    primaryPath = tp;
                }
            } else if (!isSecondUnitTarget(t)) {
                warning(tp + QStringLiteral(".equivalence"),
                        Tr::tr("Cible « %1 » ignorée : seule une équivalence « equivalent » ou « equal » renseigne "
                           "le LOINC de l'analyse.")
                            .arg(equivalence),
                        errc::ConceptmapIgnoredTarget);
            }
        }
        if (!ok)
            return;
        if (primary.size() > 1) {
            error(path + QStringLiteral(".target"),
                  Tr::tr("Plusieurs cibles « equivalent » pour « %1 » (%2) : une seule est permise.")
                      .arg(code, primary.join(QStringLiteral(", "))));
            return;
        }
        if (primary.size() == 1 && unmatched) {
            error(path + QStringLiteral(".target"),
                  Tr::tr("« %1 » est à la fois associé à %2 et déclaré « unmatched ».").arg(code, primary.front()));
            return;
        }
        if (primary.isEmpty() && !unmatched) {
            error(path + QStringLiteral(".target"),
                  Tr::tr("Aucune cible « equivalent » ni « unmatched » pour « %1 ».").arg(code));
            return;
        }
        Analysis a;
        a.localCode = code;
        a.label = el.value(QStringLiteral("display")).toString();
        a.loinc = primary.isEmpty() ? QString() : primary.front();
        m_out.catalogue.analyses << a;
        m_out.locationOf.insert(code, m_source + QLatin1Char('#') + (primaryPath.isEmpty() ? path : primaryPath));
    }

private:
    ImportedCatalogue &m_out;
    QString m_source;
    QHash<QString, QString> m_elementPath;
};

} // namespace

QString FhirConceptMap::resourceId()
{
    return QStringLiteral("sgl-analysis-loinc");
}

QString FhirConceptMap::canonicalUrl(const QString &canonicalBase)
{
    QString base = canonicalBase.trimmed().isEmpty() ? fhir::reservedBase() : canonicalBase.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/ConceptMap/") + resourceId();
}

Status FhirConceptMap::checkCanonicalBase(const QString &canonicalBase)
{
    const QString base = canonicalBase.trimmed();
    if (base.isEmpty())
        return {};
    const QUrl url(base, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(errc::CanonicalBase,
                    Tr::tr("Base canonique « %1 » invalide : une URL absolue http(s) sans « ? » ni « # » est "
                       "attendue (ex. https://labo.example.fr/fhir).")
                        .arg(base));
    return {};
}

QByteArray FhirConceptMap::write(const Catalogue &c, const LoincSubset &loinc, const ConceptMapOptions &options)
{
    const QDateTime date = (options.date.isValid() ? options.date : QDateTime::currentDateTimeUtc()).toUTC();
    QJsonObject map{{QStringLiteral("resourceType"), QStringLiteral("ConceptMap")},
                    {QStringLiteral("id"), resourceId()},
                    {QStringLiteral("url"), canonicalUrl(options.canonicalBase)}};
    if (!options.catalogueVersion.isEmpty()) {
        // R4: identifier is 0..1 (a single Identifier, not a list).
        map.insert(QStringLiteral("identifier"),
                   QJsonObject{{QStringLiteral("system"), versionSystem()},
                               {QStringLiteral("value"), options.catalogueVersion}});
        map.insert(QStringLiteral("version"), options.catalogueVersion);
    }
    map.insert(QStringLiteral("name"), QStringLiteral("SglAnalysisLoinc"));
    map.insert(QStringLiteral("title"), Tr::tr("Analyses du laboratoire vers LOINC"));
    map.insert(QStringLiteral("status"), QStringLiteral("active"));
    map.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    map.insert(QStringLiteral("sourceUri"), fhir::analysisSystem());
    map.insert(QStringLiteral("targetUri"), fhir::loincSystem());
    QJsonArray elements;
    for (const Analysis &a : c.analyses)
        elements.append(element(a, loinc));
    map.insert(QStringLiteral("group"),
               QJsonArray{QJsonObject{{QStringLiteral("source"), fhir::analysisSystem()},
                                      {QStringLiteral("target"), fhir::loincSystem()},
                                      {QStringLiteral("element"), elements}}});
    return QJsonDocument(map).toJson(QJsonDocument::Indented);
}

ImportedCatalogue FhirConceptMap::read(const QByteArray &json, const QString &source)
{
    ImportedCatalogue out;
    out.fields = {QStringLiteral("loinc")};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        out.errors << Error{errc::FhirJson, Tr::tr("JSON invalide : %1.").arg(pe.errorString()),
                            QStringLiteral("%1, octet %2").arg(source).arg(pe.offset)};
        return out;
    }
    Reader reader(out, source);
    const QJsonObject map = doc.object();
    const QString type = map.value(QStringLiteral("resourceType")).toString();
    if (!doc.isObject() || type != QLatin1String("ConceptMap")) {
        reader.error(QStringLiteral("resourceType"),
                     Tr::tr("Un ConceptMap FHIR est attendu (ici « %1 »).").arg(type.isEmpty() ? Tr::tr("(absent)") : type),
                     errc::FhirUnexpectedResource);
        return out;
    }
    const QString root = QStringLiteral("ConceptMap");
    for (const char *key : {"sourceCanonical", "targetCanonical"})
        if (map.contains(QString::fromLatin1(key)))
            reader.checkSystem(map, QString::fromLatin1(key), root,
                               key[0] == 's' ? fhir::analysisSystem() : fhir::loincSystem(), false);
    reader.checkSystem(map, QStringLiteral("sourceUri"), root, fhir::analysisSystem(), false);
    reader.checkSystem(map, QStringLiteral("targetUri"), root, fhir::loincSystem(), false);
    const QJsonArray groups = map.value(QStringLiteral("group")).toArray();
    if (groups.isEmpty()) {
        reader.error(root + QStringLiteral(".group"), Tr::tr("Aucun groupe d'éléments (ConceptMap vide)."));
        return out;
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString gp = QStringLiteral("ConceptMap.group[%1]").arg(g);
        const QJsonObject group = groups.at(g).toObject();
        const qsizetype errorsBefore = out.errors.size();
        reader.checkSystem(group, QStringLiteral("source"), gp, fhir::analysisSystem(), true);
        reader.checkSystem(group, QStringLiteral("target"), gp, fhir::loincSystem(), true);
        if (out.errors.size() != errorsBefore)
            continue; // elements of another code system are not ours to read
        const QJsonArray elements = group.value(QStringLiteral("element")).toArray();
        for (qsizetype i = 0; i < elements.size(); ++i)
            reader.element(elements.at(i).toObject(), QStringLiteral("%1.element[%2]").arg(gp).arg(i));
    }
    return out;
}

} // namespace sgl::interop::catalogue
