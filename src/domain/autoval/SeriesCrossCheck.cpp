#include "domain/autoval/SeriesCrossCheck.h"

#include "domain/Tr.h"
#include "domain/autoval/AutoValidationEngine.h"
#include "domain/autoval/ConditionChecks.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sgl::domain::autoval {

namespace {

/** One term of a delta score in one dossier: its current value and its previous one, exact. */
struct TermValue {
    QString unit;
    std::optional<double> current;
    std::optional<double> previous;  ///< within the window, non-zero
};

/** The dossier's values for each term of `c`, in term order (read once per dossier). */
std::vector<TermValue> termValues(const DossierInput &d, const DeltaScoreCondition &c)
{
    QHash<QString, const ResultInput *> byCode; // the last result not cancelled counts
    for (const ResultInput &r : d.results)
        if (r.state != ValidationState::Cancelled)
            byCode.insert(r.analysisCode, &r);
    std::vector<TermValue> out(size_t(c.terms.size()));
    for (qsizetype i = 0; i < c.terms.size(); ++i) {
        const ResultInput *r = byCode.value(c.terms[i].analysis);
        if (!r || r->value.kind != ResultValue::Kind::Numeric)
            continue;
        TermValue &t = out[size_t(i)];
        t.unit = r->analysisUnit;
        if (const auto v = ValueInterval::of(r->value, *r, r->analysisUnit); v && !v->censored())
            t.current = v->low;
        if (const auto p = checks::previousInWindow(*r, c.windowDays, r->analysisUnit);
            p && !p->interval.censored() && p->interval.low != 0)
            t.previous = p->interval.low;
    }
    return out;
}

SeriesCrossCheck::Evidence evidenceOf(const std::vector<TermValue> &holder, const std::vector<TermValue> &other,
                                      const DeltaScoreCondition &c)
{
    SeriesCrossCheck::Evidence out;
    double own = 0;
    double cross = 0;
    for (qsizetype i = 0; i < c.terms.size(); ++i) {
        const TermValue &mine = holder[size_t(i)];
        const TermValue &theirs = other[size_t(i)];
        if (!mine.current || !mine.previous || !theirs.current || mine.unit != theirs.unit)
            continue;
        const double scale = 100.0 / std::abs(*mine.previous) / c.terms[i].usualPercent;
        const double zOwn = (*mine.current - *mine.previous) * scale;
        const double zCross = (*theirs.current - *mine.previous) * scale;
        own += zOwn * zOwn;
        cross += zCross * zCross;
        out.compared << c.terms[i].analysis;
    }
    if (!out.compared.isEmpty()) {
        out.own = own / double(out.compared.size());
        out.cross = cross / double(out.compared.size());
        out.logLikelihoodRatio = (own - cross) / 2;
    }
    return out;
}

/** The result of `code` that counts in the dossier (the last one not cancelled), or null. */
const ResultInput *resultOf(const DossierInput &d, const QString &code)
{
    const ResultInput *found = nullptr;
    for (const ResultInput &r : d.results)
        if (r.analysisCode == code && r.state != ValidationState::Cancelled)
            found = &r;
    return found;
}

} // namespace

SeriesCrossCheck::Evidence SeriesCrossCheck::evidence(const DossierInput &holder, const DossierInput &other,
                                                      const DeltaScoreCondition &c)
{
    return evidenceOf(termValues(holder, c), termValues(other, c), c);
}

namespace {

QString minutesApart(const DossierInput &a, const DossierInput &b)
{
    const qint64 minutes = std::abs(a.collectedAt.secsTo(b.collectedAt)) / 60;
    return minutes == 0 ? Tr::tr("à la même minute") : Tr::tr("à %1 min d'écart").arg(minutes);
}

QString fr1(double v)
{
    return frNumber(std::round(v * 10) / 10);
}

} // namespace

bool SeriesCrossCheck::sameSeries(const DossierInput &a, const DossierInput &b)
{
    return a.collectedAt.isValid() && b.collectedAt.isValid() && !a.collectionSeries.isEmpty()
           && a.collectionSeries == b.collectionSeries && std::abs(a.collectedAt.secsTo(b.collectedAt)) <= kWindowMinutes * 60
           && (a.patientKey.isEmpty() || a.patientKey != b.patientKey);
}

QList<const DossierInput *> SeriesCrossCheck::nearest(const DossierInput &dossier, const QList<const DossierInput *> &candidates)
{
    QList<const DossierInput *> out;
    for (const DossierInput *c : candidates)
        if (c && c != &dossier && sameSeries(dossier, *c))
            out << c;
    std::stable_sort(out.begin(), out.end(), [&](const DossierInput *a, const DossierInput *b) {
        return std::abs(dossier.collectedAt.secsTo(a->collectedAt)) < std::abs(dossier.collectedAt.secsTo(b->collectedAt));
    });
    if (out.size() > kMaxNeighbours)
        out.resize(kMaxNeighbours);
    return out;
}

bool SeriesCrossCheck::applies(const RuleSet &rules)
{
    return std::any_of(rules.rules.cbegin(), rules.rules.cend(), [](const Rule &r) {
        return r.enabled && std::holds_alternative<DeltaScoreCondition>(r.condition);
    });
}

bool SeriesCrossCheck::swapLikely(const Evidence &e, const DeltaScoreCondition &c)
{
    return e.compared.size() >= c.minAnalyses && e.own >= c.maxScore && e.cross < kSamePatientScore
           && e.own >= kEvidenceRatio * e.cross;
}

void SeriesCrossCheck::apply(const DossierInput &dossier, DossierVerdict &verdict, const QList<const DossierInput *> &neighbours,
                             const RuleSet &rules)
{
    QList<const Rule *> scores;
    for (const Rule &r : rules.rules)
        if (r.enabled && std::holds_alternative<DeltaScoreCondition>(r.condition))
            scores << &r;
    if (scores.isEmpty() || neighbours.isEmpty())
        return;
    QSet<QString> termCodes;
    for (const Rule *rule : scores)
        for (const DeltaScoreTerm &t : std::get<DeltaScoreCondition>(rule->condition).terms)
            termCodes.insert(t.analysis);
    std::vector<std::vector<TermValue>> mine; // per score rule, read once
    for (const Rule *rule : scores)
        mine.push_back(termValues(dossier, std::get<DeltaScoreCondition>(rule->condition)));
    for (const DossierInput *n : neighbours) {
        if (!n || n == &dossier || !sameSeries(dossier, *n))
            continue;
        QStringList awaited;
        for (const ResultInput &r : n->results) {
            if (r.state == ValidationState::Cancelled || r.value.kind != ResultValue::Kind::Empty
                || !termCodes.contains(r.analysisCode) || awaited.contains(r.analysisCode))
                continue;
            const ResultInput *own = resultOf(dossier, r.analysisCode);
            if (own && (own->value.kind == ResultValue::Kind::Numeric || !own->previous.isEmpty()))
                awaited << r.analysisCode;
        }
        if (!awaited.isEmpty()) {
            HoldReason h;
            h.ruleId = QString::fromLatin1(builtin::Series);
            h.ruleLabel = Tr::tr("Série de prélèvement incomplète");
            h.values = Tr::tr("%1 : %2 en attente").arg(n->dossierNumber, awaited.join(QStringLiteral(", ")));
            h.threshold = Tr::tr("résultats de la série disponibles");
            h.text = Tr::tr("%1 (%2) : le dossier %3, prélevé dans la même série %4, n'a pas encore de résultat pour %5 ; "
                            "un échange de tubes ne peut pas encore être écarté.")
                         .arg(h.ruleId, h.ruleLabel, n->dossierNumber, minutesApart(dossier, *n),
                              awaited.join(QStringLiteral(", ")));
            h.builtIn = true;
            verdict.holds << h;
            verdict.release = false;
        }
        for (qsizetype k = 0; k < scores.size(); ++k) {
            const Rule *rule = scores[k];
            const auto &c = std::get<DeltaScoreCondition>(rule->condition);
            const std::vector<TermValue> theirs = termValues(*n, c);
            // The neighbour's history against this dossier's values, then the other way round.
            const Evidence theirHistory = evidenceOf(theirs, mine[size_t(k)], c);
            const Evidence ourHistory = evidenceOf(mine[size_t(k)], theirs, c);
            const bool fromTheirs = swapLikely(theirHistory, c);
            if (!fromTheirs && !swapLikely(ourHistory, c))
                continue;
            const Evidence &e = fromTheirs ? theirHistory : ourHistory;
            const QString other = n->dossierNumber;
            const QString terms = e.compared.join(QStringLiteral(", "));
            HoldReason h;
            h.ruleId = QString::fromLatin1(builtin::Swap);
            h.ruleLabel = Tr::tr("Échange de tubes suspecté dans la série de prélèvement");
            h.values = Tr::tr("score croisé %1, score propre %2 sur %3 analyses (%4)")
                           .arg(fr1(e.cross), fr1(e.own))
                           .arg(e.compared.size())
                           .arg(terms);
            h.threshold = Tr::tr("score croisé ≥ %1 ou score propre < %2 (%3) ou moins de %4 fois le score croisé")
                              .arg(frNumber(kSamePatientScore), frNumber(c.maxScore), rule->id)
                              .arg(kEvidenceRatio);
            const QString fit =
                fromTheirs ? Tr::tr("les résultats de ce dossier ressemblent aux antériorités du patient du dossier %1 (score %2 sur %3 "
                                "analyses : %4) bien plus que ceux du dossier %1 lui-même (score %5)")
                             .arg(other, fr1(e.cross))
                             .arg(e.compared.size())
                             .arg(terms, fr1(e.own))
                           : Tr::tr("les résultats du dossier %1 ressemblent aux antériorités de ce patient (score %2 sur %3 analyses : "
                                "%4) bien plus que ceux de ce dossier (score %5)")
                             .arg(other, fr1(e.cross))
                             .arg(e.compared.size())
                             .arg(terms, fr1(e.own));
            h.text = Tr::tr("%1 (%2) : dossier %3 prélevé dans la même série %4 ; %5 (seuil %6). Échange de tubes ?")
                         .arg(h.ruleId, h.ruleLabel, other, minutesApart(dossier, *n), fit, frNumber(c.maxScore));
            h.builtIn = true;
            verdict.holds << h;
            verdict.release = false;
            break; // one hold per neighbour is enough
        }
    }
}

QList<DossierVerdict> SeriesCrossCheck::evaluateAll(const QList<DossierInput> &dossiers, const RuleSet &rules)
{
    QList<DossierVerdict> out;
    out.reserve(dossiers.size());
    for (const DossierInput &d : dossiers)
        out << AutoValidationEngine::evaluate(d, rules);
    // Dossiers of each series in collection order, so neighbours are a sliding window.
    QHash<QString, QList<qsizetype>> series;
    for (qsizetype i = 0; i < dossiers.size(); ++i)
        if (dossiers[i].collectedAt.isValid() && !dossiers[i].collectionSeries.isEmpty())
            series[dossiers[i].collectionSeries] << i;
    for (QList<qsizetype> &members : series) {
        std::stable_sort(members.begin(), members.end(),
                         [&](qsizetype a, qsizetype b) { return dossiers[a].collectedAt < dossiers[b].collectedAt; });
        qsizetype first = 0;
        for (qsizetype k = 0; k < members.size(); ++k) {
            const DossierInput &d = dossiers[members[k]];
            while (d.collectedAt.secsTo(dossiers[members[first]].collectedAt) < -kWindowMinutes * 60)
                ++first;
            QList<const DossierInput *> neighbours;
            for (qsizetype j = first; j < members.size(); ++j) {
                const DossierInput &n = dossiers[members[j]];
                if (d.collectedAt.secsTo(n.collectedAt) > kWindowMinutes * 60)
                    break;
                if (j != k)
                    neighbours << &n;
            }
            apply(d, out[members[k]], nearest(d, neighbours), rules);
        }
    }
    return out;
}

} // namespace sgl::domain::autoval
