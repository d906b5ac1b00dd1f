#pragma once

#include "workflow/validation/ValidationQueue.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace sgl::app {

/**
 * The biologist's queue as a table: priority, specimen age, dossier number, patient, alerts
 * (U urgent, C critical — C! while the call-back is missing —, A abnormal, Δ delta alert,
 * NC non-conformity, Inc. incomplete, CQ a result held by internal QC) and whether batch release takes it. The tooltip of a row
 * lists its alerts in words and every batch-release exclusion reason. Rows stay in the order
 * the use case sorted them (priority, then oldest sample).
 */
class ValidationQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PriorityColumn, AgeColumn, NumberColumn, PatientColumn, AlertsColumn, ReleaseColumn, ColumnCount };

    explicit ValidationQueueModel(QObject *parent = nullptr);

    void setRows(const QList<workflow::validation::ValidationQueueRow> &rows);
    /** The clock ages are computed against (tests pin it; default: now at setRows). */
    void setNow(const QDateTime &now) { m_now = now; }
    [[nodiscard]] const workflow::validation::ValidationQueueRow &row(int row) const { return m_rows.at(row); }
    [[nodiscard]] const QList<workflow::validation::ValidationQueueRow> &rows() const { return m_rows; }
    /** Row of a dossier, -1 when not in the queue. */
    [[nodiscard]] int rowOf(qint64 dossierId) const;

    /** A result of the dossier is held by a rejected QC run (its batch-release exclusion says so). */
    [[nodiscard]] static bool qcHeld(const workflow::validation::ValidationQueueRow &row);
    /** "U C! Δ Inc. CQ" */
    [[nodiscard]] static QString alertCodes(const workflow::validation::ValidationQueueRow &row);
    /** Alerts then exclusion reasons in French, one a line. */
    [[nodiscard]] static QString explanation(const workflow::validation::ValidationQueueRow &row);
    /** "45 min", "3 h", "2 j" between the sample (or first reception) and `now`. */
    [[nodiscard]] static QString ageText(const workflow::validation::ValidationQueueRow &row, const QDateTime &now);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<workflow::validation::ValidationQueueRow> m_rows;
    QDateTime m_now;
};

} // namespace sgl::app
