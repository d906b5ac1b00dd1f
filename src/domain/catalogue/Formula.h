#pragma once

#include "domain/Error.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace sgl::domain {

/**
 * A calculated-analysis formula: a small, side-effect-free arithmetic language over analysis
 * local codes and patient context variables (AGE = completed years at collection, FEMALE = 1
 * or 0). Nothing is executed but this evaluator: no host code, no I/O, bounded depth.
 *
 * Grammar: expr = cmp; cmp = sum [("<"|"<="|">"|">=") sum]; sum = prod {("+"|"-") prod};
 * prod = unary {("*"|"/") unary}; unary = ["-"|"+"] power; power = atom ["^" unary];
 * atom = number | identifier | identifier "(" args ")" | "(" expr ")".
 * Numbers use '.' as decimal point. Functions: min, max (2+ args), exp, ln, pow(x, y), abs,
 * if(c, a, b) (c != 0), require(c, v) (v if c != 0, else "formula.out_of_domain": the result
 * is not computable, e.g. Friedewald with triglycerides >= 3.4 mmol/L).
 *
 * Error codes: "formula.syntax", "formula.unknown_function", "formula.arity",
 * "formula.missing_value", "formula.division_by_zero", "formula.out_of_domain".
 */
class Formula
{
public:
    struct Node;

    [[nodiscard]] static Result<Formula> parse(const QString &expression,
                                               const QString &location = {});
    /** Identifiers used as variables (analysis codes, AGE, FEMALE), sorted, unique. */
    [[nodiscard]] QStringList variables() const;
    [[nodiscard]] Result<double> evaluate(const QHash<QString, double> &values) const;
    [[nodiscard]] const QString &expression() const { return m_expression; }

private:
    Formula(QString expression, std::shared_ptr<const Node> root)
        : m_expression(std::move(expression)), m_root(std::move(root)) {}
    QString m_expression;
    std::shared_ptr<const Node> m_root;
};

/** Formulas shipped with the catalogue, with their published sources in the doc comments. */
namespace shippedFormulas {

/**
 * CKD-EPI 2021 race-free creatinine equation (Inker et al., N Engl J Med 2021;385:1737-49):
 * eGFR = 142 × min(Scr/κ,1)^α × max(Scr/κ,1)^-1.200 × 0.9938^age × 1.012 [female],
 * Scr in mg/dL (µmol/L ÷ 88.42), κ = 0.7 (F) / 0.9 (M), α = -0.241 (F) / -0.302 (M).
 * Result in mL/min/1.73 m². `creatinineUmolCode` is the local code of serum creatinine in µmol/L.
 */
[[nodiscard]] QString ckdEpi2021(const QString &creatinineUmolCode);

/**
 * Friedewald LDL cholesterol in mmol/L: LDL = TC − HDL − TG/2.2, not computable when
 * TG >= 3.4 mmol/L (Friedewald et al., Clin Chem 1972;18:499-502; mmol/L form as used in Europe).
 */
[[nodiscard]] QString friedewaldMmol(const QString &totalCholesterolCode, const QString &hdlCode,
                                     const QString &triglyceridesCode);

} // namespace shippedFormulas

} // namespace sgl::domain
