#pragma once

#include "domain/autoval/AutoValidationEngine.h"

#include <QDateTime>
#include <QTimeZone>

#include <ostream>

/** Readable QString in GoogleTest failure messages. */
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace sgl::autovaltest {

using namespace sgl::domain;
using namespace sgl::domain::autoval;
namespace domain = sgl::domain;

inline QDateTime at(int day, int hour = 8)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc());
}

/** A technically validated numeric result observed on 20/11/2026. */
inline ResultInput numeric(const QString &code, const QString &value, const QString &unit,
                           std::optional<double> refLow = std::nullopt, std::optional<double> refHigh = std::nullopt)
{
    ResultInput r;
    r.resultId = qHash(code) % 100000;
    r.analysisCode = code;
    r.value = *ResultValue::parseNumeric(value, unit);
    r.analysisUnit = unit;
    r.referenceLow = refLow;
    r.referenceHigh = refHigh;
    r.state = ValidationState::TechnicallyValidated;
    r.observedAt = at(20);
    return r;
}

inline PreviousValue previous(const QString &value, const QString &unit, int day)
{
    return PreviousValue{*ResultValue::parseNumeric(value, unit), at(day)};
}

/** An adult woman's external dossier. */
inline DossierInput dossier(QList<ResultInput> results)
{
    DossierInput d;
    d.dossierNumber = QStringLiteral("D261120-0001");
    d.sex = Sex::Female;
    d.birthDate = QDate(1970, 5, 4);
    d.collectionDate = QDate(2026, 11, 20);
    d.origin = QStringLiteral("external");
    d.results = std::move(results);
    return d;
}

inline Rule rule(const QString &id, QStringList analyses, RuleCondition condition)
{
    Rule r;
    r.id = id;
    r.label = QStringLiteral("Règle %1").arg(id);
    r.analyses = std::move(analyses);
    r.condition = std::move(condition);
    return r;
}

inline RuleSet rules(QList<Rule> list)
{
    RuleSet s;
    s.name = QStringLiteral("test");
    s.rules = std::move(list);
    return s;
}

/** Ids of the holds on `code` (dossier-wide holds with an empty code). */
inline QStringList holdIds(const DossierVerdict &v, const QString &code = {})
{
    QStringList out;
    for (const HoldReason &h : v.holds)
        if (h.analysisCode == code)
            out << h.ruleId;
    return out;
}

inline const HoldReason *firstHold(const DossierVerdict &v, const QString &ruleId)
{
    for (const HoldReason &h : v.holds)
        if (h.ruleId == ruleId)
            return &h;
    return nullptr;
}

} // namespace sgl::autovaltest
