#pragma once

#include "workflow/validation/ValidationActions.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class AddAnalysisDialog;
}

namespace sgl::app {

/**
 * "Ajouter une analyse": picks one analysis among those the workflow offers for the dossier
 * (ValidationActions::addableAnalyses: active, not calculated, not already in it), shown as
 * "code — label" and filtered as the biologist types a code or part of a label (accents and
 * case ignored); the reason is mandatory. Keyboard: type to filter, arrows move in the list
 * from the filter, Tab to the reason, Entrée. OK stays disabled until an analysis is chosen
 * and a reason given; the use case checks both again.
 */
class AddAnalysisDialog : public QDialog {
    Q_OBJECT
public:
    AddAnalysisDialog(const QList<workflow::validation::AddableAnalysis> &analyses, QWidget *parent = nullptr);
    ~AddAnalysisDialog() override;

    void setFilter(const QString &text);
    void setReason(const QString &reason);
    /** Makes `code` the chosen analysis (false when it is not in the filtered list). */
    bool choose(const QString &code);
    /** Analyses left by the filter. */
    [[nodiscard]] int visibleCount() const;
    /** The chosen analysis' code, empty when none. */
    [[nodiscard]] QString code() const;
    [[nodiscard]] QString reason() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void updateOk();

    std::unique_ptr<Ui::AddAnalysisDialog> m_ui;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
};

} // namespace sgl::app
