#pragma once

#include "domain/security/UserSession.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QPushButton;

namespace sgl::app {

class DossierEditDialog;
class OrderEntryDialog;
class OrderServices;
class ReceptionView;

/**
 * Puts the order entry on the Accueil screen without adding to ReceptionView: "Nouveau dossier…"
 * and "Dossiers du patient…" buttons in a "Demandes d'examens" frame above the form's buttons,
 * shown when the session may create dossiers (Permission::DossierCreate; the use cases check it
 * again) and enabled when a stored, unmerged patient is shown. Owned by the view (QObject child);
 * the dialogs are non-blocking.
 */
class OrderLauncher : public QObject {
    Q_OBJECT
public:
    /** Adds the buttons to `view`; returns the launcher (owned by the view). */
    static OrderLauncher *attach(ReceptionView *view, std::unique_ptr<OrderServices> services);
    ~OrderLauncher() override;

    void openNewDossier();
    void openDossiers();
    [[nodiscard]] OrderEntryDialog *entryDialog() const;
    [[nodiscard]] DossierEditDialog *editDialog() const;
    [[nodiscard]] QPushButton *newDossierButton() const { return m_newButton; }
    [[nodiscard]] QPushButton *dossiersButton() const { return m_dossiersButton; }

private:
    OrderLauncher(ReceptionView *view, std::unique_ptr<OrderServices> services);
    void updateButtons();

    ReceptionView *m_view;
    std::unique_ptr<OrderServices> m_services;
    bool m_allowed;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_dossiersButton = nullptr;
    QPointer<OrderEntryDialog> m_entry;
    QPointer<DossierEditDialog> m_edit;
};

} // namespace sgl::app
