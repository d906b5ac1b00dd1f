#include "app/autoval/ConditionFormsSingle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QSpinBox>

namespace sgl::app {

namespace {

QString joined(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray())
        out << v.toString();
    return out.join(QStringLiteral(", "));
}

QSpinBox *windowSpinBox(QWidget *parent, const QString &objectName, const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(1, 3650);
    spin->setValue(30);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

LimitsForm::LimitsForm(QWidget *parent) : ConditionForm(QStringLiteral("limits"), tr("Limites"), parent)
{
    lowEdit = numberEdit(QStringLiteral("limitsLow"), tr("vide : limite de référence"));
    highEdit = numberEdit(QStringLiteral("limitsHigh"), tr("vide : limite de référence"));
    unitLine = unitEdit(QStringLiteral("limitsUnit"));
    addRowOf(tr("Limite basse :"), {lowEdit});
    addRowOf(tr("Limite haute :"), {highEdit});
    addRowOf(tr("Unité :"), {unitLine});
    acceptedCodesEdit = addLine(QStringLiteral("limitsAcceptedCodes"), tr("Codes acceptés :"),
                                tr("analyse codée : codes séparés par des virgules"));
}

void LimitsForm::load(const QJsonObject &c)
{
    setNumber(lowEdit, c.value(QStringLiteral("low")));
    setNumber(highEdit, c.value(QStringLiteral("high")));
    unitLine->setText(c.value(QStringLiteral("unit")).toString());
    acceptedCodesEdit->setText(joined(c.value(QStringLiteral("accepted_codes"))));
}

std::optional<QJsonObject> LimitsForm::build(QString &error) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}};
    if (!readNumber(lowEdit, tr("limite basse"), false, QStringLiteral("low"), o, error)
        || !readNumber(highEdit, tr("limite haute"), false, QStringLiteral("high"), o, error))
        return std::nullopt;
    // No unit is a unit (INR, ratios): whether it is the analysis's is checked at save, against
    // the catalogue (RuleSetValidator).
    const QString unit = unitLine->text().trimmed();
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    const QStringList accepted = items(acceptedCodesEdit->text());
    if (!accepted.isEmpty())
        o.insert(QStringLiteral("accepted_codes"), QJsonArray::fromStringList(accepted));
    return o;
}

DeltaForm::DeltaForm(QWidget *parent) : ConditionForm(QStringLiteral("delta"), tr("Delta"), parent)
{
    absoluteEdit = numberEdit(QStringLiteral("deltaAbsolute"), tr("écart absolu"));
    unitLine = unitEdit(QStringLiteral("deltaUnit"));
    relativeEdit = numberEdit(QStringLiteral("deltaRelative"), tr("% de la valeur antérieure"));
    windowSpin = windowSpinBox(this, QStringLiteral("deltaWindow"), tr(" jours"));
    requirePreviousCheck = new QCheckBox(tr("Antériorité exigée (retenir sans valeur antérieure)"), this);
    requirePreviousCheck->setObjectName(QStringLiteral("deltaRequirePrevious"));
    addRowOf(tr("Seuil absolu :"), {absoluteEdit, unitLine});
    addRowOf(tr("Seuil relatif (%) :"), {relativeEdit});
    addRowOf(tr("Fenêtre :"), {windowSpin});
    formLayout()->addRow(QString(), requirePreviousCheck);
}

void DeltaForm::load(const QJsonObject &c)
{
    setNumber(absoluteEdit, c.value(QStringLiteral("absolute")));
    setNumber(relativeEdit, c.value(QStringLiteral("relative_percent")));
    unitLine->setText(c.value(QStringLiteral("unit")).toString());
    windowSpin->setValue(c.value(QStringLiteral("window_days")).toInt(30));
    requirePreviousCheck->setChecked(c.value(QStringLiteral("require_previous")).toBool());
}

std::optional<QJsonObject> DeltaForm::build(QString &error) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}};
    if (!readNumber(absoluteEdit, tr("seuil absolu"), false, QStringLiteral("absolute"), o, error)
        || !readNumber(relativeEdit, tr("seuil relatif"), false, QStringLiteral("relative_percent"), o, error))
        return std::nullopt;
    if (!o.contains(QStringLiteral("absolute")) && !o.contains(QStringLiteral("relative_percent"))) {
        error = fieldError(tr("seuil absolu ou relatif requis."));
        return std::nullopt;
    }
    const QString unit = unitLine->text().trimmed(); // empty for a unitless analysis, as for limits
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    o.insert(QStringLiteral("window_days"), windowSpin->value());
    if (requirePreviousCheck->isChecked())
        o.insert(QStringLiteral("require_previous"), true);
    return o;
}

CriticalForm::CriticalForm(QWidget *parent)
    : ConditionForm(QStringLiteral("critical"), tr("Limites critiques"), parent)
{
    lowEdit = numberEdit(QStringLiteral("criticalLow"));
    highEdit = numberEdit(QStringLiteral("criticalHigh"));
    unitLine = unitEdit(QStringLiteral("criticalUnit"));
    addRowOf(tr("Critique bas :"), {lowEdit});
    addRowOf(tr("Critique haut :"), {highEdit});
    addRowOf(tr("Unité :"), {unitLine});
}

void CriticalForm::load(const QJsonObject &c)
{
    setNumber(lowEdit, c.value(QStringLiteral("low")));
    setNumber(highEdit, c.value(QStringLiteral("high")));
    unitLine->setText(c.value(QStringLiteral("unit")).toString());
}

std::optional<QJsonObject> CriticalForm::build(QString &error) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}};
    if (!readNumber(lowEdit, tr("critique bas"), false, QStringLiteral("low"), o, error)
        || !readNumber(highEdit, tr("critique haut"), false, QStringLiteral("high"), o, error))
        return std::nullopt;
    if (o.size() == 1) {
        error = fieldError(tr("critique bas ou critique haut requis."));
        return std::nullopt;
    }
    const QString unit = unitLine->text().trimmed(); // empty for a unitless analysis, as for limits
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    return o;
}

AnalyzerFlagsForm::AnalyzerFlagsForm(QWidget *parent)
    : ConditionForm(QStringLiteral("analyzer_flags"), tr("Alarmes de l'automate"), parent)
{
    ignoredFlagsEdit = addLine(QStringLiteral("flagsIgnored"), tr("Alarmes ignorées :"),
                               tr("alarmes séparées par des virgules ; vide : toute alarme retient"));
}

void AnalyzerFlagsForm::load(const QJsonObject &c)
{
    ignoredFlagsEdit->setText(joined(c.value(QStringLiteral("ignored_flags"))));
}

std::optional<QJsonObject> AnalyzerFlagsForm::build(QString &) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}};
    const QStringList flags = items(ignoredFlagsEdit->text());
    if (!flags.isEmpty())
        o.insert(QStringLiteral("ignored_flags"), QJsonArray::fromStringList(flags));
    return o;
}

SerumIndexForm::SerumIndexForm(QWidget *parent)
    : ConditionForm(QStringLiteral("serum_index"), tr("Indice sérique"), parent)
{
    indexCombo = new QComboBox(this);
    indexCombo->setObjectName(QStringLiteral("serumIndex"));
    indexCombo->addItem(tr("Hémolyse (H)"), QStringLiteral("h"));
    indexCombo->addItem(tr("Ictère (I)"), QStringLiteral("i"));
    indexCombo->addItem(tr("Lipémie (L)"), QStringLiteral("l"));
    maximumEdit = numberEdit(QStringLiteral("serumMaximum"), tr("valeur d'indice maximale"));
    holdWhenMissingCheck = new QCheckBox(tr("Retenir quand l'indice est absent"), this);
    holdWhenMissingCheck->setObjectName(QStringLiteral("serumHoldWhenMissing"));
    addRowOf(tr("Indice :"), {indexCombo});
    addRowOf(tr("Maximum :"), {maximumEdit});
    formLayout()->addRow(QString(), holdWhenMissingCheck);
}

void SerumIndexForm::load(const QJsonObject &c)
{
    const int i = indexCombo->findData(c.value(QStringLiteral("index")).toString().toLower());
    indexCombo->setCurrentIndex(i < 0 ? 0 : i);
    setNumber(maximumEdit, c.value(QStringLiteral("maximum")));
    holdWhenMissingCheck->setChecked(c.value(QStringLiteral("hold_when_missing")).toBool());
}

std::optional<QJsonObject> SerumIndexForm::build(QString &error) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}, {QStringLiteral("index"), indexCombo->currentData().toString()}};
    if (!readNumber(maximumEdit, tr("maximum"), true, QStringLiteral("maximum"), o, error))
        return std::nullopt;
    if (holdWhenMissingCheck->isChecked())
        o.insert(QStringLiteral("hold_when_missing"), true);
    return o;
}

} // namespace sgl::app
