#include "app/specimens/ScanListModel.h"

#include <QBrush>
#include <QColor>

namespace sgl::app {

ScanListModel::ScanListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScanListModel::add(const ScanEntry &entry)
{
    const QDate today = entry.at.date();
    qsizetype keep = 0;
    while (keep < m_entries.size() && m_entries.at(keep).at.date() == today)
        ++keep;
    if (keep < m_entries.size()) {
        beginRemoveRows({}, int(keep), int(m_entries.size() - 1));
        m_entries.resize(keep);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

const ScanEntry *ScanListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ScanListModel::receivedCount() const
{
    int n = 0;
    for (const ScanEntry &e : m_entries)
        n += e.received ? 1 : 0;
    return n;
}

int ScanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ScanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ScanEntry &e = m_entries.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Outcome)
        return QBrush(e.received ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c));
    if (role == Qt::ToolTipRole)
        return e.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return e.at.toString(QStringLiteral("HH:mm:ss"));
    case Barcode:
        return e.barcode;
    case Outcome:
        return e.received ? tr("Reçu") : tr("Refusé");
    case Dossier:
        return e.dossierNumber;
    case Message:
        return e.message;
    default:
        return {};
    }
}

QVariant ScanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Heure");
    case Barcode:
        return tr("Code-barres");
    case Outcome:
        return tr("Résultat");
    case Dossier:
        return tr("Dossier");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace sgl::app
