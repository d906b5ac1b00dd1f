#include "app/validation/DossierCommentsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sgl::app {

DossierCommentsModel::DossierCommentsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DossierCommentsModel::setDossier(const workflow::validation::ValidationDossier &dossier)
{
    beginResetModel();
    m_comments = dossier.comments;
    m_targets.clear();
    for (const domain::DossierComment &c : std::as_const(m_comments)) {
        if (c.resultId == 0) {
            m_targets << tr("Dossier");
        } else if (const auto *row = dossier.row(c.resultId)) {
            m_targets << row->analysisLabel;
        } else {
            m_targets << (c.analysisCode.isEmpty() ? tr("Analyse annulée") : c.analysisCode);
        }
    }
    endResetModel();
}

void DossierCommentsModel::clear()
{
    beginResetModel();
    m_comments.clear();
    m_targets.clear();
    endResetModel();
}

int DossierCommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

int DossierCommentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DossierCommentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comments.size() || index.column() >= ColumnCount)
        return {};
    const domain::DossierComment &c = m_comments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TargetColumn: return m_targets.at(index.row());
        case TextColumn:
            return c.templateCode.isEmpty() ? c.text : QStringLiteral("[%1] %2").arg(c.templateCode, c.text);
        case PrintedColumn: return c.printed ? tr("Imprimé") : tr("Interne");
        case AuthorColumn: return c.author;
        case DateColumn: return c.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (c.removed)
            return tr("Retiré par %1 le %2 : %3")
                .arg(c.removedBy, c.removedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), c.removalReason);
        if (index.column() == PrintedColumn)
            return c.printed ? tr("Imprimé sur le compte rendu") : tr("Interne au laboratoire : jamais sur le compte rendu");
        if (index.column() == TextColumn)
            return c.text;
        return {};
    case Qt::FontRole:
        if (c.removed) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        if (index.column() == PrintedColumn && c.printed) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (c.removed)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == PrintedColumn)
            return QBrush(c.printed ? QColor(0x1b, 0x5e, 0x20) : QColor(0x5d, 0x40, 0x37));
        return {};
    case CommentIdRole: return c.id;
    default: return {};
    }
}

QVariant DossierCommentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TargetColumn: return tr("Sur");
    case TextColumn: return tr("Commentaire");
    case PrintedColumn: return tr("Diffusion");
    case AuthorColumn: return tr("Auteur");
    case DateColumn: return tr("Date");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sgl::app
