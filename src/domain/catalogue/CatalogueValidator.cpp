#include "domain/catalogue/CatalogueValidator.h"

#include "domain/catalogue/ClinicalQuestion.h"
#include "domain/catalogue/ContainerType.h"
#include "domain/catalogue/Formula.h"
#include "domain/catalogue/LoincCode.h"
#include "domain/catalogue/ReflexRuleValidator.h"
#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>

namespace sgl::domain {

namespace {

QString join(const QString &where, const QString &what)
{
    return where.isEmpty() ? what : QStringLiteral("%1, %2").arg(where, what);
}

Error err(QLatin1StringView code, const QString &message, const QString &location)
{
    return Error{code, message, location};
}

} // namespace

QList<Error> CatalogueValidator::validateRanges(const QList<ReferenceRange> &ranges,
                                                const QString &where)
{
    QList<Error> out;
    // Per range: limits in order, ages in order.
    for (const ReferenceRange &r : ranges) {
        const QString loc = join(where, QStringLiteral("plage %1").arg(r.bracketLabel()));
        if (r.sex && *r.sex == Sex::Unknown)
            out << err(errc::CatalogueRangeSex,
                       Tr::tr("Une plage est pour F, M ou tous les sexes (vide), pas « U »."), loc);
        if (r.ageMax && r.ageMax->approximateDays() <= r.ageMin.approximateDays())
            out << err(errc::CatalogueRangeOrder,
                       Tr::tr("Tranche d'âge vide : l'âge maximal doit dépasser l'âge minimal."), loc);
        auto ordered = [&](std::optional<double> a, std::optional<double> b, const QString &what) {
            if (a && b && *a > *b)
                out << err(errc::CatalogueRangeOrder, what, loc);
        };
        ordered(r.low, r.high, Tr::tr("Borne basse supérieure à la borne haute."));
        ordered(r.criticalLow, r.low, Tr::tr("Seuil critique bas supérieur à la borne basse."));
        ordered(r.high, r.criticalHigh, Tr::tr("Seuil critique haut inférieur à la borne haute."));
        ordered(r.criticalLow, r.criticalHigh, Tr::tr("Seuil critique bas supérieur au seuil critique haut."));
        ordered(r.validLow, r.criticalLow, Tr::tr("Limite physiologique basse supérieure au seuil critique bas."));
        ordered(r.validLow, r.low, Tr::tr("Limite physiologique basse supérieure à la borne basse."));
        ordered(r.criticalHigh, r.validHigh, Tr::tr("Limite physiologique haute inférieure au seuil critique haut."));
        ordered(r.high, r.validHigh, Tr::tr("Limite physiologique haute inférieure à la borne haute."));
        ordered(r.validLow, r.validHigh, Tr::tr("Limite physiologique basse supérieure à la limite haute."));
    }
    // Per sex (F, M, any): brackets must not overlap.
    for (const std::optional<Sex> sex :
         {std::optional<Sex>(Sex::Female), std::optional<Sex>(Sex::Male), std::optional<Sex>()}) {
        QList<const ReferenceRange *> group;
        for (const ReferenceRange &r : ranges)
            if (r.sex == sex)
                group << &r;
        std::sort(group.begin(), group.end(), [](const auto *a, const auto *b) {
            return a->ageMin.approximateDays() < b->ageMin.approximateDays();
        });
        for (qsizetype i = 1; i < group.size(); ++i) {
            const ReferenceRange &prev = *group[i - 1];
            const ReferenceRange &cur = *group[i];
            const double prevEnd = prev.ageMax ? prev.ageMax->approximateDays()
                                               : std::numeric_limits<double>::infinity();
            if (prevEnd > cur.ageMin.approximateDays() + 0.5)
                out << err(errc::CatalogueRangeOverlap,
                           Tr::tr("Les tranches d'âge %1 et %2 se chevauchent pour le même sexe.")
                               .arg(prev.bracketLabel(), cur.bracketLabel()),
                           join(where, QStringLiteral("plage %1").arg(cur.bracketLabel())));
        }
    }
    return out;
}

CatalogueValidator::Report CatalogueValidator::validateAnalysis(const Analysis &a,
                                                                const QString &where) const
{
    Report rep;
    const QString loc = join(where, QStringLiteral("analyse %1").arg(a.localCode));
    if (a.localCode.trimmed().isEmpty())
        rep.errors << err(errc::CatalogueMissingField, Tr::tr("Code local manquant."), join(where, QStringLiteral("local_code")));
    if (a.label.trimmed().isEmpty())
        rep.errors << err(errc::CatalogueMissingField, Tr::tr("Libellé manquant."), join(loc, QStringLiteral("label")));
    switch (m_loinc.status(a.loinc)) {
    case LoincStatus::Missing:
        rep.warnings << err(errc::LoincMissing,
                            Tr::tr("Pas de code LOINC : le résultat ne pourra pas figurer dans un CR-BIO structuré."),
                            join(loc, QStringLiteral("loinc")));
        break;
    case LoincStatus::Invalid:
        rep.errors << LoincCode::parse(a.loinc, join(loc, QStringLiteral("loinc"))).error();
        break;
    case LoincStatus::Unverified:
        rep.warnings << err(errc::LoincUnverified,
                            Tr::tr("Code LOINC %1 valide mais absent du sous-ensemble de référence : à vérifier.")
                                .arg(a.loinc),
                            join(loc, QStringLiteral("loinc")));
        break;
    case LoincStatus::Verified:
        break;
    }
    // Unitless numeric results (INR, ratios) keep an empty unit: the CDA carries them as REAL,
    // since neither "1" nor "{INR}" is in the ANS kit's UCUM list.
    if (!a.unit.isEmpty()) {
        if (auto s = m_units.check(a.unit, join(loc, QStringLiteral("unit"))); !s)
            rep.errors << s.error();
    }
    if (!a.secondUnit.isEmpty() || a.secondUnitFactor || !a.secondLoinc.isEmpty()) {
        if (a.secondUnit.isEmpty() || !a.secondUnitFactor || *a.secondUnitFactor <= 0)
            rep.errors << err(errc::CatalogueSecondUnit,
                              Tr::tr("Seconde unité incomplète : unité et facteur de conversion positif requis."),
                              join(loc, QStringLiteral("second_unit")));
        else if (auto s = m_units.check(a.secondUnit, join(loc, QStringLiteral("second_unit"))); !s)
            rep.errors << s.error();
        if (!a.secondLoinc.isEmpty() && !LoincCode::isValid(a.secondLoinc))
            rep.errors << LoincCode::parse(a.secondLoinc, join(loc, QStringLiteral("second_loinc"))).error();
    }
    if (a.decimals < -1 || a.decimals > 6)
        rep.errors << err(errc::CatalogueDecimals, Tr::tr("Nombre de décimales hors de 0 à 6."),
                          join(loc, QStringLiteral("decimals")));
    if (a.resultType == ResultType::Coded) {
        QSet<QString> seen;
        if (a.valueOptions.isEmpty())
            rep.errors << err(errc::CatalogueValueList, Tr::tr("Résultat codé sans liste de valeurs."),
                              join(loc, QStringLiteral("value_list")));
        for (const ValueOption &o : a.valueOptions) {
            if (o.code.isEmpty() || o.label.isEmpty() || seen.contains(o.code))
                rep.errors << err(errc::CatalogueValueList,
                                  Tr::tr("Liste de valeurs : code « %1 » vide, sans libellé ou en double.").arg(o.code),
                                  join(loc, QStringLiteral("value_list")));
            seen.insert(o.code);
        }
    }
    if (a.isCalculated()) {
        if (auto f = Formula::parse(a.formula, join(loc, QStringLiteral("formula"))); !f)
            rep.errors << f.error();
    }
    if (!a.container.isEmpty() && !ContainerType::find(a.container))
        rep.errors << err(errc::CatalogueUnknownContainer,
                          Tr::tr("Type de tube « %1 » inconnu.").arg(a.container), join(loc, QStringLiteral("container")));
    else if (!a.container.isEmpty() && a.isCalculated())
        rep.errors << err(errc::CatalogueContainerCalculated,
                          Tr::tr("Une analyse calculée n'a pas de tube : elle est calculée à partir d'autres analyses."),
                          join(loc, QStringLiteral("container")));
    QSet<QString> asked;
    for (const QString &q : a.questions) {
        if (!ClinicalQuestion::find(q))
            rep.errors << err(errc::CatalogueUnknownQuestion, Tr::tr("Renseignement clinique « %1 » inconnu.").arg(q),
                              join(loc, QStringLiteral("clinical_questions")));
        else if (asked.contains(q))
            rep.errors << err(errc::CatalogueDuplicateCode, Tr::tr("Renseignement clinique « %1 » demandé deux fois.").arg(q),
                              join(loc, QStringLiteral("clinical_questions")));
        asked.insert(q);
    }
    if (a.delta) {
        rep.errors << a.delta->problems(loc);
        if (a.resultType != ResultType::Numeric)
            rep.errors << err(errc::CatalogueDeltaRule,
                              Tr::tr("Un contrôle delta ne s'applique qu'à une analyse numérique."),
                              join(loc, QStringLiteral("delta_window_days")));
    }
    rep.errors << validateRanges(a.ranges, loc);
    return rep;
}

CatalogueValidator::Report CatalogueValidator::validate(const Catalogue &c) const
{
    Report rep;
    for (const Analysis &a : c.analyses) {
        Report one = validateAnalysis(a);
        rep.errors << one.errors;
        rep.warnings << one.warnings;
    }
    Report structure = validateStructure(c);
    rep.errors << structure.errors;
    rep.warnings << structure.warnings;
    return rep;
}

CatalogueValidator::Report CatalogueValidator::validateStructure(const Catalogue &c)
{
    Report rep;
    QSet<QString> chapters, exams;
    for (const Chapter &ch : c.chapters) {
        const QString loc = QStringLiteral("chapitre %1").arg(ch.code);
        if (ch.code.isEmpty() || ch.label.isEmpty())
            rep.errors << err(errc::CatalogueMissingField, Tr::tr("Chapitre sans code ou sans libellé."), loc);
        if (chapters.contains(ch.code))
            rep.errors << err(errc::CatalogueDuplicateCode, Tr::tr("Code de chapitre en double."), loc);
        chapters.insert(ch.code);
        if (!ch.loinc.isEmpty() && !LoincCode::isValid(ch.loinc))
            rep.errors << LoincCode::parse(ch.loinc, join(loc, QStringLiteral("loinc"))).error();
        if (ch.parentCode.isEmpty() && ch.loinc.isEmpty())
            rep.warnings << err(errc::LoincMissing,
                                Tr::tr("Chapitre sans code LOINC de section CR-BIO."), loc);
    }
    for (const Chapter &ch : c.chapters)
        if (!ch.parentCode.isEmpty() && !chapters.contains(ch.parentCode))
            rep.errors << err(errc::CatalogueUnknownReference,
                              Tr::tr("Chapitre parent « %1 » inconnu.").arg(ch.parentCode),
                              QStringLiteral("chapitre %1").arg(ch.code));
    QSet<QString> benches;
    for (const Bench &b : c.benches) {
        const QString loc = QStringLiteral("paillasse %1").arg(b.code);
        if (b.code.trimmed().isEmpty() || b.label.trimmed().isEmpty())
            rep.errors << err(errc::CatalogueMissingField, Tr::tr("Paillasse sans code ou sans libellé."), loc);
        if (benches.contains(b.code))
            rep.errors << err(errc::CatalogueDuplicateCode, Tr::tr("Code de paillasse en double."), loc);
        benches.insert(b.code);
    }
    QHash<QString, const Analysis *> analyses;
    for (const Analysis &a : c.analyses) {
        if (!a.bench.isEmpty() && !benches.contains(a.bench))
            rep.errors << err(errc::CatalogueUnknownReference, Tr::tr("Paillasse « %1 » inconnue.").arg(a.bench),
                              QStringLiteral("analyse %1, bench").arg(a.localCode));
        if (analyses.contains(a.localCode))
            rep.errors << err(errc::CatalogueDuplicateCode,
                              Tr::tr("Code local d'analyse « %1 » en double.").arg(a.localCode),
                              QStringLiteral("analyse %1").arg(a.localCode));
        analyses.insert(a.localCode, &a);
    }
    for (const Exam &e : c.exams) {
        const QString loc = QStringLiteral("examen %1").arg(e.code);
        if (exams.contains(e.code))
            rep.errors << err(errc::CatalogueDuplicateCode, Tr::tr("Code d'examen en double."), loc);
        exams.insert(e.code);
        if (!chapters.contains(e.chapterCode))
            rep.errors << err(errc::CatalogueUnknownReference,
                              Tr::tr("Chapitre « %1 » inconnu.").arg(e.chapterCode), loc);
        if (!e.loinc.isEmpty() && !LoincCode::isValid(e.loinc))
            rep.errors << LoincCode::parse(e.loinc, join(loc, QStringLiteral("loinc"))).error();
        for (const QString &code : e.analysisCodes) {
            const Analysis *listed = analyses.value(code);
            if (!listed)
                rep.errors << err(errc::CatalogueUnknownReference,
                                  Tr::tr("Analyse « %1 » inconnue.").arg(code), loc);
            else if (listed->retired && !e.retired)
                rep.errors << err(errc::CatalogueRetiredReference,
                                  Tr::tr("L'examen « %1 » contient l'analyse retirée « %2 » : retirez-la de "
                                     "l'examen ou retirez l'examen.")
                                      .arg(e.code, code),
                                  loc);
        }
    }
    // Formula references and cycles (depth-first with colours).
    QHash<QString, QStringList> deps;
    static const QSet<QString> context = {QStringLiteral("AGE"), QStringLiteral("FEMALE")};
    for (const Analysis &a : c.analyses) {
        if (!a.isCalculated())
            continue;
        auto f = Formula::parse(a.formula);
        if (!f)
            continue; // already reported
        for (const QString &v : f->variables()) {
            if (context.contains(v))
                continue;
            const Analysis *used = analyses.value(v);
            if (!used) {
                rep.errors << err(errc::CatalogueUnknownReference,
                                  Tr::tr("La formule utilise l'analyse inconnue « %1 ».").arg(v),
                                  QStringLiteral("analyse %1, formula").arg(a.localCode));
                continue;
            }
            if (used->retired && !a.retired)
                rep.errors << err(errc::CatalogueRetiredReference,
                                  Tr::tr("La formule de l'analyse « %1 » utilise l'analyse retirée « %2 ».")
                                      .arg(a.localCode, v),
                                  QStringLiteral("analyse %1, formula").arg(a.localCode));
            deps[a.localCode] << v;
        }
    }
    QHash<QString, int> colour; // 0 new, 1 in progress, 2 done
    std::function<bool(const QString &)> visit = [&](const QString &n) {
        colour[n] = 1;
        for (const QString &d : deps.value(n)) {
            if (colour.value(d) == 1)
                return false;
            if (colour.value(d) == 0 && !visit(d))
                return false;
        }
        colour[n] = 2;
        return true;
    };
    for (auto it = deps.constBegin(); it != deps.constEnd(); ++it)
        if (colour.value(it.key()) == 0 && !visit(it.key()))
            rep.errors << err(errc::CatalogueFormulaCycle,
                              Tr::tr("Les formules se référencent en boucle."),
                              QStringLiteral("analyse %1, formula").arg(it.key()));
    rep.errors << ReflexRuleValidator::validate(c);
    return rep;
}

} // namespace sgl::domain
