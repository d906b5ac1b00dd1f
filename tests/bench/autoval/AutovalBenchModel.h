#pragma once

#include "domain/Sex.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

namespace sgl::bench::autoval {

/**
 * Seeded random numbers whose sequence depends only on the seed (mt19937_64 is fully specified;
 * the std:: distributions are not, so uniform and normal draws are computed here).
 */
class Rng {
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    int index(int n) { return int(uniform() * n) % std::max(1, n); }
    double normal(double mean, double sd);
    /** Median × gsd^N(0,1). */
    double lognormal(double median, double gsd);

private:
    std::mt19937_64 m_engine;
    std::optional<double> m_spare;
};

/**
 * Population model of one measured analyte (adults), after published biological variation
 * (within-subject CVi, analytical CVa) and typical adult distributions: a patient's set point is
 * drawn once (between-subject), each measurement adds within-subject and analytical noise.
 */
struct AnalyteModel {
    const char *code;
    double meanF;          ///< mean (or median when logNormal) of set points, women
    double meanM;          ///< men
    double spread;         ///< between-subject SD, or geometric SD when logNormal
    bool logNormal;
    double cvi;            ///< within-subject CV, %
    double cva;            ///< analytical CV, %
    double detectionLimit; ///< values below are reported "<limit"; 0: none
};

/** The measured analytes of the demo catalogue the generator produces (derived ones are computed). */
[[nodiscard]] const QList<AnalyteModel> &analyteModels();
[[nodiscard]] const AnalyteModel *analyteModel(const QString &code);

/** Chronic conditions that move a patient's set points (clean, but abnormal values). */
enum class Condition { Diabetes, KidneyDisease, Dyslipidaemia, Liver, Anaemia, Hypothyroidism, Anticoagulant };

/** One synthetic patient: identity traits and the set point of every analyte. */
struct SyntheticPatient {
    int id = 0;
    domain::Sex sex = domain::Sex::Female;
    QDate birthDate;
    QList<Condition> conditions;
    QMap<QString, double> setPoint;       ///< measured analytes (QMap: ordered, reproducible)
    QList<double> differential;           ///< PNN, PNE, PNB, LYM, MONO fractions of GB (sum 1)

    [[nodiscard]] bool has(Condition c) const { return conditions.contains(c); }
    [[nodiscard]] int ageAt(QDate date) const;
    [[nodiscard]] bool child(QDate date) const { return ageAt(date) < 18; }
};

/** Draws a patient (15 % children 2–17 years, adults 18–90, conditions by prevalence). */
[[nodiscard]] SyntheticPatient drawPatient(Rng &rng, int id, QDate today);

/** eGFR CKD-EPI 2021 (the demo catalogue's formula), mL/min/1,73 m². */
[[nodiscard]] double ckdEpi(double creatinineUmolL, int age, bool female);

/** One measurement of `code` around the set point (within-subject + analytical noise); `extraCv` in %. */
[[nodiscard]] double measure(Rng &rng, const SyntheticPatient &p, const QString &code, double extraCv = 0);

} // namespace sgl::bench::autoval
