#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "domain/validation/CallBack.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sgl::workflow::validation {

/** A call-back as the biologist records it (the result by id, or by analysis code for the CLI). */
struct CallBackRequest {
    qint64 dossierId = 0;
    std::optional<int> dossierVersion;   ///< displayed; nullopt: the stored one
    qint64 resultId = 0;                 ///< 0: the dossier's result of `analysisCode`
    QString analysisCode;
    QString calledName;
    domain::CallBack::Method method = domain::CallBack::Method::Phone;
    QDateTime calledAt;                  ///< UTC; invalid: now
    bool readBack = false;
    bool unreachable = false;
    QString escalation;
    QString comment;
};

/**
 * Records that a critical value was told to the prescriber (or that nobody could be reached and
 * what was done), before the value can be validated (BiologicalValidation refuses a critical
 * value without such a record). Permission ResultValidate. One write transaction: the dossier is
 * claimed at the displayed version (storage.conflict otherwise), the record is checked
 * (domain::CallBack::check: callback.* errors) and stored with the value told, audited
 * validation.callback on the dossier. validation.not_in_dossier for a result or analysis the
 * dossier does not have.
 */
class CriticalCallBacks {
public:
    CriticalCallBacks(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<domain::CallBack> record(const CallBackRequest &request);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::validation
