#pragma once

#include "simulators/analyzer/SimulatedResult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::simulators::analyzer {

/**
 * Deterministic pseudo-random results: the value of a test depends only on (seed, specimen,
 * test), never on the order of calls or on the platform (splitmix64 over an FNV-1a hash, no
 * std distributions), so tests and demos are reproducible.
 *
 * Haematology (Sysmex XN-style): RBC, MCV and MCHC are drawn, HCT, HGB and MCH derived from
 * them; the differential counts are fractions of WBC. Chemistry (cobas-style): each test drawn in
 * a range a bit wider than its reference interval. Flags L/H against the reference interval. QC
 * levels 1 and 2 give values within ±2 % of fixed targets, flagged N.
 */
class ResultGenerator {
public:
    explicit ResultGenerator(quint64 seed = 1) : m_seed(seed) {}

    [[nodiscard]] static QStringList haematologyTests();
    [[nodiscard]] static QStringList chemistryTests();

    /** Results for the known codes of `tests` in the XN's own order; unknown codes are skipped. */
    [[nodiscard]] QList<SimulatedResult> haematology(const QString &specimenId, const QStringList &tests,
                                                     int qcLevel = 0) const;
    /**
     * Results for the known codes of `tests` in the order asked; with `overRange` the first requested test is reported above its
     * linearity limit (value ">limit", flag ">").
     */
    [[nodiscard]] QList<SimulatedResult> chemistry(const QString &specimenId, const QStringList &tests,
                                                   int qcLevel = 0, bool overRange = false) const;
    /** Uniform in [0, 1) for (seed, specimen, key). */
    [[nodiscard]] double uniform(const QString &specimenId, const QString &key) const;

private:
    quint64 m_seed;
};

} // namespace sgl::simulators::analyzer
