#include "storage/CatalogueRepository.h"

#include "storage/CatalogueAnalysisRows.h"
#include "storage/CatalogueBenchRepository.h"
#include "storage/CatalogueReflexRepository.h"
#include "storage/ErrorCodes.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace sgl::storage {

using namespace sgl::domain;

namespace {

Result<std::optional<Analysis>> single(Result<QList<Analysis>> list)
{
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return std::optional<Analysis>();
    return std::optional<Analysis>(list->last());
}

/** "retired"/"reactivated" when retirement is the only change, else "updated". */
QString changeKind(const QStringList &fields, bool retiredNow)
{
    if (fields == QStringList{QStringLiteral("retired")})
        return retiredNow ? QStringLiteral("retired") : QStringLiteral("reactivated");
    return QStringLiteral("updated");
}

} // namespace

Status CatalogueRepository::logChange(WriteTx &tx, qint64 versionId, const QString &kind, const QString &code,
                                      const QString &change, const QStringList &fields)
{
    auto r = tx.exec(QStringLiteral("INSERT INTO catalogue_changes (version_id, item_kind, item_code, change, fields) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {versionId, kind, code, change, fields.join(QLatin1Char(','))});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<qint64> CatalogueRepository::createVersion(WriteTx &tx, const CatalogueVersion &v)
{
    return tx.insert(QStringLiteral("INSERT INTO catalogue_versions (created_at, author, reason, source) VALUES (?, ?, ?, ?)"),
                     {tx.dialect().toDb(v.createdAt), v.author, v.reason, v.source});
}

Result<qint64> CatalogueRepository::currentVersionId(ReadTx &tx)
{
    auto q = tx.rows(QStringLiteral("SELECT MAX(id) FROM catalogue_versions"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() && !q->value(0).isNull() ? q->value(0).toLongLong() : 0;
}

Result<std::optional<CatalogueVersion>> CatalogueRepository::version(ReadTx &tx, qint64 id)
{
    auto q = tx.query(QStringLiteral("SELECT id, created_at, author, reason, source FROM catalogue_versions WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<CatalogueVersion>();
    return std::optional<CatalogueVersion>(CatalogueVersion{q->value(0).toLongLong(), tx.dialect().dateTimeFromDb(q->value(1)),
                                                            q->value(2).toString(), q->value(3).toString(),
                                                            q->value(4).toString()});
}

Result<Catalogue> CatalogueRepository::loadCurrent(ReadTx &tx)
{
    Catalogue c;
    auto chapters = tx.query(QStringLiteral("SELECT code, label, loinc, parent_code, sort_order FROM catalogue_chapters "
                                            "ORDER BY sort_order, code"));
    if (!chapters)
        return std::unexpected(chapters.error());
    while (chapters->next())
        c.chapters << Chapter{chapters->value(0).toString(), chapters->value(1).toString(), chapters->value(2).toString(),
                              chapters->value(3).toString(), chapters->value(4).toInt()};
    auto exams = tx.query(QStringLiteral("SELECT id, code, label, loinc, chapter_code, retired FROM catalogue_exams ORDER BY id"));
    if (!exams)
        return std::unexpected(exams.error());
    QHash<qint64, qsizetype> examIndex;
    while (exams->next()) {
        examIndex.insert(exams->value(0).toLongLong(), c.exams.size());
        c.exams << Exam{exams->value(1).toString(), exams->value(2).toString(), exams->value(3).toString(),
                        exams->value(4).toString(), {}, tx.dialect().boolFromDb(exams->value(5))};
    }
    auto members = tx.query(QStringLiteral("SELECT exam_id, analysis_code FROM catalogue_exam_analyses ORDER BY exam_id, position"));
    if (!members)
        return std::unexpected(members.error());
    while (members->next()) {
        const auto it = examIndex.constFind(members->value(0).toLongLong());
        if (it != examIndex.constEnd())
            c.exams[*it].analysisCodes << members->value(1).toString();
    }
    auto analyses = CatalogueAnalysisRows::load(tx, QStringLiteral("a.valid_to_version_id IS NULL"), {});
    if (!analyses)
        return std::unexpected(analyses.error());
    c.analyses = std::move(*analyses);
    auto rules = CatalogueReflexRepository::load(tx);
    if (!rules)
        return std::unexpected(rules.error());
    c.reflexRules = std::move(*rules);
    auto benches = CatalogueBenchRepository::load(tx);
    if (!benches)
        return std::unexpected(benches.error());
    c.benches = std::move(*benches);
    return c;
}

Result<std::optional<Analysis>> CatalogueRepository::currentAnalysis(ReadTx &tx, const QString &localCode)
{
    return single(CatalogueAnalysisRows::load(tx, QStringLiteral("a.local_code = ? AND a.valid_to_version_id IS NULL"), {localCode}));
}

Result<std::optional<Analysis>> CatalogueRepository::analysisAt(ReadTx &tx, const QString &localCode, qint64 v)
{
    return single(CatalogueAnalysisRows::load(tx,
                               QStringLiteral("a.local_code = ? AND a.valid_from_version_id <= ? AND "
                                              "(a.valid_to_version_id IS NULL OR a.valid_to_version_id > ?)"),
                               {localCode, v, v}));
}

Result<QList<Analysis>> CatalogueRepository::analysisVersions(ReadTx &tx, const QString &localCode)
{
    return CatalogueAnalysisRows::load(tx, QStringLiteral("a.local_code = ?"), {localCode});
}

Result<std::optional<Analysis>> CatalogueRepository::findByAnalyzerCode(ReadTx &tx, const QString &analyzer,
                                                                        const QString &code)
{
    auto q = tx.query(QStringLiteral("SELECT a.local_code FROM catalogue_analyzer_codes m JOIN catalogue_analyses a ON "
                                     "a.id = m.analysis_id WHERE m.analyzer = ? AND m.code = ? AND a.valid_to_version_id IS NULL"),
                      {analyzer, code});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Analysis>();
    const QString local = q->value(0).toString();
    return currentAnalysis(tx, local);
}

Result<CatalogueSaveSummary> CatalogueRepository::saveCatalogue(WriteTx &tx, const Catalogue &target, qint64 versionId,
                                                                const QDateTime &at,
                                                                const std::function<void(int, int)> &progress)
{
    CatalogueSaveSummary sum;
    auto stored = loadCurrent(tx);
    if (!stored)
        return std::unexpected(stored.error());
    // Chapters.
    for (const Chapter &ch : target.chapters) {
        const Chapter *old = stored->chapter(ch.code);
        if (!old) {
            auto r = tx.exec(QStringLiteral("INSERT INTO catalogue_chapters (code, label, loinc, parent_code, sort_order, version_id) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"),
                             {ch.code, ch.label, ch.loinc, ch.parentCode, ch.order, versionId});
            if (!r)
                return std::unexpected(r.error());
            if (auto s = logChange(tx, versionId, QStringLiteral("chapter"), ch.code, QStringLiteral("created"), {}); !s)
                return std::unexpected(s.error());
            ++sum.chaptersCreated;
        } else if (!(*old == ch)) {
            QStringList fields;
            if (old->label != ch.label)
                fields << QStringLiteral("chapter_label");
            if (old->loinc != ch.loinc)
                fields << QStringLiteral("chapter_loinc");
            if (old->parentCode != ch.parentCode)
                fields << QStringLiteral("parent_chapter_code");
            if (old->order != ch.order)
                fields << QStringLiteral("order");
            auto r = tx.exec(QStringLiteral("UPDATE catalogue_chapters SET label = ?, loinc = ?, parent_code = ?, sort_order = ?, "
                                            "version_id = ? WHERE code = ?"),
                             {ch.label, ch.loinc, ch.parentCode, ch.order, versionId, ch.code});
            if (!r)
                return std::unexpected(r.error());
            if (auto s = logChange(tx, versionId, QStringLiteral("chapter"), ch.code, QStringLiteral("updated"), fields); !s)
                return std::unexpected(s.error());
            ++sum.chaptersUpdated;
        }
    }
    // Benches, before the analyses naming them.
    auto benches = CatalogueBenchRepository::save(tx, stored->benches, target.benches, versionId);
    if (!benches)
        return std::unexpected(benches.error());
    sum.benchesCreated = benches->created;
    sum.benchesUpdated = benches->updated;
    // Exams and their analysis lists.
    for (const Exam &e : target.exams) {
        const Exam *old = stored->exam(e.code);
        if (old && *old == e)
            continue;
        qint64 examId = 0;
        if (!old) {
            auto id = tx.insert(QStringLiteral("INSERT INTO catalogue_exams (code, label, loinc, chapter_code, retired, version_id) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"),
                                {e.code, e.label, e.loinc, e.chapterCode, tx.dialect().toDb(e.retired), versionId});
            if (!id)
                return std::unexpected(id.error());
            examId = *id;
            ++sum.examsCreated;
        } else {
            auto r = tx.exec(QStringLiteral("UPDATE catalogue_exams SET label = ?, loinc = ?, chapter_code = ?, retired = ?, "
                                            "version_id = ? WHERE code = ?"),
                             {e.label, e.loinc, e.chapterCode, tx.dialect().toDb(e.retired), versionId, e.code});
            if (!r)
                return std::unexpected(r.error());
            auto q = tx.query(QStringLiteral("SELECT id FROM catalogue_exams WHERE code = ?"), {e.code});
            if (!q)
                return std::unexpected(q.error());
            if (!q->next())
                return fail(errc::NotFound, QStringLiteral("Examen %1 introuvable.").arg(e.code));
            examId = q->value(0).toLongLong();
            ++sum.examsUpdated;
        }
        const bool sameAnalyses = old && old->analysisCodes == e.analysisCodes;
        if (old && !sameAnalyses) {
            auto del = tx.exec(QStringLiteral("DELETE FROM catalogue_exam_analyses WHERE exam_id = ?"), {examId});
            if (!del)
                return std::unexpected(del.error());
        }
        for (qsizetype i = 0; !sameAnalyses && i < e.analysisCodes.size(); ++i) {
            auto r = tx.exec(QStringLiteral("INSERT INTO catalogue_exam_analyses (exam_id, position, analysis_code) VALUES (?, ?, ?)"),
                             {examId, int(i), e.analysisCodes[i]});
            if (!r)
                return std::unexpected(r.error());
        }
        QStringList fields;
        if (old) {
            if (old->label != e.label)
                fields << QStringLiteral("exam_label");
            if (old->loinc != e.loinc)
                fields << QStringLiteral("exam_loinc");
            if (old->chapterCode != e.chapterCode)
                fields << QStringLiteral("chapter_code");
            if (old->analysisCodes != e.analysisCodes)
                fields << QStringLiteral("analyses");
            if (old->retired != e.retired)
                fields << QStringLiteral("retired");
        }
        if (auto s = logChange(tx, versionId, QStringLiteral("exam"), e.code,
                               old ? changeKind(fields, e.retired) : QStringLiteral("created"), fields);
            !s)
            return std::unexpected(s.error());
    }
    // Analyses: new version rows for what changed.
    QHash<QString, const Analysis *> current;
    for (const Analysis &a : stored->analyses)
        current.insert(a.localCode, &a);
    const int total = int(target.analyses.size());
    int done = 0;
    for (const Analysis &a : target.analyses) {
        const Analysis *old = current.value(a.localCode);
        Analysis normalised = a;
        normalised.analyzerMappings = CatalogueAnalysisRows::sortedMappings(a.analyzerMappings);
        if (!old) {
            if (auto s = CatalogueAnalysisRows::insert(tx, normalised, 1, versionId, at); !s)
                return std::unexpected(s.error());
            if (auto s = logChange(tx, versionId, QStringLiteral("analysis"), a.localCode, QStringLiteral("created"), {}); !s)
                return std::unexpected(s.error());
            ++sum.analysesCreated;
        } else if (!old->sameDefinition(normalised)) {
            const QStringList fields = old->changedFields(normalised);
            auto close = tx.exec(QStringLiteral("UPDATE catalogue_analyses SET valid_to_version_id = ? "
                                                "WHERE local_code = ? AND valid_to_version_id IS NULL"),
                                 {versionId, a.localCode});
            if (!close)
                return std::unexpected(close.error());
            if (auto s = CatalogueAnalysisRows::insert(tx, normalised, old->version + 1, versionId, at); !s)
                return std::unexpected(s.error());
            if (auto s = logChange(tx, versionId, QStringLiteral("analysis"), a.localCode, changeKind(fields, a.retired),
                                   fields);
                !s)
                return std::unexpected(s.error());
            ++sum.analysesUpdated;
        }
        if (progress)
            progress(++done, total);
    }
    auto rules = CatalogueReflexRepository::save(tx, stored->reflexRules, target.reflexRules, versionId);
    if (!rules)
        return std::unexpected(rules.error());
    sum.reflexCreated = rules->created;
    sum.reflexUpdated = rules->updated;
    return sum;
}

Result<bool> CatalogueRepository::deleteAnalysis(WriteTx &tx, const QString &localCode, qint64 versionId)
{
    // Children first: SQLite enforces ON DELETE CASCADE only with foreign_keys on, so the rows
    // are deleted explicitly on both backends.
    const QString ofCode = QStringLiteral(" WHERE analysis_id IN (SELECT id FROM catalogue_analyses WHERE local_code = ?)");
    for (const char *table : {"catalogue_ranges", "catalogue_value_options", "catalogue_analyzer_codes",
                              "catalogue_analysis_questions"}) {
        auto r = tx.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table) + ofCode, {localCode});
        if (!r)
            return std::unexpected(r.error());
    }
    auto deleted = tx.exec(QStringLiteral("DELETE FROM catalogue_analyses WHERE local_code = ?"), {localCode});
    if (!deleted)
        return std::unexpected(deleted.error());
    if (*deleted == 0)
        return false;
    if (auto s = logChange(tx, versionId, QStringLiteral("analysis"), localCode, QStringLiteral("deleted"), {}); !s)
        return std::unexpected(s.error());
    return true;
}

Result<bool> CatalogueRepository::deleteReflexRule(WriteTx &tx, const QString &code, qint64 versionId)
{
    return CatalogueReflexRepository::remove(tx, code, versionId);
}

Result<bool> CatalogueRepository::analysisUsedByResults(ReadTx &tx, const QString &localCode)
{
    auto q = tx.query(QStringLiteral("SELECT 1 FROM results WHERE analysis_code = ? LIMIT 1"), {localCode});
    if (!q)
        return std::unexpected(q.error());
    const bool used = q->next();
    q->finish();
    return used;
}

Result<QList<CatalogueChange>> CatalogueRepository::history(ReadTx &tx, const QString &itemKind, const QString &itemCode,
                                                            int limit)
{
    QString sql = QStringLiteral("SELECT c.version_id, v.created_at, v.author, v.reason, v.source, c.item_kind, c.item_code, "
                                 "c.change, c.fields FROM catalogue_changes c JOIN catalogue_versions v ON v.id = c.version_id ");
    QVariantList binds;
    QStringList where;
    if (!itemKind.isEmpty()) {
        where << QStringLiteral("c.item_kind = ?");
        binds << itemKind;
    }
    if (!itemCode.isEmpty()) {
        where << QStringLiteral("c.item_code = ?");
        binds << itemCode;
    }
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    sql += QStringLiteral("ORDER BY c.id DESC LIMIT ?");
    binds << limit;
    auto q = tx.query(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<CatalogueChange> out;
    while (q->next())
        out << CatalogueChange{q->value(0).toLongLong(), tx.dialect().dateTimeFromDb(q->value(1)), q->value(2).toString(),
                               q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                               q->value(6).toString(), q->value(7).toString(),
                               q->value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)};
    return out;
}

} // namespace sgl::storage
