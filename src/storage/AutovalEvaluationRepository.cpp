#include "storage/AutovalEvaluationRepository.h"

#include "storage/Dialect.h"

#include <QSqlQuery>

namespace sgl::storage {

namespace {

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QStringLiteral(", "));
}

QVariantList ids(const QList<qint64> &values)
{
    QVariantList out;
    for (qint64 v : values)
        out << v;
    return out;
}

QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QString evaluationColumns = QStringLiteral("id, dossier_id, rule_set_id, mode, trigger_kind, evaluated_at, evaluated_by, "
                                                 "released, applied, superseded, error_text, verdict_json");

AutovalEvaluationRow evaluationFrom(const QSqlQuery &q, const Dialect &d)
{
    AutovalEvaluationRow e;
    e.id = q.value(0).toLongLong();
    e.dossierId = q.value(1).toLongLong();
    e.ruleSetId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    e.mode = q.value(3).toString();
    e.trigger = q.value(4).toString();
    e.evaluatedAt = d.dateTimeFromDb(q.value(5));
    e.evaluatedBy = q.value(6).toString();
    e.released = d.boolFromDb(q.value(7));
    e.applied = d.boolFromDb(q.value(8));
    e.superseded = d.boolFromDb(q.value(9));
    e.errorText = q.value(10).toString();
    e.verdictJson = q.value(11).toString().toUtf8();
    return e;
}

/** Reads the result verdicts and holds of `rows` (by evaluation id), in chunks. */
domain::Status loadChildren(ReadTx &tx, QList<AutovalEvaluationRow> &rows)
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows[i].id, i);
    const Dialect &d = tx.dialect();
    constexpr qsizetype chunk = 200;
    for (qsizetype at = 0; at < rows.size(); at += chunk) {
        QList<qint64> part;
        for (qsizetype i = at; i < qMin(rows.size(), at + chunk); ++i)
            part << rows[i].id;
        auto q = tx.query(QStringLiteral("SELECT evaluation_id, id, result_id, analysis_code, bench_code, released, hold_rules, "
                                         "applied_rules, human_decision, decided_by, decided_at, auto_version "
                                         "FROM autoval_result_verdicts WHERE evaluation_id IN (%1) ORDER BY id")
                              .arg(marks(part.size())),
                          ids(part));
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            AutovalResultVerdictRow r;
            r.id = q->value(1).toLongLong();
            r.resultId = q->value(2).toLongLong();
            r.analysisCode = q->value(3).toString();
            r.benchCode = q->value(4).toString();
            r.released = d.boolFromDb(q->value(5));
            r.holdRules = words(q->value(6).toString());
            r.appliedRules = words(q->value(7).toString());
            r.humanDecision = q->value(8).isNull() ? QString() : q->value(8).toString();
            r.decidedBy = q->value(9).toString();
            if (!q->value(10).isNull())
                r.decidedAt = d.dateTimeFromDb(q->value(10));
            if (!q->value(11).isNull())
                r.autoVersion = q->value(11).toInt();
            rows[index.value(q->value(0).toLongLong())].results << r;
        }
        auto h = tx.query(QStringLiteral("SELECT evaluation_id, result_id, analysis_code, rule_id, rule_label, message "
                                         "FROM autoval_holds WHERE evaluation_id IN (%1) ORDER BY id")
                              .arg(marks(part.size())),
                          ids(part));
        if (!h)
            return std::unexpected(h.error());
        while (h->next()) {
            AutovalHoldRow r;
            r.resultId = h->value(1).isNull() ? 0 : h->value(1).toLongLong();
            r.analysisCode = h->value(2).toString();
            r.ruleId = h->value(3).toString();
            r.ruleLabel = h->value(4).toString();
            r.message = h->value(5).toString();
            rows[index.value(h->value(0).toLongLong())].holds << r;
        }
    }
    return {};
}

} // namespace

domain::Status AutovalEvaluationRepository::insert(WriteTx &tx, AutovalEvaluationRow &row)
{
    const Dialect &d = tx.dialect();
    if (!row.evaluatedAt.isValid())
        row.evaluatedAt = QDateTime::currentDateTimeUtc();
    if (auto s = tx.exec(QStringLiteral("UPDATE autoval_evaluations SET superseded = ? WHERE dossier_id = ? AND superseded = ?"),
                         {d.toDb(true), row.dossierId, d.toDb(false)});
        !s)
        return std::unexpected(s.error());
    auto id = tx.insert(QStringLiteral("INSERT INTO autoval_evaluations (dossier_id, rule_set_id, mode, trigger_kind, evaluated_at, "
                                       "evaluated_by, released, applied, superseded, error_text, verdict_json) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {row.dossierId, row.ruleSetId > 0 ? QVariant(row.ruleSetId) : QVariant(), row.mode, row.trigger,
                         d.toDb(row.evaluatedAt), row.evaluatedBy, d.toDb(row.released), d.toDb(row.applied), d.toDb(false),
                         row.errorText, QString::fromUtf8(row.verdictJson)});
    if (!id)
        return std::unexpected(id.error());
    row.id = *id;
    row.superseded = false;
    for (AutovalResultVerdictRow &r : row.results) {
        auto rid = tx.insert(QStringLiteral("INSERT INTO autoval_result_verdicts (evaluation_id, dossier_id, result_id, analysis_code, "
                                            "bench_code, released, hold_rules, applied_rules, decided_by, auto_version) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {row.id, row.dossierId, r.resultId, r.analysisCode, r.benchCode, d.toDb(r.released),
                              r.holdRules.join(QLatin1Char(' ')), r.appliedRules.join(QLatin1Char(' ')), QString(),
                              r.autoVersion ? QVariant(*r.autoVersion) : QVariant()});
        if (!rid)
            return std::unexpected(rid.error());
        r.id = *rid;
    }
    for (const AutovalHoldRow &h : row.holds) {
        auto hid = tx.insert(QStringLiteral("INSERT INTO autoval_holds (evaluation_id, result_id, analysis_code, rule_id, rule_label, "
                                            "message) VALUES (?, ?, ?, ?, ?, ?)"),
                             {row.id, h.resultId > 0 ? QVariant(h.resultId) : QVariant(), h.analysisCode, h.ruleId, h.ruleLabel,
                              h.message});
        if (!hid)
            return std::unexpected(hid.error());
    }
    return {};
}

domain::Status AutovalEvaluationRepository::markApplied(WriteTx &tx, qint64 evaluationId, const QHash<qint64, int> &resultVersions)
{
    const Dialect &d = tx.dialect();
    if (auto s = tx.exec(QStringLiteral("UPDATE autoval_evaluations SET applied = ? WHERE id = ?"), {d.toDb(true), evaluationId}); !s)
        return std::unexpected(s.error());
    for (auto it = resultVersions.cbegin(); it != resultVersions.cend(); ++it)
        if (auto s = tx.exec(QStringLiteral("UPDATE autoval_result_verdicts SET auto_version = ? WHERE evaluation_id = ? AND result_id = ?"),
                             {it.value(), evaluationId, it.key()});
            !s)
            return std::unexpected(s.error());
    return {};
}

domain::Result<QHash<qint64, AutovalEvaluationRow>> AutovalEvaluationRepository::current(ReadTx &tx, const QList<qint64> &dossierIds)
{
    QList<AutovalEvaluationRow> rows;
    constexpr qsizetype chunk = 200;
    const Dialect &d = tx.dialect();
    for (qsizetype at = 0; at < dossierIds.size(); at += chunk) {
        const QList<qint64> part = dossierIds.mid(at, chunk);
        QVariantList binds = ids(part);
        binds.prepend(d.toDb(false));
        auto q = tx.query(QStringLiteral("SELECT ") + evaluationColumns
                              + QStringLiteral(" FROM autoval_evaluations WHERE superseded = ? AND dossier_id IN (%1)").arg(marks(part.size())),
                          binds);
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            rows << evaluationFrom(*q, d);
    }
    if (auto s = loadChildren(tx, rows); !s)
        return std::unexpected(s.error());
    QHash<qint64, AutovalEvaluationRow> out;
    for (const AutovalEvaluationRow &e : rows)
        out.insert(e.dossierId, e);
    return out;
}

domain::Result<QStringList> AutovalEvaluationRepository::currentHoldMessages(ReadTx &tx, qint64 dossierId, const QString &ruleId)
{
    const Dialect &d = tx.dialect();
    auto q = tx.query(QStringLiteral("SELECT h.message FROM autoval_holds h JOIN autoval_evaluations e ON e.id = h.evaluation_id "
                                     "WHERE e.dossier_id = ? AND e.superseded = ? AND e.applied = ? AND h.rule_id = ? ORDER BY h.id"),
                      {dossierId, d.toDb(false), d.toDb(false), ruleId});
    if (!q)
        return std::unexpected(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

domain::Result<int> AutovalEvaluationRepository::recordDecision(WriteTx &tx, const QList<qint64> &resultIds, const QString &decision,
                                                               const QString &login, const QDateTime &at)
{
    if (resultIds.isEmpty())
        return 0;
    const Dialect &d = tx.dialect();
    QVariantList binds{decision, login, d.toDb(at)};
    binds << ids(resultIds);
    binds << d.toDb(false);
    auto n = tx.exec(QStringLiteral("UPDATE autoval_result_verdicts SET human_decision = ?, decided_by = ?, decided_at = ? "
                                    "WHERE human_decision IS NULL AND result_id IN (%1) AND evaluation_id IN "
                                    "(SELECT id FROM autoval_evaluations WHERE superseded = ?)")
                         .arg(marks(resultIds.size())),
                     binds);
    if (!n)
        return std::unexpected(n.error());
    return static_cast<int>(*n);
}

domain::Result<QHash<qint64, int>> AutovalEvaluationRepository::autoValidatedVersions(ReadTx &tx, const QList<qint64> &resultIds)
{
    QHash<qint64, int> out;
    constexpr qsizetype chunk = 200;
    for (qsizetype at = 0; at < resultIds.size(); at += chunk) {
        const QList<qint64> part = resultIds.mid(at, chunk);
        auto q = tx.query(QStringLiteral("SELECT result_id, auto_version FROM autoval_result_verdicts "
                                         "WHERE auto_version IS NOT NULL AND result_id IN (%1) ORDER BY id")
                              .arg(marks(part.size())),
                          ids(part));
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            out.insert(q->value(0).toLongLong(), q->value(1).toInt()); // the latest wins
    }
    return out;
}

domain::Result<QList<AutovalEvaluationRow>> AutovalEvaluationRepository::between(ReadTx &tx, const QDateTime &from, const QDateTime &to)
{
    const Dialect &d = tx.dialect();
    auto q = tx.query(QStringLiteral("SELECT ") + evaluationColumns
                          + QStringLiteral(" FROM autoval_evaluations WHERE superseded = ? AND evaluated_at >= ? AND evaluated_at < ? "
                                           "ORDER BY evaluated_at, id"),
                      {d.toDb(false), d.toDb(from), d.toDb(to)});
    if (!q)
        return std::unexpected(q.error());
    QList<AutovalEvaluationRow> rows;
    while (q->next())
        rows << evaluationFrom(*q, d);
    if (auto s = loadChildren(tx, rows); !s)
        return std::unexpected(s.error());
    return rows;
}

} // namespace sgl::storage
