#pragma once

#include "domain/security/UserSession.h"

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::workflow::qc {
class QcLotAdmin;
class QcQueries;
class QcReview;
class QcRunRecorder;
} // namespace sgl::workflow::qc

namespace sgl::app {

/**
 * The internal QC use cases of the "Contrôle qualité" screen (and the QC marks of the bench and
 * validation screens), bound to the user's session: each checks its permission and audits. The
 * views receive this object, never the database.
 */
class QcServices {
public:
    QcServices(storage::Database &db, const domain::UserSession &session);
    ~QcServices();

    [[nodiscard]] workflow::qc::QcQueries &queries() { return *m_queries; }
    [[nodiscard]] workflow::qc::QcRunRecorder &recorder() { return *m_recorder; }
    [[nodiscard]] workflow::qc::QcReview &review() { return *m_review; }
    [[nodiscard]] workflow::qc::QcLotAdmin &lots() { return *m_lots; }
    [[nodiscard]] const domain::UserSession &session() const { return m_session; }

private:
    domain::UserSession m_session;
    std::unique_ptr<workflow::qc::QcQueries> m_queries;
    std::unique_ptr<workflow::qc::QcRunRecorder> m_recorder;
    std::unique_ptr<workflow::qc::QcReview> m_review;
    std::unique_ptr<workflow::qc::QcLotAdmin> m_lots;
};

} // namespace sgl::app
