#pragma once

#include <QHash>

#include "workflow/bench/BenchWorklist.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/** The bench worklist: one row per result to do, most urgent and oldest specimen first. */
class WorklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PriorityColumn, DossierColumn, PatientColumn, AnalysisColumn, StateColumn, TubeColumn,
                  ReceivedColumn, ColumnCount };

    explicit WorklistModel(QObject *parent = nullptr);

    void setItems(QList<workflow::bench::WorklistItem> items);
    /** Results held by a rejected QC run (result id -> reason): shown « retenu CQ » in red, reason in tooltip. */
    void setQcHolds(QHash<qint64, QString> holds);
    [[nodiscard]] QString qcHold(int row) const;
    [[nodiscard]] const workflow::bench::WorklistItem &item(int row) const { return m_items.at(row); }
    /** Rows of distinct dossiers, in worklist order. */
    [[nodiscard]] int dossierCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<workflow::bench::WorklistItem> m_items;
    QHash<qint64, QString> m_qcHolds;
};

} // namespace sgl::app
