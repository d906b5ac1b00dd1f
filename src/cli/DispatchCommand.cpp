#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "workflow/dispatch/DispatchActions.h"
#include "workflow/dispatch/Dispatcher.h"
#include "workflow/dispatch/ImapMailboxSource.h"
#include "workflow/dispatch/MailboxPoll.h"
#include "workflow/dispatch/MssSettings.h"
#include "workflow/dispatch/ProductSenders.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sgl::cli {

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

/**
 * `sgl dispatch`: the outbox dispatcher (workflow::dispatch::Dispatcher) for scripts and tests.
 * `--once` sends what is due with the product's senders (productSenders(): none until the DMP
 * and MSSanté clients exist, so rows stay pending) and prints one JSON line per attempt;
 * `status` lists the rows (DispatchActions::list, Permission::DispatchManage).
 */
class DispatchCommand final : public Command {
public:
    QString name() const override { return u"dispatch"_s; }
    Text summary() const override
    {
        return {u"envoi des comptes rendus (DMP, MSSanté) : un passage, ou l'état des envois"_s,
                u"sending of reports (DMP, MSSanté): one pass, or the state of the sendings"_s};
    }
    Text help() const override
    {
        return {u"Usage :\n"
                "  sgl dispatch --once [--limit N]\n"
                "      réclame les envois dus des canaux configurés, les envoie et s'arrête ; une ligne JSON par\n"
                "      tentative (outbox_id, channel, recipient, document, dossier, attempt, outcome : sent, retry,\n"
                "      parked ou lost, acknowledgement, error, next_attempt_at). --limit : envois réclamés à la fois\n"
                "  sgl dispatch status [--dossier ID|NUMÉRO] [--state ÉTAT] [--channel CANAL] [--json] [--user LOGIN]\n"
                "      liste les envois (les plus récents d'abord) ; ÉTAT : pending, sending, sent, acknowledged,\n"
                "      failed, parked, cancelled, withheld, blocked ; CANAL : dmp, mss_pro, mss_patient, dpi ;\n"
                "      --json : une ligne JSON par envoi. Sans --user, l'opérateur du serveur (administrateur)\n"
                "Codes de sortie : 0 succès (--once : rien à envoyer ou tout envoyé), 1 usage, 2 base,\n"
                "4 refusé (droit insuffisant, dossier inconnu), 5 autre, 6 (--once) au moins une tentative en\n"
                "échec (nouvel essai prévu, à reprendre par un humain, ou reprise par un autre distributeur)."_s,
                u"Usage:\n"
                "  sgl dispatch --once [--limit N]\n"
                "      claims the due sendings of the configured channels, sends them and exits; one JSON line per\n"
                "      attempt (outbox_id, channel, recipient, document, dossier, attempt, outcome: sent, retry,\n"
                "      parked or lost, acknowledgement, error, next_attempt_at). --limit: rows claimed at a time\n"
                "  sgl dispatch status [--dossier ID|NUMBER] [--state STATE] [--channel CHANNEL] [--json] [--user LOGIN]\n"
                "      lists the sendings (newest first); STATE: pending, sending, sent, acknowledged, failed,\n"
                "      parked, cancelled, withheld, blocked; CHANNEL: dmp, mss_pro, mss_patient, dpi;\n"
                "      --json: one JSON line per row. Without --user, the server operator (administrator)\n"
                "Exit codes: 0 success (--once: nothing due or everything sent), 1 usage, 2 database,\n"
                "4 refused (not allowed, unknown dossier), 5 other, 6 (--once) at least one attempt failed\n"
                "(retry planned, parked for a human, or taken over by another dispatcher)."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto o = ctx.parse(args, {u"limit"_s, u"dossier"_s, u"state"_s, u"channel"_s, u"user"_s},
                           {u"once"_s, u"json"_s}, name());
        if (!o)
            return kExitUsage;
        const bool status = o->positional == QStringList{u"status"_s};
        if (!status && !o->positional.isEmpty())
            return ctx.usage(name(), {u"action attendue : status, ou --once"_s, u"expected action: status, or --once"_s});
        if (status == o->has(u"once"_s))
            return ctx.usage(name(), {u"--once ou status (l'un des deux) ; le service continu viendra avec les envois réels"_s,
                                      u"either --once or status; the long-running service comes with the real senders"_s});
        if (status && o->has(u"limit"_s))
            return ctx.usage(name(), {u"--limit ne s'emploie qu'avec --once"_s, u"--limit goes with --once only"_s});
        if (!status && (o->has(u"dossier"_s) || o->has(u"state"_s) || o->has(u"channel"_s) || o->has(u"json"_s)
                        || o->has(u"user"_s)))
            return ctx.usage(name(), {u"--dossier, --state, --channel, --json et --user vont avec status"_s,
                                      u"--dossier, --state, --channel, --json and --user go with status"_s});
        int limit = 20;
        if (o->has(u"limit"_s)) {
            bool ok = false;
            limit = o->value(u"limit"_s).toInt(&ok);
            if (!ok || limit < 1 || limit > 1000)
                return ctx.usage(name(), {u"--limit : un nombre de 1 à 1000"_s, u"--limit: a number from 1 to 1000"_s});
        }
        workflow::dispatch::DispatchListFilter filter;
        if (o->has(u"state"_s)) {
            filter.state = domain::dispatchStateFromCode(o->value(u"state"_s).trimmed());
            if (!filter.state)
                return ctx.usage(name(), {u"état inconnu : %1"_s.arg(o->value(u"state"_s)),
                                          u"unknown state: %1"_s.arg(o->value(u"state"_s))});
        }
        if (o->has(u"channel"_s)) {
            filter.channel = domain::channelFromCode(o->value(u"channel"_s).trimmed());
            if (!filter.channel)
                return ctx.usage(name(), {u"canal inconnu : %1"_s.arg(o->value(u"channel"_s)),
                                          u"unknown channel: %1"_s.arg(o->value(u"channel"_s))});
        }
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        QStringList problems;
        const workflow::dispatch::SenderRegistry senders = workflow::dispatch::productSenders(&problems);
        if (!status) {
            for (const QString &p : problems)
                ctx.err() << u"sgl : "_s << p << Qt::endl;
            const int sent = once(ctx, *db, senders, limit);
            const int read = readMailbox(ctx, *db);
            return sent != kExitOk ? sent : read;
        }
        if (o->has(u"dossier"_s)) {
            auto id = CommandContext::dossierId(*db, o->value(u"dossier"_s));
            if (!id)
                return ctx.fail(id.error());
            filter.dossierId = *id;
        }
        auto session = operatorSession(ctx, *db, o->value(u"user"_s), name(), domain::Role::Admin);
        if (!session)
            return ctx.fail(session.error());
        workflow::dispatch::DispatchActions actions(*db, *session, senders.channels());
        auto rows = actions.list(filter);
        if (!rows)
            return ctx.fail(rows.error());
        if (o->has(u"json"_s)) {
            for (const auto &r : *rows)
                ctx.out() << compact(rowJson(r)) << Qt::endl;
            return kExitOk;
        }
        printTable(ctx, *rows);
        return kExitOk;
    }

private:
    static int once(CommandContext &ctx, storage::Database &db, const workflow::dispatch::SenderRegistry &senders,
                    int limit)
    {
        if (senders.isEmpty())
            ctx.err() << (ctx.lang() == Lang::En ? u"sgl: no channel configured: nothing is sent."_s
                                                 : u"sgl : aucun canal configuré : rien n'est envoyé."_s)
                      << Qt::endl;
        workflow::dispatch::DispatcherConfig config;
        config.batchSize = limit;
        config.actor = domain::AuditActor::system(u"sgl dispatch"_s, ctx.hostName());
        workflow::dispatch::Dispatcher dispatcher(db, senders, config);
        auto summary = dispatcher.runOnce([&](const workflow::dispatch::AttemptReport &a) {
            QJsonObject o{{u"outbox_id"_s, a.outboxId},
                          {u"channel"_s, domain::channelCode(a.channel)},
                          {u"recipient"_s, a.recipient},
                          {u"document"_s, a.documentRef},
                          {u"dossier"_s, a.dossierNumber},
                          {u"attempt"_s, a.attempt},
                          {u"outcome"_s, a.outcome},
                          {u"acknowledgement"_s, a.acknowledgement},
                          {u"error"_s, a.error},
                          {u"next_attempt_at"_s, iso(a.nextAttemptAt)}};
            ctx.out() << compact(o) << Qt::endl;
        });
        if (!summary)
            return ctx.fail(summary.error());
        return summary->anyFailure() ? int(kExitSomeFailed) : int(kExitOk);
    }

    /**
     * The second step of --once: the lab's MSSanté mailbox (return receipts, bounces, received
     * reports; workflow::dispatch::MailboxPoll), when [mssante] imap_url is set. One JSON line
     * per message: mailbox_uid, message_id, outcome (acknowledged, parked, informative, imported,
     * held, deferred), outbox_ids, detail.
     */
    static int readMailbox(CommandContext &ctx, storage::Database &db)
    {
        const auto settings = workflow::dispatch::MssSettings::fromConfigFile();
        if (!settings.configured() || settings.client.imapUrl.isEmpty())
            return kExitOk;
        auto imap = interop::mss::ImapClient::create(settings.client);
        if (!imap)
            return ctx.fail(imap.error());
        workflow::dispatch::ImapMailboxSource source(std::move(*imap));
        workflow::dispatch::MailboxPoll poll(db, source, domain::AuditActor::system(u"sgl dispatch"_s, ctx.hostName()));
        auto summary = poll.runOnce();
        if (!summary)
            return ctx.fail(summary.error());
        for (const auto &e : summary->events) {
            QJsonArray ids;
            for (qint64 id : e.outboxIds)
                ids.append(id);
            ctx.out() << compact({{u"mailbox_uid"_s, e.uid},
                                  {u"message_id"_s, e.messageId},
                                  {u"outcome"_s, e.outcome},
                                  {u"outbox_ids"_s, ids},
                                  {u"detail"_s, e.detail}})
                      << Qt::endl;
        }
        return kExitOk;
    }

    static QJsonObject rowJson(const workflow::dispatch::DispatchRowView &r)
    {
        const auto &e = r.entry;
        return {{u"outbox_id"_s, e.id},
                {u"dossier"_s, r.dossierNumber},
                {u"report_version"_s, r.versionNumber},
                {u"channel"_s, domain::channelCode(e.channel)},
                {u"recipient"_s, e.recipient},
                {u"document"_s, e.documentRef},
                {u"state"_s, domain::dispatchStateCode(e.state)},
                {u"state_label"_s, r.stateLabel},
                {u"channel_configured"_s, r.channelConfigured},
                {u"attempts"_s, e.attempts},
                {u"next_attempt_at"_s, iso(e.nextAttemptAt)},
                {u"last_error"_s, e.lastError},
                {u"acknowledgement"_s, e.acknowledgement},
                {u"version"_s, e.version}};
    }

    static void printTable(CommandContext &ctx, const QList<workflow::dispatch::DispatchRowView> &rows)
    {
        const bool en = ctx.lang() == Lang::En;
        ctx.out() << (en ? u"id\tdossier\tchannel\trecipient\tstate\tattempts\tnext attempt\tlast error"_s
                         : u"n°\tdossier\tcanal\tdestinataire\tétat\ttentatives\tprochain essai\tdernière erreur"_s)
                  << Qt::endl;
        for (const auto &r : rows) {
            const auto &e = r.entry;
            const bool due = e.state == domain::DispatchState::Pending || e.state == domain::DispatchState::Failed;
            ctx.out() << e.id << u'\t' << (r.dossierNumber.isEmpty() ? u"-"_s : r.dossierNumber) << u'\t'
                      << domain::channelCode(e.channel) << u'\t' << e.recipient << u'\t' << r.stateLabel << u'\t'
                      << e.attempts << u'\t'
                      << (due ? e.nextAttemptAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : u"-"_s) << u'\t'
                      << QString(e.lastError).replace(u'\n', u' ') << Qt::endl;
        }
        ctx.out() << (en ? u"%1 row(s)."_s : u"%1 envoi(s)."_s).arg(rows.size()) << Qt::endl;
    }
};

} // namespace sgl::cli

using sgl::cli::DispatchCommand;
SGL_REGISTER_COMMAND(DispatchCommand)
