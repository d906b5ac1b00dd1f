#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/catalogue/Catalogue.h"
#include "domain/lab/BarcodeScheme.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/lab/Specimen.h"
#include "storage/Transaction.h"

#include <QList>
#include <QStringList>

namespace sgl::workflow::orders {

/** A tube created for a dossier, with the analyses it carries. */
struct AllocatedTube {
    domain::Specimen specimen;
    QStringList analysisCodes;
};

/**
 * Gives a tube to results of a dossier that have none (domain::TubePlanner: one tube per
 * container type, shared; an existing usable tube of the right type is reused). New tubes are
 * numbered by the laboratory's barcode scheme from the "tube" counter, created expected with the
 * dossier's sampling time, and audited; the results' specimenId is set in memory, the caller
 * stores them. Analyses whose catalogue entry names no container are returned in
 * `withoutContainer` (their results keep no tube).
 */
class TubeAllocation {
public:
    struct Outcome {
        QList<AllocatedTube> newTubes;
        QStringList withoutContainer;
    };

    [[nodiscard]] static domain::Result<Outcome> allocate(storage::WriteTx &tx, const domain::Dossier &dossier,
                                                          QList<domain::LabResult *> results,
                                                          const domain::Catalogue &catalogue,
                                                          const domain::BarcodeScheme &scheme,
                                                          const domain::AuditActor &actor);
    /** The next tube barcode of `scheme` (counter "tube"). */
    [[nodiscard]] static domain::Result<QString> nextBarcode(storage::WriteTx &tx, const domain::BarcodeScheme &scheme);
};

} // namespace sgl::workflow::orders
