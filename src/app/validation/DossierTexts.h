#pragma once

#include "workflow/validation/ValidationDossier.h"
#include "workflow/validation/ValidationQueue.h"

#include <QCoreApplication>
#include <QString>

namespace sgl::app {

/**
 * Texts of the dossier being validated. html(): the header as rich text — patient (name, age and sex at
 * collection, birth date), request (number, priority, status, prescriber, origin, sampling
 * time), clinical answers, pregnancy and treatments, non-conformities and the call-back still
 * owed for a critical value (from the queue row, when the dossier is in the queue).
 * `prescriberFlag` (RppsFlag: RPPS unknown to the Annuaire Santé...) is shown after the prescriber.
 */
class DossierTexts {
    Q_DECLARE_TR_FUNCTIONS(DossierTexts)
public:
    [[nodiscard]] static QString html(const workflow::validation::ValidationDossier &dossier,
                                      const workflow::validation::ValidationQueueRow *queueRow,
                                      const QString &prescriberFlag = {});
    /** "F", "M" or empty; "Femme"/"Homme" would not fit the header line. */
    [[nodiscard]] static QString sexText(domain::Sex sex);
    /** Prescription note, technician comments and reservations, one a line ("Aucun commentaire." when none). */
    [[nodiscard]] static QString comments(const workflow::validation::ValidationDossier &dossier);
    /** The delta alerts of the dossier as rich text, one a line (analysis, previous → current, reason); empty when none. */
    [[nodiscard]] static QStringList deltaAlerts(const workflow::validation::ValidationDossier &dossier);
    [[nodiscard]] static QString originText(domain::Dossier::Origin origin, const QString &ward);
};

} // namespace sgl::app
