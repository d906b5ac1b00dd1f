#include "domain/catalogue/ClinicalQuestion.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <QLocale>
#include <QTimeZone>

namespace sgl::domain {

namespace {

using AnswerType = ClinicalQuestion::AnswerType;

ClinicalQuestion question(const char *code, QString label, AnswerType type, const char *unit = "", double min = 0,
                          double max = 0, bool femaleOnly = false, const char *onlyIfYes = "")
{
    ClinicalQuestion q;
    q.code = QString::fromLatin1(code);
    q.label = std::move(label);
    q.answerType = type;
    q.unit = QString::fromLatin1(unit);
    q.minimum = min;
    q.maximum = max;
    q.femaleOnly = femaleOnly;
    q.onlyIfYes = QString::fromLatin1(onlyIfYes);
    return q;
}

} // namespace

const QList<ClinicalQuestion> &ClinicalQuestion::builtIn()
{
    static const QList<ClinicalQuestion> list{
        question("FASTING", Tr::tr("Patient à jeun (depuis au moins 8 heures)"), AnswerType::YesNo),
        question("PREGNANCY", Tr::tr("Grossesse en cours"), AnswerType::YesNo, "", 0, 0, true),
        question("PREGNANCY_WEEKS", Tr::tr("Terme de la grossesse (semaines d'aménorrhée)"), AnswerType::Number, "wk", 1,
                 45, true, "PREGNANCY"),
        question("ANTICOAGULANT", Tr::tr("Traitement anticoagulant (AVK, AOD, héparine : nom et posologie)"),
                 AnswerType::Text),
        question("WEIGHT", Tr::tr("Poids"), AnswerType::Number, "kg", 0.3, 400),
        question("HEIGHT", Tr::tr("Taille"), AnswerType::Number, "cm", 20, 260),
        question("LAST_DOSE", Tr::tr("Date et heure de la dernière prise du médicament dosé"), AnswerType::DateTime),
        question("TREATMENT", Tr::tr("Traitement en cours (molécule, posologie)"), AnswerType::Text),
    };
    return list;
}

std::optional<ClinicalQuestion> ClinicalQuestion::find(const QString &code)
{
    for (const ClinicalQuestion &q : builtIn())
        if (q.code == code)
            return q;
    return std::nullopt;
}

Result<QString> ClinicalQuestion::normalise(const QString &typed, const QDateTime &now) const
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return fail(errc::ClinicalAnswerRequired, Tr::tr("Renseignement clinique manquant : « %1 ».").arg(label), code);
    switch (answerType) {
    case AnswerType::YesNo: {
        const QString l = t.toLower();
        if (l == u"oui" || l == u"o" || l == u"y" || l == u"yes")
            return QStringLiteral("Y");
        if (l == u"non" || l == u"n" || l == u"no")
            return QStringLiteral("N");
        return fail(errc::ClinicalBadYesNo, Tr::tr("« %1 » : répondez oui ou non (saisi : « %2 »).").arg(label, t), code);
    }
    case AnswerType::Number: {
        QString n = t;
        n.replace(u',', u'.');
        bool ok = false;
        const double v = n.toDouble(&ok);
        if (!ok || n.count(u'.') > 1 || n.contains(u'e', Qt::CaseInsensitive))
            return fail(errc::ClinicalBadNumber, Tr::tr("« %1 » : nombre attendu (saisi : « %2 »).").arg(label, t), code);
        if (v < minimum || v > maximum)
            return fail(errc::ClinicalOutOfRange,
                        Tr::tr("« %1 » : %2 %3 est invraisemblable (entre %4 et %5 attendu).")
                            .arg(label, QLocale(QLocale::French).toString(v), unit,
                                 QLocale(QLocale::French).toString(minimum), QLocale(QLocale::French).toString(maximum)),
                        code);
        return QString::number(v, 'g', 10);
    }
    case AnswerType::DateTime: {
        QDateTime at = QDateTime::fromString(t, QStringLiteral("dd/MM/yyyy HH:mm"));
        if (!at.isValid())
            at = QDateTime::fromString(t, Qt::ISODate);
        if (!at.isValid())
            return fail(errc::ClinicalBadDateTime,
                        Tr::tr("« %1 » : date et heure attendues au format jj/mm/aaaa hh:mm (saisi : « %2 »).").arg(label, t),
                        code);
        if (at > now)
            return fail(errc::ClinicalFutureDateTime, Tr::tr("« %1 » : la date %2 est dans le futur.").arg(label, t), code);
        return at.toUTC().toString(Qt::ISODateWithMs);
    }
    case AnswerType::Text:
        if (t.size() > 500)
            return fail(errc::ClinicalTextTooLong, Tr::tr("« %1 » : 500 caractères au plus.").arg(label), code);
        return t;
    }
    return t;
}

QString ClinicalQuestion::display(const QString &stored) const
{
    switch (answerType) {
    case AnswerType::YesNo:
        return stored == u"Y" ? Tr::tr("oui") : stored == u"N" ? Tr::tr("non") : stored;
    case AnswerType::Number: {
        bool ok = false;
        const double v = stored.toDouble(&ok);
        if (!ok)
            return stored;
        const QString u = unit == u"wk" ? Tr::tr("SA") : unit;
        return QLocale(QLocale::French).toString(v, 'g', 10) + (u.isEmpty() ? QString() : QLatin1Char(' ') + u);
    }
    case AnswerType::DateTime: {
        const QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : stored;
    }
    case AnswerType::Text:
        break;
    }
    return stored;
}

} // namespace sgl::domain
