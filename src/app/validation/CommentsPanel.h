#pragma once

#include "domain/Error.h"
#include "workflow/validation/ValidationComments.h"
#include "workflow/validation/ValidationDossier.h"

#include <QWidget>

#include <functional>

class QPushButton;
class QTableView;

namespace sgl::app {

class DossierCommentsModel;
class ValidationServices;

/**
 * The « Commentaires » tab of the Validation screen: the biologists' comments of the dossier
 * (DossierCommentsModel), « Ajouter un commentaire » (CommentDialog, Ctrl+K) and « Retirer »
 * (reason asked). Each action calls workflow::validation::ValidationComments with the dossier
 * version shown and hands the outcome to the view's handler (setOutcomeHandler): the view shows
 * it (a refusal as the use case words it, a conflict by reloading the dossier) and reloads on
 * success.
 */
class CommentsPanel : public QWidget {
    Q_OBJECT
public:
    /** `currentRow` gives the result under the cursor of the view (nullptr when none). */
    CommentsPanel(ValidationServices &services, bool readOnly,
                  std::function<const workflow::validation::ValidationResultRow *()> currentRow,
                  QWidget *parent = nullptr);

    void setDossier(const workflow::validation::ValidationDossier &dossier);
    [[nodiscard]] DossierCommentsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    /** Comments not removed. */
    [[nodiscard]] int activeCount() const;

    /** Opens « Ajouter un commentaire » then adds what was chosen. */
    void openAddDialog();
    /** Asks the reason then removes the comment of the current row. */
    void openRemoveDialog();
    /** Adds `request` to the dossier shown (its id and displayed version are set here). */
    void add(workflow::validation::CommentRequest request);
    /** Removes comment `commentId` of the dossier shown with `reason`. */
    void remove(qint64 commentId, const QString &reason);

    /** Receives the outcome of each action: the success sentence or the refusal. */
    void setOutcomeHandler(std::function<void(const domain::Result<QString> &)> handler) { m_acted = std::move(handler); }

private:
    void updateButtons();
    void acted(const domain::Result<QString> &outcome)
    {
        if (m_acted)
            m_acted(outcome);
    }

    ValidationServices &m_services;
    bool m_readOnly;
    std::function<const workflow::validation::ValidationResultRow *()> m_currentRow;
    std::function<void(const domain::Result<QString> &)> m_acted;
    DossierCommentsModel *m_model;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    qint64 m_dossierId = 0;
    int m_version = 0;
};

} // namespace sgl::app
