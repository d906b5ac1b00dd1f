#include "app/autoval/ConditionFormsMulti.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QSpinBox>

#include <utility>

namespace sgl::app {

namespace {

QLineEdit *codeEdit(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QSpinBox *spinBox(QWidget *parent, const QString &objectName, int low, int high, int value, const QString &suffix = {})
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(low, high);
    spin->setValue(value);
    spin->setSuffix(suffix);
    return spin;
}

QString code(const QLineEdit *edit)
{
    return edit->text().trimmed().toUpper();
}

} // namespace

EdtaContaminationForm::EdtaContaminationForm(QWidget *parent)
    : ConditionForm(QStringLiteral("edta_contamination"), tr("Contamination EDTA"), parent)
{
    potassium = addOperand(QStringLiteral("Potassium"), tr("Potassium ≥ :"), QStringLiteral("K"));
    calcium = addOperand(QStringLiteral("Calcium"), tr("Calcium ≤ :"), QStringLiteral("CA"));
    alkalinePhosphatase = addOperand(QStringLiteral("Alp"), tr("Phosphatases alcalines ≤ :"), QStringLiteral("PAL"));
    magnesium = addOperand(QStringLiteral("Magnesium"), tr("Magnésium ≤ :"), QStringLiteral("MG"));
    holdWithoutPartnerCheck = new QCheckBox(tr("Retenir le potassium élevé sans calcium ni autre analyse liée"), this);
    holdWithoutPartnerCheck->setObjectName(QStringLiteral("edtaHoldWithoutPartner"));
    formLayout()->addRow(QString(), holdWithoutPartnerCheck);
}

EdtaContaminationForm::OperandEdits EdtaContaminationForm::addOperand(const QString &key, const QString &label,
                                                                      const QString &example)
{
    OperandEdits e;
    e.analysis = codeEdit(this, QStringLiteral("edta%1Analysis").arg(key), tr("code (%1)").arg(example));
    e.threshold = numberEdit(QStringLiteral("edta%1Threshold").arg(key), tr("seuil"));
    e.unit = unitEdit(QStringLiteral("edta%1Unit").arg(key));
    addRowOf(label, {e.analysis, e.threshold, e.unit});
    return e;
}

void EdtaContaminationForm::load(const QJsonObject &c)
{
    const auto fill = [&](const OperandEdits &e, const QString &key) {
        const QJsonObject o = c.value(key).toObject();
        e.analysis->setText(o.value(QStringLiteral("analysis")).toString());
        setNumber(e.threshold, o.value(QStringLiteral("threshold")));
        e.unit->setText(o.value(QStringLiteral("unit")).toString());
    };
    fill(potassium, QStringLiteral("potassium"));
    fill(calcium, QStringLiteral("calcium"));
    fill(alkalinePhosphatase, QStringLiteral("alkaline_phosphatase"));
    fill(magnesium, QStringLiteral("magnesium"));
    holdWithoutPartnerCheck->setChecked(c.value(QStringLiteral("hold_without_partner")).toBool());
}

bool EdtaContaminationForm::readOperand(const OperandEdits &e, const QString &key, const QString &field, bool required,
                                        QJsonObject &out, QString &error) const
{
    const QString analysis = code(e.analysis);
    if (analysis.isEmpty()) {
        if (!required && e.threshold->text().trimmed().isEmpty())
            return true;
        error = fieldError(tr("analyse requise pour le %1.").arg(field));
        return false;
    }
    QJsonObject o{{QStringLiteral("analysis"), analysis}};
    if (!readNumber(e.threshold, tr("seuil du %1").arg(field), true, QStringLiteral("threshold"), o, error))
        return false;
    if (e.unit->text().trimmed().isEmpty()) {
        error = fieldError(tr("unité requise pour le seuil du %1.").arg(field));
        return false;
    }
    o.insert(QStringLiteral("unit"), e.unit->text().trimmed());
    out.insert(key, o);
    return true;
}

std::optional<QJsonObject> EdtaContaminationForm::build(QString &error) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}};
    if (!readOperand(potassium, QStringLiteral("potassium"), tr("potassium"), true, o, error)
        || !readOperand(calcium, QStringLiteral("calcium"), tr("calcium"), false, o, error)
        || !readOperand(alkalinePhosphatase, QStringLiteral("alkaline_phosphatase"), tr("phosphatases alcalines"),
                        false, o, error)
        || !readOperand(magnesium, QStringLiteral("magnesium"), tr("magnésium"), false, o, error))
        return std::nullopt;
    if (holdWithoutPartnerCheck->isChecked())
        o.insert(QStringLiteral("hold_without_partner"), true);
    return o;
}

RatioForm::RatioForm(QWidget *parent) : ConditionForm(QStringLiteral("ratio"), tr("Rapport de deux analyses"), parent)
{
    numeratorEdit = codeEdit(this, QStringLiteral("ratioNumerator"), tr("numérateur (HT)"));
    denominatorEdit = codeEdit(this, QStringLiteral("ratioDenominator"), tr("dénominateur (HB)"));
    minimumEdit = numberEdit(QStringLiteral("ratioMinimum"), tr("minimum"));
    maximumEdit = numberEdit(QStringLiteral("ratioMaximum"), tr("maximum"));
    addRowOf(tr("Analyses :"), {numeratorEdit, denominatorEdit});
    addRowOf(tr("Rapport entre :"), {minimumEdit, maximumEdit});
}

void RatioForm::load(const QJsonObject &c)
{
    numeratorEdit->setText(c.value(QStringLiteral("numerator")).toString());
    denominatorEdit->setText(c.value(QStringLiteral("denominator")).toString());
    setNumber(minimumEdit, c.value(QStringLiteral("minimum")));
    setNumber(maximumEdit, c.value(QStringLiteral("maximum")));
}

std::optional<QJsonObject> RatioForm::build(QString &error) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}};
    if (code(numeratorEdit).isEmpty() || code(denominatorEdit).isEmpty()) {
        error = fieldError(code(numeratorEdit).isEmpty() ? tr("numérateur requis.") : tr("dénominateur requis."));
        return std::nullopt;
    }
    o.insert(QStringLiteral("numerator"), code(numeratorEdit));
    o.insert(QStringLiteral("denominator"), code(denominatorEdit));
    if (!readNumber(minimumEdit, tr("minimum"), true, QStringLiteral("minimum"), o, error)
        || !readNumber(maximumEdit, tr("maximum"), true, QStringLiteral("maximum"), o, error))
        return std::nullopt;
    return o;
}

AnionGapForm::AnionGapForm(QWidget *parent) : ConditionForm(QStringLiteral("anion_gap"), tr("Trou anionique"), parent)
{
    sodiumEdit = codeEdit(this, QStringLiteral("gapSodium"), tr("sodium (NA)"));
    chlorideEdit = codeEdit(this, QStringLiteral("gapChloride"), tr("chlore (CL)"));
    bicarbonateEdit = codeEdit(this, QStringLiteral("gapBicarbonate"), tr("bicarbonates (CO2)"));
    potassiumEdit = codeEdit(this, QStringLiteral("gapPotassium"), tr("potassium (K)"));
    withPotassiumCheck = new QCheckBox(tr("Avec le potassium"), this);
    withPotassiumCheck->setObjectName(QStringLiteral("gapWithPotassium"));
    lowEdit = numberEdit(QStringLiteral("gapLow"), tr("bas"));
    highEdit = numberEdit(QStringLiteral("gapHigh"), tr("haut"));
    unitLine = unitEdit(QStringLiteral("gapUnit"));
    unitLine->setPlaceholderText(QStringLiteral("mmol/L"));
    addRowOf(tr("Na − (Cl + HCO3) :"), {sodiumEdit, chlorideEdit, bicarbonateEdit});
    addRowOf(tr("+ K :"), {potassiumEdit, withPotassiumCheck});
    addRowOf(tr("Entre :"), {lowEdit, highEdit, unitLine});
}

void AnionGapForm::load(const QJsonObject &c)
{
    sodiumEdit->setText(c.value(QStringLiteral("sodium")).toString());
    chlorideEdit->setText(c.value(QStringLiteral("chloride")).toString());
    bicarbonateEdit->setText(c.value(QStringLiteral("bicarbonate")).toString());
    potassiumEdit->setText(c.value(QStringLiteral("potassium")).toString());
    withPotassiumCheck->setChecked(c.value(QStringLiteral("with_potassium")).toBool());
    setNumber(lowEdit, c.value(QStringLiteral("low")));
    setNumber(highEdit, c.value(QStringLiteral("high")));
    unitLine->setText(c.value(QStringLiteral("unit")).toString());
}

std::optional<QJsonObject> AnionGapForm::build(QString &error) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}};
    const QList<std::pair<const QLineEdit *, QString>> required{{sodiumEdit, QStringLiteral("sodium")},
                                                                {chlorideEdit, QStringLiteral("chloride")},
                                                                {bicarbonateEdit, QStringLiteral("bicarbonate")}};
    const QStringList names{tr("sodium"), tr("chlore"), tr("bicarbonates")};
    for (qsizetype i = 0; i < required.size(); ++i) {
        if (code(required[i].first).isEmpty()) {
            error = fieldError(tr("analyse du %1 requise.").arg(names[i]));
            return std::nullopt;
        }
        o.insert(required[i].second, code(required[i].first));
    }
    if (!code(potassiumEdit).isEmpty())
        o.insert(QStringLiteral("potassium"), code(potassiumEdit));
    else if (withPotassiumCheck->isChecked()) {
        error = fieldError(tr("analyse du potassium requise avec le potassium."));
        return std::nullopt;
    }
    if (withPotassiumCheck->isChecked())
        o.insert(QStringLiteral("with_potassium"), true);
    if (!readNumber(lowEdit, tr("borne basse"), true, QStringLiteral("low"), o, error)
        || !readNumber(highEdit, tr("borne haute"), true, QStringLiteral("high"), o, error))
        return std::nullopt;
    if (unitLine->text().trimmed().isEmpty()) {
        error = fieldError(tr("unité requise pour les bornes."));
        return std::nullopt;
    }
    o.insert(QStringLiteral("unit"), unitLine->text().trimmed());
    return o;
}

SumForm::SumForm(QWidget *parent) : ConditionForm(QStringLiteral("sum"), tr("Somme des parties"), parent)
{
    totalEdit = addLine(QStringLiteral("sumTotal"), tr("Total :"), tr("analyse du total (GB)"));
    partsEdit = addLine(QStringLiteral("sumParts"), tr("Parties :"), tr("codes séparés par des virgules"));
    toleranceEdit = numberEdit(QStringLiteral("sumTolerance"), tr("% du total"));
    addRowOf(tr("Tolérance (%) :"), {toleranceEdit});
}

void SumForm::load(const QJsonObject &c)
{
    totalEdit->setText(c.value(QStringLiteral("total")).toString());
    QStringList parts;
    for (const QJsonValue &v : c.value(QStringLiteral("parts")).toArray())
        parts << v.toString();
    partsEdit->setText(parts.join(QStringLiteral(", ")));
    setNumber(toleranceEdit, c.value(QStringLiteral("tolerance_percent")));
}

std::optional<QJsonObject> SumForm::build(QString &error) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}};
    if (code(totalEdit).isEmpty()) {
        error = fieldError(tr("analyse du total requise."));
        return std::nullopt;
    }
    o.insert(QStringLiteral("total"), code(totalEdit));
    const QStringList parts = codes(partsEdit->text());
    if (parts.isEmpty()) {
        error = fieldError(tr("parties requises."));
        return std::nullopt;
    }
    o.insert(QStringLiteral("parts"), QJsonArray::fromStringList(parts));
    if (!readNumber(toleranceEdit, tr("tolérance"), true, QStringLiteral("tolerance_percent"), o, error))
        return std::nullopt;
    return o;
}

ConcordantChangeForm::ConcordantChangeForm(QWidget *parent)
    : ConditionForm(QStringLiteral("concordant_change"), tr("Variation concordante"), parent)
{
    relativeEdit = numberEdit(QStringLiteral("concordantRelative"), tr("% de la valeur antérieure"));
    minAnalysesSpin = spinBox(this, QStringLiteral("concordantMinAnalyses"), 1, 99, 2);
    windowSpin = spinBox(this, QStringLiteral("concordantWindow"), 1, 3650, 30, tr(" jours"));
    sameDirectionCheck = new QCheckBox(tr("Dans le même sens"), this);
    sameDirectionCheck->setObjectName(QStringLiteral("concordantSameDirection"));
    sameDirectionCheck->setChecked(true);
    addRowOf(tr("Variation (%) ≥ :"), {relativeEdit});
    addRowOf(tr("Analyses au moins :"), {minAnalysesSpin, sameDirectionCheck});
    addRowOf(tr("Fenêtre :"), {windowSpin});
}

void ConcordantChangeForm::load(const QJsonObject &c)
{
    setNumber(relativeEdit, c.value(QStringLiteral("relative_percent")));
    minAnalysesSpin->setValue(c.value(QStringLiteral("min_analyses")).toInt(2));
    windowSpin->setValue(c.value(QStringLiteral("window_days")).toInt(30));
    sameDirectionCheck->setChecked(c.value(QStringLiteral("same_direction")).toBool(true));
}

std::optional<QJsonObject> ConcordantChangeForm::build(QString &error) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}};
    if (!readNumber(relativeEdit, tr("variation"), true, QStringLiteral("relative_percent"), o, error))
        return std::nullopt;
    o.insert(QStringLiteral("min_analyses"), minAnalysesSpin->value());
    o.insert(QStringLiteral("window_days"), windowSpin->value());
    o.insert(QStringLiteral("same_direction"), sameDirectionCheck->isChecked());
    return o;
}

DeltaScoreForm::DeltaScoreForm(QWidget *parent)
    : ConditionForm(QStringLiteral("delta_score"), tr("Score delta multivarié"), parent)
{
    termsEdit = addLine(QStringLiteral("scoreTerms"), tr("Termes :"), tr("NA=2,1 ; K=6 (variation usuelle en %)"));
    maxScoreEdit = numberEdit(QStringLiteral("scoreMax"), tr("score maximal"));
    minAnalysesSpin = spinBox(this, QStringLiteral("scoreMinAnalyses"), 1, 99, 3);
    windowSpin = spinBox(this, QStringLiteral("scoreWindow"), 1, 3650, 30, tr(" jours"));
    addRowOf(tr("Score maximal :"), {maxScoreEdit});
    addRowOf(tr("Analyses au moins :"), {minAnalysesSpin});
    addRowOf(tr("Fenêtre :"), {windowSpin});
}

void DeltaScoreForm::load(const QJsonObject &c)
{
    QStringList terms;
    for (const QJsonValue &v : c.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject t = v.toObject();
        terms << t.value(QStringLiteral("analysis")).toString() + QLatin1Char('=')
                     + decimalText(t.value(QStringLiteral("usual_percent")).toDouble());
    }
    termsEdit->setText(terms.join(QStringLiteral(" ; ")));
    setNumber(maxScoreEdit, c.value(QStringLiteral("max_score")));
    minAnalysesSpin->setValue(c.value(QStringLiteral("min_analyses")).toInt(3));
    windowSpin->setValue(c.value(QStringLiteral("window_days")).toInt(30));
}

std::optional<QJsonObject> DeltaScoreForm::build(QString &error) const
{
    QJsonObject o{{QStringLiteral("type"), typeCode()}};
    QJsonArray terms;
    for (const QString &item : termsEdit->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (item.trimmed().isEmpty())
            continue;
        const QStringList pair = item.split(QLatin1Char('='));
        QJsonObject t;
        if (pair.size() != 2 || pair[0].trimmed().isEmpty()) {
            error = fieldError(tr("terme « %1 » attendu sous la forme CODE=variation.").arg(item.trimmed()));
            return std::nullopt;
        }
        t.insert(QStringLiteral("analysis"), pair[0].trimmed().toUpper());
        if (!readNumberText(pair.value(1), tr("variation usuelle de %1").arg(pair[0].trimmed()), true,
                        QStringLiteral("usual_percent"), t, error))
            return std::nullopt;
        terms.append(t);
    }
    if (terms.isEmpty()) {
        error = fieldError(tr("termes requis."));
        return std::nullopt;
    }
    o.insert(QStringLiteral("terms"), terms);
    if (!readNumber(maxScoreEdit, tr("score maximal"), true, QStringLiteral("max_score"), o, error))
        return std::nullopt;
    o.insert(QStringLiteral("min_analyses"), minAnalysesSpin->value());
    o.insert(QStringLiteral("window_days"), windowSpin->value());
    return o;
}

} // namespace sgl::app
