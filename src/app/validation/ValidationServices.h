#pragma once

#include "domain/security/UserSession.h"
#include "workflow/report/IssueReportVersion.h"

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::workflow {
class Authenticator;
namespace autoval {
class AutoValidation;
}
namespace directory {
class DirectorySearch;
}
namespace qc {
class QcQueries;
}
namespace validation {
class BatchRelease;
class BiologicalValidation;
class CommentLibrary;
class CriticalCallBacks;
class ReflexDecisions;
class ValidationActions;
class ValidationComments;
class ValidationDossierView;
class ValidationQueue;
} // namespace validation
} // namespace sgl::workflow

namespace sgl::app {

/**
 * The biological validation use cases of the Validation screen, bound to the biologist's
 * session: each checks the session's permissions itself, claims the dossier at the version the
 * screen displayed and audits under the user's name and workstation. The view receives this
 * object, never the database. `reports` builds the report version at validation (the product's
 * PDF renderer by default; tests inject a minimal one).
 */
class ValidationServices {
public:
    ValidationServices(storage::Database &db, const domain::UserSession &session, workflow::Authenticator &authenticator,
                       workflow::report::IssueReportVersion reports = {});
    ~ValidationServices();

    [[nodiscard]] const domain::UserSession &session() const { return m_session; }
    [[nodiscard]] workflow::validation::ValidationQueue &queue() { return *m_queue; }
    [[nodiscard]] workflow::validation::ValidationDossierView &dossierView() { return *m_view; }
    [[nodiscard]] workflow::validation::BiologicalValidation &validation() { return *m_validation; }
    [[nodiscard]] workflow::validation::ValidationActions &actions() { return *m_actions; }
    [[nodiscard]] workflow::validation::CriticalCallBacks &callBacks() { return *m_callBacks; }
    [[nodiscard]] workflow::validation::ReflexDecisions &reflexes() { return *m_reflexes; }
    [[nodiscard]] workflow::validation::BatchRelease &batch() { return *m_batch; }
    [[nodiscard]] workflow::validation::ValidationComments &comments() { return *m_comments; }
    [[nodiscard]] workflow::validation::CommentLibrary &commentLibrary() { return *m_commentLibrary; }
    [[nodiscard]] workflow::autoval::AutoValidation &autoValidation() { return *m_autoValidation; }
    /** The QC reads of the held-results banner (QcHoldBanner). */
    [[nodiscard]] workflow::qc::QcQueries &qc() { return *m_qc; }
    /** The Annuaire Santé: the prescriber's RPPS flag in the dossier header. */
    [[nodiscard]] workflow::directory::DirectorySearch &directory() { return *m_directory; }

private:
    domain::UserSession m_session;
    std::unique_ptr<workflow::validation::ValidationQueue> m_queue;
    std::unique_ptr<workflow::validation::ValidationDossierView> m_view;
    std::unique_ptr<workflow::validation::BiologicalValidation> m_validation;
    std::unique_ptr<workflow::validation::ValidationActions> m_actions;
    std::unique_ptr<workflow::validation::CriticalCallBacks> m_callBacks;
    std::unique_ptr<workflow::validation::ReflexDecisions> m_reflexes;
    std::unique_ptr<workflow::validation::BatchRelease> m_batch;
    std::unique_ptr<workflow::validation::ValidationComments> m_comments;
    std::unique_ptr<workflow::validation::CommentLibrary> m_commentLibrary;
    std::unique_ptr<workflow::autoval::AutoValidation> m_autoValidation;
    std::unique_ptr<workflow::qc::QcQueries> m_qc;
    std::unique_ptr<workflow::directory::DirectorySearch> m_directory;
};

} // namespace sgl::app
