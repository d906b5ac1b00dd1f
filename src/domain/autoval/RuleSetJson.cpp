#include "domain/autoval/RuleSetJson.h"
#include "domain/Overloaded.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"
#include "domain/autoval/JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::domain::autoval {

namespace {

const QString kFormat = QStringLiteral("sgl-autoval-rules/1");

// ---- writing -------------------------------------------------------------------------------

void putNumber(QJsonObject &o, const QString &name, const std::optional<double> &v)
{
    if (v)
        o.insert(name, *v);
}

void putText(QJsonObject &o, const QString &name, const QString &v)
{
    if (!v.isEmpty())
        o.insert(name, v);
}

void putTexts(QJsonObject &o, const QString &name, const QStringList &v)
{
    if (!v.isEmpty())
        o.insert(name, QJsonArray::fromStringList(v));
}

void putFlag(QJsonObject &o, const QString &name, bool v)
{
    if (v)
        o.insert(name, true);
}

QJsonObject operandJson(const Operand &op)
{
    QJsonObject o;
    o.insert(QStringLiteral("analysis"), op.analysis);
    putNumber(o, QStringLiteral("threshold"), op.threshold);
    putText(o, QStringLiteral("unit"), op.unit);
    return o;
}

void putOperand(QJsonObject &o, const QString &name, const Operand &op)
{
    if (!op.analysis.isEmpty() || op.threshold || !op.unit.isEmpty())
        o.insert(name, operandJson(op));
}

QJsonObject conditionJson(const RuleCondition &condition)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), conditionTypeCode(condition));
    std::visit(Overloaded{
                   [&](const LimitsCondition &c) {
                       putNumber(o, QStringLiteral("low"), c.low);
                       putNumber(o, QStringLiteral("high"), c.high);
                       putText(o, QStringLiteral("unit"), c.unit);
                       putTexts(o, QStringLiteral("accepted_codes"), c.acceptedCodes);
                   },
                   [&](const DeltaCondition &c) {
                       putNumber(o, QStringLiteral("absolute"), c.absolute);
                       putNumber(o, QStringLiteral("relative_percent"), c.relativePercent);
                       putText(o, QStringLiteral("unit"), c.unit);
                       o.insert(QStringLiteral("window_days"), c.windowDays);
                       putFlag(o, QStringLiteral("require_previous"), c.requirePrevious);
                   },
                   [&](const CriticalCondition &c) {
                       putNumber(o, QStringLiteral("low"), c.low);
                       putNumber(o, QStringLiteral("high"), c.high);
                       putText(o, QStringLiteral("unit"), c.unit);
                   },
                   [&](const AnalyzerFlagsCondition &c) {
                       putTexts(o, QStringLiteral("ignored_flags"), c.ignoredFlags);
                   },
                   [&](const SerumIndexCondition &c) {
                       o.insert(QStringLiteral("index"), serumIndexCode(c.index));
                       o.insert(QStringLiteral("maximum"), c.maximum);
                       putFlag(o, QStringLiteral("hold_when_missing"), c.holdWhenMissing);
                   },
                   [&](const EdtaContaminationCondition &c) {
                       o.insert(QStringLiteral("potassium"), operandJson(c.potassium));
                       putOperand(o, QStringLiteral("calcium"), c.calcium);
                       putOperand(o, QStringLiteral("alkaline_phosphatase"), c.alkalinePhosphatase);
                       putOperand(o, QStringLiteral("magnesium"), c.magnesium);
                       putFlag(o, QStringLiteral("hold_without_partner"), c.holdWithoutPartner);
                   },
                   [&](const RatioCondition &c) {
                       o.insert(QStringLiteral("numerator"), c.numerator);
                       o.insert(QStringLiteral("denominator"), c.denominator);
                       o.insert(QStringLiteral("minimum"), c.minimum);
                       o.insert(QStringLiteral("maximum"), c.maximum);
                   },
                   [&](const AnionGapCondition &c) {
                       o.insert(QStringLiteral("sodium"), c.sodium);
                       o.insert(QStringLiteral("chloride"), c.chloride);
                       o.insert(QStringLiteral("bicarbonate"), c.bicarbonate);
                       putText(o, QStringLiteral("potassium"), c.potassium);
                       putFlag(o, QStringLiteral("with_potassium"), c.withPotassium);
                       o.insert(QStringLiteral("low"), c.low);
                       o.insert(QStringLiteral("high"), c.high);
                       o.insert(QStringLiteral("unit"), c.unit);
                   },
                   [&](const SumCondition &c) {
                       o.insert(QStringLiteral("total"), c.total);
                       o.insert(QStringLiteral("parts"), QJsonArray::fromStringList(c.parts));
                       o.insert(QStringLiteral("tolerance_percent"), c.tolerancePercent);
                   },
                   [&](const DeltaScoreCondition &c) {
                       QJsonArray terms;
                       for (const DeltaScoreTerm &t : c.terms)
                           terms.append(QJsonObject{{QStringLiteral("analysis"), t.analysis},
                                                    {QStringLiteral("usual_percent"), t.usualPercent}});
                       o.insert(QStringLiteral("terms"), terms);
                       o.insert(QStringLiteral("max_score"), c.maxScore);
                       o.insert(QStringLiteral("min_analyses"), c.minAnalyses);
                       o.insert(QStringLiteral("window_days"), c.windowDays);
                   },
                   [&](const ConcordantChangeCondition &c) {
                       o.insert(QStringLiteral("relative_percent"), c.relativePercent);
                       o.insert(QStringLiteral("min_analyses"), c.minAnalyses);
                       o.insert(QStringLiteral("window_days"), c.windowDays);
                       o.insert(QStringLiteral("same_direction"), c.sameDirection);
                   },
               },
               condition);
    return o;
}

QJsonObject whenJson(const Applicability &a)
{
    QJsonObject o;
    if (a.sex)
        o.insert(QStringLiteral("sex"), sexCode(*a.sex));
    if (a.ageMin)
        o.insert(QStringLiteral("age_min"), a.ageMin->toString());
    if (a.ageMax)
        o.insert(QStringLiteral("age_max"), a.ageMax->toString());
    putTexts(o, QStringLiteral("origins"), a.origins);
    putTexts(o, QStringLiteral("wards"), a.wards);
    return o;
}

QJsonObject ruleJson(const Rule &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("label"), r.label);
    o.insert(QStringLiteral("enabled"), r.enabled);
    putTexts(o, QStringLiteral("analyses"), r.analyses);
    putText(o, QStringLiteral("exam"), r.exam);
    if (!r.when.isEmpty())
        o.insert(QStringLiteral("when"), whenJson(r.when));
    o.insert(QStringLiteral("condition"), conditionJson(r.condition));
    putTexts(o, QStringLiteral("waives"), r.waives);
    return o;
}

// ---- reading -------------------------------------------------------------------------------

std::optional<Operand> readOperand(JsonFieldReader &parent, const QString &name, bool required)
{
    const auto obj = parent.object(name, required);
    if (!obj)
        return std::nullopt;
    JsonFieldReader r(*obj, parent.path(name), {QStringLiteral("analysis"), QStringLiteral("threshold"), QStringLiteral("unit")});
    Operand op;
    r.text(QStringLiteral("analysis"), op.analysis, true);
    r.optionalNumber(QStringLiteral("threshold"), op.threshold);
    r.text(QStringLiteral("unit"), op.unit);
    if (!r.ok()) {
        parent.adopt(r.error());
        return std::nullopt;
    }
    return op;
}

QStringList known(std::initializer_list<const char *> names)
{
    QStringList out{QStringLiteral("type")};
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

template <class C>
Result<RuleCondition> finish(const JsonFieldReader &r, C c)
{
    if (!r.ok())
        return std::unexpected(r.error());
    return RuleCondition{std::move(c)};
}

Result<RuleCondition> readCondition(const QJsonObject &obj, const QString &path)
{
    const QJsonValue typeValue = obj.value(QStringLiteral("type"));
    const QString type = typeValue.toString();
    if (type == QStringLiteral("limits")) {
        JsonFieldReader r(obj, path, known({"low", "high", "unit", "accepted_codes"}));
        LimitsCondition c;
        r.optionalNumber(QStringLiteral("low"), c.low);
        r.optionalNumber(QStringLiteral("high"), c.high);
        r.text(QStringLiteral("unit"), c.unit);
        r.texts(QStringLiteral("accepted_codes"), c.acceptedCodes);
        return finish(r, c);
    }
    if (type == QStringLiteral("delta")) {
        JsonFieldReader r(obj, path, known({"absolute", "relative_percent", "unit", "window_days", "require_previous"}));
        DeltaCondition c;
        r.optionalNumber(QStringLiteral("absolute"), c.absolute);
        r.optionalNumber(QStringLiteral("relative_percent"), c.relativePercent);
        r.text(QStringLiteral("unit"), c.unit);
        r.integer(QStringLiteral("window_days"), c.windowDays, true);
        r.boolean(QStringLiteral("require_previous"), c.requirePrevious);
        return finish(r, c);
    }
    if (type == QStringLiteral("critical")) {
        JsonFieldReader r(obj, path, known({"low", "high", "unit"}));
        CriticalCondition c;
        r.optionalNumber(QStringLiteral("low"), c.low);
        r.optionalNumber(QStringLiteral("high"), c.high);
        r.text(QStringLiteral("unit"), c.unit);
        return finish(r, c);
    }
    if (type == QStringLiteral("analyzer_flags")) {
        JsonFieldReader r(obj, path, known({"ignored_flags"}));
        AnalyzerFlagsCondition c;
        r.texts(QStringLiteral("ignored_flags"), c.ignoredFlags);
        return finish(r, c);
    }
    if (type == QStringLiteral("serum_index")) {
        JsonFieldReader r(obj, path, known({"index", "maximum", "hold_when_missing"}));
        SerumIndexCondition c;
        QString index;
        r.text(QStringLiteral("index"), index, true);
        r.number(QStringLiteral("maximum"), c.maximum, true);
        r.boolean(QStringLiteral("hold_when_missing"), c.holdWhenMissing);
        if (r.ok()) {
            if (const auto i = serumIndexFromCode(index))
                c.index = *i;
            else
                r.fail(Tr::tr("Indice « %1 » inconnu (attendu h, i ou l).").arg(index), QStringLiteral("index"));
        }
        return finish(r, c);
    }
    if (type == QStringLiteral("edta_contamination")) {
        JsonFieldReader r(obj, path, known({"potassium", "calcium", "alkaline_phosphatase", "magnesium", "hold_without_partner"}));
        EdtaContaminationCondition c;
        if (auto k = readOperand(r, QStringLiteral("potassium"), true))
            c.potassium = *k;
        if (auto o = readOperand(r, QStringLiteral("calcium"), false))
            c.calcium = *o;
        if (auto o = readOperand(r, QStringLiteral("alkaline_phosphatase"), false))
            c.alkalinePhosphatase = *o;
        if (auto o = readOperand(r, QStringLiteral("magnesium"), false))
            c.magnesium = *o;
        r.boolean(QStringLiteral("hold_without_partner"), c.holdWithoutPartner);
        return finish(r, c);
    }
    if (type == QStringLiteral("ratio")) {
        JsonFieldReader r(obj, path, known({"numerator", "denominator", "minimum", "maximum"}));
        RatioCondition c;
        r.text(QStringLiteral("numerator"), c.numerator, true);
        r.text(QStringLiteral("denominator"), c.denominator, true);
        r.number(QStringLiteral("minimum"), c.minimum, true);
        r.number(QStringLiteral("maximum"), c.maximum, true);
        return finish(r, c);
    }
    if (type == QStringLiteral("anion_gap")) {
        JsonFieldReader r(obj, path,
                          known({"sodium", "chloride", "bicarbonate", "potassium", "with_potassium", "low", "high", "unit"}));
        AnionGapCondition c;
        r.text(QStringLiteral("sodium"), c.sodium, true);
        r.text(QStringLiteral("chloride"), c.chloride, true);
        r.text(QStringLiteral("bicarbonate"), c.bicarbonate, true);
        r.text(QStringLiteral("potassium"), c.potassium);
        r.boolean(QStringLiteral("with_potassium"), c.withPotassium);
        r.number(QStringLiteral("low"), c.low, true);
        r.number(QStringLiteral("high"), c.high, true);
        r.text(QStringLiteral("unit"), c.unit, true);
        return finish(r, c);
    }
    if (type == QStringLiteral("sum")) {
        JsonFieldReader r(obj, path, known({"total", "parts", "tolerance_percent"}));
        SumCondition c;
        r.text(QStringLiteral("total"), c.total, true);
        r.texts(QStringLiteral("parts"), c.parts, true);
        r.number(QStringLiteral("tolerance_percent"), c.tolerancePercent, true);
        return finish(r, c);
    }
    if (type == QStringLiteral("concordant_change")) {
        JsonFieldReader r(obj, path, known({"relative_percent", "min_analyses", "window_days", "same_direction"}));
        ConcordantChangeCondition c;
        r.number(QStringLiteral("relative_percent"), c.relativePercent, true);
        r.integer(QStringLiteral("min_analyses"), c.minAnalyses, true);
        r.integer(QStringLiteral("window_days"), c.windowDays, true);
        r.boolean(QStringLiteral("same_direction"), c.sameDirection);
        return finish(r, c);
    }
    if (type == QStringLiteral("delta_score")) {
        JsonFieldReader r(obj, path, known({"terms", "max_score", "min_analyses", "window_days"}));
        DeltaScoreCondition c;
        if (const auto terms = r.array(QStringLiteral("terms"), true)) {
            for (qsizetype i = 0; i < terms->size() && r.ok(); ++i) {
                const QString member = QStringLiteral("terms[%1]").arg(i);
                if (!terms->at(i).isObject()) {
                    r.fail(Tr::tr("Chaque terme doit être un objet JSON."), member);
                    break;
                }
                JsonFieldReader t(terms->at(i).toObject(), r.path(member),
                                  {QStringLiteral("analysis"), QStringLiteral("usual_percent")});
                DeltaScoreTerm term;
                t.text(QStringLiteral("analysis"), term.analysis, true);
                t.number(QStringLiteral("usual_percent"), term.usualPercent, true);
                if (!t.ok())
                    r.adopt(t.error());
                c.terms << term;
            }
        }
        r.number(QStringLiteral("max_score"), c.maxScore, true);
        r.integer(QStringLiteral("min_analyses"), c.minAnalyses, true);
        r.integer(QStringLiteral("window_days"), c.windowDays, true);
        return finish(r, c);
    }
    const QString where = path + QStringLiteral(".type");
    if (typeValue.isUndefined())
        return fail(errc::AutovalJsonInvalid, Tr::tr("Membre obligatoire « type » absent."), where);
    return fail(errc::AutovalJsonInvalid,
                Tr::tr("Type de condition « %1 » inconnu (attendu : limits, delta, critical, analyzer_flags, "
                       "serum_index, edta_contamination, ratio, anion_gap, sum, concordant_change, delta_score).")
                    .arg(typeValue.isString() ? type : QString::fromUtf8(QJsonDocument(QJsonArray{typeValue}).toJson(QJsonDocument::Compact))),
                where);
}

std::optional<AgeLimit> readAge(JsonFieldReader &r, const QString &name)
{
    QString text;
    r.text(name, text);
    if (!r.ok() || text.isEmpty())
        return std::nullopt;
    const auto age = AgeLimit::parse(text);
    if (!age)
        r.fail(Tr::tr("Âge « %1 » mal formé (attendu par exemple 30d, 6m, 18y).").arg(text), name);
    return age;
}

Result<Applicability> readWhen(const QJsonObject &obj, const QString &path)
{
    JsonFieldReader r(obj, path, {QStringLiteral("sex"), QStringLiteral("age_min"), QStringLiteral("age_max"),
                                  QStringLiteral("origins"), QStringLiteral("wards")});
    Applicability a;
    QString sex;
    r.text(QStringLiteral("sex"), sex);
    if (r.ok() && !sex.isEmpty()) {
        const auto s = sexFromCode(sex);
        if (!s || *s == Sex::Unknown || sex != sexCode(*s))
            r.fail(Tr::tr("Sexe « %1 » inconnu (attendu F ou M).").arg(sex), QStringLiteral("sex"));
        else
            a.sex = s;
    }
    a.ageMin = readAge(r, QStringLiteral("age_min"));
    a.ageMax = readAge(r, QStringLiteral("age_max"));
    r.texts(QStringLiteral("origins"), a.origins);
    r.texts(QStringLiteral("wards"), a.wards);
    if (r.ok()) {
        for (const QString &o : a.origins)
            if (o != QStringLiteral("external") && o != QStringLiteral("ward"))
                r.fail(Tr::tr("Origine « %1 » inconnue (attendu external ou ward).").arg(o), QStringLiteral("origins"));
    }
    if (!r.ok())
        return std::unexpected(r.error());
    return a;
}

Result<Rule> readRule(const QJsonObject &obj, const QString &path)
{
    JsonFieldReader r(obj, path, {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("enabled"),
                                  QStringLiteral("analyses"), QStringLiteral("exam"), QStringLiteral("when"),
                                  QStringLiteral("condition"), QStringLiteral("waives")});
    Rule rule;
    r.text(QStringLiteral("id"), rule.id, true);
    r.text(QStringLiteral("label"), rule.label, true);
    r.boolean(QStringLiteral("enabled"), rule.enabled);
    r.texts(QStringLiteral("analyses"), rule.analyses);
    r.text(QStringLiteral("exam"), rule.exam);
    if (const auto when = r.object(QStringLiteral("when"))) {
        auto a = readWhen(*when, r.path(QStringLiteral("when")));
        if (a)
            rule.when = *a;
        else
            r.adopt(a.error());
    }
    if (const auto condition = r.object(QStringLiteral("condition"), true)) {
        auto c = readCondition(*condition, r.path(QStringLiteral("condition")));
        if (c)
            rule.condition = *c;
        else
            r.adopt(c.error());
    }
    r.texts(QStringLiteral("waives"), rule.waives);
    if (!r.ok())
        return std::unexpected(r.error());
    return rule;
}

} // namespace

QString RuleSetJson::format()
{
    return kFormat;
}

QByteArray RuleSetJson::toJson(const RuleSet &ruleSet)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("name"), ruleSet.name);
    QJsonArray rules;
    for (const Rule &r : ruleSet.rules)
        rules.append(ruleJson(r));
    root.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<RuleSet> RuleSetJson::fromJson(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(errc::AutovalJsonInvalid,
                    Tr::tr("Règles d'auto-validation illisibles : %1 (position %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset),
                    QStringLiteral("$"));
    if (!doc.isObject())
        return fail(errc::AutovalJsonInvalid, Tr::tr("Les règles d'auto-validation doivent être un objet JSON."),
                    QStringLiteral("$"));
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isString())
        return fail(errc::AutovalUnsupportedFormat,
                    Tr::tr("Format des règles absent (attendu « %1 »).").arg(kFormat), QStringLiteral("format"));
    if (format.toString() != kFormat)
        return fail(errc::AutovalUnsupportedFormat,
                    Tr::tr("Format des règles « %1 » non pris en charge (attendu « %2 »).").arg(format.toString(), kFormat),
                    QStringLiteral("format"));
    JsonFieldReader r(root, {}, {QStringLiteral("format"), QStringLiteral("name"), QStringLiteral("rules")});
    RuleSet out;
    r.text(QStringLiteral("name"), out.name);
    if (const auto rules = r.array(QStringLiteral("rules"), true)) {
        for (qsizetype i = 0; i < rules->size() && r.ok(); ++i) {
            const QString path = QStringLiteral("rules[%1]").arg(i);
            if (!rules->at(i).isObject()) {
                r.fail(Tr::tr("Chaque règle doit être un objet JSON."), path);
                break;
            }
            auto rule = readRule(rules->at(i).toObject(), path);
            if (!rule)
                r.adopt(rule.error());
            else
                out.rules << *rule;
        }
    }
    if (!r.ok())
        return std::unexpected(r.error());
    return out;
}

} // namespace sgl::domain::autoval
