#pragma once

#include "domain/identity/Patient.h"
#include "workflow/identity/QualifyIdentity.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class InsiLookupDialog;
}

namespace sgl::app {

/**
 * Shows what INSi returned for a patient (nothing has changed yet): the service's message, the
 * local and INSi strict traits side by side with differences marked, the NIR hints. The user
 * accepts the INSi identity (QualifyIdentity::accept: traits replaced, INS stored, status RECUP
 * or QUAL) or refuses it with a mandatory reason (recorded in the audit trail).
 */
class InsiLookupDialog : public QDialog {
    Q_OBJECT
public:
    InsiLookupDialog(workflow::identity::QualifyIdentity &qualify,
                     workflow::identity::InsiLookup lookup, QWidget *parent = nullptr);
    ~InsiLookupDialog() override;

    /** The patient as stored after an accepted INSi identity. */
    [[nodiscard]] std::optional<domain::Patient> qualified() const { return m_qualified; }
    [[nodiscard]] bool refusalRecorded() const { return m_refused; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString comparisonText() const;

    void acceptIdentity();
    void refuseIdentity();

private:
    void showError(const QString &message);

    std::unique_ptr<Ui::InsiLookupDialog> m_ui;
    workflow::identity::QualifyIdentity &m_qualify;
    workflow::identity::InsiLookup m_lookup;
    std::optional<domain::Patient> m_qualified;
    bool m_refused = false;
};

} // namespace sgl::app
