#include "workflow/qc/QcRunRecorder.h"

#include "domain/qc/QcLot.h"
#include "storage/AnalyzerQcResultRepository.h"
#include "storage/AuditRepository.h"
#include "storage/QcHoldRepository.h"
#include "storage/QcLotRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sgl::workflow::qc {

using namespace sgl::domain;
using namespace sgl::domain::qc;

namespace {

constexpr int kHistoryRuns = 20;

struct Level {
    QcLot lot;
    QcValueInput input;
    double value = 0.0;
    bool establishing = false;
    QString note;           ///< establishing: why (French)
};

bool inControl(const storage::QcRunRow &r)
{
    return r.outcome == QLatin1String("accepted") || r.outcome == QLatin1String("warning")
           || r.reviewState == QLatin1String("accepted");
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<Level> resolve(storage::WriteTx &tx, const QcRunRequest &req, const QcValueInput &in)
{
    auto lot = storage::QcLotRepository::lot(tx, in.lotId);
    if (!lot)
        return std::unexpected(lot.error());
    if (!*lot || !(*lot)->active || (*lot)->analyzer != req.analyzer || (*lot)->analysisCode != req.analysisCode)
        return fail(errc::QcLotUnknown,
                    Tr::tr("Lot de contrôle n° %1 inconnu, retiré, ou d'un autre automate ou d'une autre analyse "
                           "(attendu : %2, %3).")
                        .arg(in.lotId)
                        .arg(req.analyzer, req.analysisCode),
                    QStringLiteral("lot"));
    auto value = parseQcValue(in.valueText);
    if (!value)
        return std::unexpected(Error{value.error().code,
                                     Tr::tr("Lot %1 : %2").arg((*lot)->lotNumber, value.error().message),
                                     QStringLiteral("value:%1").arg((*lot)->lotNumber)});
    return Level{**lot, in, *value, false, {}};
}

/** Establishes the target of a computed lot when this run completes its initial runs. */
Status establish(storage::WriteTx &tx, Level &level, const AuditActor &actor, const QDateTime &now)
{
    auto runs = storage::QcRunRepository::forLot(tx, level.lot.id, 100000);
    if (!runs)
        return std::unexpected(runs.error());
    QList<double> values;
    for (const storage::QcRunRow &r : *runs)
        if (r.outcome == QLatin1String("establishing"))
            values << r.value;
    values << level.value;
    level.establishing = true;
    if (values.size() < level.lot.initialRuns) {
        level.note = Tr::tr("Lot %1 : cible en cours d'établissement (%2/%3 passages).")
                         .arg(level.lot.lotNumber)
                         .arg(values.size())
                         .arg(level.lot.initialRuns);
        return {};
    }
    auto target = computeTarget(values.mid(0, level.lot.initialRuns));
    if (!target) {
        level.note = Tr::tr("Lot %1 : %2").arg(level.lot.lotNumber, target.error().message);
        return {};
    }
    level.lot.mean = target->mean;
    level.lot.sd = target->sd;
    if (auto s = storage::QcLotRepository::updateLot(tx, level.lot, actor.login, now); !s)
        return s;
    level.note = Tr::tr("Lot %1 : cible établie sur %2 passages (moyenne %3 ; ET %4).")
                     .arg(level.lot.lotNumber)
                     .arg(target->count)
                     .arg(formatQcNumber(target->mean), formatQcNumber(target->sd));
    auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("qc.lot_target"), QStringLiteral("qc_lot"),
                                              QString::number(level.lot.id), {},
                                              json({{QStringLiteral("mean"), target->mean},
                                                    {QStringLiteral("sd"), target->sd},
                                                    {QStringLiteral("runs"), target->count}}));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

QcPoint pointOf(const QcLot &lot, qint64 runId, double value, const QDateTime &at)
{
    return QcPoint{runId, lot.id, lot.lotNumber, value, lot.mean.value_or(0.0), lot.sd.value_or(0.0), at};
}

} // namespace

QcRunRecorder::QcRunRecorder(storage::Database &db, UserSession session) : m_db(db), m_session(std::move(session)) {}

Result<QcRunOutcome> QcRunRecorder::record(const QcRunRequest &request)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) { return recordIn(tx, request, actor); });
}

QString QcRunRecorder::holdReason(const QString &analysisCode, const QString &lotNumber,
                                  const QList<WestgardRule> &rules, const QDateTime &at)
{
    QStringList codes;
    for (const WestgardRule r : rules)
        if (westgardRuleRejects(r))
            codes << westgardRuleCode(r);
    const QString rulePart = codes.size() > 1 ? Tr::tr("règles %1").arg(codes.join(QStringLiteral(", ")))
                                              : Tr::tr("règle %1").arg(codes.value(0));
    return Tr::tr("CQ rejeté : %1, lot %2, %3 le %4")
        .arg(analysisCode, lotNumber, rulePart, at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
}

Result<QcRunOutcome> QcRunRecorder::recordIn(storage::WriteTx &tx, const QcRunRequest &req, const AuditActor &actor)
{
    if (req.values.isEmpty())
        return fail(errc::QcNoValue, Tr::tr("Aucune valeur de contrôle saisie."), QStringLiteral("value"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime at = req.observedAt.isValid() ? req.observedAt.toUTC() : now;
    QList<Level> levels;
    QHash<qint64, int> seenLots;
    for (const QcValueInput &in : req.values) {
        if (seenLots.contains(in.lotId))
            return fail(errc::QcLotUnknown, Tr::tr("Le lot n° %1 est saisi deux fois dans le même passage.").arg(in.lotId),
                        QStringLiteral("lot"));
        seenLots.insert(in.lotId, 1);
        auto level = resolve(tx, req, in);
        if (!level)
            return std::unexpected(level.error());
        levels << *level;
    }
    QcRunOutcome out;
    QcRunInput input;
    auto rules = storage::QcLotRepository::rules(tx, req.analysisCode);
    if (!rules)
        return std::unexpected(rules.error());
    input.rules = rules->value_or(allWestgardRules());
    for (Level &level : levels) {
        if (!level.lot.established()) {
            if (auto s = establish(tx, level, actor, now); !s)
                return std::unexpected(s.error());
            out.establishing = true;
            continue;
        }
        input.current << pointOf(level.lot, 0, level.value, at);
        auto runs = storage::QcRunRepository::forLot(tx, level.lot.id, 200);
        if (!runs)
            return std::unexpected(runs.error());
        QList<QcPoint> lotHistory;
        for (const storage::QcRunRow &r : *runs)
            if (inControl(r) && r.observedAt <= at)
                lotHistory << pointOf(level.lot, r.id, r.value, r.observedAt);
        input.history << lotHistory.mid(qMax<qsizetype>(0, lotHistory.size() - kHistoryRuns));
    }
    QcEvaluation evaluation;
    if (!input.current.isEmpty()) {
        auto e = Westgard::evaluate(input);
        if (!e)
            return std::unexpected(e.error());
        evaluation = *e;
    }
    out.outcome = evaluation.outcome;
    out.violations = evaluation.violations;
    const bool rejected = evaluation.outcome == QcOutcome::Rejected;

    storage::QcRunRow common;
    common.analyzer = req.analyzer;
    common.analysisCode = req.analysisCode;
    common.runGroup = req.runGroup.isEmpty()
                          ? QStringLiteral("manual:%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                          : req.runGroup;
    common.source = req.source;
    common.observedAt = at;
    common.comment = req.comment.trimmed();
    common.recordedBy = actor.login;
    common.recordedAt = now;
    for (const WestgardRule r : evaluation.firedRules())
        common.rulesFired << westgardRuleCode(r);
    for (const QcViolation &v : evaluation.violations)
        common.violations << v.text;
    if (rejected) {
        auto window = storage::QcRunRepository::lastInControl(tx, req.analyzer, req.analysisCode, at);
        if (!window)
            return std::unexpected(window.error());
        common.windowStart = *window;
        const QcViolation *main = evaluation.mainViolation();
        common.holdReason = holdReason(req.analysisCode, main->points.last().lotLabel, evaluation.firedRules(), at);
        common.reviewState = QStringLiteral("pending");
    }
    for (const Level &level : levels) {
        storage::QcRunRow row = common;
        row.lotId = level.lot.id;
        row.qcResultId = level.input.qcResultId;
        row.valueText = level.input.valueText.trimmed();
        row.value = level.value;
        if (level.establishing) {
            row.outcome = QStringLiteral("establishing");
            row.rulesFired.clear();
            row.violations = QStringList{level.note};
            row.windowStart.reset();
            row.holdReason.clear();
            row.reviewState = QStringLiteral("none");
        } else {
            row.outcome = qcOutcomeCode(evaluation.outcome);
            row.mean = level.lot.mean;
            row.sd = level.lot.sd;
        }
        if (auto s = storage::QcRunRepository::insert(tx, row); !s)
            return std::unexpected(s.error());
        QJsonArray fired;
        for (const QString &c : row.rulesFired)
            fired.append(c);
        auto a = storage::AuditRepository::append(
            tx, actor, QStringLiteral("qc.run"), QStringLiteral("qc_run"), QString::number(row.id), {},
            json({{QStringLiteral("lot"), level.lot.lotNumber},
                  {QStringLiteral("analyzer"), row.analyzer},
                  {QStringLiteral("analysis"), row.analysisCode},
                  {QStringLiteral("value"), row.valueText},
                  {QStringLiteral("source"), row.source},
                  {QStringLiteral("outcome"), row.outcome},
                  {QStringLiteral("rules"), fired}}));
        if (!a)
            return std::unexpected(a.error());
        out.runs << row;
    }
    if (rejected) {
        qint64 lead = 0;
        for (const storage::QcRunRow &r : out.runs)
            if (r.reviewState == QLatin1String("pending") && lead == 0)
                lead = r.id;
        auto held = storage::QcHoldRepository::recordCovered(tx, lead, now);
        if (!held)
            return std::unexpected(held.error());
        out.held = *held;
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("qc.hold"), QStringLiteral("qc_run"),
                                                  QString::number(lead), {},
                                                  json({{QStringLiteral("held"), out.held},
                                                        {QStringLiteral("reason"), common.holdReason}}));
        if (!a)
            return std::unexpected(a.error());
    }
    return out;
}

Result<QList<QcTrafficItem>> QcRunRecorder::fromMessageIn(storage::WriteTx &tx, qint64 messageId,
                                                          const AuditActor &actor)
{
    auto rows = storage::AnalyzerQcResultRepository::forMessage(tx, messageId);
    if (!rows)
        return std::unexpected(rows.error());
    QList<QcTrafficItem> items;
    QList<QString> analyses;
    QHash<QString, QcRunRequest> runs;
    QHash<QString, QList<qsizetype>> itemsOf;
    const auto skip = [&](QcTrafficItem &item, Error why) -> Status {
        item.skipped = why;
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("qc.skipped"),
                                                  QStringLiteral("analyzer_qc_result"),
                                                  QString::number(item.qcResultId), {},
                                                  json({{QStringLiteral("code"), why.code},
                                                        {QStringLiteral("reason"), why.message}}));
        if (!a)
            return std::unexpected(a.error());
        return {};
    };
    for (const storage::AnalyzerQcRow &row : *rows) {
        QcTrafficItem item{row.id, 0, std::nullopt};
        if (row.analysisCode.isEmpty()) {
            if (auto s = skip(item, Error{QString(errc::QcLotUnknown),
                                          Tr::tr("Contrôle %1 : code automate %2 sans analyse du catalogue.")
                                              .arg(row.specimenId, row.testCode),
                                          row.testCode});
                !s)
                return std::unexpected(s.error());
            items << item;
            continue;
        }
        auto lots = storage::QcLotRepository::activeLots(tx, row.profileName, row.analysisCode);
        if (!lots)
            return std::unexpected(lots.error());
        std::optional<QcLot> lot;
        for (const QcLot &l : *lots)
            if (!row.lot.isEmpty() && l.lotNumber == row.lot)
                lot = l;
        if (!lot && row.lot.isEmpty()) {
            for (const QcLot &l : *lots) {
                auto m = storage::QcLotRepository::material(tx, l.materialId);
                if (!m)
                    return std::unexpected(m.error());
                if (*m && (*m)->code == row.specimenId)
                    lot = l;
            }
            if (!lot && lots->size() == 1)
                lot = lots->first();
        }
        if (!lot) {
            if (auto s = skip(item, Error{QString(errc::QcLotUnknown),
                                          Tr::tr("Contrôle %1 (lot « %2 ») : aucun lot actif de %3 pour %4.")
                                              .arg(row.specimenId, row.lot, row.analysisCode, row.profileName),
                                          row.lot});
                !s)
                return std::unexpected(s.error());
            items << item;
            continue;
        }
        if (auto v = parseQcValue(row.valueText); !v) {
            if (auto s = skip(item, v.error()); !s)
                return std::unexpected(s.error());
            items << item;
            continue;
        }
        const QString key = row.analysisCode;
        if (!runs.contains(key)) {
            analyses << key;
            QcRunRequest req;
            req.analyzer = row.profileName;
            req.analysisCode = row.analysisCode;
            req.observedAt = row.observedAt;
            req.source = QStringLiteral("analyzer");
            req.runGroup = QStringLiteral("msg:%1:%2").arg(messageId).arg(key);
            runs.insert(key, req);
        }
        QcRunRequest &req = runs[key];
        bool twice = false;
        for (const QcValueInput &v : req.values)
            twice = twice || v.lotId == lot->id;
        if (twice) { // the same lot twice in one message: a second run of its own
            if (auto s = skip(item, Error{QString(errc::QcLotUnknown),
                                          Tr::tr("Contrôle %1 : le lot %2 figure deux fois dans le message ; seule la "
                                                 "première valeur est évaluée.")
                                              .arg(row.specimenId, lot->lotNumber),
                                          row.lot});
                !s)
                return std::unexpected(s.error());
            items << item;
            continue;
        }
        req.values << QcValueInput{lot->id, row.valueText, row.id};
        itemsOf[key] << items.size();
        items << item;
    }
    for (const QString &key : analyses) {
        auto out = recordIn(tx, runs.value(key), actor);
        if (!out)
            return std::unexpected(out.error());
        const QList<qsizetype> idx = itemsOf.value(key);
        for (qsizetype i = 0; i < idx.size() && i < out->runs.size(); ++i)
            items[idx[i]].runId = out->runs[i].id;
    }
    return items;
}

} // namespace sgl::workflow::qc
