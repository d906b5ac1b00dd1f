#include "app/catalogue/CatalogueHistoryModel.h"

namespace sgl::app {

CatalogueHistoryModel::CatalogueHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogueHistoryModel::setChanges(QList<domain::CatalogueChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int CatalogueHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int CatalogueHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogueHistoryModel::kindLabel(const QString &itemKind)
{
    if (itemKind == QLatin1String("chapter"))
        return tr("Chapitre");
    if (itemKind == QLatin1String("exam"))
        return tr("Examen");
    if (itemKind == QLatin1String("analysis"))
        return tr("Analyse");
    if (itemKind == QLatin1String("reflex"))
        return tr("Règle réflexe");
    if (itemKind == QLatin1String("bench"))
        return tr("Paillasse");
    return itemKind;
}

QString CatalogueHistoryModel::describe(const domain::CatalogueChange &change)
{
    QString kind = tr("Modification");
    if (change.change == QLatin1String("created"))
        kind = tr("Création");
    else if (change.change == QLatin1String("retired"))
        kind = tr("Retrait");
    else if (change.change == QLatin1String("reactivated"))
        kind = tr("Réactivation");
    else if (change.change == QLatin1String("deleted"))
        kind = tr("Suppression");
    if (change.fields.isEmpty())
        return kind;
    return tr("%1 : %2").arg(kind, change.fields.join(QStringLiteral(", ")));
}

QVariant CatalogueHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::CatalogueChange &c = m_changes.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ChangeColumn)
        return describe(c);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return c.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case KindColumn:
        return kindLabel(c.itemKind);
    case AuthorColumn:
        return c.author;
    case ReasonColumn:
        return c.reason;
    case SourceColumn:
        return c.source;
    case ChangeColumn:
        return describe(c);
    default:
        return {};
    }
}

QVariant CatalogueHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Élément");
    case AuthorColumn:
        return tr("Auteur");
    case ReasonColumn:
        return tr("Motif");
    case SourceColumn:
        return tr("Origine");
    case ChangeColumn:
        return tr("Changement");
    default:
        return {};
    }
}

} // namespace sgl::app
