#pragma once

#include "domain/Error.h"
#include "domain/security/SecurityPolicy.h"
#include "workflow/demo/DemoCatalogue.h"

#include <QList>
#include <QString>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * Fills an empty, migrated database with a small synthetic lab (no real person):
 *  - one user per role, with the passwords documented in docs/cli.md (demo only):
 *    secretaire / Secretariat-2026, technicien / Paillasse-2026,
 *    biologiste / Validation-2026 (RPPS 10101010101), admin / Parametrage-2026;
 *  - 6 patients with INS from the test OIDs (1.2.250.1.213.1.4.10 NIR, .11 NIA): a qualified
 *    identity with a valid NIR key, a NIA, births in Corsica (2A004 Ajaccio, 2B033 Bastia),
 *    a provisional identity without INS and a doubtful one;
 *  - dossiers whose results are already technically and biologically validated (numeric,
 *    censored "> 500", coded ABO group, text), an older dossier as antériorités, and one
 *    dossier still in progress.
 * Refuses (demo.not_empty) a database that already holds users or patients. Everything but
 * the accounts is written in one transaction and audited as "system:sgl demo-seed".
 */
class DemoSeeder {
public:
    struct Options {
        /** The catalogue seam: replace with the catalogue module's demo list when it exists. */
        QList<DemoAnalysis> analyses = DemoCatalogue::analyses();
        domain::SecurityPolicy policy;
        QString workstation = QStringLiteral("demo");
    };
    struct Summary {
        int users = 0;
        int patients = 0;
        int dossiers = 0;
        int results = 0;
    };

    explicit DemoSeeder(storage::Database &db) : m_db(db) {}
    [[nodiscard]] domain::Result<Summary> seed(const Options &options);
    [[nodiscard]] domain::Result<Summary> seed() { return seed(Options{}); }

private:
    storage::Database &m_db;
};

} // namespace sgl::workflow
