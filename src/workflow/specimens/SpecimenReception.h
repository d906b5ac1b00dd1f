#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/BarcodeScheme.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/NonConformity.h"
#include "domain/lab/Specimen.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sgl::workflow::specimens {

/** A tube just received at the desk. */
struct ReceivedTube {
    domain::Specimen specimen;   ///< received, with its time and receiver
    domain::Dossier dossier;     ///< after the status moved (in progress)
    QString patientName;         ///< "DUPONT Marie, née le 01/02/1980"
    QStringList analysisCodes;   ///< active analyses measured in the tube
    QString message;             ///< French sentence for the screen and the command line
};

/** What recording a non-conformity did. */
struct NonConformityOutcome {
    domain::NonConformity nonConformity;     ///< as stored (id, recordedBy, recordedAt)
    std::optional<domain::Specimen> newTube; ///< the tube to draw again (NewSampleRequested), to label
    QStringList movedAnalyses;               ///< analyses moved to the new tube, reset to pending
    QStringList reservedAnalyses;            ///< analyses performed with the reservation
    bool oldTubeRejected = false;            ///< no analysis remained on the tube
    domain::Dossier dossier;                 ///< after the status moved
};

/**
 * Reception of tubes at the desk or the bench (scanners are keyboard wedges: one call per scan)
 * and pre-analytical non-conformities. Requires Permission::SpecimenReceive (secretaries and
 * technicians; auth.forbidden before anything is read). Each call is one transaction: a refusal
 * writes nothing.
 */
class SpecimenReception {
public:
    SpecimenReception(storage::Database &db, domain::UserSession session);

    /**
     * Marks the tube of `barcode` received now by the session's user, then moves its dossier's
     * status (DossierStatusSync). Refusals, location "barcode" unless stated:
     * specimen.malformed_barcode, specimen.bad_check_character (checked with the lab's
     * BarcodeScheme before any lookup), specimen.unknown_barcode, specimen.other_dossier (the
     * screen is on `expectedDossierId` and the tube belongs elsewhere), specimen.already_received
     * (names when and by whom), specimen.rejected, specimen.dossier_closed,
     * specimen.sampling_after_reception (location "sampledAt"). Audited: specimen.receive,
     * dossier.read, patient.read and dossier.status when it moves.
     */
    [[nodiscard]] domain::Result<ReceivedTube> receive(const QString &barcode,
                                                       std::optional<qint64> expectedDossierId = std::nullopt);

    /**
     * Records a non-conformity on tube `specimenId` with one consequence per analysis named:
     * - NewSampleRequested: a new tube (same container, next barcode of the "tube" counter) is
     *   created, the analyses' results move to it and go back to pending (value and state kept in
     *   result_history, action "new_sample"); the old tube is rejected once no active analysis
     *   is left on it;
     * - PerformedWithReservation: the result carries NonConformity::reservationText(), printed
     *   on the report.
     * Refusals: specimen.not_found ("specimenId"), specimen.rejected, specimen.dossier_closed,
     * specimen.comment_required ("comment", reason Other), specimen.no_effect ("effects"),
     * specimen.effect_not_on_tube / specimen.effect_twice / specimen.result_validated (location
     * the analysis code). Audited: specimen.nonconformity, specimen.create, result.update,
     * specimen.reject, dossier.status.
     */
    [[nodiscard]] domain::Result<NonConformityOutcome>
    recordNonConformity(qint64 specimenId, domain::NonConformity::Reason reason, const QString &comment,
                        const QList<domain::NonConformity::Effect> &effects);

    /**
     * Checks a scan against `scheme` without looking it up: specimen.malformed_barcode or
     * specimen.bad_check_character (location "barcode"). Returns the normalised barcode
     * (trimmed, upper case).
     */
    [[nodiscard]] static domain::Result<QString> checkBarcode(const QString &scan, const domain::BarcodeScheme &scheme);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::specimens
