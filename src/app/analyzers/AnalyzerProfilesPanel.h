#pragma once

#include "domain/security/UserSession.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sgl::app {

class AnalyzerServices;
class AnalyzerProfileListModel;

/**
 * « Profils » of the Automates screen (administrators, SystemConfig): the lab's analyzer
 * profiles, their editor, activation, JSON import (with a preview of new and changed profiles)
 * and export, and « Installer les profils fournis ». Every change goes through
 * workflow::analyzers::AnalyzerProfileStore (permission, reason, history, audit); refusals are
 * shown as it words them. Read-only without SystemConfig (the editor opens for reading).
 */
class AnalyzerProfilesPanel : public QWidget {
    Q_OBJECT
public:
    AnalyzerProfilesPanel(AnalyzerServices &services, bool readOnly, QWidget *parent = nullptr);
    ~AnalyzerProfilesPanel() override;

    [[nodiscard]] AnalyzerProfileListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }

    bool reload();
    bool selectProfile(const QString &name);
    [[nodiscard]] QString selectedName() const;
    /** Activates or deactivates the selected profile with this reason. */
    bool setSelectedActive(bool active, const QString &reason);
    /** Imports a JSON file without the preview dialog (tests, scripts). */
    bool importFrom(const QString &path, const QString &reason);
    /** Writes the selected profile (every profile when none is selected) to `path`. */
    bool exportTo(const QString &path);
    bool installShipped();

    /** The dialogs behind the buttons. */
    void newProfile();
    void editSelected();
    void toggleActive();
    void importFile();
    void exportFile();

private:
    void showMessage(const QString &text, bool error);
    void updateButtons();
    void openEditor(bool isNew);

    AnalyzerServices &m_services;
    bool m_readOnly;
    AnalyzerProfileListModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_new, *m_edit, *m_active, *m_import, *m_export, *m_install;
    bool m_messageIsError = false;
};

} // namespace sgl::app
