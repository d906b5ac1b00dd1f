#include "storage/QcHoldRepository.h"

#include "storage/Dialect.h"

#include <QPair>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace sgl::storage {

namespace {

// A result covered by a pending rejected run of its analyzer and analysis.
const QString kCovered =
    u"r.state NOT IN ('validated', 'cancelled') AND r.analyzer <> '' AND q.review_state = 'pending' "
    "AND q.analyzer = r.analyzer AND q.analysis_code = r.analysis_code "
    "AND (q.window_start IS NULL OR COALESCE(r.observed_at, r.entered_at) >= q.window_start)"_s;

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

domain::Status collect(ReadTx &tx, const QString &sql, const QVariantList &binds, QHash<qint64, QString> &out)
{
    auto q = tx.query(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (!out.contains(id))
            out.insert(id, q->value(1).toString());
    }
    q->finish();
    return {};
}

// The result and dossier columns of a QcHoldRow, after its three leading hold columns.
const QString kResultColumns =
    u"r.dossier_id, d.number, r.analysis_code, r.state, r.value_kind, r.comparator, r.value_number, "
    "r.value_text, r.coded_display, COALESCE(r.observed_at, r.entered_at)"_s;

// Rows of: hold id, run id, result id, kResultColumns, held at, released at, release kind.
domain::Result<QList<QcHoldRow>> holdRows(ReadTx &tx, const QString &sql, const QVariantList &binds)
{
    auto q = tx.query(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    const Dialect &d = tx.dialect();
    QList<QcHoldRow> out;
    while (q->next()) {
        QcHoldRow h;
        h.id = q->value(0).toLongLong();
        h.runId = q->value(1).toLongLong();
        h.resultId = q->value(2).toLongLong();
        h.dossierId = q->value(3).toLongLong();
        h.dossierNumber = q->value(4).toString();
        h.analysisCode = q->value(5).toString();
        h.resultState = q->value(6).toString();
        const QString kind = q->value(7).toString();
        if (kind == u"numeric"_s)
            h.valueText = q->value(8).toString() + q->value(9).toString().replace(u'.', u',');
        else if (kind == u"text"_s)
            h.valueText = q->value(10).toString();
        else if (kind == u"coded"_s)
            h.valueText = q->value(11).toString();
        h.observedAt = d.dateTimeFromDb(q->value(12));
        h.heldAt = d.dateTimeFromDb(q->value(13));
        if (!q->value(14).isNull())
            h.releasedAt = d.dateTimeFromDb(q->value(14));
        h.releaseKind = q->value(15).toString();
        out << h;
    }
    q->finish();
    return out;
}

} // namespace

domain::Result<QHash<qint64, QString>> QcHoldRepository::heldResults(ReadTx &tx, const QList<qint64> &resultIds)
{
    QHash<qint64, QString> out;
    constexpr qsizetype kChunk = 200;
    for (qsizetype from = 0; from < resultIds.size(); from += kChunk) {
        const QList<qint64> chunk = resultIds.mid(from, kChunk);
        QVariantList binds;
        for (const qint64 id : chunk)
            binds << id;
        const QString in = placeholders(chunk.size());
        // Recorded holds still open (the run may since have been reviewed: then released_at is set).
        if (auto s = collect(tx,
                             u"SELECT h.result_id, q.hold_reason FROM qc_holds h JOIN qc_runs q ON q.id = h.run_id "
                             "JOIN results r ON r.id = h.result_id WHERE h.released_at IS NULL "
                             "AND r.state NOT IN ('validated', 'cancelled') AND h.result_id IN (%1) "
                             "ORDER BY h.run_id"_s.arg(in),
                             binds, out);
            !s)
            return std::unexpected(s.error());
        // Results measured after the rejection, not recorded yet.
        if (auto s = collect(tx,
                             u"SELECT r.id, q.hold_reason FROM results r JOIN qc_runs q ON %1 "
                             "WHERE r.id IN (%2) ORDER BY q.id"_s.arg(kCovered, in),
                             binds, out);
            !s)
            return std::unexpected(s.error());
    }
    return out;
}

domain::Result<QHash<qint64, QString>> QcHoldRepository::heldInDossier(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.query(u"SELECT id FROM results WHERE dossier_id = ?"_s, {dossierId});
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    q->finish();
    return heldResults(tx, ids);
}

domain::Result<int> QcHoldRepository::recordCovered(WriteTx &tx, qint64 runId, const QDateTime &at)
{
    auto n = tx.exec(u"INSERT INTO qc_holds (run_id, result_id, held_at, release_kind, released_by) "
                     "SELECT q.id, r.id, ?, '', '' FROM qc_runs q JOIN results r ON %1 WHERE q.id = ? "
                     "AND NOT EXISTS (SELECT 1 FROM qc_holds h WHERE h.run_id = q.id AND h.result_id = r.id)"_s
                         .arg(kCovered),
                     {tx.dialect().toDb(at), runId});
    if (!n)
        return std::unexpected(n.error());
    return int(*n);
}

domain::Result<QList<qint64>> QcHoldRepository::coveredNow(ReadTx &tx, qint64 runId)
{
    auto q = tx.query(u"SELECT r.id FROM qc_runs q JOIN results r ON %1 WHERE q.id = ? ORDER BY r.id"_s.arg(kCovered),
                      {runId});
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    q->finish();
    return out;
}

domain::Result<QList<QcHoldRow>> QcHoldRepository::forRun(ReadTx &tx, qint64 runId)
{
    return holdRows(tx,
                    u"SELECT h.id, h.run_id, h.result_id, %1, h.held_at, h.released_at, h.release_kind "
                    "FROM qc_holds h JOIN results r ON r.id = h.result_id JOIN dossiers d ON d.id = r.dossier_id "
                    "WHERE h.run_id = ? ORDER BY d.number, r.analysis_code, h.id"_s.arg(kResultColumns),
                    {runId});
}

domain::Result<QList<QcHoldRow>> QcHoldRepository::openHolds(ReadTx &tx, qint64 dossierId)
{
    const QString dossier = dossierId > 0 ? u" AND r.dossier_id = ?"_s : QString();
    const QVariantList binds = dossierId > 0 ? QVariantList{dossierId} : QVariantList{};
    // Recorded holds not released yet, as heldResults() sees them.
    auto recorded = holdRows(tx,
                             u"SELECT h.id, h.run_id, h.result_id, %1, h.held_at, h.released_at, h.release_kind "
                             "FROM qc_holds h JOIN results r ON r.id = h.result_id "
                             "JOIN dossiers d ON d.id = r.dossier_id WHERE h.released_at IS NULL "
                             "AND r.state NOT IN ('validated', 'cancelled')%2"_s.arg(kResultColumns, dossier),
                             binds);
    if (!recorded)
        return std::unexpected(recorded.error());
    // Results measured after the rejection, not recorded yet: held since the run (its recording time).
    auto arrived = holdRows(tx,
                            u"SELECT 0, q.id, r.id, %1, q.recorded_at, NULL, '' FROM qc_runs q JOIN results r ON %2 "
                            "JOIN dossiers d ON d.id = r.dossier_id WHERE NOT EXISTS (SELECT 1 FROM qc_holds h "
                            "WHERE h.run_id = q.id AND h.result_id = r.id)%3"_s.arg(kResultColumns, kCovered, dossier),
                            binds);
    if (!arrived)
        return std::unexpected(arrived.error());
    QList<QcHoldRow> out = *recorded;
    QSet<QPair<qint64, qint64>> seen;
    for (const QcHoldRow &h : out)
        seen.insert({h.runId, h.resultId});
    for (const QcHoldRow &h : *arrived)
        if (!seen.contains({h.runId, h.resultId}))
            out << h;
    std::ranges::sort(out, [](const QcHoldRow &a, const QcHoldRow &b) {
        return std::tie(a.dossierNumber, a.analysisCode, a.runId, a.resultId)
               < std::tie(b.dossierNumber, b.analysisCode, b.runId, b.resultId);
    });
    return out;
}

domain::Result<int> QcHoldRepository::release(WriteTx &tx, qint64 runId, const QString &kind, const QString &by,
                                              const QDateTime &at)
{
    auto n = tx.exec(u"UPDATE qc_holds SET released_at = ?, release_kind = ?, released_by = ? "
                     "WHERE run_id = ? AND released_at IS NULL"_s,
                     {tx.dialect().toDb(at), kind, by, runId});
    if (!n)
        return std::unexpected(n.error());
    return int(*n);
}

} // namespace sgl::storage
