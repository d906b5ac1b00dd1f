#include "app/catalogue/CommentTemplateTableModel.h"

#include <QBrush>
#include <QColor>

namespace sgl::app {

CommentTemplateTableModel::CommentTemplateTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CommentTemplateTableModel::setTemplates(const QList<domain::CommentTemplate> &templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

int CommentTemplateTableModel::rowOf(const QString &code) const
{
    for (qsizetype i = 0; i < m_templates.size(); ++i)
        if (m_templates.at(i).code == code)
            return int(i);
    return -1;
}

int CommentTemplateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int CommentTemplateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentTemplateTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_templates.size() || index.column() >= ColumnCount)
        return {};
    const domain::CommentTemplate &t = m_templates.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case CodeColumn: return t.code;
        case TextColumn: return t.text;
        case PrintedColumn: return t.printedByDefault ? tr("oui") : tr("non (interne)");
        case ChapterColumn: return t.chapterCode;
        case ActiveColumn: return t.active ? tr("oui") : tr("retiré");
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return t.text;
    if (role == Qt::ForegroundRole && !t.active)
        return QBrush(QColor(0x80, 0x80, 0x80));
    return {};
}

QVariant CommentTemplateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CodeColumn: return tr("Code");
    case TextColumn: return tr("Texte");
    case PrintedColumn: return tr("Imprimé par défaut");
    case ChapterColumn: return tr("Chapitre");
    case ActiveColumn: return tr("Actif");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sgl::app
