#pragma once

#include "workflow/dispatch/DispatchActions.h"
#include "workflow/dispatch/ReceivedMessages.h"

#include <QList>

#include <utility>
#include <QWidget>

#include <memory>

namespace Ui {
class DispatchView;
}

namespace sgl::app {

class DispatchAttemptModel;
class InAppDispatcher;
class DispatchListModel;
class ReceivedMessagesPane;

/**
 * Envois (DMP, MSSanté): the outbox rows, one per document, channel and recipient, filtered by
 * state, channel and dossier number, with the attempts of the selected row below. "Relancer"
 * and "Annuler l'envoi…" (a reason is asked; the use case refuses an empty one) are enabled
 * from the row's canRetry/canCancel, never in a read-only session. Every call goes through
 * DispatchActions, which checks the permission (dispatch.manage) and audits; a refusal is
 * shown as the use case's French message. Without a configured channel the rows stay
 * "en attente : canal non configuré": the screen shows that as it is.
 *
 * The state and channel filters are the use case's; the dossier filter keeps the listed rows
 * whose number starts with (or contains) the text typed, case-insensitive.
 *
 * With setReceivedMessages(), a second tab « Messages reçus (N) » lists the received MSSanté
 * messages kept for a human (ReceivedMessagesPane); it is listed again with the outbox.
 */
class DispatchView : public QWidget {
    Q_OBJECT
public:
    DispatchView(std::unique_ptr<workflow::dispatch::DispatchActions> actions, bool readOnly,
                 QWidget *parent = nullptr);
    ~DispatchView() override;

    [[nodiscard]] DispatchListModel *listModel() const { return m_rows; }
    [[nodiscard]] DispatchAttemptModel *attemptModel() const { return m_attempts; }
    /**
     * Shows the workstation dispatcher's state above the list (« Envoi automatique actif… »)
     * and lists again after each of its attempts while the screen is visible. Null: the line
     * says this workstation does not send (another workstation or the `sgl dispatch` service may).
     */
    void setDispatcher(InAppDispatcher *dispatcher);
    [[nodiscard]] QString dispatcherText() const;
    /** Adds the tab « Messages reçus » over `messages` (listed at once). */
    void setReceivedMessages(std::unique_ptr<workflow::dispatch::ReceivedMessages> messages);
    /** The « Messages reçus » pane, null without setReceivedMessages(). */
    [[nodiscard]] ReceivedMessagesPane *receivedPane() const { return m_received; }
    /** The title of tab `index` (0: Envois, 1: Messages reçus). */
    [[nodiscard]] QString tabTitle(int index) const;
    /** The banner's text (error or information), empty when hidden. */
    [[nodiscard]] QString messageText() const;

    /** Lists the outbox (and the received messages) again; false (message shown) when refused. */
    bool reload();
    /** Selects a row of the list (its attempts are read). */
    void selectRow(int row);
    /** "Relancer" on the selected row; false (message shown) when refused. */
    bool retrySelected();
    /** "Annuler l'envoi…": asks the reason in a dialog that stays open while the use case refuses. */
    void cancelSelected();
    /** The rows listed (dossier filter applied) that a bulk re-send would retry: failed or parked. */
    [[nodiscard]] QList<std::pair<qint64, int>> bulkRetryRows() const;
    /**
     * « Relancer tous les envois à reprendre… »: asks for confirmation (unless `confirm` is
     * false: tests), then DispatchActions::retryMany with a progress dialog that can stop it;
     * the list is read again and the outcome shown. False when refused or nothing to do.
     */
    bool retryAll(bool confirm = true);

protected:
    /** Lists again each time the screen is shown again: reports issued meanwhile add rows. */
    void showEvent(QShowEvent *event) override;

private:
    void showMessage(const QString &text, bool error);
    /** Shows the listed rows whose dossier number matches the dossier filter, keeping `keepId` selected. */
    void applyDossierFilter(qint64 keepId);
    void updateActions();
    void loadAttempts();
    [[nodiscard]] int currentRow() const;

    std::unique_ptr<Ui::DispatchView> m_ui;
    std::unique_ptr<workflow::dispatch::DispatchActions> m_actions;
    bool m_readOnly;
    bool m_shown = false; ///< the first showing uses the list read at construction
    QList<workflow::dispatch::DispatchRowView> m_listed; ///< as the use case returned them
    DispatchListModel *m_rows;
    DispatchAttemptModel *m_attempts;
    ReceivedMessagesPane *m_received = nullptr;
};

} // namespace sgl::app
