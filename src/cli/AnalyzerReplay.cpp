#include "cli/AnalyzerReplay.h"

#include "cli/AnalyzerReplayJson.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "domain/audit/AuditActor.h"
#include "interop/analyzer/AnalyzerStreamDecoder.h"
#include "workflow/analyzers/AnalyzerIngestion.h"
#include "workflow/analyzers/AnalyzerOrders.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sgl::cli {

using workflow::analyzers::ItemFate;

namespace {

int refusedOr(CommandContext &ctx, const domain::Error &error)
{
    const int code = ctx.fail(error);
    return error.code.startsWith(u"analyzer."_s) || error.code.startsWith(u"astm."_s) || error.code.startsWith(u"auth."_s)
                   || error.code == errc::RejectedAuthor
               ? int(kExitRejected)
               : code;
}

} // namespace

int AnalyzerReplay::run(CommandContext &ctx, const QStringList &args)
{
    auto o = ctx.parse(args, {u"profile"_s, u"user"_s}, {u"dry-run"_s}, u"analyzer replay"_s);
    if (!o)
        return kExitUsage;
    if (!o->has(u"profile"_s) || o->positional.size() != 1)
        return ctx.usage(u"analyzer"_s, {u"--profile et un FICHIER sont obligatoires"_s, u"--profile and one FILE are required"_s});
    const bool dryRun = o->has(u"dry-run"_s);
    const QString path = o->positional.first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail({errc::Io, u"Lecture impossible : %1 (%2)"_s.arg(path, f.errorString()), path});
    const QByteArray bytes = f.readAll();

    int code = kExitOk;
    auto db = ctx.openCurrentDatabase(&code);
    if (!db)
        return code;
    auto session = operatorSession(ctx, *db, o->value(u"user"_s), u"analyzer"_s, domain::Role::Technician);
    if (!session)
        return refusedOr(ctx, session.error());
    workflow::analyzers::AnalyzerProfileStore store(*db, *session);
    auto mapper = store.mapperFor(o->value(u"profile"_s));
    if (!mapper)
        return refusedOr(ctx, mapper.error());
    auto stream = interop::analyzer::AnalyzerStreamDecoder::decode(bytes, mapper->profile());
    if (!stream)
        return refusedOr(ctx, stream.error());

    const auto actor = domain::AuditActor::fromSession(*session);
    workflow::analyzers::AnalyzerIngestion ingestion(*db, actor);
    workflow::analyzers::AnalyzerOrders orders(*db, actor);
    QTextStream &out = ctx.out();
    for (const auto &event : stream->linkEvents)
        out << QString::fromUtf8(AnalyzerReplayJson::line(AnalyzerReplayJson::linkEvent(event))) << Qt::endl;
    for (const auto &problem : stream->problems) {
        QJsonObject p = AnalyzerReplayJson::error(problem);
        p.insert(u"type"_s, u"problem"_s);
        out << QString::fromUtf8(AnalyzerReplayJson::line(p)) << Qt::endl;
    }

    QHash<ItemFate, int> fates;
    int queries = 0;
    int duplicates = 0;
    const QString peer = u"replay:"_s + QFileInfo(path).fileName();
    for (const auto &decoded : stream->messages) {
        workflow::analyzers::IngestInput input{mapper->profile().name, decoded.raw, peer,
                                               QDateTime::currentDateTimeUtc(), mapper->map(decoded.message)};
        auto outcome = dryRun ? ingestion.dryRun(input) : ingestion.ingest(input);
        if (!outcome) {
            QJsonObject e = AnalyzerReplayJson::error(outcome.error());
            e.insert(u"type"_s, u"error"_s);
            e.insert(u"messageIndex"_s, decoded.message.messageIndex);
            out << QString::fromUtf8(AnalyzerReplayJson::line(e)) << Qt::endl;
            return refusedOr(ctx, outcome.error());
        }
        duplicates += outcome->duplicateMessage ? 1 : 0;
        out << QString::fromUtf8(AnalyzerReplayJson::line(AnalyzerReplayJson::message(decoded, *outcome, dryRun))) << Qt::endl;
        for (const auto &item : outcome->items) {
            ++fates[item.fate];
            out << QString::fromUtf8(AnalyzerReplayJson::line(AnalyzerReplayJson::result(decoded.message.messageIndex, item)))
                << Qt::endl;
        }
        for (const auto &q : input.mapped.queries) {
            ++queries;
            std::optional<QStringList> tests;
            if (!dryRun && !q.specimenId.isEmpty()) {
                auto order = orders.forBarcode(*mapper, q.specimenId);
                if (!order)
                    return refusedOr(ctx, order.error());
                if (*order)
                    tests = (*order)->testCodes;
            }
            out << QString::fromUtf8(AnalyzerReplayJson::line(AnalyzerReplayJson::query(q, tests, !dryRun))) << Qt::endl;
        }
    }
    const QJsonObject summary{{u"type"_s, u"summary"_s},
                              {u"profile"_s, mapper->profile().name},
                              {u"format"_s, stream->format},
                              {u"messages"_s, int(stream->messages.size())},
                              {u"duplicateMessages"_s, duplicates},
                              {u"stored"_s, fates.value(ItemFate::Stored)},
                              {u"held"_s, fates.value(ItemFate::Held)},
                              {u"qc"_s, fates.value(ItemFate::Qc)},
                              {u"ignored"_s, fates.value(ItemFate::Ignored)},
                              {u"duplicate"_s, fates.value(ItemFate::Duplicate)},
                              {u"queries"_s, queries},
                              {u"dryRun"_s, dryRun}};
    out << QString::fromUtf8(AnalyzerReplayJson::line(summary)) << Qt::endl;
    return kExitOk;
}

} // namespace sgl::cli
