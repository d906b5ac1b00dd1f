#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::storage {

/** One saved auto-validation rule set (autoval_rule_sets, migration 0330). */
struct AutovalRuleSetRow {
    qint64 id = 0;
    qint64 catalogueVersionId = 0;   ///< the catalogue version the save opened
    QByteArray rulesJson;            ///< domain::autoval::RuleSetJson, stored as saved
    QString reason;
    QString createdBy;
    QDateTime createdAt;             ///< UTC
};

/** The auto-validation settings (autoval_settings, one row). */
struct AutovalSettingsRow {
    QString mode = QStringLiteral("off");   ///< "off", "shadow", "active"
    QString responsibleLogin;               ///< the biologist under whose name active mode validates
    int version = 1;                        ///< optimistic lock
    QString updatedBy;
    QDateTime updatedAt;                    ///< invalid: never changed
};

/**
 * Rule sets and settings of auto-validation. Rule sets are append only: a save adds the next row
 * (linked to the catalogue version it opened), the current rule set is the latest row and every
 * earlier one stays readable (history). The settings row is updated under optimistic locking.
 * Audit is the caller's (the workflow writes autoval.rule_set_save / autoval.settings in the same
 * transaction): rule sets and settings carry no patient data.
 */
class AutovalRepository {
public:
    /** Appends `row` (createdAt now when invalid) and sets its id. */
    [[nodiscard]] static domain::Status insertRuleSet(WriteTx &tx, AutovalRuleSetRow &row);
    /** The latest rule set, nullopt when none was ever saved. */
    [[nodiscard]] static domain::Result<std::optional<AutovalRuleSetRow>> currentRuleSet(ReadTx &tx);
    /** One rule set by id, nullopt when unknown. */
    [[nodiscard]] static domain::Result<std::optional<AutovalRuleSetRow>> ruleSet(ReadTx &tx, qint64 id);
    /** Saved rule sets, newest first, at most `limit` (rulesJson included). */
    [[nodiscard]] static domain::Result<QList<AutovalRuleSetRow>> ruleSetHistory(ReadTx &tx, int limit);

    [[nodiscard]] static domain::Result<AutovalSettingsRow> settings(ReadTx &tx);
    /**
     * Writes mode and responsible biologist when the stored version is `row.version` (storage.conflict
     * otherwise); `row` comes back with the new version, updatedBy and updatedAt.
     */
    [[nodiscard]] static domain::Status saveSettings(WriteTx &tx, AutovalSettingsRow &row, const QString &login);
};

} // namespace sgl::storage
