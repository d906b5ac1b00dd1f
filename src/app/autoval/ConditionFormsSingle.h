#pragma once

#include "app/autoval/ConditionForm.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace sgl::app {

// The forms of the single-analysis conditions (they apply to the rule's analyses and exam).

/** « Limites »: low, high, their unit (required when one is set), accepted codes. */
class LimitsForm : public ConditionForm {
    Q_OBJECT
public:
    explicit LimitsForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    QLineEdit *lowEdit = nullptr;
    QLineEdit *highEdit = nullptr;
    QLineEdit *unitLine = nullptr;
    QLineEdit *acceptedCodesEdit = nullptr;
};

/** « Delta »: absolute and/or relative threshold, unit, window in days, previous value required. */
class DeltaForm : public ConditionForm {
    Q_OBJECT
public:
    explicit DeltaForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    QLineEdit *absoluteEdit = nullptr;
    QLineEdit *unitLine = nullptr;
    QLineEdit *relativeEdit = nullptr;
    QSpinBox *windowSpin = nullptr;
    QCheckBox *requirePreviousCheck = nullptr;
};

/** « Limites critiques »: low and/or high, unit. */
class CriticalForm : public ConditionForm {
    Q_OBJECT
public:
    explicit CriticalForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    QLineEdit *lowEdit = nullptr;
    QLineEdit *highEdit = nullptr;
    QLineEdit *unitLine = nullptr;
};

/** « Alarmes de l'automate »: the flags ignored. */
class AnalyzerFlagsForm : public ConditionForm {
    Q_OBJECT
public:
    explicit AnalyzerFlagsForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    QLineEdit *ignoredFlagsEdit = nullptr;
};

/** « Indice sérique »: index (H, I, L), maximum, hold when missing. */
class SerumIndexForm : public ConditionForm {
    Q_OBJECT
public:
    explicit SerumIndexForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    QComboBox *indexCombo = nullptr;
    QLineEdit *maximumEdit = nullptr;
    QCheckBox *holdWhenMissingCheck = nullptr;
};

} // namespace sgl::app
