#include "storage/QcRunRepository.h"

#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"
#include "storage/Tr.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sgl::storage {

namespace {

const QString kColumns = u"id, lot_id, qc_result_id, analyzer, analysis_code, run_group, source, value_text, value, "
                         "observed_at, outcome, rules_fired, violations, target_mean, target_sd, window_start, "
                         "hold_reason, review_state, comment, recorded_by, recorded_at, version"_s;

QStringList lines(const QString &text, QChar sep)
{
    return text.isEmpty() ? QStringList() : text.split(sep);
}

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

domain::Result<QList<QcRunRow>> select(ReadTx &tx, const QString &tail, const QVariantList &binds)
{
    auto q = tx.query(u"SELECT %1 FROM qc_runs %2"_s.arg(kColumns, tail), binds);
    if (!q)
        return std::unexpected(q.error());
    const Dialect &d = tx.dialect();
    QList<QcRunRow> out;
    while (q->next()) {
        QcRunRow r;
        r.id = q->value(0).toLongLong();
        r.lotId = q->value(1).toLongLong();
        r.qcResultId = q->value(2).isNull() ? 0 : q->value(2).toLongLong();
        r.analyzer = q->value(3).toString();
        r.analysisCode = q->value(4).toString();
        r.runGroup = q->value(5).toString();
        r.source = q->value(6).toString();
        r.valueText = q->value(7).toString();
        r.value = q->value(8).toDouble();
        r.observedAt = d.dateTimeFromDb(q->value(9));
        r.outcome = q->value(10).toString();
        r.rulesFired = lines(q->value(11).toString(), u',');
        r.violations = lines(q->value(12).toString(), u'\n');
        r.mean = optionalDouble(q->value(13));
        r.sd = optionalDouble(q->value(14));
        if (!q->value(15).isNull())
            r.windowStart = d.dateTimeFromDb(q->value(15));
        r.holdReason = q->value(16).toString();
        r.reviewState = q->value(17).toString();
        r.comment = q->value(18).toString();
        r.recordedBy = q->value(19).toString();
        r.recordedAt = d.dateTimeFromDb(q->value(20));
        r.version = q->value(21).toInt();
        out << r;
    }
    q->finish();
    return out;
}

QVariant toDb(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

domain::Status QcRunRepository::insert(WriteTx &tx, QcRunRow &r)
{
    const Dialect &d = tx.dialect();
    auto id = tx.insert(
        u"INSERT INTO qc_runs (lot_id, qc_result_id, analyzer, analysis_code, run_group, source, value_text, value, "
        "observed_at, outcome, rules_fired, violations, target_mean, target_sd, window_start, hold_reason, review_state, "
        "comment, recorded_by, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s,
        {r.lotId, r.qcResultId > 0 ? QVariant(r.qcResultId) : QVariant(), r.analyzer, r.analysisCode, r.runGroup,
         r.source, r.valueText, r.value, d.toDb(r.observedAt), r.outcome, r.rulesFired.join(u','),
         r.violations.join(u'\n'), toDb(r.mean), toDb(r.sd), r.windowStart ? d.toDb(*r.windowStart) : QVariant(),
         r.holdReason, r.reviewState, r.comment, r.recordedBy, d.toDb(r.recordedAt)});
    if (!id)
        return std::unexpected(id.error());
    r.id = *id;
    r.version = 1;
    return {};
}

domain::Result<std::optional<QcRunRow>> QcRunRepository::run(ReadTx &tx, qint64 id)
{
    auto rows = select(tx, u"WHERE id = ?"_s, {id});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

domain::Result<QList<QcRunRow>> QcRunRepository::forLot(ReadTx &tx, qint64 lotId, int limit)
{
    auto rows = select(tx, u"WHERE lot_id = ? ORDER BY observed_at DESC, id DESC LIMIT ?"_s,
                       {lotId, std::clamp(limit, 1, 100000)});
    if (rows)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

domain::Result<QList<QcRunRow>> QcRunRepository::forGroup(ReadTx &tx, const QString &runGroup)
{
    return select(tx, u"WHERE run_group = ? ORDER BY id"_s, {runGroup});
}

domain::Result<QList<QcRunRow>> QcRunRepository::pendingReviews(ReadTx &tx)
{
    return select(tx, u"WHERE review_state = 'pending' ORDER BY observed_at, id"_s, {});
}

domain::Result<std::optional<QDateTime>> QcRunRepository::lastInControl(ReadTx &tx, const QString &analyzer,
                                                                       const QString &analysisCode,
                                                                       const QDateTime &before)
{
    auto q = tx.query(u"SELECT MAX(observed_at) FROM qc_runs WHERE analyzer = ? AND analysis_code = ? "
                      "AND observed_at < ? AND (outcome IN ('accepted', 'warning', 'establishing') "
                      "OR review_state = 'accepted')"_s,
                      {analyzer, analysisCode, tx.dialect().toDb(before)});
    if (!q)
        return std::unexpected(q.error());
    std::optional<QDateTime> out;
    if (q->next() && !q->value(0).isNull())
        out = tx.dialect().dateTimeFromDb(q->value(0));
    q->finish();
    return out;
}

domain::Status QcRunRepository::setReviewState(WriteTx &tx, QcRunRow &run, const QString &state)
{
    if (auto s = tx.execVersioned(u"UPDATE qc_runs SET review_state = ?, comment = ?, version = version + 1 "
                                  "WHERE id = ? AND version = ?"_s,
                                  {state, run.comment, run.id, run.version},
                                  Tr::tr("le passage de contrôle n° %1").arg(run.id));
        !s)
        return s;
    run.reviewState = state;
    ++run.version;
    return {};
}

domain::Status QcRunRepository::insertReview(WriteTx &tx, QcReviewRow &r)
{
    auto id = tx.insert(u"INSERT INTO qc_reviews (run_id, decision, reason, comment, held_count, reviewed_by, reviewed_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                        {r.runId, r.decision, r.reason, r.comment, r.heldCount, r.reviewedBy,
                         tx.dialect().toDb(r.reviewedAt)});
    if (!id)
        return std::unexpected(id.error());
    r.id = *id;
    return {};
}

domain::Result<QList<QcReviewRow>> QcRunRepository::reviews(ReadTx &tx, qint64 runId)
{
    auto q = tx.query(u"SELECT id, run_id, decision, reason, comment, held_count, reviewed_by, reviewed_at "
                      "FROM qc_reviews WHERE run_id = ? ORDER BY id"_s,
                      {runId});
    if (!q)
        return std::unexpected(q.error());
    QList<QcReviewRow> out;
    while (q->next()) {
        QcReviewRow r;
        r.id = q->value(0).toLongLong();
        r.runId = q->value(1).toLongLong();
        r.decision = q->value(2).toString();
        r.reason = q->value(3).toString();
        r.comment = q->value(4).toString();
        r.heldCount = q->value(5).toInt();
        r.reviewedBy = q->value(6).toString();
        r.reviewedAt = tx.dialect().dateTimeFromDb(q->value(7));
        out << r;
    }
    q->finish();
    return out;
}

domain::Result<QList<QcStatusRow>> QcRunRepository::status(ReadTx &tx)
{
    // Latest run per analyzer and analysis, then the pending reviews: two small queries, merged here.
    auto q = tx.query(u"SELECT r.analyzer, r.analysis_code, r.outcome, r.observed_at FROM qc_runs r "
                      "WHERE r.id = (SELECT r2.id FROM qc_runs r2 WHERE r2.analyzer = r.analyzer AND "
                      "r2.analysis_code = r.analysis_code ORDER BY r2.observed_at DESC, r2.id DESC LIMIT 1) "
                      "ORDER BY r.analyzer, r.analysis_code"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<QcStatusRow> out;
    QHash<QString, qsizetype> index;
    while (q->next()) {
        QcStatusRow s;
        s.analyzer = q->value(0).toString();
        s.analysisCode = q->value(1).toString();
        s.lastOutcome = q->value(2).toString();
        s.lastRunAt = tx.dialect().dateTimeFromDb(q->value(3));
        index.insert(s.analyzer + u'\x1f' + s.analysisCode, out.size());
        out << s;
    }
    q->finish();
    auto pending = pendingReviews(tx);
    if (!pending)
        return std::unexpected(pending.error());
    for (const QcRunRow &r : *pending) {
        const auto it = index.constFind(r.analyzer + u'\x1f' + r.analysisCode);
        if (it == index.constEnd())
            continue;
        QcStatusRow &s = out[*it];
        if (s.pendingReviews++ == 0)
            s.holdReason = r.holdReason;
    }
    return out;
}

} // namespace sgl::storage
