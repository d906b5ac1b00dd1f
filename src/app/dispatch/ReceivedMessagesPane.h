#pragma once

#include "workflow/dispatch/ReceivedMessages.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sgl::app {

class ReceivedMessageModel;

/**
 * Envois, tab « Messages reçus »: the MSSanté messages the mailbox poll kept for a human (held:
 * « À examiner », or « CR-BIO non conforme »), open ones only unless « Afficher les messages
 * traités » is checked. « Enregistrer le message… » saves the selected message's bytes as an
 * .eml file (to open it in a mail client); « Marquer traité… » asks the note (a dialog that stays
 * open while the use case refuses). Every call goes through ReceivedMessages, which checks the
 * permission and audits; a refusal is shown as its French message. Read-only: no marking.
 */
class ReceivedMessagesPane : public QWidget {
    Q_OBJECT
public:
    ReceivedMessagesPane(std::unique_ptr<workflow::dispatch::ReceivedMessages> messages, bool readOnly,
                         QWidget *parent = nullptr);
    ~ReceivedMessagesPane() override;

    [[nodiscard]] ReceivedMessageModel *model() const { return m_model; }
    /** Open messages as last listed (what the tab title counts). */
    [[nodiscard]] int openCount() const { return m_openCount; }
    /** The error shown above the list, empty when none. */
    [[nodiscard]] QString messageText() const;

    /** Lists again (open ones, or all with the checkbox); false (message shown) when refused. */
    bool reload();
    void setShowHandled(bool show);
    void selectRow(int row);
    /** Writes the selected message's bytes to `path`; false (message shown) when refused or not written. */
    bool saveSelectedTo(const QString &path);
    /** « Enregistrer le message… »: asks the file name (.eml), then saveSelectedTo. */
    void saveSelected();
    /** « Marquer traité… »: asks the note in a dialog named "handleReceivedDialog". */
    void markSelectedHandled();

signals:
    /** After each listing: the number of open messages (the tab title shows it). */
    void openCountChanged(int open);

private:
    void showMessage(const QString &text, bool error);
    void updateActions();
    [[nodiscard]] const workflow::dispatch::ReceivedMessageView *selected() const;

    std::unique_ptr<workflow::dispatch::ReceivedMessages> m_messages;
    bool m_readOnly;
    int m_openCount = 0;
    ReceivedMessageModel *m_model;
    QLabel *m_banner;
    QLabel *m_details; ///< the selected message's whole reason (the table elides it), and its handling
    QCheckBox *m_showHandled;
    QPushButton *m_save;
    QPushButton *m_handle;
    QTableView *m_table;
};

} // namespace sgl::app
