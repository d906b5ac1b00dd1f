#pragma once

#include "domain/security/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sgl::app {

/** The workstation's top-level screens, in navigation order. */
enum class Screen { Reception, Bench, Validation, Reports, Catalogue, Administration, Specimens, HeldMessages, Analyzers, Dispatch, Qc };

/** One screen a session may open, and whether it may change anything there. */
struct ScreenAccess {
    Screen screen = Screen::Reception;
    bool readOnly = false;
    friend bool operator==(const ScreenAccess &, const ScreenAccess &) = default;
};

/**
 * Which screens each role sees (lab-workflow.md): Accueil for secretaries, biologists and
 * admins; Réception des tubes for secretaries and technicians (read-only for biologists, who
 * do not hold SpecimenReceive); Paillasse for technicians and biologists; Validation for biologists; Comptes rendus
 * for biologists and secretaries; Catalogue for admins (read-only for biologists);
 * Administration for admins; Messages en attente (held analyzer results) for technicians and
 * biologists; Contrôle qualité (internal QC: lots, Levey-Jennings, reviews) for technicians and
 * biologists; Automates (link states; profiles for SystemConfig) for technicians, biologists and
 * admins, never read-only; Envois (the dispatch outbox) for biologists and admins, who hold
 * DispatchManage (secretaries do not: the use case refuses them even the list). The domain permission model (domain/security/Permission.h) is
 * applied on top: a screen showing patient data needs PatientRead/DossierRead (so an admin
 * without a clinical role has no Accueil), and a screen is read-only without its write
 * permission (biologists consult Accueil; secretaries consult and print Comptes rendus).
 * A user with several roles gets the union. This is only navigation: every use case checks
 * permissions again.
 */
class NavigationPolicy {
    Q_DECLARE_TR_FUNCTIONS(NavigationPolicy)
public:
    /** Screens for these roles, in navigation order; empty for no role. */
    [[nodiscard]] static QList<ScreenAccess> screensFor(const QList<domain::Role> &roles);
    /** French title of a screen ("Accueil", "Paillasse"...), translated through tr(). */
    [[nodiscard]] static QString title(Screen screen);
    /** Stable identifier used for object names and settings ("reception", "bench"...). */
    [[nodiscard]] static QString key(Screen screen);
    [[nodiscard]] static QList<Screen> allScreens();
};

} // namespace sgl::app
