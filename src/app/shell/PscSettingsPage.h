#pragma once

#include "app/shell/AppSettings.h"

#include <QWidget>

class QLineEdit;
class QSpinBox;

namespace sgl::app {

/**
 * The « Pro Santé Connect » tab of the workstation settings: provider address (issuer), client_id,
 * the lab's gateway, the loopback port of the registered redirect and the CA file. Never a client
 * secret (it lives in the gateway only). Empty fields and port 0: PSC login not offered.
 * Validation is AppSettings::validate()'s (keys "psc/…").
 */
class PscSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit PscSettingsPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    /** Copies the form into `settings` (the psc* fields only). */
    void apply(AppSettings &settings) const;
    /** Focuses the field of a "psc/…" settings key. */
    void focusField(const QString &settingsKey);

private:
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_gateway = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_ca = nullptr;
};

} // namespace sgl::app
