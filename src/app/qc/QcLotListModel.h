#pragma once

#include "workflow/qc/QcQueries.h"

#include <QAbstractTableModel>

namespace sgl::app {

/** The QC lots (lot, control, analyzer, analysis, target, state), one row each, read-only. */
class QcLotListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Lot, Material, Analyzer, Analysis, Target, State, ColumnCount };
    explicit QcLotListModel(QObject *parent = nullptr);

    void setLots(QList<workflow::qc::QcLotView> lots);
    [[nodiscard]] const workflow::qc::QcLotView *lotAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<workflow::qc::QcLotView> m_lots;
};

/** The runs of one lot, newest first (date, value, z, outcome, rules, review). */
class QcRunListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Value, Z, Outcome, Rules, Review, ColumnCount };
    explicit QcRunListModel(QObject *parent = nullptr);

    void setRuns(QList<storage::QcRunRow> runs);
    [[nodiscard]] const storage::QcRunRow *runAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::QcRunRow> m_runs;
};

} // namespace sgl::app
