#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "workflow/catalogue/CatalogueCache.h"
#include "workflow/catalogue/ReflexTests.h"

#include <QString>

#include <optional>

namespace sgl::workflow::validation {

/**
 * The biologist's answer to a reflex proposal (ReflexTests::proposals) at validation. Accepting
 * adds the rule's analyses as pending results (ReflexTests::orderIn, audited reflex.order) and
 * records the decision; declining records it with its reason (validation.reason_required
 * otherwise). Either way the proposal no longer keeps the dossier out of batch release, until the
 * trigger gets a new value. Permission ResultValidate; one write transaction claiming the
 * dossier at the displayed version (storage.conflict otherwise); reflex.not_applicable when the
 * rule does not fire on the dossier (any more).
 */
class ReflexDecisions {
public:
    ReflexDecisions(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<ReflexOrderOutcome> accept(qint64 dossierId, std::optional<int> dossierVersion,
                                                            const QString &ruleCode, const QString &note = {});
    [[nodiscard]] domain::Status decline(qint64 dossierId, std::optional<int> dossierVersion, const QString &ruleCode,
                                         const QString &reason);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::validation
