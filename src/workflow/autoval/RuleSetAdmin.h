#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/autoval/RuleSet.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::workflow::autoval {

/** One saved version of the laboratory's rule set. */
struct RuleSetRecord {
    qint64 id = 0;
    qint64 catalogueVersionId = 0;   ///< the catalogue version its save opened
    domain::autoval::RuleSet ruleSet;
    QString reason;
    QString savedBy;
    QDateTime savedAt;               ///< UTC
};

/**
 * The auto-validation rules of the laboratory, versioned with the catalogue.
 *
 * current() / history(): Permission CatalogueEdit, SystemConfig or ResultValidate (the rules are
 * what the biologist's verdicts refer to; no patient data, not audited).
 * check(): every problem RuleSetValidator finds against the current catalogue, for the editor
 * (same permissions as save, nothing written).
 * save(): Permission CatalogueEdit (administrator), reason mandatory (autoval.save_reason_required),
 * then in ONE write transaction: the catalogue is read, RuleSetValidator checks the rule set
 * against it (refusal: the first problem's code, its location naming the rule and field, and
 * every problem in the message), an identical rule set is refused (autoval.rule_set_unchanged),
 * a catalogue version is opened (source "edit", the reason) and the rule set added as the next
 * version (earlier ones are kept), audited autoval.rule_set_save. On any refusal nothing is
 * written. importJson(): RuleSetJson::fromJson (its errors name the JSON path) then save().
 */
class RuleSetAdmin {
public:
    RuleSetAdmin(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<std::optional<RuleSetRecord>> current();
    [[nodiscard]] domain::Result<QList<RuleSetRecord>> history(int limit = 50);
    [[nodiscard]] domain::Result<QList<domain::Error>> check(const domain::autoval::RuleSet &ruleSet);
    [[nodiscard]] domain::Result<RuleSetRecord> save(const domain::autoval::RuleSet &ruleSet, const QString &reason);
    [[nodiscard]] domain::Result<RuleSetRecord> importJson(const QByteArray &json, const QString &reason);

    /** The current rule set read in the caller's transaction (nullopt when none; a stored rule set that no longer parses is an error). */
    [[nodiscard]] static domain::Result<std::optional<RuleSetRecord>> currentIn(storage::ReadTx &tx);
    /**
     * Saves without permission check, in the caller's transaction (demo seed: the caller checked
     * or acts as the system). Same checks as save(). `intoVersion` > 0: the rule set belongs to
     * that existing catalogue version instead of opening a new one (the demo's rules are part of
     * the demo catalogue).
     */
    [[nodiscard]] static domain::Result<RuleSetRecord> saveIn(storage::WriteTx &tx, const domain::AuditActor &actor,
                                                              const domain::autoval::RuleSet &ruleSet, const QString &reason,
                                                              qint64 intoVersion = 0);

private:
    [[nodiscard]] domain::Status mayRead() const;
    storage::Database &m_db;
    domain::UserSession m_session;
};

} // namespace sgl::workflow::autoval
