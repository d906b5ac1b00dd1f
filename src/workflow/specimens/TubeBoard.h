#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/NonConformity.h"
#include "domain/lab/Specimen.h"
#include "domain/lab/ValidationState.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QList>

namespace sgl::workflow::specimens {

/** One analysis measured in a tube, as the reception and validation screens list it. */
struct TubeAnalysis {
    QString code;
    QString label;                 ///< catalogue label, the code when unknown
    domain::ValidationState state = domain::ValidationState::Pending;
    QString reservation;           ///< printed on the report, empty when none
};

/** One tube of a dossier with what happened to it. */
struct TubeRow {
    domain::Specimen specimen;
    QString containerLabel;        ///< "Tube EDTA", the container code when unknown
    QList<TubeAnalysis> analyses;  ///< active (not cancelled) analyses now measured in it
    QList<domain::NonConformity> nonConformities; ///< recorded on this tube, oldest first
};

/** The tubes of one dossier. */
struct DossierTubes {
    domain::Dossier dossier;
    QString patientName;           ///< "DUPONT Marie, née le 01/02/1980"
    QList<TubeRow> tubes;          ///< in creation order
};

/**
 * Read model of a dossier's tubes for the reception screen (and validation): state, received at
 * and by, analyses and non-conformities. Requires Permission::DossierRead (every clinical role);
 * reading is audited like any dossier read (dossier.read, patient.read, result.read_dossier), so
 * it runs in a write transaction of its own.
 */
class TubeBoard {
public:
    TubeBoard(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<DossierTubes> forDossier(qint64 dossierId);
    /** The dossier of the tube carrying `barcode` (exact after trimming and upper-casing);
     *  specimen.unknown_barcode (location "barcode") when no tube carries it. */
    [[nodiscard]] domain::Result<DossierTubes> forBarcode(const QString &barcode);

private:
    [[nodiscard]] domain::Result<DossierTubes> load(storage::WriteTx &tx, qint64 dossierId);

    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::specimens
