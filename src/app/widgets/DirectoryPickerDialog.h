#pragma once

#include "domain/directory/DirectoryProfessional.h"

#include <QDialog>

#include <optional>

class QPushButton;

namespace sgl::workflow::directory {
class DirectorySearch;
}

namespace sgl::app {

class DirectorySearchPanel;

/**
 * Picks one professional from the Annuaire Santé (the prescriber or a copy recipient of a
 * dossier): the search panel, « Choisir » enabled on a selected row (or double-click), then
 * chosen() holds the professional with his activities and MSSanté mailboxes. The caller keeps
 * what the dossier needs (workflow::directory::DirectoryContact: name, RPPS, MSSanté).
 */
class DirectoryPickerDialog : public QDialog {
    Q_OBJECT
public:
    DirectoryPickerDialog(workflow::directory::DirectorySearch &search, const QString &title, QWidget *parent = nullptr);

    /** Pre-fills the name (what was typed in the dossier) and searches at once when it is not empty. */
    void startWith(const QString &name);
    [[nodiscard]] DirectorySearchPanel *panel() const { return m_panel; }
    [[nodiscard]] QPushButton *chooseButton() const { return m_choose; }
    [[nodiscard]] const std::optional<domain::DirectoryProfessional> &chosen() const { return m_chosen; }

public slots:
    void accept() override;

private:
    DirectorySearchPanel *m_panel;
    QPushButton *m_choose;
    std::optional<domain::DirectoryProfessional> m_chosen;
};

} // namespace sgl::app
