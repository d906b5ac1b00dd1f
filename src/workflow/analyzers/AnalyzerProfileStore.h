#pragma once

#include "domain/Error.h"
#include "domain/analyzer/AnalyzerProfile.h"
#include "domain/analyzer/ProfileMapper.h"
#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::analyzers {

/**
 * The analyzer profiles of the lab (issue 11 §4): stored in the database, edited in the admin
 * screen, exchanged as JSON (domain::analyzer::AnalyzerProfileJson).
 *
 * Contract: list/get need no particular permission beyond being signed in (the gateway and the
 * bench read them); save, importJson, setActive and installShipped need SystemConfig
 * (auth.forbidden before anything is read), take a reason, keep the previous JSON in a history
 * row and are audited. save() refuses an invalid profile (AnalyzerProfileJson::validate) and a
 * stale `version` (storage.conflict). importJson() is all or nothing (one transaction) and names
 * the profile and JSON path of the first error. installShipped() adds the profiles shipped in
 * resources/analyzers that the database does not hold yet (never overwrites a lab's edits).
 * addCodeMapping() is the narrow edit a technician makes from the held-message screen (map one
 * test code to an analysis): permission ResultTechnicalValidate, reason, history and audit
 * like save(); refuses a test code already mapped to another analysis (analyzer.code_mapped).
 * mapperFor() builds the ProfileMapper with the current catalogue's analyzer codes for the
 * profile's analyzerId. An unknown name: analyzer.unknown_profile; a missing reason:
 * analyzer.reason_required. Audit actions: analyzer.profile_save, analyzer.profile_import,
 * analyzer.profile_active, analyzer.profile_install, analyzer.profile_mapping.
 */
class AnalyzerProfileStore {
public:
    AnalyzerProfileStore(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<QList<domain::analyzer::AnalyzerProfile>> list();
    [[nodiscard]] domain::Result<domain::analyzer::AnalyzerProfile> get(const QString &name);
    [[nodiscard]] domain::Result<domain::analyzer::AnalyzerProfile> save(const domain::analyzer::AnalyzerProfile &profile,
                                                                         const QString &reason);
    [[nodiscard]] domain::Result<domain::analyzer::AnalyzerProfile> addCodeMapping(const QString &name,
                                                                                   const domain::analyzer::CodeMapping &mapping,
                                                                                   const QString &reason);
    [[nodiscard]] domain::Status setActive(const QString &name, bool active, const QString &reason);
    [[nodiscard]] domain::Result<QList<domain::analyzer::AnalyzerProfile>> importJson(const QByteArray &json,
                                                                                      const QString &reason);
    [[nodiscard]] domain::Result<QByteArray> exportJson(const QStringList &names = {});
    [[nodiscard]] domain::Result<int> installShipped();
    [[nodiscard]] domain::Result<domain::analyzer::ProfileMapper> mapperFor(const QString &name);

    /**
     * addCodeMapping() in the caller's transaction, without the permission check (the caller has
     * made it): HeldResults::attach saves the mapping and stores the value in one transaction.
     */
    [[nodiscard]] static domain::Result<domain::analyzer::AnalyzerProfile>
    addCodeMappingIn(storage::WriteTx &tx, const domain::AuditActor &actor, const QString &name,
                     const domain::analyzer::CodeMapping &mapping, const QString &reason);
    /** The stored profile of `name` in the caller's transaction (analyzer.unknown_profile when absent). */
    [[nodiscard]] static domain::Result<domain::analyzer::AnalyzerProfile> getIn(storage::ReadTx &tx,
                                                                                const QString &name);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
};

} // namespace sgl::workflow::analyzers
