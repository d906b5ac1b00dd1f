#include "AutovalBenchModel.h"

#include <cmath>
#include <numbers>

namespace sgl::bench::autoval {

double Rng::normal(double mean, double sd)
{
    if (m_spare) {
        const double z = *m_spare;
        m_spare.reset();
        return mean + sd * z;
    }
    double u1 = uniform();
    while (u1 <= 1e-300)
        u1 = uniform();
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    m_spare = r * std::sin(2 * std::numbers::pi * u2);
    return mean + sd * r * std::cos(2 * std::numbers::pi * u2);
}

double Rng::lognormal(double median, double gsd)
{
    return median * std::exp(normal(0, std::log(gsd)));
}

const QList<AnalyteModel> &analyteModels()
{
    // code, mean F, mean M, spread, log, CVi %, CVa %, detection limit
    static const QList<AnalyteModel> models{
        {"GB", 6.4, 6.4, 1.25, true, 11, 2, 0},
        {"GR", 4.45, 4.95, 0.28, false, 3.2, 1, 0},
        {"CCMH", 33.8, 33.8, 0.9, false, 0.8, 0.8, 0}, // TCMH = VGM × CCMH, HB = GR × TCMH (derived)
        {"VGM", 90, 90, 3.8, false, 1.3, 0.8, 0},
        {"IDR", 13, 13, 0.7, false, 3, 2, 0},
        {"PLAQ", 265, 245, 50, false, 7.5, 3, 0},
        {"VMP", 9.6, 9.6, 0.8, false, 4, 3, 0},
        {"GLU", 4.95, 5.1, 0.4, false, 5, 2, 0},
        {"CREA", 66, 84, 9.5, false, 4.5, 3, 0},
        {"UREE", 5.0, 5.6, 1.1, false, 13, 3, 0},
        {"NA", 140, 140, 1.6, false, 0.5, 0.8, 0},
        {"K", 4.2, 4.25, 0.25, false, 4.5, 1.5, 0},
        {"CL", 102, 102, 1.8, false, 1.2, 1, 0},
        {"BICAR", 25.5, 26, 1.5, false, 4.5, 3, 0},
        {"CA", 2.36, 2.36, 0.075, false, 1.9, 1.5, 0},
        {"MG", 0.85, 0.86, 0.055, false, 3.6, 2, 0},
        {"ASAT", 21, 25, 1.3, true, 9.5, 4, 0},
        {"ALAT", 17, 24, 1.45, true, 19, 4, 0},
        {"GGT", 18, 27, 1.6, true, 9, 3, 0},
        {"PAL", 68, 72, 15, false, 6.5, 3, 0},
        {"BILT", 8, 10, 1.5, true, 21, 4, 0},
        {"CRP", 1.4, 1.4, 2.3, true, 40, 5, 0.6},
        {"HBA1C", 5.4, 5.4, 0.28, false, 1.6, 1.5, 0},
        {"CT", 5.1, 5.0, 0.75, false, 5.4, 2, 0},
        {"HDL", 1.65, 1.3, 0.3, false, 7, 3, 0},
        {"TG", 1.05, 1.25, 1.5, true, 20, 3, 0},
        {"TSH", 1.7, 1.6, 1.6, true, 18, 3, 0.01},
        {"T4L", 15.8, 16.2, 1.7, false, 5, 4, 0},
        {"TQ", 12.4, 12.4, 0.5, false, 3, 2, 0},
        {"TCA", 31, 31, 2.5, false, 3, 2, 0},
        {"FIB", 3.0, 2.9, 0.5, false, 10, 4, 0},
        {"RUBG", 45, 45, 2.2, true, 5, 6, 0},
        {"BU_PH", 6.0, 6.0, 0.5, false, 8, 3, 0},
        {"PROTU", 0.06, 0.07, 1.5, true, 30, 8, 0.05},
        {"CREAU", 9, 12, 3.5, false, 25, 3, 0},
    };
    return models;
}

const AnalyteModel *analyteModel(const QString &code)
{
    for (const AnalyteModel &m : analyteModels())
        if (code == QLatin1String(m.code))
            return &m;
    return nullptr;
}

int SyntheticPatient::ageAt(QDate date) const
{
    int age = date.year() - birthDate.year();
    if (QDate(date.year(), birthDate.month(), std::min(birthDate.day(), 28)) > date)
        --age;
    return age;
}

SyntheticPatient drawPatient(Rng &rng, int id, QDate today)
{
    SyntheticPatient p;
    p.id = id;
    p.sex = rng.chance(0.53) ? domain::Sex::Female : domain::Sex::Male;
    const bool child = rng.chance(0.12);
    const int age = child ? 2 + rng.index(16) : 18 + int(std::min(72.0, std::abs(rng.normal(0, 30))) + rng.uniform(0, 10));
    p.birthDate = today.addYears(-age).addDays(-rng.index(360));
    const bool female = p.sex == domain::Sex::Female;
    for (const AnalyteModel &m : analyteModels()) {
        const double mean = female ? m.meanF : m.meanM;
        double v = m.logNormal ? rng.lognormal(mean, m.spread) : rng.normal(mean, m.spread);
        p.setPoint.insert(QString::fromLatin1(m.code), std::max(v, mean * 0.2));
    }
    // Differential fractions, normalised.
    QList<double> f{std::max(0.3, rng.normal(0.58, 0.07)), std::max(0.005, rng.normal(0.03, 0.012)),
                    std::max(0.002, rng.normal(0.006, 0.002)), std::max(0.12, rng.normal(0.30, 0.06)),
                    std::max(0.03, rng.normal(0.075, 0.015))};
    double sum = 0;
    for (double x : f)
        sum += x;
    for (double &x : f)
        x /= sum;
    p.differential = f;
    if (child) {
        // Children: values around the middle of the paediatric ranges of the demo catalogue.
        p.setPoint[QStringLiteral("GB")] = rng.lognormal(8, 1.2);
        p.setPoint[QStringLiteral("CCMH")] = rng.normal(33.5, 0.8);
        p.setPoint[QStringLiteral("GR")] = rng.normal(4.6, 0.25);
        p.setPoint[QStringLiteral("VGM")] = rng.normal(86, 3);
        p.setPoint[QStringLiteral("CREA")] = rng.normal(15 + 2.4 * age, 5);
        p.setPoint[QStringLiteral("UREE")] = rng.normal(4.0, 0.8);
        return p;
    }
    auto scale = [&](const char *code, double factor) { p.setPoint[QString::fromLatin1(code)] *= factor; };
    auto shift = [&](const char *code, double delta) { p.setPoint[QString::fromLatin1(code)] += delta; };
    const double old = age >= 60 ? 1.6 : 1.0;
    if (rng.chance(0.09 * old)) {
        p.conditions << Condition::Diabetes;
        p.setPoint[QStringLiteral("GLU")] = rng.normal(8.3, 1.8);
        p.setPoint[QStringLiteral("HBA1C")] = rng.normal(7.1, 0.7);
        scale("TG", 1.4);
    }
    if (rng.chance(0.06 * old)) {
        p.conditions << Condition::KidneyDisease;
        scale("CREA", rng.uniform(1.5, 3.2));
        scale("UREE", rng.uniform(1.5, 2.5));
        shift("K", 0.25);
        shift("BICAR", -2);
    }
    if (rng.chance(0.18)) {
        p.conditions << Condition::Dyslipidaemia;
        shift("CT", rng.uniform(1.0, 2.4));
        scale("TG", 1.5);
    }
    if (rng.chance(0.06)) {
        p.conditions << Condition::Liver;
        scale("GGT", rng.uniform(2.5, 7));
        scale("ALAT", 1.5);
        scale("ASAT", 1.4);
    }
    if (rng.chance(female ? 0.08 : 0.04)) {
        p.conditions << Condition::Anaemia;
        scale("GR", rng.uniform(0.8, 0.95));
        const double microcytosis = rng.uniform(0, 1);
        shift("VGM", -12 * microcytosis);
        shift("CCMH", -2 * microcytosis);
    }
    if (rng.chance(female ? 0.06 : 0.02)) {
        p.conditions << Condition::Hypothyroidism;
        scale("TSH", rng.uniform(1.8, 3.5));
    }
    if (rng.chance(0.035 * old)) {
        p.conditions << Condition::Anticoagulant;
        p.setPoint[QStringLiteral("TQ")] = rng.uniform(24, 37); // INR 2 to 3
    }
    return p;
}

double ckdEpi(double crea, int age, bool female)
{
    const double k = female ? 0.7 : 0.9;
    const double a = female ? -0.241 : -0.302;
    const double r = crea / 88.42 / k;
    return 142 * std::pow(std::min(r, 1.0), a) * std::pow(std::max(r, 1.0), -1.2) * std::pow(0.9938, age) * (female ? 1.012 : 1.0);
}

double measure(Rng &rng, const SyntheticPatient &p, const QString &code, double extraCv)
{
    const AnalyteModel *m = analyteModel(code);
    const double sp = p.setPoint.value(code);
    if (!m)
        return sp;
    const double cv = std::sqrt(m->cvi * m->cvi + m->cva * m->cva + extraCv * extraCv) / 100.0;
    return std::max(sp * (1 + rng.normal(0, cv)), sp * 0.05);
}

} // namespace sgl::bench::autoval
