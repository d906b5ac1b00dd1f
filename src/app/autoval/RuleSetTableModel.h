#pragma once

#include "domain/autoval/RuleSet.h"

#include <QAbstractTableModel>

namespace sgl::app {

/** The rules of the rule set being edited, one row each: id, label, type, scope, parameters, active. */
class RuleSetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, LabelColumn, TypeColumn, ScopeColumn, ParametersColumn, EnabledColumn, ColumnCount };

    explicit RuleSetTableModel(QObject *parent = nullptr);

    void setRuleSet(const domain::autoval::RuleSet &ruleSet);
    [[nodiscard]] const domain::autoval::RuleSet &ruleSet() const { return m_ruleSet; }
    /** Replaces rule `row` (or appends when row is -1). */
    void setRule(int row, const domain::autoval::Rule &rule);
    void removeRule(int row);
    /** Row of rule `id`, -1 when absent. */
    [[nodiscard]] int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    domain::autoval::RuleSet m_ruleSet;
};

} // namespace sgl::app
