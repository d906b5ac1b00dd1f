#include "domain/lab/ResultEntry.h"

#include "domain/ErrorCodes.h"
#include "domain/lab/AbnormalFlagRule.h"
#include "domain/Tr.h"

#include <QLocale>

namespace sgl::domain {

namespace {

QString folded(const QString &s)
{
    // Case and accents ignored: "négatif", "NEGATIF" and "Négatif" are one answer.
    QString d = s.normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : d)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    return out.simplified();
}

QString rangeText(const ReferenceRange &r)
{
    const QLocale fr(QLocale::French);
    const QString low = r.validLow ? fr.toString(*r.validLow) : QStringLiteral("−∞");
    const QString high = r.validHigh ? fr.toString(*r.validHigh) : QStringLiteral("+∞");
    return low + QStringLiteral(" – ") + high;
}

} // namespace

Result<ResultEntry::Entered> ResultEntry::enter(const Analysis &a, const QString &typed,
                                                const std::optional<ReferenceRange> &range,
                                                const QString &valueListSystem)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return fail(errc::ResultEmptyEntry, Tr::tr("%1 : aucune valeur saisie.").arg(a.label), a.localCode);
    switch (a.resultType) {
    case ResultType::Numeric: {
        const auto v = ResultValue::parseNumeric(t, a.unit);
        if (!v) {
            const int separators = int(t.count(u',') + t.count(u'.'));
            return fail(errc::ResultNotANumber,
                        separators > 1 ? Tr::tr("%1 : « %2 » contient plusieurs séparateurs décimaux.").arg(a.label, t)
                                       : Tr::tr("%1 : « %2 » n'est pas un nombre (exemples : 5,2 ; <0,5 ; >500).")
                                             .arg(a.label, t),
                        a.localCode);
        }
        if (AbnormalFlagRule::implausible(range, *v))
            return fail(errc::ResultImplausible,
                        Tr::tr("%1 : %2 %3 est hors des limites physiologiques (%4) : erreur de saisie ?")
                            .arg(a.label, v->displayFr(), a.displayUnit.isEmpty() ? a.unit : a.displayUnit,
                                 rangeText(*range)),
                        a.localCode);
        return Entered{*v, AbnormalFlagRule::flag(a, range, *v)};
    }
    case ResultType::Coded: {
        const QString key = folded(t);
        for (const ValueOption &o : a.valueOptions) {
            if (folded(o.code) == key || folded(o.label) == key) {
                const ResultValue v = ResultValue::ofCode(
                    CodedValue{o.code, valueListSystem, QStringLiteral("Liste de valeurs du laboratoire"), o.label});
                return Entered{v, AbnormalFlagRule::flag(a, range, v)};
            }
        }
        QStringList allowed;
        for (const ValueOption &o : a.valueOptions)
            allowed << QStringLiteral("%1 (%2)").arg(o.label, o.code);
        return fail(errc::ResultNotInList,
                    Tr::tr("%1 : « %2 » n'est pas une valeur de la liste (%3).").arg(a.label, t, allowed.join(QStringLiteral(", "))),
                    a.localCode);
    }
    case ResultType::Text:
        if (t.size() > 2000)
            return fail(errc::ResultTextTooLong, Tr::tr("%1 : texte de plus de 2000 caractères.").arg(a.label), a.localCode);
        return Entered{ResultValue::ofText(t), std::nullopt};
    }
    return fail(errc::ResultNotANumber, Tr::tr("%1 : type de résultat inconnu.").arg(a.label), a.localCode);
}

} // namespace sgl::domain
