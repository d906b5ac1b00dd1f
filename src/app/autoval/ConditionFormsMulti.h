#pragma once

#include "app/autoval/ConditionForm.h"

class QCheckBox;
class QSpinBox;

namespace sgl::app {

// The forms of the multi-analysis conditions: they name their analyses themselves (except the
// concordant change, which reads the rule's analyses).

/** « Contamination EDTA »: potassium (required) and its partners, each analysis, threshold, unit. */
class EdtaContaminationForm : public ConditionForm {
    Q_OBJECT
public:
    explicit EdtaContaminationForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    struct OperandEdits {
        QLineEdit *analysis = nullptr;
        QLineEdit *threshold = nullptr;
        QLineEdit *unit = nullptr;
    };
    OperandEdits potassium;
    OperandEdits calcium;
    OperandEdits alkalinePhosphatase;
    OperandEdits magnesium;
    QCheckBox *holdWithoutPartnerCheck = nullptr;

private:
    OperandEdits addOperand(const QString &key, const QString &label, const QString &code);
    bool readOperand(const OperandEdits &edits, const QString &key, const QString &field, bool required,
                     QJsonObject &out, QString &error) const;
};

/** « Rapport de deux analyses »: numerator, denominator, minimum and maximum of the ratio. */
class RatioForm : public ConditionForm {
    Q_OBJECT
public:
    explicit RatioForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    QLineEdit *numeratorEdit = nullptr;
    QLineEdit *denominatorEdit = nullptr;
    QLineEdit *minimumEdit = nullptr;
    QLineEdit *maximumEdit = nullptr;
};

/** « Trou anionique »: Na, Cl, HCO3 (and K when checked), bounds and their unit. */
class AnionGapForm : public ConditionForm {
    Q_OBJECT
public:
    explicit AnionGapForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    QLineEdit *sodiumEdit = nullptr;
    QLineEdit *chlorideEdit = nullptr;
    QLineEdit *bicarbonateEdit = nullptr;
    QLineEdit *potassiumEdit = nullptr;
    QCheckBox *withPotassiumCheck = nullptr;
    QLineEdit *lowEdit = nullptr;
    QLineEdit *highEdit = nullptr;
    QLineEdit *unitLine = nullptr;
};

/** « Somme des parties »: total, parts, tolerance in %. */
class SumForm : public ConditionForm {
    Q_OBJECT
public:
    explicit SumForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    QLineEdit *totalEdit = nullptr;
    QLineEdit *partsEdit = nullptr;
    QLineEdit *toleranceEdit = nullptr;
};

/** « Variation concordante »: relative change, minimum number of analyses, window, same direction. */
class ConcordantChangeForm : public ConditionForm {
    Q_OBJECT
public:
    explicit ConcordantChangeForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    QLineEdit *relativeEdit = nullptr;
    QSpinBox *minAnalysesSpin = nullptr;
    QSpinBox *windowSpin = nullptr;
    QCheckBox *sameDirectionCheck = nullptr;
};

/**
 * « Score delta multivarié »: terms written « NA=2,1 ; K=6 » (analysis = usual variation in %),
 * maximum score, minimum number of analyses, window.
 */
class DeltaScoreForm : public ConditionForm {
    Q_OBJECT
public:
    explicit DeltaScoreForm(QWidget *parent = nullptr);
    void load(const QJsonObject &condition) override;
    [[nodiscard]] std::optional<QJsonObject> build(QString &error) const override;
    QLineEdit *termsEdit = nullptr;
    QLineEdit *maxScoreEdit = nullptr;
    QSpinBox *minAnalysesSpin = nullptr;
    QSpinBox *windowSpin = nullptr;
};

} // namespace sgl::app
