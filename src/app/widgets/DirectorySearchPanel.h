#pragma once

#include "domain/directory/DirectoryProfessional.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;
class QPushButton;
class QTableView;

namespace sgl::workflow::directory {
class DirectorySearch;
}

namespace Ui {
class DirectorySearchPanel;
}

namespace sgl::app {

class DirectoryResultModel;

/**
 * Search in the Annuaire Santé by name, RPPS, city and profession (any combination, at least
 * one) with the results in a table; shared by the « Annuaire Santé » administration screen and
 * the prescriber/copy picker of dossier entry. Enter in a field or « Chercher » runs the search
 * through workflow::directory::DirectorySearch::find; refusals and « aucun résultat » are shown
 * under the fields. Double-click or Enter on a row emits activated().
 */
class DirectorySearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit DirectorySearchPanel(QWidget *parent = nullptr);
    ~DirectorySearchPanel() override;

    /** The use case to search with (not owned); without it search() refuses. */
    void setSearch(workflow::directory::DirectorySearch *search) { m_search = search; }
    /** Runs the search with the fields; false with the reason shown. */
    bool search();
    /** The selected row's professional, if any. */
    [[nodiscard]] std::optional<domain::DirectoryProfessional> selected() const;
    /** Selects a row of the results (tests, keyboard). */
    void selectRow(int row);
    [[nodiscard]] QString messageText() const;

    [[nodiscard]] QLineEdit *nameEdit() const;
    [[nodiscard]] QLineEdit *rppsEdit() const;
    [[nodiscard]] QLineEdit *cityEdit() const;
    [[nodiscard]] QLineEdit *professionEdit() const;
    [[nodiscard]] QPushButton *searchButton() const;
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] DirectoryResultModel *model() const { return m_model; }

signals:
    void activated(const sgl::domain::DirectoryProfessional &professional);
    void selectionChanged();

private:
    void showMessage(const QString &text, bool error);

    std::unique_ptr<Ui::DirectorySearchPanel> m_ui;
    workflow::directory::DirectorySearch *m_search = nullptr;
    DirectoryResultModel *m_model;
};

} // namespace sgl::app
