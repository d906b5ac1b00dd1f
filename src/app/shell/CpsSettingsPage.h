#pragma once

#include "app/shell/AppSettings.h"

#include <QWidget>

class QLineEdit;

namespace sgl::app {

/**
 * The « Carte CPS » tab of the workstation settings: the PKCS#11 module of the card middleware
 * installed on this workstation and the address of the INSi service in CPx mode (card-signed
 * requests). Both empty: INSi with the card is not offered. Never a PIN (asked at each use, never
 * stored). Validation is AppSettings::validate()'s (keys "interop/cpsModule", "interop/insiCpxUrl").
 */
class CpsSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit CpsSettingsPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    /** Copies the form into `settings` (cpsModule and insiCpxUrl only). */
    void apply(AppSettings &settings) const;
    /** Focuses the field of an "interop/cpsModule" or "interop/insiCpxUrl" settings key. */
    void focusField(const QString &settingsKey);

private:
    QLineEdit *m_module = nullptr;
    QLineEdit *m_insiCpxUrl = nullptr;
};

} // namespace sgl::app
