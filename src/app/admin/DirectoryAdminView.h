#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"

#include <QWidget>

#include <memory>

class QProgressBar;
class QPushButton;

namespace sgl::workflow::directory {
class DirectorySearch;
}

namespace Ui {
class DirectoryAdminView;
}

namespace sgl::app {

class DirectoryImportRunner;
class DirectorySearchPanel;

/**
 * Administration ▸ « Annuaire Santé »: the extraction in service (date, files, rows and
 * professionals, who imported it), the import of new extraction files with a progress bar and
 * « Annuler » (workflow::directory::DirectoryImportJob on a worker thread and its own
 * connection: the screen stays responsive), the outcome (rows, duration) or the French error
 * naming the file and line, and a search of the directory.
 *
 * A failed or cancelled import leaves the previous directory in service (the importer
 * guarantees it); the screen reads the status again and says so. Importing needs
 * system.config; read-only sessions see the status and search only.
 */
class DirectoryAdminView : public QWidget {
    Q_OBJECT
public:
    /** `search` is not owned; `databaseUrl` is the workstation's (AppServices::databaseUrl()). */
    DirectoryAdminView(workflow::directory::DirectorySearch &search, QString databaseUrl, domain::UserSession session,
                       bool readOnly, QWidget *parent = nullptr);
    ~DirectoryAdminView() override;

    /** Reads the active generation again; false (and the error shown) when refused. */
    bool refreshStatus();
    /** Starts importing these files (the file dialog's choice); false when one runs already or read-only. */
    bool startImport(const QStringList &paths);
    void cancelImport();
    [[nodiscard]] bool importRunning() const;
    /** Data lines per transaction of the next import (tests). */
    void setBatchSize(int rows);

    [[nodiscard]] QString statusText() const;
    /** The last outcome (summary or error), empty before the first import. */
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    [[nodiscard]] QProgressBar *progressBar() const;
    [[nodiscard]] QPushButton *importButton() const;
    [[nodiscard]] QPushButton *cancelButton() const;
    [[nodiscard]] DirectorySearchPanel *searchPanel() const;

signals:
    /** An import ended (success, error or cancellation); the status is already refreshed. */
    void importFinished(bool ok);

private:
    void chooseFiles();
    void showProgress(qint64 rows, qint64 bytesRead, qint64 totalBytes, const QString &file);
    void importDone();
    void showMessage(const QString &text, bool error);
    void updateButtons();

    std::unique_ptr<Ui::DirectoryAdminView> m_ui;
    workflow::directory::DirectorySearch &m_search;
    domain::UserSession m_session;
    bool m_readOnly;
    DirectoryImportRunner *m_runner;
    bool m_messageIsError = false;
    QString m_activeSummary; ///< « extraction du …, N professionnels », empty without directory
};

} // namespace sgl::app
