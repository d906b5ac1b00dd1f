#include "storage/CatalogueAnalysisRows.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace sgl::storage {

using namespace sgl::domain;

namespace {

const QString kAnalysisColumns = QStringLiteral(
    "id, local_code, version, valid_from, label, loinc, specimen, method, result_type, unit, display_unit, "
    "second_unit, second_unit_factor, second_loinc, decimals, formula, retired, bench_code, container_code, "
    "delta_absolute, delta_relative, delta_window_days");

QVariant optDouble(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> toOptDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

Analysis analysisFromRow(const QSqlQuery &q, const Dialect &d)
{
    Analysis a;
    a.localCode = q.value(1).toString();
    a.version = q.value(2).toInt();
    a.validFrom = d.dateTimeFromDb(q.value(3));
    a.label = q.value(4).toString();
    a.loinc = q.value(5).toString();
    a.specimen = q.value(6).toString();
    a.method = q.value(7).toString();
    a.resultType = resultTypeFromCode(q.value(8).toString()).value_or(ResultType::Numeric);
    a.unit = q.value(9).toString();
    a.displayUnit = q.value(10).toString();
    a.secondUnit = q.value(11).toString();
    a.secondUnitFactor = toOptDouble(q.value(12));
    a.secondLoinc = q.value(13).toString();
    a.decimals = q.value(14).toInt();
    a.formula = q.value(15).toString();
    a.retired = d.boolFromDb(q.value(16));
    a.bench = q.value(17).toString();
    a.container = q.value(18).toString();
    // Migration 0203: NULL in all three columns = no delta rule.
    if (!q.value(19).isNull() || !q.value(20).isNull() || !q.value(21).isNull())
        a.delta = DeltaRule{toOptDouble(q.value(19)), toOptDouble(q.value(20)), q.value(21).toInt()};
    return a;
}

/** Loads ranges, value options, analyzer codes and clinical questions for the analyses whose row ids are given. */
Status loadDetails(ReadTx &tx, QHash<qint64, Analysis *> &byId, const QString &whereAnalysis,
                   const QVariantList &binds)
{
    auto ranges = tx.query(QStringLiteral("SELECT r.analysis_id, r.sex, r.age_min, r.age_max, r.low, r.high, "
                                          "r.critical_low, r.critical_high, r.valid_low, r.valid_high, r.text "
                                          "FROM catalogue_ranges r JOIN catalogue_analyses a ON a.id = r.analysis_id "
                                          "WHERE ")
                               + whereAnalysis + QStringLiteral(" ORDER BY r.analysis_id, r.position"),
                           binds);
    if (!ranges)
        return std::unexpected(ranges.error());
    while (ranges->next()) {
        Analysis *a = byId.value(ranges->value(0).toLongLong());
        if (!a)
            continue;
        ReferenceRange r;
        const QString sex = ranges->value(1).toString();
        if (!sex.isEmpty())
            r.sex = sexFromCode(sex);
        r.ageMin = AgeLimit::parse(ranges->value(2).toString()).value_or(AgeLimit{0, AgeLimit::Unit::Days});
        r.ageMax = AgeLimit::parse(ranges->value(3).toString());
        r.low = toOptDouble(ranges->value(4));
        r.high = toOptDouble(ranges->value(5));
        r.criticalLow = toOptDouble(ranges->value(6));
        r.criticalHigh = toOptDouble(ranges->value(7));
        r.validLow = toOptDouble(ranges->value(8));
        r.validHigh = toOptDouble(ranges->value(9));
        r.text = ranges->value(10).toString();
        a->ranges << r;
    }
    auto options = tx.query(QStringLiteral("SELECT o.analysis_id, o.code, o.label, o.abnormal FROM catalogue_value_options o "
                                           "JOIN catalogue_analyses a ON a.id = o.analysis_id WHERE ")
                                + whereAnalysis + QStringLiteral(" ORDER BY o.analysis_id, o.position"),
                            binds);
    if (!options)
        return std::unexpected(options.error());
    while (options->next())
        if (Analysis *a = byId.value(options->value(0).toLongLong()))
            a->valueOptions << ValueOption{options->value(1).toString(), options->value(2).toString(),
                                           tx.dialect().boolFromDb(options->value(3))};
    auto codes = tx.query(QStringLiteral("SELECT m.analysis_id, m.analyzer, m.code FROM catalogue_analyzer_codes m "
                                         "JOIN catalogue_analyses a ON a.id = m.analysis_id WHERE ")
                              + whereAnalysis + QStringLiteral(" ORDER BY m.analysis_id, m.analyzer, m.code"),
                          binds);
    if (!codes)
        return std::unexpected(codes.error());
    while (codes->next())
        if (Analysis *a = byId.value(codes->value(0).toLongLong()))
            a->analyzerMappings << AnalyzerMapping{codes->value(1).toString(), codes->value(2).toString()};
    auto questions = tx.query(QStringLiteral("SELECT q.analysis_id, q.question_code FROM catalogue_analysis_questions q "
                                             "JOIN catalogue_analyses a ON a.id = q.analysis_id WHERE ")
                                  + whereAnalysis + QStringLiteral(" ORDER BY q.analysis_id, q.position"),
                              binds);
    if (!questions)
        return std::unexpected(questions.error());
    while (questions->next())
        if (Analysis *a = byId.value(questions->value(0).toLongLong()))
            a->questions << questions->value(1).toString();
    return {};
}

} // namespace

Result<QList<Analysis>> CatalogueAnalysisRows::load(ReadTx &tx, const QString &where, const QVariantList &binds)
{
    auto q = tx.query(QStringLiteral("SELECT ") + kAnalysisColumns
                          + QStringLiteral(" FROM catalogue_analyses a WHERE ") + where
                          + QStringLiteral(" ORDER BY a.id"),
                      binds);
    if (!q)
        return std::unexpected(q.error());
    QList<Analysis> list;
    QList<qint64> ids;
    while (q->next()) {
        list << analysisFromRow(*q, tx.dialect());
        ids << q->value(0).toLongLong();
    }
    QHash<qint64, Analysis *> byId;
    for (qsizetype i = 0; i < list.size(); ++i)
        byId.insert(ids[i], &list[i]);
    if (auto s = loadDetails(tx, byId, where, binds); !s)
        return std::unexpected(s.error());
    return list;
}

QList<AnalyzerMapping> CatalogueAnalysisRows::sortedMappings(QList<AnalyzerMapping> m)
{
    std::sort(m.begin(), m.end(), [](const AnalyzerMapping &a, const AnalyzerMapping &b) {
        return std::pair(a.analyzer, a.code) < std::pair(b.analyzer, b.code);
    });
    return m;
}

Status CatalogueAnalysisRows::insert(WriteTx &tx, const Analysis &a, int version, qint64 versionId, const QDateTime &at)
{
    auto id = tx.insert(
        QStringLiteral("INSERT INTO catalogue_analyses (local_code, version, valid_from_version_id, valid_from, label, "
                       "loinc, specimen, method, result_type, unit, display_unit, second_unit, second_unit_factor, "
                       "second_loinc, decimals, formula, retired, bench_code, container_code, delta_absolute, delta_relative, "
                       "delta_window_days) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.localCode, version, versionId, tx.dialect().toDb(at), a.label, a.loinc, a.specimen, a.method,
         resultTypeCode(a.resultType), a.unit, a.displayUnit, a.secondUnit, optDouble(a.secondUnitFactor),
         a.secondLoinc, a.decimals, a.formula, tx.dialect().toDb(a.retired), a.bench, a.container,
         optDouble(a.delta ? a.delta->absolute : std::nullopt), optDouble(a.delta ? a.delta->relativePercent : std::nullopt),
         a.delta ? QVariant(a.delta->windowDays) : QVariant(QMetaType::fromType<int>())});
    if (!id)
        return std::unexpected(id.error());
    for (qsizetype i = 0; i < a.ranges.size(); ++i) {
        const ReferenceRange &r = a.ranges[i];
        auto ok = tx.exec(QStringLiteral("INSERT INTO catalogue_ranges (analysis_id, position, sex, age_min, age_max, low, "
                                         "high, critical_low, critical_high, valid_low, valid_high, text) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {*id, int(i), r.sex ? sexCode(*r.sex) : QString(), r.ageMin.toString(),
                           r.ageMax ? r.ageMax->toString() : QString(), optDouble(r.low), optDouble(r.high),
                           optDouble(r.criticalLow), optDouble(r.criticalHigh), optDouble(r.validLow),
                           optDouble(r.validHigh), r.text});
        if (!ok)
            return std::unexpected(ok.error());
    }
    for (qsizetype i = 0; i < a.valueOptions.size(); ++i) {
        const ValueOption &o = a.valueOptions[i];
        auto ok = tx.exec(QStringLiteral("INSERT INTO catalogue_value_options (analysis_id, position, code, label, abnormal) "
                                         "VALUES (?, ?, ?, ?, ?)"),
                          {*id, int(i), o.code, o.label, tx.dialect().toDb(o.abnormal)});
        if (!ok)
            return std::unexpected(ok.error());
    }
    for (const AnalyzerMapping &m : a.analyzerMappings) {
        auto ok = tx.exec(QStringLiteral("INSERT INTO catalogue_analyzer_codes (analysis_id, analyzer, code) VALUES (?, ?, ?)"),
                          {*id, m.analyzer, m.code});
        if (!ok)
            return std::unexpected(ok.error());
    }
    for (qsizetype i = 0; i < a.questions.size(); ++i) {
        auto ok = tx.exec(QStringLiteral("INSERT INTO catalogue_analysis_questions (analysis_id, position, question_code) "
                                         "VALUES (?, ?, ?)"),
                          {*id, int(i), a.questions[i]});
        if (!ok)
            return std::unexpected(ok.error());
    }
    return {};
}

} // namespace sgl::storage
