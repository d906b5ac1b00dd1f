#pragma once

#include "workflow/analyzers/HeldResults.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The held-message queue as a table (« Messages en attente »): received at (local time),
 * analyzer profile, tube, test code, analysis, value, reason, state. Open items are shown in
 * the order HeldResults::list gives them; resolved ones are greyed.
 */
class HeldItemListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ReceivedAt, Analyzer, Tube, TestCode, Analysis, Value, Reason, State, ColumnCount };
    enum Role { HeldIdRole = Qt::UserRole + 1 };

    explicit HeldItemListModel(QObject *parent = nullptr);

    void setItems(QList<workflow::analyzers::HeldItem> items);
    [[nodiscard]] const workflow::analyzers::HeldItem *itemAt(int row) const;
    /** Row of the item with this id, -1 when not listed. */
    [[nodiscard]] int rowOf(qint64 heldId) const;
    [[nodiscard]] static QString stateText(workflow::analyzers::HeldState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<workflow::analyzers::HeldItem> m_items;
};

} // namespace sgl::app
