#pragma once

#include "domain/security/UserSession.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;

namespace sgl::workflow::dispatch {
class NationalServicesSettings;
}

namespace sgl::app {

/**
 * « Services nationaux (DMP, MSSanté) » of the administration screen: the [dmp] and [mssante]
 * sections of the configuration file, one line per field of
 * workflow::dispatch::NationalServicesSettings::fields(). The view holds no rule: saving hands
 * every value to the use case, which checks them (certificates loaded, URLs, addresses) and
 * writes the file; its French error is shown as it is and the field it names is selected.
 * Passwords are never displayed: an empty password field keeps the stored one.
 */
class NationalServicesDialog : public QDialog {
    Q_OBJECT
public:
    NationalServicesDialog(workflow::dispatch::NationalServicesSettings &settings, domain::UserSession session,
                           QWidget *parent = nullptr);

    /** The editor of a field ("dmp/endpoint"...), for tests; nullptr when unknown. */
    [[nodiscard]] QLineEdit *field(const QString &key) const { return m_edits.value(key); }
    [[nodiscard]] QString errorText() const;
    /** Saves through the use case; true and accept() when written, false with the error shown. */
    bool save();

private:
    void showError(const QString &text);

    workflow::dispatch::NationalServicesSettings &m_settings;
    domain::UserSession m_session;
    QHash<QString, QLineEdit *> m_edits;
    QLabel *m_error = nullptr;
};

} // namespace sgl::app
