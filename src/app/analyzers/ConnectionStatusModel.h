#pragma once

#include "domain/analyzer/ConnectionStatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The analyzer links of the gateway, one row per profile: state (coloured), endpoint,
 * connected instrument, last message (local time), counters since the gateway started, last
 * error.
 */
class ConnectionStatusModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Analyzer, State, Endpoint, Peer, LastMessage, Messages, Stored, Held, Queries, LinkErrors,
                  LastError, ColumnCount };

    explicit ConnectionStatusModel(QObject *parent = nullptr);

    /** Replaces the rows; rows of the same profiles in the same order only signal dataChanged. */
    void setStatuses(QList<domain::analyzer::ConnectionStatus> statuses);
    [[nodiscard]] const domain::analyzer::ConnectionStatus *statusAt(int row) const;
    [[nodiscard]] static QString stateText(domain::analyzer::LinkState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::analyzer::ConnectionStatus> m_statuses;
};

} // namespace sgl::app
