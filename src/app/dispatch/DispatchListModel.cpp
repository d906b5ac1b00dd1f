#include "app/dispatch/DispatchListModel.h"

#include <QBrush>
#include <QColor>

namespace sgl::app {

using domain::DispatchState;
using workflow::dispatch::DispatchRowView;

DispatchListModel::DispatchListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DispatchListModel::setRows(QList<DispatchRowView> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

bool DispatchListModel::updateRow(const DispatchRowView &row)
{
    const int at = indexOfId(row.entry.id);
    if (at < 0)
        return false;
    m_rows[at] = row;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    return true;
}

const DispatchRowView *DispatchListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DispatchListModel::indexOfId(qint64 outboxId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.id == outboxId)
            return i;
    }
    return -1;
}

QString DispatchListModel::documentLabel(const DispatchRowView &row)
{
    if (row.versionNumber <= 0)
        return row.entry.documentRef;
    return row.versionNumber > 1 ? tr("V%1 (rectificatif)").arg(row.versionNumber) : tr("V%1").arg(row.versionNumber);
}

int DispatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DispatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DispatchRowView &r = m_rows.at(index.row());
    const storage::OutboxEntry &e = r.entry;
    if (role == OutboxIdRole)
        return e.id;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LastError:
            return e.lastError.isEmpty() ? QVariant() : QVariant(e.lastError);
        case Document:
            return tr("Document %1").arg(e.documentRef);
        case Recipient:
            return e.recipient;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && (e.state == DispatchState::Cancelled || e.state == DispatchState::Sent
                                       || e.state == DispatchState::Acknowledged))
        return QBrush(QColor(0x8a, 0x8f, 0x98));
    if (role == Qt::TextAlignmentRole && index.column() == Attempts)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Dossier:
        return r.dossierNumber;
    case Document:
        return documentLabel(r);
    case Channel:
        return domain::channelLabel(e.channel);
    case Recipient:
        return e.recipient;
    case State:
        return r.stateLabel;
    case Attempts:
        return e.attempts;
    case NextAttempt:
        // Only the states the dispatcher picks up have a meaningful next attempt.
        if ((e.state != DispatchState::Pending && e.state != DispatchState::Failed) || !e.nextAttemptAt.isValid())
            return QString();
        return e.nextAttemptAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case LastError:
        return e.lastError.simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DispatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Dossier:
        return tr("Dossier");
    case Document:
        return tr("Document");
    case Channel:
        return tr("Canal");
    case Recipient:
        return tr("Destinataire");
    case State:
        return tr("État");
    case Attempts:
        return tr("Essais");
    case NextAttempt:
        return tr("Prochain essai");
    case LastError:
        return tr("Dernière erreur");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sgl::app
