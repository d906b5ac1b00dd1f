// DossierGenerator: faults, results and the generation loop (values are drawn in AutovalBenchGenerator.cpp).
#include "AutovalBenchGenerator.h"

#include "domain/catalogue/RangeResolver.h"
#include "domain/lab/AbnormalFlagRule.h"

#include <QTimeZone>

#include <cmath>

namespace sgl::bench::autoval {

using namespace sgl::domain;
using namespace sgl::domain::autoval;

namespace {

const QStringList kHaemolysisSensitive{QStringLiteral("K"), QStringLiteral("ASAT"), QStringLiteral("ALAT"),
                                       QStringLiteral("MG"), QStringLiteral("BILT"), QStringLiteral("PAL")};
/** Ratios, sizes and urine: a drip in the vein does not change them. */
const QStringList kNotDiluted{QStringLiteral("VGM"), QStringLiteral("CCMH"), QStringLiteral("IDR"), QStringLiteral("VMP"), QStringLiteral("HBA1C"),
                              QStringLiteral("BU_PH"), QStringLiteral("PROTU"), QStringLiteral("CREAU")};
const QStringList kWards{QStringLiteral("URG"), QStringLiteral("CARDIO"), QStringLiteral("MED"), QStringLiteral("CHIR")};

/** Share of the requests of a kind that come from the hospital's wards (the rest from town
 *  prescribers): wards ask for electrolytes, blood counts and coagulation, seldom for a thyroid
 *  follow-up, a pregnancy or a urine dipstick alone. About 15 % of all dossiers overall. */
double wardShare(const QString &profile)
{
    static const QHash<QString, double> share{
        {QStringLiteral("bilan"), 0.12}, {QStringLiteral("renal"), 0.35}, {QStringLiteral("nfs"), 0.25},
        {QStringLiteral("preop"), 0.35}, {QStringLiteral("hepatique"), 0.15}, {QStringLiteral("avk"), 0.10},
        {QStringLiteral("diabete"), 0.05}, {QStringLiteral("thyroide"), 0.02}, {QStringLiteral("grossesse"), 0.03},
        {QStringLiteral("urines"), 0.05}, {QStringLiteral("enfant"), 0.12}};
    return share.value(profile, 0.15);
}

QString fr(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}

QDateTime dayTime(QDate day, int minutes)
{
    return QDateTime(day, QTime(7, 0).addSecs(minutes * 60), QTimeZone::utc());
}

ResultValue valueOf(const Analysis &a, const QString &code, double v)
{
    const AnalyteModel *m = analyteModel(code);
    const int decimals = a.decimals >= 0 ? a.decimals : 2;
    if (m && m->detectionLimit > 0 && v < m->detectionLimit)
        return *ResultValue::parseNumeric(QStringLiteral("<") + QString::number(m->detectionLimit), a.unit);
    const double shown = std::max(v, std::pow(10.0, -decimals)); // never 0 or negative after rounding
    return *ResultValue::parseNumeric(QString::number(shown, 'f', decimals), a.unit);
}

} // namespace

void DossierGenerator::injectFault(SyntheticDossier &d, Values &values, const Request &request, const SyntheticPatient &p,
                                   QDate day)
{
    const QStringList codes = request.codes();
    auto has = [&](const QString &c) { return values.numeric.contains(c); };
    // Candidate faults for this request, with their weights.
    // A swap faults two dossiers: half the weight of a fault of one.
    QList<std::pair<Fault, double>> candidates{{Fault::Swap, 0.125}};
    if (has(QStringLiteral("K")))
        candidates.append({Fault::EdtaContamination, 0.15});
    if (std::any_of(kHaemolysisSensitive.begin(), kHaemolysisSensitive.end(), has))
        candidates.append({Fault::Haemolysis, 0.20});
    QStringList dilutable;
    for (auto it = values.numeric.cbegin(); it != values.numeric.cend(); ++it)
        if (!kNotDiluted.contains(it.key()) && analyteModel(it.key()))
            dilutable << it.key();
    // A drip runs only in a hospitalised patient: the blood drawn above its line is diluted. An
    // outpatient of a town laboratory has none, so the fault is drawn for ward samples only, where
    // it is the most frequent contamination.
    if (!dilutable.isEmpty() && d.input.origin == QStringLiteral("ward"))
        candidates.append({Fault::DripDilution, 0.6});
    QStringList criticable;
    for (auto it = values.numeric.cbegin(); it != values.numeric.cend(); ++it) {
        const Analysis *a = m_catalogue.analysis(it.key());
        const auto range = a ? RangeResolver::resolve(a->ranges, p.sex, p.birthDate, day) : std::nullopt;
        if (range && (range->criticalLow || range->criticalHigh))
            criticable << it.key();
    }
    if (!criticable.isEmpty())
        candidates.append({Fault::Critical, 0.15});
    QMap<QString, QStringList> runs; // bench -> measured analyses of that analyzer run
    for (auto it = values.numeric.cbegin(); it != values.numeric.cend(); ++it) {
        const Analysis *a = m_catalogue.analysis(it.key());
        if (a && !a->isCalculated() && !a->analyzerMappings.isEmpty())
            runs[a->bench] << it.key();
    }
    if (!runs.isEmpty())
        candidates.append({Fault::QcFailed, 0.10});
    double total = 0;
    for (const auto &c : candidates)
        total += c.second;
    double pick = m_rng.uniform(0, total);
    Fault fault = candidates.first().first;
    for (const auto &c : candidates) {
        if (pick < c.second) {
            fault = c.first;
            break;
        }
        pick -= c.second;
    }
    d.fault = fault;
    switch (fault) {
    case Fault::None:
        break;
    case Fault::Swap:
        // Paired with a dossier of the same collection series once all are drawn (pairSwaps).
        break;
    case Fault::EdtaContamination: {
        const double dk = m_rng.uniform(1.0, 6.0);
        const double ca = m_rng.uniform(0.35, 0.85);
        values.numeric[QStringLiteral("K")] += dk;
        for (const auto &[code, factor] : {std::pair{QStringLiteral("CA"), ca}, std::pair{QStringLiteral("MG"), m_rng.uniform(0.5, 0.9)},
                                           std::pair{QStringLiteral("PAL"), m_rng.uniform(0.3, 0.8)}})
            if (has(code))
                values.numeric[code] *= factor;
        derive(values, codes, p, day);
        d.faultDetail = QStringLiteral("K +%1 mmol/L, Ca × %2").arg(fr(dk, 1), fr(ca));
        break;
    }
    case Fault::Haemolysis: {
        const double h = std::round(m_rng.uniform(60, 600));
        values.indices.haemolysis = h;
        const QList<std::pair<QString, double>> effects{{QStringLiteral("K"), 0.003}, {QStringLiteral("ASAT"), 0.06},
                                                        {QStringLiteral("ALAT"), 0.012}, {QStringLiteral("MG"), 0.0004},
                                                        {QStringLiteral("PAL"), -0.02}};
        for (const auto &[code, perIndex] : effects)
            if (has(code))
                values.numeric[code] = std::max(0.01, values.numeric[code] + perIndex * h);
        derive(values, codes, p, day);
        d.faultDetail = QStringLiteral("indice d'hémolyse %1").arg(h);
        break;
    }
    case Fault::DripDilution: {
        const double f = m_rng.uniform(0.10, 0.40);
        const bool saline = m_rng.chance(0.6);
        for (const QString &code : dilutable) {
            double &v = values.numeric[code];
            if (code == QStringLiteral("TQ") || code == QStringLiteral("TCA"))
                v *= 1 + 1.2 * f;
            else if (saline && (code == QStringLiteral("NA") || code == QStringLiteral("CL")))
                v = v * (1 - f) + 154 * f;
            else if (!saline && code == QStringLiteral("GLU"))
                v = v * (1 - f) + 277.5 * f;
            else
                v *= 1 - f;
        }
        derive(values, codes, p, day);
        if (values.indices.lipaemia)
            values.indices.lipaemia = std::round(*values.indices.lipaemia * (1 - f));
        d.faultDetail = QStringLiteral("dilution %1 % par %2").arg(qRound(f * 100)).arg(saline ? QStringLiteral("NaCl 0,9 %")
                                                                                                 : QStringLiteral("glucosé 5 %"));
        break;
    }
    case Fault::Critical: {
        const QString code = criticable[m_rng.index(int(criticable.size()))];
        const Analysis *a = m_catalogue.analysis(code);
        const auto range = RangeResolver::resolve(a->ranges, p.sex, p.birthDate, day);
        const bool high = range->criticalHigh && (!range->criticalLow || m_rng.chance(0.5));
        const double v = high ? *range->criticalHigh * m_rng.uniform(1.03, 1.4) : *range->criticalLow * m_rng.uniform(0.6, 0.97);
        values.numeric[code] = v;
        d.faultDetail = QStringLiteral("%1 %2 (seuil critique %3 %4)")
                            .arg(code, fr(v), high ? QStringLiteral("haut") : QStringLiteral("bas"),
                                 fr(high ? *range->criticalHigh : *range->criticalLow));
        break;
    }
    case Fault::QcFailed: {
        const QStringList benches = runs.keys();
        const QString bench = benches[m_rng.index(int(benches.size()))];
        for (const QString &code : runs.value(bench)) {
            const AnalyteModel *m = analyteModel(code);
            values.numeric[code] *= 1 + 3.5 * (m ? m->cva : 3) / 100.0;
        }
        derive(values, codes, p, day);
        values.qcHeld = runs.value(bench);
        values.qcReason = QStringLiteral("CQ rejeté : %1, lot L%2, règle 1-3s").arg(runs.value(bench).join(QStringLiteral(", ")))
                              .arg(100 + m_rng.index(900));
        d.faultDetail = QStringLiteral("série %1 rejetée (%2)").arg(bench, runs.value(bench).join(QStringLiteral(", ")));
        break;
    }
    }
}

ResultInput DossierGenerator::makeResult(const QString &code, const QString &exam, const Values &values, const Values *previous,
                                         const SyntheticPatient &p, QDate day, QDate previousDay)
{
    const Analysis *a = m_catalogue.analysis(code);
    ResultInput r;
    r.resultId = m_nextResultId++;
    r.analysisCode = code;
    r.analysisLabel = a->label;
    r.examCode = exam;
    r.analysisUnit = a->unit;
    r.secondUnit = a->secondUnit;
    r.secondUnitFactor = a->secondUnitFactor;
    const auto range = RangeResolver::resolve(a->ranges, p.sex, p.birthDate, day);
    if (values.numeric.contains(code)) {
        r.value = valueOf(*a, code, values.numeric.value(code));
    } else if (a->resultType == ResultType::Text) {
        r.value = ResultValue::ofText(values.coded.value(code));
    } else {
        const QString chosen = values.coded.value(code);
        QString label = chosen;
        for (const ValueOption &o : a->valueOptions)
            if (o.code == chosen)
                label = o.label;
        r.value = ResultValue::ofCode({chosen, {}, {}, label});
    }
    r.flag = AbnormalFlagRule::flag(*a, range, r.value);
    if (range) {
        r.referenceLow = range->low;
        r.referenceHigh = range->high;
        r.criticalLow = range->criticalLow;
        r.criticalHigh = range->criticalHigh;
    }
    r.state = ValidationState::TechnicallyValidated;
    r.observedAt = dayTime(day, 60);
    r.qcHeld = values.qcHeld.contains(code);
    if (r.qcHeld)
        r.qcReason = values.qcReason;
    if (previous && previous->numeric.contains(code))
        r.previous << PreviousValue{valueOf(*a, code, previous->numeric.value(code)), dayTime(previousDay, 60)};
    return r;
}

void DossierGenerator::addCleanNoise(SyntheticDossier &d)
{
    // What makes a clean dossier need a biologist all the same: analyzer alarms, a non-conformity,
    // a value corrected by hand.
    QList<ResultInput> &results = d.input.results;
    QList<int> hemato;
    QList<int> chemistry;
    for (int i = 0; i < results.size(); ++i) {
        const Analysis *a = m_catalogue.analysis(results[i].analysisCode);
        if (a && a->bench == QStringLiteral("HEMATO") && !a->analyzerMappings.isEmpty())
            hemato << i;
        else if (a && !a->analyzerMappings.isEmpty())
            chemistry << i;
    }
    static const QStringList kXnFlags{QStringLiteral("PLT Clumps?"), QStringLiteral("WBC Abn Scattergram"),
                                      QStringLiteral("Left Shift?"), QStringLiteral("RBC Agglutination?")};
    if (!hemato.isEmpty() && m_rng.chance(0.04))
        results[hemato[m_rng.index(int(hemato.size()))]].analyzerFlags << kXnFlags[m_rng.index(int(kXnFlags.size()))];
    if (!chemistry.isEmpty() && m_rng.chance(0.01))
        results[chemistry[m_rng.index(int(chemistry.size()))]].analyzerFlags << QStringLiteral("ABS.ABN");
    if (m_rng.chance(0.01)) {
        NonConformityInput nc{QStringLiteral("transport_delay"), QStringLiteral("Délai d'acheminement dépassé"), {}};
        for (const ResultInput &r : results)
            nc.analysisCodes << r.analysisCode;
        d.input.nonConformities << nc;
    }
    if (!results.isEmpty() && m_rng.chance(0.005))
        results[m_rng.index(int(results.size()))].edited = true;
}

QList<SyntheticDossier> DossierGenerator::generate()
{
    QList<SyntheticPatient> pool;
    pool.reserve(m_options.dossiers);
    for (int i = 0; i < m_options.dossiers; ++i)
        pool << drawPatient(m_rng, i + 1, m_options.firstDay);
    QList<SyntheticDossier> out;
    out.reserve(m_options.dossiers);
    QList<Work> work;
    work.reserve(m_options.dossiers);
    for (int i = 0; i < m_options.dossiers; ++i) {
        const SyntheticPatient &p = pool[i];
        const QDate day = m_options.firstDay.addDays(i % 28);
        const Request request = drawRequest(p, day);
        const QStringList codes = request.codes();
        const bool acute = !p.child(day) && m_rng.chance(0.08);
        Values values = drawValues(p, codes, day, acute);
        const bool chronic = !p.conditions.isEmpty();
        SyntheticDossier d;
        d.profile = request.profile;
        d.history = m_rng.chance(chronic ? 0.9 : 0.62);
        QDate previousDay;
        std::optional<Values> previous;
        if (d.history) {
            previousDay = day.addDays(-(chronic ? 30 + m_rng.index(90) : 14 + m_rng.index(320)));
            previous = drawValues(p, codes, previousDay, m_rng.chance(0.05));
        }
        d.input.dossierNumber = QStringLiteral("B%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        d.input.patientKey = QString::number(p.id);
        d.input.sex = p.sex;
        d.input.birthDate = p.birthDate;
        d.input.collectionDate = day;
        if (m_rng.chance(wardShare(request.profile))) {
            d.input.origin = QStringLiteral("ward");
            d.input.ward = kWards[m_rng.index(int(kWards.size()))];
        } else {
            d.input.origin = QStringLiteral("external");
        }
        const Values truth = values;
        if (m_rng.chance(m_options.faultShare)) {
            injectFault(d, values, request, p, day);
            std::tie(d.shiftInRcv, d.shiftAnalyte) = largestShift(truth.numeric, values.numeric);
        }
        d.input.indices = values.indices;
        for (const auto &[code, exam] : request.analyses)
            if (values.numeric.contains(code) || values.coded.contains(code))
                d.input.results << makeResult(code, exam, values, previous ? &*previous : nullptr, p, day, previousDay);
        if (d.fault == Fault::None)
            addCleanNoise(d);
        out << d;
        work << Work{i, request, truth, previous, previousDay, day};
    }
    assignSeries(out);
    pairSwaps(out, work, pool);
    return out;
}

} // namespace sgl::bench::autoval
