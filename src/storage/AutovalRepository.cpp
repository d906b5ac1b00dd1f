#include "storage/AutovalRepository.h"

#include "storage/Dialect.h"

#include <QSqlQuery>

namespace sgl::storage {

namespace {

const QString ruleSetColumns = QStringLiteral("id, catalogue_version_id, rules_json, reason, created_by, created_at");

AutovalRuleSetRow ruleSetFrom(const QSqlQuery &q, const Dialect &d)
{
    AutovalRuleSetRow r;
    r.id = q.value(0).toLongLong();
    r.catalogueVersionId = q.value(1).toLongLong();
    r.rulesJson = q.value(2).toString().toUtf8();
    r.reason = q.value(3).toString();
    r.createdBy = q.value(4).toString();
    r.createdAt = d.dateTimeFromDb(q.value(5));
    return r;
}

domain::Result<std::optional<AutovalRuleSetRow>> oneRuleSet(ReadTx &tx, const QString &sql, const QVariantList &binds)
{
    auto q = tx.query(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<AutovalRuleSetRow>{};
    return std::optional<AutovalRuleSetRow>{ruleSetFrom(*q, tx.dialect())};
}

} // namespace

domain::Status AutovalRepository::insertRuleSet(WriteTx &tx, AutovalRuleSetRow &row)
{
    if (!row.createdAt.isValid())
        row.createdAt = QDateTime::currentDateTimeUtc();
    auto id = tx.insert(QStringLiteral("INSERT INTO autoval_rule_sets (catalogue_version_id, rules_json, reason, created_by, "
                                       "created_at) VALUES (?, ?, ?, ?, ?)"),
                        {row.catalogueVersionId, QString::fromUtf8(row.rulesJson), row.reason, row.createdBy,
                         tx.dialect().toDb(row.createdAt)});
    if (!id)
        return std::unexpected(id.error());
    row.id = *id;
    return {};
}

domain::Result<std::optional<AutovalRuleSetRow>> AutovalRepository::currentRuleSet(ReadTx &tx)
{
    return oneRuleSet(tx, QStringLiteral("SELECT ") + ruleSetColumns + QStringLiteral(" FROM autoval_rule_sets ORDER BY id DESC LIMIT 1"),
                      {});
}

domain::Result<std::optional<AutovalRuleSetRow>> AutovalRepository::ruleSet(ReadTx &tx, qint64 id)
{
    return oneRuleSet(tx, QStringLiteral("SELECT ") + ruleSetColumns + QStringLiteral(" FROM autoval_rule_sets WHERE id = ?"), {id});
}

domain::Result<QList<AutovalRuleSetRow>> AutovalRepository::ruleSetHistory(ReadTx &tx, int limit)
{
    auto q = tx.query(QStringLiteral("SELECT ") + ruleSetColumns + QStringLiteral(" FROM autoval_rule_sets ORDER BY id DESC LIMIT ?"),
                      {qMax(1, limit)});
    if (!q)
        return std::unexpected(q.error());
    QList<AutovalRuleSetRow> out;
    while (q->next())
        out << ruleSetFrom(*q, tx.dialect());
    return out;
}

domain::Result<AutovalSettingsRow> AutovalRepository::settings(ReadTx &tx)
{
    auto q = tx.query(QStringLiteral("SELECT mode, responsible_login, version, updated_by, updated_at FROM autoval_settings "
                                     "WHERE id = 1"));
    if (!q)
        return std::unexpected(q.error());
    AutovalSettingsRow s;
    if (q->next()) {
        s.mode = q->value(0).toString();
        s.responsibleLogin = q->value(1).toString();
        s.version = q->value(2).toInt();
        s.updatedBy = q->value(3).toString();
        if (!q->value(4).isNull())
            s.updatedAt = tx.dialect().dateTimeFromDb(q->value(4));
    }
    return s;
}

domain::Status AutovalRepository::saveSettings(WriteTx &tx, AutovalSettingsRow &row, const QString &login)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto s = tx.execVersioned(QStringLiteral("UPDATE autoval_settings SET mode = ?, responsible_login = ?, version = version + 1, "
                                                 "updated_by = ?, updated_at = ? WHERE id = 1 AND version = ?"),
                                  {row.mode, row.responsibleLogin, login, tx.dialect().toDb(now), row.version},
                                  QStringLiteral("les réglages de l'auto-validation"));
        !s)
        return s;
    ++row.version;
    row.updatedBy = login;
    row.updatedAt = now;
    return {};
}

} // namespace sgl::storage
