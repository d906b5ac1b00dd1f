#include "app/catalogue/ReflexRuleTableModel.h"

#include "app/catalogue/CatalogueEditFeedback.h"

#include <QBrush>
#include <QPalette>

namespace sgl::app {

ReflexRuleTableModel::ReflexRuleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReflexRuleTableModel::setCatalogue(domain::Catalogue catalogue)
{
    beginResetModel();
    m_catalogue = std::move(catalogue);
    endResetModel();
}

const domain::ReflexRule *ReflexRuleTableModel::ruleAt(int row) const
{
    return row >= 0 && row < m_catalogue.reflexRules.size() ? &m_catalogue.reflexRules.at(row) : nullptr;
}

int ReflexRuleTableModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_catalogue.reflexRules.size(); ++row)
        if (m_catalogue.reflexRules.at(row).code == code)
            return row;
    return -1;
}

QString ReflexRuleTableModel::thresholdText(const domain::ReflexRule &rule, const domain::Catalogue &catalogue)
{
    if (rule.condition == domain::ReflexCondition::CodedValue)
        return rule.codedValues.join(QStringLiteral(", "));
    if (!domain::isNumericCondition(rule.condition) || !rule.threshold)
        return {};
    QString text = CatalogueEditFeedback::formatDecimal(*rule.threshold);
    if (const domain::Analysis *trigger = catalogue.analysis(rule.triggerCode)) {
        const QString unit = trigger->displayUnit.isEmpty() ? trigger->unit : trigger->displayUnit;
        if (!unit.isEmpty())
            text += QLatin1Char(' ') + unit;
    }
    return text;
}

int ReflexRuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalogue.reflexRules.size());
}

int ReflexRuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReflexRuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::ReflexRule &r = m_catalogue.reflexRules.at(index.row());
    if (role == Qt::ForegroundRole && !r.active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ToolTipRole)
        return r.label;
    if (role != Qt::DisplayRole)
        return {};
    auto named = [this](const QString &code) {
        if (const domain::Analysis *a = m_catalogue.analysis(code))
            return QStringLiteral("%1 — %2").arg(code, a->label);
        if (const domain::Exam *e = m_catalogue.exam(code))
            return tr("examen %1 — %2").arg(code, e->label);
        return code;
    };
    switch (index.column()) {
    case CodeColumn:
        return r.code;
    case TriggerColumn:
        return named(r.triggerCode);
    case ConditionColumn:
        return domain::reflexConditionLabel(r.condition);
    case ThresholdColumn:
        return thresholdText(r, m_catalogue);
    case AddColumn:
        return named(r.addCode);
    case AutomaticColumn:
        return r.automatic ? tr("Oui") : tr("Non");
    case ActiveColumn:
        return r.active ? tr("Oui") : tr("Non");
    default:
        return {};
    }
}

QVariant ReflexRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TriggerColumn:
        return tr("Déclencheur");
    case ConditionColumn:
        return tr("Condition");
    case ThresholdColumn:
        return tr("Seuil / valeurs");
    case AddColumn:
        return tr("Ajoute");
    case AutomaticColumn:
        return tr("Automatique");
    case ActiveColumn:
        return tr("Active");
    default:
        return {};
    }
}

} // namespace sgl::app
