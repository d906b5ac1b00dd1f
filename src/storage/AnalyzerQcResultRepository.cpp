#include "storage/AnalyzerQcResultRepository.h"

#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {

domain::Result<QList<AnalyzerQcRow>> select(ReadTx &tx, const QString &tail, const QVariantList &binds)
{
    auto q = tx.query(u"SELECT id, message_id, profile_name, specimen_id, lot, test_code, analysis_code, value_text, "
                      "units, flags, instrument_id, observed_at FROM analyzer_qc_results %1"_s.arg(tail),
                      binds);
    if (!q)
        return std::unexpected(q.error());
    QList<AnalyzerQcRow> out;
    while (q->next()) {
        AnalyzerQcRow r;
        r.id = q->value(0).toLongLong();
        r.messageId = q->value(1).toLongLong();
        r.profileName = q->value(2).toString();
        r.specimenId = q->value(3).toString();
        r.lot = q->value(4).toString();
        r.testCode = q->value(5).toString();
        r.analysisCode = q->value(6).toString();
        r.valueText = q->value(7).toString();
        r.units = q->value(8).toString();
        const QString flags = q->value(9).toString();
        r.flags = flags.isEmpty() ? QStringList() : flags.split(u'\n');
        r.instrumentId = q->value(10).toString();
        r.observedAt = tx.dialect().dateTimeFromDb(q->value(11));
        out << r;
    }
    q->finish();
    return out;
}

} // namespace

domain::Status AnalyzerQcResultRepository::insert(WriteTx &tx, AnalyzerQcRow &row)
{
    if (row.messageId <= 0)
        return fail(errc::Constraint, u"Résultat de contrôle qualité sans message."_s, row.testCode);
    auto id = tx.insert(u"INSERT INTO analyzer_qc_results (message_id, profile_name, specimen_id, lot, test_code, "
                        "analysis_code, value_text, units, flags, instrument_id, observed_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {row.messageId, row.profileName, row.specimenId, row.lot, row.testCode, row.analysisCode,
                         row.valueText, row.units, row.flags.join(u'\n'), row.instrumentId,
                         tx.dialect().toDb(row.observedAt)});
    if (!id)
        return std::unexpected(id.error());
    row.id = *id;
    return {};
}

domain::Result<QList<AnalyzerQcRow>> AnalyzerQcResultRepository::forMessage(ReadTx &tx, qint64 messageId)
{
    return select(tx, u"WHERE message_id = ? ORDER BY id"_s, {messageId});
}

domain::Result<QList<AnalyzerQcRow>> AnalyzerQcResultRepository::forTest(ReadTx &tx, const QString &profileName,
                                                                        const QString &testCode, int limit)
{
    return select(tx, u"WHERE profile_name = ? AND test_code = ? ORDER BY observed_at DESC, id DESC LIMIT ?"_s,
                  {profileName, testCode, std::clamp(limit, 1, 100000)});
}

} // namespace sgl::storage
