#pragma once

#include "domain/Error.h"
#include "domain/validation/CommentTemplate.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace sgl::workflow::validation {
class CommentLibrary;
}

namespace sgl::app {

class CommentTemplateTableModel;

/**
 * « Commentaires codés » of the catalogue screen: the library of validation comments
 * (CommentTemplateTableModel) with Nouveau / Modifier (CommentTemplateDialog) / Retirer, each a
 * call of workflow::validation::CommentLibrary (permission catalogue.edit, audited, optimistic
 * lock). Refusals are shown above the table; read-only roles see the table only.
 */
class CommentTemplatePanel : public QWidget {
    Q_OBJECT
public:
    CommentTemplatePanel(std::unique_ptr<workflow::validation::CommentLibrary> library, bool readOnly,
                         QWidget *parent = nullptr);
    ~CommentTemplatePanel() override;

    [[nodiscard]] CommentTemplateTableModel *model() const { return m_model; }
    [[nodiscard]] QString problemText() const;
    /** Reloads the library (retired templates included). */
    bool reload();
    /** Creates (`t.version` 0) or saves `t`; refusals shown; true when stored. */
    bool save(const domain::CommentTemplate &t);
    /** Retires template `code` (its displayed version); true when stored. */
    bool retire(const QString &code);
    bool selectCode(const QString &code);

    void newTemplate();
    void editSelected();

private:
    void showProblem(const QString &text);
    void updateButtons();

    std::unique_ptr<workflow::validation::CommentLibrary> m_library;
    bool m_readOnly;
    CommentTemplateTableModel *m_model;
    QTableView *m_table;
    QLabel *m_problem;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_retireButton;
};

} // namespace sgl::app
