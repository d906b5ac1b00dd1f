#pragma once

#include "domain/lab/ResultHistoryEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/** Every step of the selected result, oldest first: when, who, what, the value then, why. */
class ResultHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AtColumn, ActorColumn, ActionColumn, StateColumn, ValueColumn, ReasonColumn, ColumnCount };

    explicit ResultHistoryModel(QObject *parent = nullptr);
    void setEntries(QList<domain::ResultHistoryEntry> entries);
    [[nodiscard]] static QString actionLabel(const QString &code);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::ResultHistoryEntry> m_entries;
};

} // namespace sgl::app
