#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workflow/autoval/AutovalMode.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace sgl::workflow::autoval {

/** The auto-validation settings as the admin screen and `sgl autoval status` show them. */
struct AutovalSettingsView {
    AutovalMode mode = AutovalMode::Off;
    QString responsibleLogin;        ///< the biologist under whose name active mode validates
    QString responsibleName;         ///< display name ("Dr Alice Martin"), empty when unknown
    int version = 1;                 ///< pass it back to save (optimistic lock)
    QString updatedBy;
    QDateTime updatedAt;
    qint64 ruleSetId = 0;            ///< current rule set, 0 when none was saved
    int ruleCount = 0;
    QDateTime ruleSetSavedAt;
};

/**
 * Reading and changing the mode and the responsible biologist.
 *
 * load(): Permission SystemConfig or ResultValidate (administrators and biologists see it).
 * save(): Permission SystemConfig (administrator) in one write transaction: an unknown mode
 * (autoval.bad_mode); shadow or active without a saved rule set (autoval.no_rule_set); active
 * without a responsible biologist whose account is active, holds the biologist role and an RPPS
 * (autoval.bad_responsible, naming the login); a stale version (storage.conflict). Audited
 * autoval.settings with before and after. Nothing is written on any refusal.
 */
class AutovalSettings {
public:
    AutovalSettings(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<AutovalSettingsView> load();
    [[nodiscard]] domain::Result<AutovalSettingsView> save(const QString &modeCode, const QString &responsibleLogin, int version);
    /** Who may be responsible (active biologists with an RPPS): login -> display name, by login. SystemConfig. */
    [[nodiscard]] domain::Result<QList<std::pair<QString, QString>>> responsibleCandidates();

    /** The settings read in the caller's transaction (no permission check, nothing audited: no patient data). */
    [[nodiscard]] static domain::Result<AutovalSettingsView> loadIn(storage::ReadTx &tx);
    /**
     * The session of the responsible biologist for active mode, checked: active account,
     * biologist role, RPPS (autoval.bad_responsible otherwise). `workstation` is recorded.
     */
    [[nodiscard]] static domain::Result<domain::UserSession> responsibleSession(storage::ReadTx &tx, const QString &login,
                                                                                const QString &workstation);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
};

} // namespace sgl::workflow::autoval
