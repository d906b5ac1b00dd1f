#pragma once

#include "domain/Error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain::qc {

/** A control material (a manufacturer's control at one level: "Liquichek Chimie niveau 1"). */
struct QcMaterial {
    qint64 id = 0;
    QString code;          ///< laboratory code, unique ("LQ-CHIM-1"); what an instrument sends as control id
    QString label;
    QString manufacturer;
    QString level;         ///< "1", "2", "bas", "haut"... shown beside the lot
    bool active = true;
    int version = 0;

    friend bool operator==(const QcMaterial &, const QcMaterial &) = default;
};

/** Where a lot's target mean and SD come from. */
enum class QcTargetSource {
    Manufacturer, ///< typed from the manufacturer's insert (mean and SD at save)
    Computed      ///< computed from the first `initialRuns` runs of the lot
};

/** "manufacturer" / "computed" (stored). */
[[nodiscard]] QString qcTargetSourceCode(QcTargetSource source);
[[nodiscard]] std::optional<QcTargetSource> qcTargetSourceFromCode(const QString &code);

/**
 * One lot of a control material used on one analyzer for one analysis. `analyzer` is the
 * analyzer profile name (as results.analyzer), `lotNumber` what the instrument sends as lot.
 * Several lots may be active for one analyzer and analysis (two levels); the active lot of the
 * material receives the runs that arrive without a lot number.
 */
struct QcLot {
    qint64 id = 0;
    qint64 materialId = 0;
    QString lotNumber;
    QString analyzer;
    QString analysisCode;
    QString unit;
    QcTargetSource source = QcTargetSource::Manufacturer;
    std::optional<double> mean;   ///< manufacturer mean; for a computed lot, filled once established
    std::optional<double> sd;     ///< idem
    int initialRuns = 20;         ///< computed lots: runs used to establish mean and SD (N >= 2)
    std::optional<QDate> expiresOn;
    bool active = true;
    int version = 0;

    /** True when the lot has a usable target (mean and SD > 0). */
    [[nodiscard]] bool established() const { return mean.has_value() && sd.has_value() && *sd > 0.0; }
    friend bool operator==(const QcLot &, const QcLot &) = default;
};

/** Mean and sample SD (n − 1) of established runs. */
struct QcTarget {
    double mean = 0.0;
    double sd = 0.0;
    int count = 0;
};

/**
 * Save-time checks of a lot (issue 15, bad input): lot number, analyzer, analysis and material
 * required (qc.missing_field, location = the field: "lotNumber", "analyzer", "analysisCode",
 * "materialId"); manufacturer lots need a mean (qc.missing_field, "mean") and an SD above 0
 * (qc.sd_zero, "sd": an SD of 0 would make every value infinitely far from the mean); computed
 * lots need N >= 2 runs (qc.initial_runs, "initialRuns") and must not carry a target typed by
 * hand that is not > 0. Pure.
 */
class QcLotValidator {
public:
    [[nodiscard]] static Status validate(const QcLot &lot);
    [[nodiscard]] static Status validate(const QcMaterial &material);
};

/**
 * Target of a computed lot from its first runs, oldest first. Refuses fewer values than 2
 * (qc.initial_runs) and an SD of 0 (qc.sd_zero: all the values equal; the laboratory must
 * type the target or run more controls).
 */
[[nodiscard]] Result<QcTarget> computeTarget(const QList<double> &values);

} // namespace sgl::domain::qc
