#include "app/autoval/PopulationForm.h"

#include "domain/catalogue/AgeLimit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

namespace sgl::app {

namespace {

QComboBox *ageUnitCombo(QWidget *parent, const QString &objectName, const QStringList &labels)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    // The JSON codes AgeLimit writes ("d", "m", "y"); it also reads the French "j" and "a".
    combo->addItem(labels.value(0), QStringLiteral("y"));
    combo->addItem(labels.value(1), QStringLiteral("m"));
    combo->addItem(labels.value(2), QStringLiteral("d"));
    return combo;
}

QSpinBox *ageSpin(QWidget *parent, const QString &objectName)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(-1, 36500);
    spin->setSpecialValueText(QStringLiteral("—"));
    spin->setValue(-1);
    return spin;
}

} // namespace

PopulationForm::PopulationForm(QWidget *parent) : QGroupBox(tr("Population"), parent)
{
    setObjectName(QStringLiteral("population"));
    sexCombo = new QComboBox(this);
    sexCombo->setObjectName(QStringLiteral("populationSex"));
    sexCombo->addItem(tr("Tous"), QString());
    sexCombo->addItem(tr("Femmes"), QStringLiteral("F"));
    sexCombo->addItem(tr("Hommes"), QStringLiteral("M"));
    const QStringList units{tr("ans"), tr("mois"), tr("jours")};
    ageMinSpin = ageSpin(this, QStringLiteral("populationAgeMin"));
    ageMinUnit = ageUnitCombo(this, QStringLiteral("populationAgeMinUnit"), units);
    ageMaxSpin = ageSpin(this, QStringLiteral("populationAgeMax"));
    ageMaxUnit = ageUnitCombo(this, QStringLiteral("populationAgeMaxUnit"), units);
    ageMinSpin->setToolTip(tr("Âge révolu au prélèvement, inclus ; « — » : pas de limite"));
    ageMaxSpin->setToolTip(tr("Âge révolu au prélèvement, exclu ; « — » : pas de limite"));
    externalCheck = new QCheckBox(tr("Externes"), this);
    externalCheck->setObjectName(QStringLiteral("populationExternal"));
    wardCheck = new QCheckBox(tr("Services"), this);
    wardCheck->setObjectName(QStringLiteral("populationWard"));
    wardsEdit = new QLineEdit(this);
    wardsEdit->setObjectName(QStringLiteral("populationWards"));
    wardsEdit->setPlaceholderText(tr("services séparés par des virgules ; vide : tous"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("Sexe :"), this), 0, 0);
    grid->addWidget(sexCombo, 0, 1);
    grid->addWidget(new QLabel(tr("Origine :"), this), 0, 2);
    auto *origins = new QHBoxLayout;
    origins->addWidget(externalCheck);
    origins->addWidget(wardCheck);
    origins->addStretch();
    grid->addLayout(origins, 0, 3, 1, 2);
    grid->addWidget(new QLabel(tr("Âge à partir de :"), this), 1, 0);
    auto *from = new QHBoxLayout;
    from->addWidget(ageMinSpin);
    from->addWidget(ageMinUnit);
    grid->addLayout(from, 1, 1);
    grid->addWidget(new QLabel(tr("avant :"), this), 1, 2);
    auto *below = new QHBoxLayout;
    below->addWidget(ageMaxSpin);
    below->addWidget(ageMaxUnit);
    grid->addLayout(below, 1, 3);
    grid->addWidget(new QLabel(tr("Services :"), this), 2, 0);
    grid->addWidget(wardsEdit, 2, 1, 1, 4);
    grid->setColumnStretch(4, 1);
}

void PopulationForm::loadAge(const QJsonValue &value, QSpinBox *spin, QComboBox *unit)
{
    const auto age = domain::AgeLimit::parse(value.toString());
    if (!age) {
        spin->setValue(-1);
        return;
    }
    spin->setValue(age->value);
    const QString u = age->toString().right(1);
    unit->setCurrentIndex(std::max(0, unit->findData(u)));
}

void PopulationForm::load(const QJsonObject &when)
{
    const int sex = sexCombo->findData(when.value(QStringLiteral("sex")).toString().toUpper());
    sexCombo->setCurrentIndex(std::max(0, sex));
    loadAge(when.value(QStringLiteral("age_min")), ageMinSpin, ageMinUnit);
    loadAge(when.value(QStringLiteral("age_max")), ageMaxSpin, ageMaxUnit);
    const QJsonArray origins = when.value(QStringLiteral("origins")).toArray();
    externalCheck->setChecked(origins.contains(QStringLiteral("external")));
    wardCheck->setChecked(origins.contains(QStringLiteral("ward")));
    QStringList wards;
    for (const QJsonValue &v : when.value(QStringLiteral("wards")).toArray())
        wards << v.toString();
    wardsEdit->setText(wards.join(QStringLiteral(", ")));
}

std::optional<QJsonObject> PopulationForm::build(QString &error) const
{
    QJsonObject o;
    if (!sexCombo->currentData().toString().isEmpty())
        o.insert(QStringLiteral("sex"), sexCombo->currentData().toString());
    if (ageMinSpin->value() >= 0)
        o.insert(QStringLiteral("age_min"), QString::number(ageMinSpin->value()) + ageMinUnit->currentData().toString());
    if (ageMaxSpin->value() >= 0) {
        if (ageMaxSpin->value() == 0) {
            error = tr("Population : l'âge « avant » doit être supérieur à 0.");
            return std::nullopt;
        }
        o.insert(QStringLiteral("age_max"), QString::number(ageMaxSpin->value()) + ageMaxUnit->currentData().toString());
    }
    QStringList origins;
    if (externalCheck->isChecked())
        origins << QStringLiteral("external");
    if (wardCheck->isChecked())
        origins << QStringLiteral("ward");
    if (!origins.isEmpty())
        o.insert(QStringLiteral("origins"), QJsonArray::fromStringList(origins));
    QStringList wards;
    for (const QString &w : wardsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!w.trimmed().isEmpty())
            wards << w.trimmed();
    if (!wards.isEmpty())
        o.insert(QStringLiteral("wards"), QJsonArray::fromStringList(wards));
    return o;
}

} // namespace sgl::app
