#include "app/analyzers/ConnectionStatusModel.h"

#include <QBrush>
#include <QColor>

namespace sgl::app {

using domain::analyzer::ConnectionStatus;
using domain::analyzer::LinkState;

ConnectionStatusModel::ConnectionStatusModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConnectionStatusModel::setStatuses(QList<ConnectionStatus> statuses)
{
    bool sameRows = statuses.size() == m_statuses.size();
    for (int i = 0; sameRows && i < statuses.size(); ++i)
        sameRows = statuses.at(i).profileName == m_statuses.at(i).profileName;
    if (!sameRows) {
        beginResetModel();
        m_statuses = std::move(statuses);
        endResetModel();
        return;
    }
    m_statuses = std::move(statuses);
    if (!m_statuses.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const ConnectionStatus *ConnectionStatusModel::statusAt(int row) const
{
    return row >= 0 && row < m_statuses.size() ? &m_statuses.at(row) : nullptr;
}

QString ConnectionStatusModel::stateText(LinkState state)
{
    switch (state) {
    case LinkState::Stopped:
        return tr("arrêtée");
    case LinkState::Listening:
        return tr("en écoute");
    case LinkState::Connecting:
        return tr("connexion…");
    case LinkState::Connected:
        return tr("connectée");
    case LinkState::Failed:
        return tr("en échec");
    }
    return {};
}

int ConnectionStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_statuses.size());
}

int ConnectionStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionStatus &s = m_statuses.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::BackgroundRole && column == State) {
        switch (s.state) {
        case LinkState::Connected:
            return QBrush(QColor(0xc8, 0xf0, 0xcf));
        case LinkState::Listening:
        case LinkState::Connecting:
            return QBrush(QColor(0xff, 0xf0, 0xc2));
        case LinkState::Failed:
            return QBrush(QColor(0xfd, 0xc8, 0xc8));
        case LinkState::Stopped:
            return QBrush(QColor(0xe4, 0xe9, 0xf0));
        }
    }
    if (role == Qt::ForegroundRole && column == LastError && !s.lastError.isEmpty())
        return QBrush(QColor(0xa4, 0x16, 0x1a));
    if (role == Qt::ToolTipRole && column == Analyzer)
        return s.label;
    if (role == Qt::ToolTipRole && column == LastError)
        return s.lastError;
    if (role == Qt::TextAlignmentRole && column >= Messages && column <= LinkErrors)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Analyzer:
        return s.profileName; // short; the label is the tooltip (the list fits 1366 px)
    case State:
        return stateText(s.state);
    case Endpoint:
        return s.endpoint;
    case Peer:
        return s.peer;
    case LastMessage:
        return s.lastMessageAt.isValid() ? s.lastMessageAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm:ss"))
                                         : QString();
    case Messages:
        return s.messagesReceived;
    case Stored:
        return s.resultsStored;
    case Held:
        return s.resultsHeld;
    case Queries:
        return s.queriesAnswered;
    case LinkErrors:
        return s.linkErrors;
    case LastError:
        return s.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConnectionStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Messages:
            return tr("Messages reçus depuis le démarrage de la passerelle");
        case Stored:
            return tr("Résultats enregistrés sur les dossiers");
        case Held:
            return tr("Résultats mis en attente (Messages en attente)");
        case Queries:
            return tr("Interrogations de l'automate auxquelles la passerelle a répondu");
        case LinkErrors:
            return tr("NAK, sommes de contrôle fausses, connexions coupées");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Analyzer:
        return tr("Automate");
    case State:
        return tr("État");
    case Endpoint:
        return tr("Liaison");
    case Peer:
        return tr("Connecté depuis");
    case LastMessage:
        return tr("Dernier message");
    case Messages:
        return tr("Msg");
    case Stored:
        return tr("Enreg.");
    case Held:
        return tr("Attente");
    case Queries:
        return tr("Requêtes");
    case LinkErrors:
        return tr("Erreurs");
    case LastError:
        return tr("Dernière erreur");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sgl::app
