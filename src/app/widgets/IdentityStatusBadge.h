#pragma once

#include "domain/identity/IdentityStatus.h"

#include <QLabel>

namespace sgl::app {

/**
 * The RNIV identity status shown wherever a patient appears: a coloured pill with the code
 * (PROV, RECUP, VALI, QUAL) and a French tooltip explaining what the user may do with the
 * identity. Doubtful and fictitious identities are marked too: they can never be qualified.
 * Colours come from the style sheet (property "status").
 */
class IdentityStatusBadge : public QLabel {
    Q_OBJECT
public:
    explicit IdentityStatusBadge(QWidget *parent = nullptr);

    void setStatus(domain::IdentityStatus status, bool doubtful = false, bool fictitious = false);
    [[nodiscard]] domain::IdentityStatus status() const { return m_status; }

    /** French name of a status ("Identité qualifiée"...). */
    [[nodiscard]] static QString statusLabel(domain::IdentityStatus status);
    /** What the status allows, for tooltips. */
    [[nodiscard]] static QString statusHelp(domain::IdentityStatus status);

private:
    domain::IdentityStatus m_status = domain::IdentityStatus::Prov;
};

} // namespace sgl::app
