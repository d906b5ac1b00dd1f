#pragma once

#include <QGroupBox>
#include <QJsonObject>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace sgl::app {

/**
 * « Population » of a rule (domain::autoval::Applicability) as its "when" member of the rule-set
 * JSON: sex (tous, femmes, hommes), age from (inclusive) and below (exclusive) in days, months or
 * years, request origins (externes, services) and ward names. Every field left empty: every patient,
 * build() then returns an empty object.
 */
class PopulationForm : public QGroupBox {
    Q_OBJECT
public:
    explicit PopulationForm(QWidget *parent = nullptr);
    void load(const QJsonObject &when);
    /** The "when" object (empty: every patient), or nullopt with `error` naming the field. */
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const;

    QComboBox *sexCombo = nullptr;
    QSpinBox *ageMinSpin = nullptr;   ///< -1 (« — »): no lower bound
    QComboBox *ageMinUnit = nullptr;
    QSpinBox *ageMaxSpin = nullptr;   ///< -1 (« — »): no upper bound
    QComboBox *ageMaxUnit = nullptr;
    QCheckBox *externalCheck = nullptr;
    QCheckBox *wardCheck = nullptr;
    QLineEdit *wardsEdit = nullptr;

private:
    void loadAge(const QJsonValue &value, QSpinBox *spin, QComboBox *unit);
};

} // namespace sgl::app
