#include "app/dispatch/ReceivedMessageModel.h"

#include <QBrush>
#include <QColor>

namespace sgl::app {

using workflow::dispatch::ReceivedMessageView;

ReceivedMessageModel::ReceivedMessageModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReceivedMessageModel::setRows(QList<ReceivedMessageView> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ReceivedMessageView *ReceivedMessageModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReceivedMessageModel::indexOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).message.id == id)
            return i;
    }
    return -1;
}

int ReceivedMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReceivedMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceivedMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceivedMessageView &v = m_rows.at(index.row());
    const storage::MailboxMessage &m = v.message;
    if (role == MessageIdRole)
        return m.id;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Sender:
            return m.sender;
        case Subject:
            return m.subject;
        case Reason:
            return m.reason.isEmpty() ? QVariant() : QVariant(m.reason);
        case Status:
            if (m.handled)
                return tr("Traité par %1 le %2 : %3")
                    .arg(m.handledBy, m.handledAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                         m.handlingNote);
            if (v.truncated)
                return tr("Message de plus de 10 Mo : seuls les 10 premiers Mo sont conservés.");
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && !m.handled && m.outcome == QLatin1String("nonconforming"))
        return QBrush(QColor(0xb0, 0x1e, 0x1e));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Received:
        return m.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case Sender:
        return m.sender;
    case Subject:
        return m.subject;
    case Status:
        return v.statusLabel;
    case Reason:
        return QString(m.reason).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant ReceivedMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Reçu le");
    case Sender:
        return tr("Expéditeur");
    case Subject:
        return tr("Objet");
    case Status:
        return tr("Statut");
    case Reason:
        return tr("Motif");
    default:
        return {};
    }
}

} // namespace sgl::app
