#pragma once

#include "app/admin/LabLetterhead.h"
#include "app/shell/AppSettings.h"
#include "domain/lab/LabelLayout.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace sgl::app {

class LabelLayoutEditor;
class CpsSettingsPage;
class PscSettingsPage;

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
    using LabelLayoutSaver = std::function<domain::Status(const domain::LabelLayout &)>;

    /** `saveLetterhead` empty: the letterhead is shown read-only (non-administrators). */
    SettingsDialog(const AppSettings &settings, const LabLetterhead &letterhead,
                   LetterheadSaver saveLetterhead, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** The values currently in the form (valid once the dialog was accepted). */
    [[nodiscard]] AppSettings settings() const;
    [[nodiscard]] LabLetterhead letterhead() const;
    [[nodiscard]] QString errorText() const;

    /**
     * Adds the "Étiquettes" tab: the lab's tube-label layout, shared by all workstations.
     * `save` empty: shown read-only. OK saves it through `save` when it changed; a refusal keeps
     * the dialog open on the faulty field (location "label.*").
     */
    void enableLabelLayout(const domain::LabelLayout &layout, LabelLayoutSaver save);
    /** The label editor, nullptr until enableLabelLayout(). */
    [[nodiscard]] LabelLayoutEditor *labelLayoutEditor() const { return m_labelEditor; }

public slots:
    void accept() override;

private:
    void showError(const domain::Error &error);
    void focusField(const QString &settingsKey);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings m_initial; ///< keeps the values the form does not show (INSi certificates)
    LabLetterhead m_initialLetterhead;
    LetterheadSaver m_saveLetterhead;
    LabelLayoutEditor *m_labelEditor = nullptr;
    domain::LabelLayout m_initialLabelLayout;
    LabelLayoutSaver m_saveLabelLayout;
    PscSettingsPage *m_pscPage = nullptr;
    CpsSettingsPage *m_cpsPage = nullptr;
};

} // namespace sgl::app
