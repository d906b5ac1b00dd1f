#include "app/widgets/DirectoryResultModel.h"

#include "workflow/directory/DirectoryContact.h"

namespace sgl::app {

using workflow::directory::DirectoryContact;

DirectoryResultModel::DirectoryResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void DirectoryResultModel::setProfessionals(QList<domain::DirectoryProfessional> professionals)
{
    beginResetModel();
    m_rows = std::move(professionals);
    endResetModel();
}

const domain::DirectoryProfessional *DirectoryResultModel::professionalAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DirectoryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DirectoryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectoryResultModel::data(const QModelIndex &index, int role) const
{
    const domain::DirectoryProfessional *p = index.isValid() ? professionalAt(index.row()) : nullptr;
    if (!p || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Name:
        return DirectoryContact::displayName(*p);
    case Profession:
        return p->profession;
    case City:
        return DirectoryContact::city(*p);
    case Mssante: {
        const QString box = DirectoryContact::mssanteAddress(*p);
        if (role == Qt::ToolTipRole && box.isEmpty())
            return tr("Aucune adresse MSSanté connue de l'annuaire");
        return box;
    }
    case Rpps:
        return p->idPp;
    default:
        return {};
    }
}

QVariant DirectoryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Nom");
    case Profession:
        return tr("Profession");
    case City:
        return tr("Ville");
    case Mssante:
        return tr("MSSanté");
    case Rpps:
        return tr("RPPS");
    default:
        return {};
    }
}

} // namespace sgl::app
