#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringList>

namespace sgl::domain {

/**
 * How one report version is shared, chosen by the biologist at validation and stored on the
 * version (report_versions) for the dispatcher.
 *
 * - DMP: sent by default. Per the Ségur rule (shared/specs/national-services.md, lab-workflow.md
 *   "systematic sending ... except patient objection"), sending can be withheld only by an
 *   explicit action for this one document, with a reason: `dmpWithheld` + `withholdReason`.
 *   No setting ever withholds it.
 * - Masks (DMP XDS confidentialityCode, JDV_J08, codeSystem 1.2.250.1.213.1.1.4.13; the CDA
 *   header itself stays `N`, cda-crbio.md §3.5): `maskedToProfessionals` (MASQUE_PS),
 *   `hiddenFromPatientUntilAnnouncement` (INVISIBLE_PATIENT: until an announcement
 *   consultation), `hiddenFromLegalRepresentatives` (INVISIBLE_REPRESENTANTS_LEGAUX, minors).
 * - Patient MSSanté copy (`<INS>@patient.mssante.fr`): needs a qualified INS; proposed (on by
 *   default) only then.
 */
struct SharingChoices {
    bool dmpWithheld = false;
    QString withholdReason;                 ///< mandatory when dmpWithheld
    bool maskedToProfessionals = false;
    bool hiddenFromPatientUntilAnnouncement = false;
    bool hiddenFromLegalRepresentatives = false;
    bool sendToPatientMss = false;

    friend bool operator==(const SharingChoices &, const SharingChoices &) = default;

    /** DMP on, nothing masked, patient MSSanté copy proposed only when the INS is qualified. */
    [[nodiscard]] static SharingChoices defaultsFor(bool insQualified);
    /**
     * Refuses, with a French message: a withheld DMP sending without reason
     * (sharing.withhold_reason_required); a patient MSSanté copy without qualified INS
     * (sharing.patient_mss_needs_qualified_ins); a patient MSSanté copy of a document hidden
     * from the patient until the announcement consultation (sharing.patient_mss_while_hidden).
     */
    [[nodiscard]] static Status validate(const SharingChoices &choices, bool insQualified);
    /**
     * DMP confidentialityCode values for the XDS metadata: "N" then, in this order, the masks
     * chosen ("MASQUE_PS", "INVISIBLE_PATIENT", "INVISIBLE_REPRESENTANTS_LEGAUX").
     */
    [[nodiscard]] QStringList dmpConfidentialityCodes() const;
    /** One French line for lists and audit ("DMP : envoyé ; masqué aux professionnels..."). */
    [[nodiscard]] QString summary() const;
};

} // namespace sgl::domain
