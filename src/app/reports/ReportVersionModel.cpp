#include "app/reports/ReportVersionModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace sgl::app {

using Status = domain::ReportVersion::Status;

ReportVersionModel::ReportVersionModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportVersionModel::setVersions(QList<domain::ReportVersion> versions)
{
    std::stable_sort(versions.begin(), versions.end(),
                     [](const domain::ReportVersion &a, const domain::ReportVersion &b) {
                         if (a.setId != b.setId)
                             return a.setId < b.setId;
                         return a.versionNumber > b.versionNumber;
                     });
    beginResetModel();
    m_versions = std::move(versions);
    endResetModel();
}

const domain::ReportVersion *ReportVersionModel::versionAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

QString ReportVersionModel::statusLabel(Status status)
{
    switch (status) {
    case Status::Draft:
        return tr("Brouillon");
    case Status::Issued:
        return tr("Émis");
    case Status::Replaced:
        return tr("Remplacé");
    case Status::Withdrawn:
        return tr("Retiré");
    }
    return {};
}

int ReportVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int ReportVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::ReportVersion &v = m_versions.at(index.row());
    // The elided column's full text (the screen shortens it to fit).
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return data(index, Qt::DisplayRole);
    if (role == VersionIdRole)
        return v.id;
    if (role == Qt::ForegroundRole
        && (v.status == Status::Replaced || v.status == Status::Withdrawn))
        return QBrush(QColor(0x8a, 0x8f, 0x98));
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Version:
        return v.versionNumber > 1 ? tr("V%1 (rectificatif)").arg(v.versionNumber)
                                   : tr("V%1").arg(v.versionNumber);
    case State:
        return statusLabel(v.status);
    case Completeness:
        return v.partial ? tr("Partiel") : tr("Complet");
    case CreatedAt:
        return v.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case CreatedBy:
        return v.createdBy;
    case Reason:
        return v.amendmentReason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReportVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Version:
        return tr("Version");
    case State:
        return tr("État");
    case Completeness:
        return tr("Contenu");
    case CreatedAt:
        return tr("Date");
    case CreatedBy:
        return tr("Signé par");
    case Reason:
        return tr("Motif de la rectification");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sgl::app
