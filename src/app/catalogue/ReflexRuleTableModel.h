#pragma once

#include "domain/catalogue/Catalogue.h"

#include <QAbstractTableModel>

namespace sgl::app {

/**
 * The catalogue's reflex rules as a read-only table: code, trigger analysis, condition (French
 * wording), threshold in the trigger's unit with a decimal comma or the coded values, what is
 * added (analysis or exam), automatic, active. Inactive rules are greyed.
 */
class ReflexRuleTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, TriggerColumn, ConditionColumn, ThresholdColumn, AddColumn, AutomaticColumn,
                  ActiveColumn, ColumnCount };

    explicit ReflexRuleTableModel(QObject *parent = nullptr);

    void setCatalogue(domain::Catalogue catalogue);
    [[nodiscard]] const domain::ReflexRule *ruleAt(int row) const;
    /** Row of rule `code`, -1 when absent. */
    [[nodiscard]] int rowOf(const QString &code) const;
    /** "4,5 mUI/L" or "POS, DOUT": the threshold column's text for `rule`. */
    [[nodiscard]] static QString thresholdText(const domain::ReflexRule &rule, const domain::Catalogue &catalogue);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    domain::Catalogue m_catalogue;
};

} // namespace sgl::app
