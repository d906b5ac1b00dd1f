#pragma once

#include "app/analyzers/AttachHeldDialog.h"
#include "domain/security/UserSession.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sgl::app {

class AnalyzerServices;
class HeldItemListModel;

/**
 * « Messages en attente » (issue 11 §6): the results the gateway could not store, with the raw
 * message they came from beside the list (the offending record highlighted when it can be
 * found), and what a technician does with them: « Rattacher… » to a tube and analysis
 * (optionally saving the code mapping in the analyzer's profile) or « Rejeter… » with a reason.
 * Every action is a workflow::analyzers::HeldResults use case (permission ResultEnter, audit,
 * one transaction); refusals are shown as the use case words them. The open count is the
 * `badge` property the navigation shows next to the screen's title.
 */
class HeldMessagesView : public QWidget {
    Q_OBJECT
    Q_PROPERTY(int badge READ badge NOTIFY badgeChanged)
public:
    HeldMessagesView(std::unique_ptr<AnalyzerServices> services, domain::UserSession session, bool readOnly,
                     QWidget *parent = nullptr);
    ~HeldMessagesView() override;

    [[nodiscard]] HeldItemListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    /** The raw message shown, and its highlighted line (empty when none could be found). */
    [[nodiscard]] QString rawText() const;
    [[nodiscard]] QString highlightedLine() const { return m_highlighted; }
    /** Open items (the navigation badge); -1 before the first successful count. */
    [[nodiscard]] int badge() const { return m_badge; }

    /** Reloads the list and the count; false (message shown) when refused. */
    bool reload();
    /** false: open items only (default); true: resolved ones too. */
    void setShowResolved(bool all);
    bool selectItem(qint64 heldId);
    /** Runs HeldResults::attach on the selected item; false and the refusal shown otherwise. */
    bool attachSelected(const AttachChoice &choice);
    /** Runs HeldResults::reject on the selected item. */
    bool rejectSelected(const QString &reason);
    /** The dialogs behind the buttons. */
    void openAttachDialog();
    void openRejectDialog();

    /**
     * Index of the line of `lines` the item came from: the result line holding its test code
     * and value, else the record number of `location`, else the first result line naming the
     * test code, else any line naming it; -1 when none.
     */
    [[nodiscard]] static int offendingLine(const QStringList &lines, const workflow::analyzers::HeldItem &item);

signals:
    void badgeChanged(int count);

protected:
    /** Coming back to the screen shows the queue as it is now (the gateway adds to it at any time). */
    void showEvent(QShowEvent *event) override;

private:
    void showMessage(const QString &text, bool error);
    void showSelected();
    void updateButtons();
    void refreshBadge();
    [[nodiscard]] const workflow::analyzers::HeldItem *selectedItem() const;

    std::unique_ptr<AnalyzerServices> m_services;
    domain::UserSession m_session;
    bool m_readOnly;
    HeldItemListModel *m_model;
    QComboBox *m_filter;
    QTableView *m_table;
    QPlainTextEdit *m_raw;
    QLabel *m_rawTitle;
    QLabel *m_message;
    QPushButton *m_attach;
    QPushButton *m_reject;
    QString m_highlighted;
    bool m_messageIsError = false;
    int m_badge = -1;
};

} // namespace sgl::app
