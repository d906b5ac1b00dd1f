// DossierGenerator: collection series and the pairing of swapped tubes. A swap happens where tubes
// are labelled together: two patients sampled one after the other by the same person (the lab's
// sampling room, a home nurse's round, a ward's morning round). Both dossiers are faulted: each
// carries the other patient's blood, for its own request.
#include "AutovalBenchGenerator.h"

#include <QTimeZone>

#include <cmath>
#include <limits>

namespace sgl::bench::autoval {

using namespace sgl::domain;
using namespace sgl::domain::autoval;

void DossierGenerator::assignSeries(QList<SyntheticDossier> &out)
{
    for (SyntheticDossier &d : out) {
        int startMinutes = 0;  // after midnight, UTC
        int spanMinutes = 0;
        if (d.input.origin == QStringLiteral("ward")) {
            d.input.collectionSeries = QStringLiteral("ward:") + d.input.ward;
            startMinutes = 6 * 60;            // the morning round
            spanMinutes = 120;
        } else if (m_rng.chance(0.7)) {
            d.input.collectionSeries = QStringLiteral("lab:%1").arg(1 + m_rng.index(3));
            startMinutes = 7 * 60;            // the sampling room's morning
            spanMinutes = 240;
        } else {
            d.input.collectionSeries = QStringLiteral("home_nurse:%1").arg(1 + m_rng.index(15));
            startMinutes = 6 * 60 + 30;
            spanMinutes = 180;
        }
        const int minute = startMinutes + m_rng.index(spanMinutes);
        d.input.collectedAt = QDateTime(d.input.collectionDate, QTime(minute / 60, minute % 60), QTimeZone::utc());
    }
}

void DossierGenerator::rebuildResults(SyntheticDossier &d, const Work &w, const Values &values, const SyntheticPatient &p)
{
    d.input.results.clear();
    d.input.nonConformities.clear(); // the clean noise of a partner drawn clean
    d.input.indices = values.indices;
    for (const auto &[code, exam] : w.request.analyses)
        if (values.numeric.contains(code) || values.coded.contains(code))
            d.input.results << makeResult(code, exam, values, w.previous ? &*w.previous : nullptr, p, w.day, w.previousDay);
}

void DossierGenerator::pairSwaps(QList<SyntheticDossier> &out, const QList<Work> &work, const QList<SyntheticPatient> &pool)
{
    QList<bool> taken(out.size(), false);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].fault != Fault::Swap || taken[i])
            continue;
        taken[i] = true;
        // The partner: the clean dossier of the same series and day sampled nearest in time.
        qsizetype partner = -1;
        qint64 best = std::numeric_limits<qint64>::max();
        for (qsizetype j = 0; j < out.size(); ++j) {
            if (j == i || taken[j] || out[j].fault != Fault::None || out[j].input.collectionSeries != out[i].input.collectionSeries
                || out[j].input.collectionDate != out[i].input.collectionDate)
                continue;
            const qint64 gap = std::abs(out[i].input.collectedAt.secsTo(out[j].input.collectedAt));
            if (gap < best) {
                best = gap;
                partner = j;
            }
        }
        const Work &wi = work[i];
        if (partner < 0) { // nobody else sampled in that series that day: the tube stays the patient's own
            out[i].fault = Fault::None;
            rebuildResults(out[i], wi, wi.truth, pool[wi.patient]);
            continue;
        }
        taken[partner] = true;
        const Work &wj = work[partner];
        // Sampled one after the other.
        out[partner].input.collectedAt = out[i].input.collectedAt.addSecs(60 * (1 + m_rng.index(3)));
        const auto bloodOf = [&](const Work &donor, const Work &label) {
            // The donor's blood measured for the label's request: the donor's own values where both
            // requests share an analysis (the same tube), drawn from the donor otherwise.
            Values v = drawValues(pool[donor.patient], label.request.codes(), label.day, false);
            for (auto it = donor.truth.numeric.cbegin(); it != donor.truth.numeric.cend(); ++it)
                if (v.numeric.contains(it.key()))
                    v.numeric[it.key()] = it.value();
            for (auto it = donor.truth.coded.cbegin(); it != donor.truth.coded.cend(); ++it)
                if (v.coded.contains(it.key()))
                    v.coded[it.key()] = it.value();
            v.indices = donor.truth.indices;
            // The lab computes the eGFR with the age and sex of the patient on the label.
            const SyntheticPatient &p = pool[label.patient];
            if (v.numeric.contains(QStringLiteral("DFG")))
                v.numeric[QStringLiteral("DFG")] =
                    ckdEpi(v.numeric.value(QStringLiteral("CREA")), p.ageAt(label.day), p.sex == Sex::Female);
            return v;
        };
        const Values intoI = bloodOf(wj, wi);
        const Values intoJ = bloodOf(wi, wj);
        const auto label = [&](qsizetype other, const Work &w) {
            const SyntheticPatient &p = pool[w.patient];
            return QStringLiteral("échange avec %1 (patient %2, %3, %4 ans)")
                .arg(out[other].input.dossierNumber)
                .arg(p.id)
                .arg(p.sex == Sex::Female ? QStringLiteral("F") : QStringLiteral("M"))
                .arg(p.ageAt(w.day));
        };
        for (const auto &[k, w, values, other, otherWork] :
             {std::tuple{i, std::cref(wi), std::cref(intoI), partner, std::cref(wj)},
              std::tuple{partner, std::cref(wj), std::cref(intoJ), i, std::cref(wi)}}) {
            SyntheticDossier &d = out[k];
            d.fault = Fault::Swap;
            d.faultDetail = label(other, otherWork.get());
            d.partnerHistory = out[other].history;
            rebuildResults(d, w.get(), values.get(), pool[w.get().patient]);
            std::tie(d.shiftInRcv, d.shiftAnalyte) = largestShift(w.get().truth.numeric, values.get().numeric);
        }
    }
}

} // namespace sgl::bench::autoval
