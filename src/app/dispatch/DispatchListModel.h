#pragma once

#include "workflow/dispatch/DispatchActions.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The outbox rows of the Envois screen, as DispatchActions::list returns them (newest first):
 * dossier, document version, channel, recipient, state label, attempts, next attempt
 * (dd/MM/yyyy HH:mm, local time, only while the dispatcher may still pick the row up) and
 * the last error (the view elides it; the full text is the tooltip). It holds no rule: the
 * labels and canRetry/canCancel come from the use case.
 */
class DispatchListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Dossier, Document, Channel, Recipient, State, Attempts, NextAttempt, LastError, ColumnCount };
    static constexpr int OutboxIdRole = Qt::UserRole;

    explicit DispatchListModel(QObject *parent = nullptr);

    void setRows(QList<workflow::dispatch::DispatchRowView> rows);
    /** Replaces the row of the same outbox id (after a retry or a cancel); false when absent. */
    bool updateRow(const workflow::dispatch::DispatchRowView &row);
    [[nodiscard]] const workflow::dispatch::DispatchRowView *rowAt(int row) const;
    /** The row index of an outbox id, -1 when not listed. */
    [[nodiscard]] int indexOfId(qint64 outboxId) const;
    /** "V1", "V2 (rectificatif)", or the document reference when it is not a report version. */
    [[nodiscard]] static QString documentLabel(const workflow::dispatch::DispatchRowView &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<workflow::dispatch::DispatchRowView> m_rows;
};

} // namespace sgl::app
