#pragma once

#include "app/admin/LabLetterhead.h"
#include "app/shell/AppSettings.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace sgl::app {

/**
 * Edits the workstation settings (AppSettings) and, for administrators, the lab letterhead
 * shared by all workstations. OK validates every field and stays open, showing the French
 * message and focusing the faulty field, until the values are valid and the letterhead (when
 * changed) was saved through `saveLetterhead`; the caller then saves settings().
 */
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    using LetterheadSaver = std::function<domain::Status(const LabLetterhead &)>;

    /** `saveLetterhead` empty: the letterhead is shown read-only (non-administrators). */
    SettingsDialog(const AppSettings &settings, const LabLetterhead &letterhead,
                   LetterheadSaver saveLetterhead, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** The values currently in the form (valid once the dialog was accepted). */
    [[nodiscard]] AppSettings settings() const;
    [[nodiscard]] LabLetterhead letterhead() const;
    [[nodiscard]] QString errorText() const;

public slots:
    void accept() override;

private:
    void showError(const domain::Error &error);
    void focusField(const QString &settingsKey);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings m_initial; ///< keeps the values the form does not show (INSi certificates)
    LabLetterhead m_initialLetterhead;
    LetterheadSaver m_saveLetterhead;
};

} // namespace sgl::app
