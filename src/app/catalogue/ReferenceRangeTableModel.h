#pragma once

#include "domain/catalogue/ReferenceRange.h"
#include "domain/Error.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace sgl::app {

/**
 * Editable table of an analysis's reference ranges, one row per sex and age bracket. Cells hold
 * the text the user typed (sex F/M or empty = tous, ages "30j", "6m", "18a" — also d/y —,
 * numbers with a decimal comma or point), so that a typing mistake is reported with its row and
 * column by toRanges() instead of being silently lost. Overlaps and limit ordering are checked
 * later by CatalogueAdmin (the catalogue validator), not here.
 */
class ReferenceRangeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SexColumn, AgeMinColumn, AgeMaxColumn, LowColumn, HighColumn, CriticalLowColumn,
        CriticalHighColumn, ValidLowColumn, ValidHighColumn, TextColumn, ColumnCount
    };

    explicit ReferenceRangeTableModel(QObject *parent = nullptr);

    void setRanges(const QList<domain::ReferenceRange> &ranges);
    /** Appends an empty row (any sex, from 0 days, open end). */
    void addRange();
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    /** Parses every row; typing problems are appended to `errors` (French, with row and column). */
    [[nodiscard]] QList<domain::ReferenceRange> toRanges(QList<domain::Error> &errors) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<QStringList> m_rows;
};

} // namespace sgl::app
