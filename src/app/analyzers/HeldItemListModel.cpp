#include "app/analyzers/HeldItemListModel.h"

#include <QBrush>
#include <QColor>

namespace sgl::app {

using workflow::analyzers::HeldItem;
using workflow::analyzers::HeldState;

HeldItemListModel::HeldItemListModel(QObject *parent) : QAbstractTableModel(parent) {}

void HeldItemListModel::setItems(QList<HeldItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const HeldItem *HeldItemListModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int HeldItemListModel::rowOf(qint64 heldId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == heldId)
            return row;
    }
    return -1;
}

QString HeldItemListModel::stateText(HeldState state)
{
    switch (state) {
    case HeldState::Open:
        return tr("En attente");
    case HeldState::Attached:
        return tr("Rattaché");
    case HeldState::Rejected:
        return tr("Rejeté");
    }
    return {};
}

int HeldItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int HeldItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HeldItem &item = m_items.at(index.row());
    if (role == HeldIdRole)
        return item.id;
    if (role == Qt::ForegroundRole) {
        if (item.state != HeldState::Open)
            return QBrush(QColor(0x8a, 0x96, 0xa6));
        if (index.column() == Reason)
            return QBrush(QColor(0xa4, 0x16, 0x1a));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QString tip = item.reasonText;
        if (!item.location.isEmpty())
            tip += QStringLiteral("\n") + tr("Position : %1").arg(item.location);
        if (!item.instrumentFlags.isEmpty())
            tip += QStringLiteral("\n") + tr("Alarmes de l'automate : %1").arg(item.instrumentFlags.join(QStringLiteral(", ")));
        if (item.state != HeldState::Open)
            tip += QStringLiteral("\n") + tr("%1 par %2 le %3 : %4")
                                              .arg(stateText(item.state), item.resolvedBy,
                                                   item.resolvedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                                   item.resolution);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case ReceivedAt:
        return item.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm:ss"));
    case Analyzer:
        return item.profileName;
    case Tube:
        return item.specimenId;
    case TestCode:
        return item.testCode;
    case Analysis:
        return item.analysisCode;
    case Value:
        return item.instrumentFlags.isEmpty()
                   ? item.valueText
                   : tr("%1 [%2]").arg(item.valueText, item.instrumentFlags.join(QStringLiteral(" ")));
    case Reason:
        return item.reasonText;
    case State:
        return stateText(item.state);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HeldItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ReceivedAt:
        return tr("Reçu le");
    case Analyzer:
        return tr("Automate");
    case Tube:
        return tr("Tube");
    case TestCode:
        return tr("Code");
    case Analysis:
        return tr("Analyse");
    case Value:
        return tr("Valeur");
    case Reason:
        return tr("Motif");
    case State:
        return tr("État");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sgl::app
