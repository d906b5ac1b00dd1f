#pragma once

#include "workflow/autoval/AutoValidation.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace sgl::app {

/**
 * The auto-validation verdict of the dossier on screen, one row per analysis the engine judged
 * (verdict, the rules that held it, the engine's sentences) then one row per dossier-wide hold:
 * the biologist sees why, never a black box. Display only: the verdict is the use case's.
 */
class AutovalVerdictModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AnalysisColumn, VerdictColumn, RuleColumn, ReasonColumn, ColumnCount };

    explicit AutovalVerdictModel(QObject *parent = nullptr);

    /** nullopt: the dossier was never evaluated. */
    void setVerdict(const std::optional<workflow::autoval::DossierAutovalView> &verdict);
    [[nodiscard]] const std::optional<workflow::autoval::DossierAutovalView> &verdict() const { return m_verdict; }
    /** One line for the panel's header: mode, when, released or held, applied or why not. */
    [[nodiscard]] QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        QString analysis;
        QString verdict;
        bool held = false;
        QString rules;
        QString reason;
    };
    std::optional<workflow::autoval::DossierAutovalView> m_verdict;
    QList<Line> m_lines;
};

} // namespace sgl::app
