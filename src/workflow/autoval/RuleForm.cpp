#include "workflow/autoval/RuleForm.h"

#include "domain/ErrorCodes.h"
#include "domain/autoval/RuleSet.h"
#include "domain/autoval/RuleSetJson.h"
#include "workflow/Tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace sgl::workflow::autoval {

using namespace sgl::domain;
namespace av = sgl::domain::autoval;

namespace {

QJsonObject ruleObject(const av::Rule &rule)
{
    av::RuleSet one;
    one.name = QStringLiteral("-");
    one.rules = {rule};
    const QJsonObject set = QJsonDocument::fromJson(av::RuleSetJson::toJson(one)).object();
    return set.value(QStringLiteral("rules")).toArray().at(0).toObject();
}

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList out;
    for (const QString &w : text.split(separators, Qt::SkipEmptyParts))
        out << w.trimmed().toUpper();
    return out;
}

QString compact(const QJsonValue &v)
{
    return v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)) : QString();
}

} // namespace

RuleForm RuleForm::of(const av::Rule &rule)
{
    const QJsonObject o = ruleObject(rule);
    RuleForm f;
    f.id = rule.id;
    f.label = rule.label;
    f.enabled = rule.enabled;
    f.analyses = rule.analyses.join(QStringLiteral(", "));
    f.exam = rule.exam;
    f.waives = rule.waives.join(QStringLiteral(", "));
    f.conditionJson = QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("condition")).toObject()).toJson(QJsonDocument::Indented));
    f.whenJson = o.contains(QStringLiteral("when")) ? compact(o.value(QStringLiteral("when"))) : QString();
    return f;
}

Result<av::Rule> RuleForm::toRule() const
{
    QJsonParseError error{};
    const QJsonDocument condition = QJsonDocument::fromJson(conditionJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !condition.isObject())
        return fail(domain::errc::AutovalJsonInvalid, Tr::tr("Condition : JSON invalide (%1).").arg(error.errorString()),
                    Tr::tr("règle %1, condition").arg(id));
    QJsonObject rule{{QStringLiteral("id"), id.trimmed()},
                     {QStringLiteral("label"), label.trimmed()},
                     {QStringLiteral("enabled"), enabled},
                     {QStringLiteral("condition"), condition.object()}};
    if (!words(analyses).isEmpty())
        rule.insert(QStringLiteral("analyses"), QJsonArray::fromStringList(words(analyses)));
    if (!exam.trimmed().isEmpty())
        rule.insert(QStringLiteral("exam"), exam.trimmed().toUpper());
    if (!words(waives).isEmpty())
        rule.insert(QStringLiteral("waives"), QJsonArray::fromStringList(words(waives)));
    if (!whenJson.trimmed().isEmpty()) {
        const QJsonDocument when = QJsonDocument::fromJson(whenJson.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !when.isObject())
            return fail(domain::errc::AutovalJsonInvalid, Tr::tr("Population : JSON invalide (%1).").arg(error.errorString()),
                        Tr::tr("règle %1, when").arg(id));
        rule.insert(QStringLiteral("when"), when.object());
    }
    const QJsonObject set{{QStringLiteral("format"), av::RuleSetJson::format()},
                          {QStringLiteral("name"), QStringLiteral("-")},
                          {QStringLiteral("rules"), QJsonArray{rule}}};
    auto parsed = av::RuleSetJson::fromJson(QJsonDocument(set).toJson(QJsonDocument::Compact));
    if (!parsed)
        return std::unexpected(parsed.error());
    return parsed->rules.first();
}

QString RuleForm::ruleJson(const av::Rule &rule)
{
    return QString::fromUtf8(QJsonDocument(ruleObject(rule)).toJson(QJsonDocument::Indented));
}

QString RuleForm::typeLabel(const av::Rule &rule)
{
    const QString code = av::conditionTypeCode(rule.condition);
    static const QHash<QString, QString> labels{
        {QStringLiteral("limits"), Tr::tr("limites")},
        {QStringLiteral("delta"), Tr::tr("delta")},
        {QStringLiteral("critical"), Tr::tr("critique")},
        {QStringLiteral("analyzer_flags"), Tr::tr("alarmes automate")},
        {QStringLiteral("serum_index"), Tr::tr("indice sérique")},
        {QStringLiteral("edta_contamination"), Tr::tr("contamination EDTA")},
        {QStringLiteral("ratio"), Tr::tr("rapport")},
        {QStringLiteral("anion_gap"), Tr::tr("trou anionique")},
        {QStringLiteral("sum"), Tr::tr("somme")},
        {QStringLiteral("concordant_change"), Tr::tr("variation concordante")},
        {QStringLiteral("delta_score"), Tr::tr("score delta")}};
    return labels.value(code, code);
}

QString RuleForm::conditionSummary(const av::Rule &rule)
{
    // "bas 3,5 ; haut 11,5 ; unité 10*9/L": the parameters in French, in a reading order, with the
    // decimal comma the screens use (the JSON keeps its keys and the point); nested values compact.
    struct Key {
        const char *json;
        QString label;
    };
    const QList<Key> known{
        {"low", Tr::tr("bas")}, {"high", Tr::tr("haut")}, {"minimum", Tr::tr("minimum")}, {"maximum", Tr::tr("maximum")},
        {"unit", Tr::tr("unité")}, {"absolute", Tr::tr("écart absolu")}, {"relative_percent", Tr::tr("écart en %")},
        {"window_days", Tr::tr("fenêtre (jours)")}, {"require_previous", Tr::tr("antériorité exigée")},
        {"min_analyses", Tr::tr("analyses au moins")}, {"same_direction", Tr::tr("même sens")},
        {"max_score", Tr::tr("score maximal")}, {"terms", Tr::tr("termes")}, {"numerator", Tr::tr("numérateur")},
        {"denominator", Tr::tr("dénominateur")}, {"total", Tr::tr("total")}, {"parts", Tr::tr("parties")},
        {"tolerance_percent", Tr::tr("tolérance en %")}, {"index", Tr::tr("indice")}, {"threshold", Tr::tr("seuil")},
        {"hold_when_missing", Tr::tr("retenir si absent")}, {"accepted_codes", Tr::tr("codes acceptés")},
        {"ignored_flags", Tr::tr("alarmes ignorées")}, {"with_potassium", Tr::tr("avec le potassium")},
        {"hold_without_partner", Tr::tr("retenir sans l'analyse liée")}, {"sodium", Tr::tr("sodium")},
        {"chloride", Tr::tr("chlore")}, {"bicarbonate", Tr::tr("bicarbonates")}, {"potassium", Tr::tr("potassium")},
        {"calcium", Tr::tr("calcium")}, {"magnesium", Tr::tr("magnésium")},
        {"alkaline_phosphatase", Tr::tr("phosphatases alcalines")}};
    QJsonObject c = ruleObject(rule).value(QStringLiteral("condition")).toObject();
    c.remove(QStringLiteral("type"));
    const QLocale french(QLocale::French, QLocale::France);
    const auto text = [&](const QJsonValue &v) -> QString {
        if (v.isDouble())
            return french.toString(v.toDouble(), 'g', 12);
        if (v.isString())
            return v.toString();
        if (v.isBool())
            return v.toBool() ? Tr::tr("oui") : Tr::tr("non");
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        return {};
    };
    QStringList parts;
    for (const Key &k : known) {
        const QString key = QString::fromLatin1(k.json);
        if (c.contains(key))
            parts << k.label + QLatin1Char(' ') + text(c.take(key));
    }
    for (auto it = c.constBegin(); it != c.constEnd(); ++it) // a key this list does not know yet
        parts << it.key() + QStringLiteral(" : ") + text(it.value());
    return parts.join(QStringLiteral(" ; "));
}

} // namespace sgl::workflow::autoval
