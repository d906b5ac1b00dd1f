#include "app/reports/DossierListModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sgl::app {

DossierListModel::DossierListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DossierListModel::setDossiers(QList<domain::Dossier> dossiers)
{
    beginResetModel();
    m_dossiers = std::move(dossiers);
    endResetModel();
}

const domain::Dossier *DossierListModel::dossierAt(int row) const
{
    return row >= 0 && row < m_dossiers.size() ? &m_dossiers.at(row) : nullptr;
}

int DossierListModel::rowOf(qint64 dossierId) const
{
    for (int row = 0; row < m_dossiers.size(); ++row) {
        if (m_dossiers.at(row).id == dossierId)
            return row;
    }
    return -1;
}

int DossierListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_dossiers.size());
}

int DossierListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DossierListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Dossier &d = m_dossiers.at(index.row());
    // The elided column's full text (the screen shortens it to fit).
    if (role == Qt::ToolTipRole && index.column() == Prescriber)
        return data(index, Qt::DisplayRole);
    const bool urgent = d.priority == domain::Dossier::Priority::Urgent;
    if (role == DossierIdRole)
        return d.id;
    if (role == Qt::ForegroundRole && index.column() == Priority && urgent)
        return QBrush(QColor(0xa4, 0x16, 0x1a));
    if (role == Qt::FontRole && urgent) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Number:
        return d.number;
    case Status:
        return domain::dossierStatusLabel(d.status);
    case Priority:
        return urgent ? tr("Urgent") : tr("Routine");
    case Prescriber:
        return d.prescriberName;
    case CreatedAt:
        return d.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("Dossier");
    case Status:
        return tr("État");
    case Priority:
        return tr("Priorité");
    case Prescriber:
        return tr("Prescripteur");
    case CreatedAt:
        return tr("Créé le");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sgl::app
