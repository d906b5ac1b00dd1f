#pragma once

#include "workflow/validation/ValidationDossier.h"

#include <QAbstractTableModel>

namespace sgl::app {

/**
 * The "Appels" tab of the dossier being validated: the call-back records of its critical values
 * (workflow ValidationDossier::callBacks), each beside the result concerned — analysis, value
 * told, who was called, how, when, read-back confirmed or unreachable with the escalation taken,
 * and who recorded it — in the dossier's result order, oldest record first. A critical result
 * still waiting for its call-back (ValidationDossier::needsCallBack) has its own row "Appel à
 * faire" (red), so that what blocks its validation is visible before anyone presses Valider.
 * Qt::UserRole holds the result id. The model decides nothing: the workflow says what is
 * critical and what releases it.
 */
class CallBackListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The outcome right after the value: what the biologist looks for first fits the narrow pane.
    enum Column { AnalysisColumn, ValueColumn, OutcomeColumn, CalledColumn, AtColumn, MethodColumn, ByColumn, ColumnCount };

    explicit CallBackListModel(QObject *parent = nullptr);

    void setDossier(const workflow::validation::ValidationDossier &dossier);
    /** Rows "Appel à faire". */
    [[nodiscard]] int toDoCount() const;
    /** Call-back records shown. */
    [[nodiscard]] int recordCount() const;
    /** "Appels (2)", "Appels (1 à faire)": the tab's title. */
    [[nodiscard]] QString title() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        qint64 resultId = 0;
        QString analysis;                      ///< label (code)
        QString currentValue;                  ///< with unit, for a row "Appel à faire"
        std::optional<domain::CallBack> record; ///< nullopt: "Appel à faire"
    };
    [[nodiscard]] QVariant text(const Line &line, int column) const;

    QList<Line> m_lines;
};

} // namespace sgl::app
