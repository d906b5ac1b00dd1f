#pragma once

#include "domain/security/UserSession.h"

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::workflow::bench {
class BenchResultEntry;
class BenchWorklist;
class RerunRequest;
class TechnicalValidation;
} // namespace sgl::workflow::bench
namespace sgl::workflow::qc {
class QcQueries;
}
namespace sgl::workflow::autoval {
class AutoValidation;
}

namespace sgl::app {

/**
 * The bench use cases of the Paillasse screen, bound to the user's session: each checks the
 * session's permissions itself and audits under the user's name and workstation. The view
 * receives this object, never the database.
 */
class BenchServices {
public:
    BenchServices(storage::Database &db, const domain::UserSession &session);
    ~BenchServices();

    [[nodiscard]] workflow::bench::BenchWorklist &worklist() { return *m_worklist; }
    [[nodiscard]] workflow::bench::BenchResultEntry &entry() { return *m_entry; }
    [[nodiscard]] workflow::bench::TechnicalValidation &validation() { return *m_validation; }
    [[nodiscard]] workflow::bench::RerunRequest &rerun() { return *m_rerun; }
    /** QC status and holds shown on the worklist (internal QC, issue 15). */
    [[nodiscard]] workflow::qc::QcQueries &qc() { return *m_qc; }

private:
    std::unique_ptr<workflow::bench::BenchWorklist> m_worklist;
    std::unique_ptr<workflow::bench::BenchResultEntry> m_entry;
    std::unique_ptr<workflow::bench::TechnicalValidation> m_validation;
    std::unique_ptr<workflow::bench::RerunRequest> m_rerun;
    std::unique_ptr<workflow::qc::QcQueries> m_qc;
    std::unique_ptr<workflow::autoval::AutoValidation> m_autoval;
};

} // namespace sgl::app
