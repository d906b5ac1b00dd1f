#pragma once

#include "workflow/dispatch/ReceivedMessages.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The received MSSanté messages kept for a human (Envois, tab « Messages reçus »), as
 * ReceivedMessages::list returns them: date received (dd/MM/yyyy HH:mm, local time), sender,
 * subject, status label and reason (elided by the view; full text, and for a handled one who
 * handled it and the note, in the tooltip). No rule here: labels come from the use case.
 */
class ReceivedMessageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Received, Sender, Subject, Status, Reason, ColumnCount };
    static constexpr int MessageIdRole = Qt::UserRole;

    explicit ReceivedMessageModel(QObject *parent = nullptr);

    void setRows(QList<workflow::dispatch::ReceivedMessageView> rows);
    [[nodiscard]] const workflow::dispatch::ReceivedMessageView *rowAt(int row) const;
    /** The row index of a message id, -1 when not listed. */
    [[nodiscard]] int indexOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<workflow::dispatch::ReceivedMessageView> m_rows;
};

} // namespace sgl::app
