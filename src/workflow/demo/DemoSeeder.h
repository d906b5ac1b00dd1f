#pragma once

#include "domain/Error.h"
#include "domain/security/SecurityPolicy.h"
#include "workflow/catalogue/CatalogueImportRequest.h"

#include <QHash>
#include <QString>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * Fills an empty, migrated database with a small synthetic lab (no real person):
 *  - the demo catalogue (resources/catalogue/demo-*.csv, imported with ApplyCatalogueImport
 *    as "system:sgl demo-seed", source "demo") — every result below names one of its analyses
 *    and the catalogue version it was produced with;
 *  - reflex rules of the demo lab, validated like an administrator's edit and written as one more
 *    catalogue version (source "demo"): TSH > 4 or < 0,4 mUI/L -> T4 libre (automatic), antigène
 *    HBs positif -> bilan hépatique, hémoglobine critique -> temps de Quick, protéines ≥ + à la
 *    bandelette -> protéinurie (proposals); a rule whose analyses the imported catalogue lacks is
 *    left out;
 *  - one user per role, with the passwords documented in docs/demo.md (demo only):
 *    secretaire / Secretariat-2026, technicien / Paillasse-2026,
 *    biologiste / Validation-2026 (RPPS 10101010105), admin / Parametrage-2026;
 *  - 8 patients with INS from the test OIDs (1.2.250.1.213.1.4.10 NIR, .11 NIA): a qualified
 *    identity with a valid NIR key, a NIA, births in Corsica (2A004 Ajaccio, 2B033 Bastia),
 *    a provisional identity without INS, a doubtful one, and a validated identity without INS
 *    whose traits the INSi simulator knows (ADRUN ZOE), to be qualified by the secretary, and a
 *    probable duplicate of the first one (MARTAIN CLAIRE, PROV) for the duplicate review screen;
 *  - dossiers whose results are already technically and biologically validated (numeric in the
 *    catalogue's UCUM unit, censored "< 1" and "> 500", coded SNOMED CT "Négatif", text), with
 *    reference limits and flags from the catalogue's range for the patient, an older dossier as
 *    antériorités, and one dossier still in progress whose TSH (6,20 mUI/L) fires the TSH rule;
 *  - a fictitious lab letterhead (report settings: FINESS, OID root...) so that a report can be
 *    built right after seeding;
 *  - today's work, made through the users' use cases under the demo accounts
 *    (DemoWorkInProgress): tubes awaiting reception, a haemolysed tube, values awaiting
 *    technical validation, a dossier awaiting biological validation;
 *  - the biologist's queue (DemoValidationQueue): a critical value awaiting its call-back, a
 *    delta alert against the antériorités (creatinine, delta rule of the demo catalogue), clean
 *    dossiers for batch release, a partial report waiting for a late analysis, an amended report;
 *  - internal QC (DemoQc): lots on the demo chemistry analyzer, a week of runs, and a rejected
 *    CRP run holding a patient result, waiting for the technician's review;
 *  - the Annuaire Santé (DemoDirectory): a synthetic extract of a few hundred professionals.
 * Refuses (demo.not_empty) a database that already holds users, patients or a catalogue.
 * Steps: catalogue (one transaction), reflex rules (one transaction), accounts, then patients/dossiers/results in one
 * transaction audited as "system:sgl demo-seed", then the lab settings. A result whose analysis
 * is missing from the imported catalogue (demo.unknown_analysis) rolls back every patient.
 */
class DemoSeeder {
public:
    struct Options {
        /** The catalogue imported first; tests replace it to exercise the refusals. */
        CatalogueImportRequest catalogue = CatalogueImportRequest::demoCatalogue();
        /** Report settings stored at the end (LabSettings keys); empty: none stored. */
        QHash<QString, QString> labSettings = demoLabSettings();
        domain::SecurityPolicy policy;
        QString workstation = QStringLiteral("demo");
        /** The demo auto-validation rules in shadow mode, the queue evaluated (DemoAutoval); tests of
         *  auto-validation start without. */
        bool autoValidation = true;
        /** The demo's Annuaire Santé extract imported by the administrator (DemoDirectory). */
        bool directory = true;
    };
    struct Summary {
        int users = 0;
        int patients = 0;
        int dossiers = 0;
        int results = 0;
        int analyses = 0;            ///< analyses in the catalogue after the import
        int reflexRules = 0;         ///< demo reflex rules stored
        int analyzerProfiles = 0;    ///< analyzer profiles stored (shipped + the demo's two instruments)
        int qcRuns = 0;              ///< internal QC runs recorded (DemoQc)
        int mailboxMessages = 0;     ///< received MSSanté messages kept for a human (DemoMailbox)
        qint64 directoryProfessionals = 0; ///< professionals of the demo directory (DemoDirectory)
        qint64 catalogueVersionId = 0;
    };

    /** The fictitious lab of the demo (synthetic FINESS 750000001, unregistered OID root). */
    [[nodiscard]] static QHash<QString, QString> demoLabSettings();

    explicit DemoSeeder(storage::Database &db) : m_db(db) {}
    [[nodiscard]] domain::Result<Summary> seed(const Options &options);
    [[nodiscard]] domain::Result<Summary> seed() { return seed(Options{}); }

private:
    storage::Database &m_db;
};

} // namespace sgl::workflow
