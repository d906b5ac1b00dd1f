#pragma once

#include "workflow/autoval/AutovalStatistics.h"

#include <QAbstractTableModel>

namespace sgl::app {

/**
 * One table of the statistics screen: per day, per bench or per rule (AutovalStats), shares in
 * percent with a decimal comma. Display only.
 */
class AutovalStatsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Day, Bench, Rule };

    explicit AutovalStatsModel(Kind kind, QObject *parent = nullptr);
    void setStats(const workflow::autoval::AutovalStats &stats);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QStringList headers() const;
    [[nodiscard]] QStringList row(int r) const;
    Kind m_kind;
    workflow::autoval::AutovalStats m_stats;
};

} // namespace sgl::app
