#pragma once

#include "workflow/validation/ValidationDossier.h"

#include <QAbstractTableModel>

namespace sgl::app {

/**
 * Antériorités of one analysis side by side: one column per value, the current one first then
 * the last N validated values of other dossiers (newest first), rows date, value (converted to
 * the current unit when the unit changed, the stored value in the tooltip) and flag.
 */
class PreviousValuesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Row { DateRow, ValueRow, FlagRow, RowCount };

    explicit PreviousValuesModel(QObject *parent = nullptr);

    /** Shows `row` (nullptr: nothing). The row must outlive the model's use (the dossier model owns it). */
    void setRow(const workflow::validation::ValidationResultRow *row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        QDateTime at;
        QString value;
        QString flag;
        QString tooltip;
    };
    QList<Cell> m_cells;
};

} // namespace sgl::app
