#include "app/autoval/RuleSetTableModel.h"

#include "workflow/autoval/RuleForm.h"

#include <QColor>

namespace sgl::app {

RuleSetTableModel::RuleSetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RuleSetTableModel::setRuleSet(const domain::autoval::RuleSet &ruleSet)
{
    beginResetModel();
    m_ruleSet = ruleSet;
    endResetModel();
}

void RuleSetTableModel::setRule(int row, const domain::autoval::Rule &rule)
{
    if (row < 0 || row >= m_ruleSet.rules.size()) {
        const int at = static_cast<int>(m_ruleSet.rules.size());
        beginInsertRows({}, at, at);
        m_ruleSet.rules.append(rule);
        endInsertRows();
        return;
    }
    m_ruleSet.rules[row] = rule;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RuleSetTableModel::removeRule(int row)
{
    if (row < 0 || row >= m_ruleSet.rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_ruleSet.rules.removeAt(row);
    endRemoveRows();
}

int RuleSetTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_ruleSet.rules.size(); ++i)
        if (m_ruleSet.rules.at(i).id == id)
            return i;
    return -1;
}

int RuleSetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ruleSet.rules.size());
}

int RuleSetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleSetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ruleSet.rules.size())
        return {};
    const domain::autoval::Rule &r = m_ruleSet.rules.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case LabelColumn:
            return r.label;
        case TypeColumn:
            return r.isWaiver() ? tr("%1 (levée de %2)").arg(workflow::autoval::RuleForm::typeLabel(r), r.waives.join(QStringLiteral(", ")))
                                : workflow::autoval::RuleForm::typeLabel(r);
        case ScopeColumn: {
            QStringList scope = r.analyses;
            if (!r.exam.isEmpty())
                scope << tr("examen %1").arg(r.exam);
            const QString who = r.when.displayFr();
            return who.isEmpty() ? scope.join(QStringLiteral(", ")) : tr("%1 — %2").arg(scope.join(QStringLiteral(", ")), who);
        }
        case ParametersColumn:
            return workflow::autoval::RuleForm::conditionSummary(r);
        case EnabledColumn:
            return r.enabled ? tr("oui") : tr("non");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !r.enabled)
        return QColor(Qt::gray);
    return {};
}

QVariant RuleSetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Règle");
    case LabelColumn:
        return tr("Libellé");
    case TypeColumn:
        return tr("Type");
    case ScopeColumn:
        return tr("Analyses, population");
    case ParametersColumn:
        return tr("Paramètres");
    case EnabledColumn:
        return tr("Active");
    default:
        return {};
    }
}

} // namespace sgl::app
