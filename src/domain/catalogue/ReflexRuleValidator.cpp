#include "domain/catalogue/ReflexRuleValidator.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <QSet>

#include <algorithm>

namespace sgl::domain {

namespace {

Error err(QLatin1StringView code, const QString &message, const QString &location)
{
    return Error{code, message, location};
}

} // namespace

QList<Error> ReflexRuleValidator::validate(const Catalogue &c)
{
    QList<Error> out;
    QSet<QString> seen;
    for (const ReflexRule &r : c.reflexRules) {
        const QString loc = QStringLiteral("règle réflexe %1").arg(r.code);
        auto at = [&loc](const char *field) { return QStringLiteral("%1, %2").arg(loc, QLatin1String(field)); };
        if (r.code.trimmed().isEmpty())
            out << err(errc::CatalogueMissingField, Tr::tr("Règle réflexe sans code."), loc);
        else if (seen.contains(r.code))
            out << err(errc::CatalogueDuplicateCode, Tr::tr("Code de règle réflexe « %1 » en double.").arg(r.code), loc);
        seen.insert(r.code);
        if (r.label.trimmed().isEmpty())
            out << err(errc::CatalogueMissingField, Tr::tr("Libellé de la règle manquant."), at("label"));

        const Analysis *trigger = nullptr;
        if (r.triggerCode.isEmpty())
            out << err(errc::CatalogueMissingField, Tr::tr("Analyse déclenchante manquante."), at("trigger"));
        else if (!(trigger = c.analysis(r.triggerCode)))
            out << err(errc::CatalogueUnknownReference,
                       Tr::tr("Analyse déclenchante « %1 » inconnue.").arg(r.triggerCode), at("trigger"));

        const Analysis *addedAnalysis = c.analysis(r.addCode);
        const Exam *addedExam = addedAnalysis ? nullptr : c.exam(r.addCode);
        if (r.addCode.isEmpty())
            out << err(errc::CatalogueMissingField, Tr::tr("Analyse ou examen à ajouter manquant."), at("add"));
        else if (!addedAnalysis && !addedExam)
            out << err(errc::CatalogueUnknownReference,
                       Tr::tr("Analyse ou examen à ajouter « %1 » inconnu.").arg(r.addCode), at("add"));
        else if (r.addCode == r.triggerCode)
            out << err(errc::CatalogueReflexSelf,
                       Tr::tr("La règle ajouterait l'analyse qui la déclenche."), at("add"));

        if (r.active) {
            if (trigger && trigger->retired)
                out << err(errc::CatalogueRetiredReference,
                           Tr::tr("La règle active se déclenche sur l'analyse retirée « %1 ».").arg(r.triggerCode),
                           at("trigger"));
            if ((addedAnalysis && addedAnalysis->retired) || (addedExam && addedExam->retired))
                out << err(errc::CatalogueRetiredReference,
                           Tr::tr("La règle active ajoute « %1 », qui est retiré du catalogue.").arg(r.addCode),
                           at("add"));
        }

        if (isNumericCondition(r.condition)) {
            if (!r.threshold)
                out << err(errc::CatalogueReflexCondition,
                           Tr::tr("Seuil manquant pour la condition « %1 ».").arg(reflexConditionLabel(r.condition)),
                           at("threshold"));
            if (trigger && trigger->resultType != ResultType::Numeric)
                out << err(errc::CatalogueReflexCondition,
                           Tr::tr("Condition numérique sur l'analyse « %1 », dont le résultat n'est pas numérique.")
                               .arg(r.triggerCode),
                           at("condition"));
        } else if (r.threshold) {
            out << err(errc::CatalogueReflexCondition,
                       Tr::tr("Un seuil n'a de sens que pour une condition numérique."), at("threshold"));
        }
        if (r.condition == ReflexCondition::CodedValue) {
            if (trigger && trigger->resultType != ResultType::Coded)
                out << err(errc::CatalogueReflexCondition,
                           Tr::tr("Condition sur valeur codée, mais l'analyse « %1 » n'a pas de liste de valeurs.")
                               .arg(r.triggerCode),
                           at("condition"));
            if (r.codedValues.isEmpty())
                out << err(errc::CatalogueReflexCondition, Tr::tr("Aucune valeur codée choisie."), at("coded_values"));
            if (trigger && trigger->resultType == ResultType::Coded) {
                for (const QString &v : r.codedValues) {
                    const bool known = std::any_of(trigger->valueOptions.begin(), trigger->valueOptions.end(),
                                                   [&v](const ValueOption &o) { return o.code == v; });
                    if (!known)
                        out << err(errc::CatalogueReflexCondition,
                                   Tr::tr("Valeur « %1 » absente de la liste de valeurs de « %2 ».")
                                       .arg(v, r.triggerCode),
                                   at("coded_values"));
                }
            }
        } else if (!r.codedValues.isEmpty()) {
            out << err(errc::CatalogueReflexCondition,
                       Tr::tr("Des valeurs codées n'ont de sens que pour la condition sur valeur codée."),
                       at("coded_values"));
        }
    }
    return out;
}

} // namespace sgl::domain
