#pragma once

#include "workflow/dispatch/DispatchActions.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The attempts of the outbox row selected on the Envois screen (DispatchActions::attempts):
 * number, outcome in French, start and end (dd/MM/yyyy HH:mm:ss, local time), error (the view
 * elides it; the full text is the tooltip).
 */
class DispatchAttemptModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Outcome, StartedAt, EndedAt, Error, ColumnCount };

    explicit DispatchAttemptModel(QObject *parent = nullptr);

    void setAttempts(QList<storage::OutboxAttempt> attempts);
    /** French label of a stored outcome ("open", "sent", "transient"...); the code itself when unknown. */
    [[nodiscard]] static QString outcomeLabel(const QString &outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::OutboxAttempt> m_attempts;
};

} // namespace sgl::app
