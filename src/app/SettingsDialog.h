#pragma once

#include "app/AppSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace sgl::app {

/**
 * Edits AppSettings. OK validates every field (AppSettings::validate) and stays open, showing
 * the French message and focusing the faulty field, until the values are valid; the caller
 * then reads settings() and saves them.
 */
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** The values currently in the form (valid once the dialog was accepted). */
    [[nodiscard]] AppSettings settings() const;
    [[nodiscard]] QString errorText() const;

public slots:
    void accept() override;

private:
    void focusField(const QString &settingsKey);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace sgl::app
