#include "domain/qc/Westgard.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"
#include "domain/lab/ResultValue.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace sgl::domain::qc {

namespace {

constexpr double kTolerance = 1e-9;

bool beyond(double z, double k)
{
    return std::abs(z) - k > kTolerance;
}

int side(double z)
{
    if (z > kTolerance)
        return 1;
    if (z < -kTolerance)
        return -1;
    return 0;
}

QString signedZ(double z)
{
    return (z >= 0 ? QStringLiteral("+") : QString()) + formatQcNumber(std::round(z * 100.0) / 100.0);
}

QString describePoint(const QcPoint &p)
{
    return Tr::tr("lot %1 : %2 à %3 ET (moyenne %4 ; ET %5)")
        .arg(p.lotLabel, formatQcNumber(p.value), signedZ(p.z()), formatQcNumber(p.mean), formatQcNumber(p.sd));
}

QcViolation violation(WestgardRule rule, QList<QcPoint> points)
{
    QStringList parts;
    for (const QcPoint &p : points)
        parts << describePoint(p);
    QString text = westgardRuleCode(rule) + QStringLiteral(" : ") + westgardRuleLabel(rule);
    if (points.size() <= 2)
        text += QStringLiteral(" — ") + parts.join(QStringLiteral(" ; "));
    else
        text += QStringLiteral(" — ") + Tr::tr("%1 valeurs, la dernière %2").arg(points.size()).arg(parts.last());
    return QcViolation{rule, std::move(points), text};
}

bool pointLess(const QcPoint &a, const QcPoint &b)
{
    if (a.at != b.at)
        return a.at < b.at;
    if (a.runId != b.runId)
        return a.runId < b.runId;
    return a.lotId < b.lotId;
}

/** `tail` last points of `seq` when all beyond k SD (k = 0: same side of the mean) on one side. */
std::optional<QList<QcPoint>> sameSideTail(const QList<QcPoint> &seq, int count, double k)
{
    if (seq.size() < count)
        return std::nullopt;
    const QList<QcPoint> tail = seq.mid(seq.size() - count);
    const int s = side(tail.first().z());
    if (s == 0)
        return std::nullopt;
    for (const QcPoint &p : tail) {
        if (side(p.z()) != s)
            return std::nullopt;
        if (k > 0 && !beyond(p.z(), k))
            return std::nullopt;
    }
    return tail;
}

} // namespace

QString qcOutcomeCode(QcOutcome outcome)
{
    switch (outcome) {
    case QcOutcome::Accepted:
        return QStringLiteral("accepted");
    case QcOutcome::Warning:
        return QStringLiteral("warning");
    case QcOutcome::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<QcOutcome> qcOutcomeFromCode(const QString &code)
{
    for (const QcOutcome o : {QcOutcome::Accepted, QcOutcome::Warning, QcOutcome::Rejected})
        if (qcOutcomeCode(o) == code)
            return o;
    return std::nullopt;
}

QString qcOutcomeLabel(QcOutcome outcome)
{
    switch (outcome) {
    case QcOutcome::Accepted:
        return Tr::tr("Accepté");
    case QcOutcome::Warning:
        return Tr::tr("Alerte");
    case QcOutcome::Rejected:
        return Tr::tr("Rejeté");
    }
    return {};
}

QList<WestgardRule> QcEvaluation::firedRules() const
{
    QList<WestgardRule> rules;
    for (const QcViolation &v : violations)
        if (!rules.contains(v.rule))
            rules << v.rule;
    return rules;
}

const QcViolation *QcEvaluation::mainViolation() const
{
    for (const QcViolation &v : violations)
        if (westgardRuleRejects(v.rule))
            return &v;
    return violations.isEmpty() ? nullptr : &violations.first();
}

Result<QcEvaluation> Westgard::evaluate(const QcRunInput &input)
{
    if (input.current.isEmpty())
        return fail(errc::QcEmptyRun, Tr::tr("Aucune valeur de contrôle à évaluer."));
    for (const QList<QcPoint> *list : {&input.current, &input.history})
        for (const QcPoint &p : *list)
            if (!(p.sd > 0.0) || !std::isfinite(p.sd) || !std::isfinite(p.value) || !std::isfinite(p.mean))
                return fail(errc::QcSdZero,
                            Tr::tr("Le lot %1 n'a pas de cible utilisable (écart-type nul ou valeur invalide).")
                                .arg(p.lotLabel),
                            QStringLiteral("sd"));

    const QList<WestgardRule> rules = input.rules.isEmpty() ? allWestgardRules() : input.rules;
    const auto applies = [&rules](WestgardRule r) { return rules.contains(r); };

    QList<QcPoint> current = input.current;
    std::stable_sort(current.begin(), current.end(), [](const QcPoint &a, const QcPoint &b) { return a.lotId < b.lotId; });
    QList<QcPoint> history = input.history;
    std::stable_sort(history.begin(), history.end(), pointLess);

    QSet<qint64> currentLots;
    for (const QcPoint &p : current)
        currentLots.insert(p.lotId);
    const auto lotSequence = [&history](const QcPoint &p) {
        QList<QcPoint> seq;
        for (const QcPoint &h : history)
            if (h.lotId == p.lotId)
                seq << h;
        seq << p;
        return seq;
    };
    QList<QcPoint> merged;
    for (const QcPoint &h : history)
        if (currentLots.contains(h.lotId))
            merged << h;
    merged << current;

    QcEvaluation eval;
    // 1-3s and 1-2s: each value of the run alone.
    for (const WestgardRule rule : {WestgardRule::R13s, WestgardRule::W12s}) {
        if (!applies(rule))
            continue;
        const double k = rule == WestgardRule::R13s ? 3.0 : 2.0;
        for (const QcPoint &p : current)
            if (beyond(p.z(), k))
                eval.violations << violation(rule, {p});
    }
    // 2-2s: across runs on each lot, then across levels within the run.
    if (applies(WestgardRule::R22s)) {
        bool fired = false;
        for (const QcPoint &p : current) {
            if (auto tail = sameSideTail(lotSequence(p), 2, 2.0)) {
                eval.violations << violation(WestgardRule::R22s, *tail);
                fired = true;
            }
        }
        for (int i = 0; !fired && i < current.size(); ++i)
            for (int j = i + 1; !fired && j < current.size(); ++j)
                if (beyond(current[i].z(), 2.0) && beyond(current[j].z(), 2.0)
                    && side(current[i].z()) == side(current[j].z())) {
                    eval.violations << violation(WestgardRule::R22s, {current[i], current[j]});
                    fired = true;
                }
    }
    // R-4s: within the run only.
    if (applies(WestgardRule::R4s)) {
        const auto high = std::max_element(current.begin(), current.end(),
                                           [](const QcPoint &a, const QcPoint &b) { return a.z() < b.z(); });
        const auto low = std::min_element(current.begin(), current.end(),
                                          [](const QcPoint &a, const QcPoint &b) { return a.z() < b.z(); });
        if (high->z() - 2.0 > kTolerance && low->z() + 2.0 < -kTolerance)
            eval.violations << violation(WestgardRule::R4s, {*low, *high});
    }
    // 4-1s and 10-x: per lot, then on the merged levels.
    for (const auto &[rule, count, k] : {std::tuple{WestgardRule::R41s, 4, 1.0}, std::tuple{WestgardRule::R10x, 10, 0.0}}) {
        if (!applies(rule))
            continue;
        bool fired = false;
        for (const QcPoint &p : current) {
            if (auto tail = sameSideTail(lotSequence(p), count, k)) {
                eval.violations << violation(rule, *tail);
                fired = true;
            }
        }
        if (!fired && current.size() >= 2)
            if (auto tail = sameSideTail(merged, count, k))
                eval.violations << violation(rule, *tail);
    }

    std::stable_sort(eval.violations.begin(), eval.violations.end(), [](const QcViolation &a, const QcViolation &b) {
        return allWestgardRules().indexOf(a.rule) < allWestgardRules().indexOf(b.rule);
    });
    for (const QcViolation &v : eval.violations) {
        if (westgardRuleRejects(v.rule)) {
            eval.outcome = QcOutcome::Rejected;
            break;
        }
        eval.outcome = QcOutcome::Warning;
    }
    return eval;
}

Result<double> parseQcValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(errc::QcEmptyValue, Tr::tr("Valeur de contrôle vide."), QStringLiteral("value"));
    const auto parsed = ResultValue::parseNumeric(trimmed, QString());
    if (!parsed)
        return fail(errc::QcNotANumber,
                    Tr::tr("Valeur de contrôle « %1 » non numérique : un contrôle doit être un nombre.").arg(trimmed),
                    QStringLiteral("value"));
    if (parsed->comparator != Comparator::None)
        return fail(errc::QcCensoredValue,
                    Tr::tr("Valeur de contrôle censurée « %1 » : un contrôle doit être mesuré dans le domaine "
                           "de mesure, il ne peut pas être évalué.")
                        .arg(trimmed),
                    QStringLiteral("value"));
    const auto value = parsed->toDouble();
    if (!value || !std::isfinite(*value))
        return fail(errc::QcNotANumber, Tr::tr("Valeur de contrôle « %1 » illisible.").arg(trimmed),
                    QStringLiteral("value"));
    return *value;
}

QString formatQcNumber(double value)
{
    return QString::number(value, 'g', 6).replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace sgl::domain::qc
