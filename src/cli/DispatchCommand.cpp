#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/DispatchInbox.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "workflow/dispatch/DispatchActions.h"
#include "workflow/dispatch/DispatchLoop.h"
#include "workflow/dispatch/Dispatcher.h"
#include "workflow/dispatch/LabMailbox.h"
#include "workflow/dispatch/MssSettings.h"
#include "workflow/dispatch/ProductSenders.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <pthread.h>
#include <stop_token>
#include <thread>

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
 * `sgl dispatch`: the outbox dispatcher (workflow::dispatch::Dispatcher). Without an action it is
 * the service (packaging/systemd/sgl-dispatch.service): passes every --poll seconds until SIGTERM
 * or SIGINT, one JSON line per attempt. `--once` sends what is due with the product's senders
 * and exits; `status` lists the rows (DispatchActions::list, Permission::DispatchManage).
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
                "  sgl dispatch [--poll SECONDES] [--limit N] [--lease SECONDES]\n"
                "      le service : un passage toutes les SECONDES (5 par défaut) jusqu'à SIGTERM ou SIGINT, une ligne\n"
                "      JSON par tentative ; refuse de démarrer (code 5) quand aucun canal n'est configuré\n"
                "  sgl dispatch --once [--limit N] [--lease SECONDES]\n"
                "      réclame les envois dus des canaux configurés, les envoie et s'arrête ; une ligne JSON par\n"
                "      tentative (outbox_id, channel, recipient, document, dossier, attempt, outcome : sent, retry,\n"
                "      parked ou lost, acknowledgement, error, next_attempt_at). --limit : envois réclamés à la fois ;\n"
                "      --lease : durée du bail d'un envoi réclamé (600 s par défaut), au-delà de laquelle un autre\n"
                "      distributeur le reprend (après un arrêt brutal) : plus longue que l'envoi le plus lent\n"
                "  sgl dispatch status [--dossier ID|NUMÉRO] [--state ÉTAT] [--channel CANAL] [--json] [--user LOGIN]\n"
                "      liste les envois (les plus récents d'abord) ; ÉTAT : pending, sending, sent, acknowledged,\n"
                "      failed, parked, cancelled, withheld, blocked ; CANAL : dmp, mss_pro, mss_patient, dpi ;\n"
                "      --json : une ligne JSON par envoi. Sans --user, l'opérateur du serveur (administrateur)\n"
                "  sgl dispatch inbox [--all] [--user LOGIN]\n"
                "      messages MSSanté reçus gardés pour un humain (à examiner, CR-BIO non conforme), séparés par\n"
                "      des tabulations : n°, reçu le, expéditeur, objet, statut, motif, version ; --all : traités aussi\n"
                "  sgl dispatch inbox handle ID --note TEXTE [--version N] [--user LOGIN]\n"
                "      marque le message ID traité avec la note (obligatoire)\n"
                "Codes de sortie : 0 succès (--once : rien à envoyer ou tout envoyé ; service : arrêt demandé),\n"
                "1 usage, 2 base, 4 refusé (droit insuffisant, dossier inconnu), 5 aucun canal configuré ou autre, 6 (--once) au moins une tentative en\n"
                "échec (nouvel essai prévu, à reprendre par un humain, ou reprise par un autre distributeur)."_s,
                u"Usage:\n"
                "  sgl dispatch [--poll SECONDS] [--limit N] [--lease SECONDS]\n"
                "      the service: one pass every SECONDS (default 5) until SIGTERM or SIGINT, one JSON line per\n"
                "      attempt; refuses to start (code 5) when no channel is configured\n"
                "  sgl dispatch --once [--limit N] [--lease SECONDS]\n"
                "      claims the due sendings of the configured channels, sends them and exits; one JSON line per\n"
                "      attempt (outbox_id, channel, recipient, document, dossier, attempt, outcome: sent, retry,\n"
                "      parked or lost, acknowledgement, error, next_attempt_at). --limit: rows claimed at a time;\n"
                "      --lease: lease of a claimed row (default 600 s), after which another dispatcher takes it\n"
                "      over (after a crash): longer than the slowest sending\n"
                "  sgl dispatch status [--dossier ID|NUMBER] [--state STATE] [--channel CHANNEL] [--json] [--user LOGIN]\n"
                "      lists the sendings (newest first); STATE: pending, sending, sent, acknowledged, failed,\n"
                "      parked, cancelled, withheld, blocked; CHANNEL: dmp, mss_pro, mss_patient, dpi;\n"
                "      --json: one JSON line per row. Without --user, the server operator (administrator)\n"
                "  sgl dispatch inbox [--all] [--user LOGIN]\n"
                "      received MSSanté messages kept for a human (to examine, nonconforming CR-BIO), tab-separated:\n"
                "      id, received, sender, subject, status, reason, version; --all: handled ones too\n"
                "  sgl dispatch inbox handle ID --note TEXT [--version N] [--user LOGIN]\n"
                "      marks message ID handled with the note (required)\n"
                "Exit codes: 0 success (--once: nothing due or everything sent; service: stop requested),\n"
                "1 usage, 2 database, 4 refused (not allowed, unknown dossier), 5 no channel configured or other, 6 (--once) at least one attempt failed\n"
                "(retry planned, parked for a human, or taken over by another dispatcher)."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        if (!args.isEmpty() && args.first() == u"inbox"_s)
            return DispatchInbox::run(ctx, args.mid(1));
        auto o = ctx.parse(args, {u"limit"_s, u"dossier"_s, u"state"_s, u"channel"_s, u"user"_s, u"poll"_s, u"lease"_s},
                           {u"once"_s, u"json"_s}, name());
        if (!o)
            return kExitUsage;
        const bool status = o->positional == QStringList{u"status"_s};
        if (!status && !o->positional.isEmpty())
            return ctx.usage(name(), {u"action attendue : status, --once, ou rien pour le service"_s,
                                      u"expected action: status, --once, or nothing for the service"_s});
        if (status && o->has(u"once"_s))
            return ctx.usage(name(), {u"--once ou status, pas les deux"_s, u"either --once or status, not both"_s});
        if ((status || o->has(u"once"_s)) && o->has(u"poll"_s))
            return ctx.usage(name(), {u"--poll ne s'emploie que pour le service"_s, u"--poll goes with the service only"_s});
        if (status && o->has(u"lease"_s))
            return ctx.usage(name(), {u"--lease ne s'emploie pas avec status"_s, u"--lease does not go with status"_s});
        int lease = 600;
        if (o->has(u"lease"_s)) {
            bool ok = false;
            lease = o->value(u"lease"_s).toInt(&ok);
            if (!ok || lease < 2 || lease > 86400)
                return ctx.usage(name(), {u"--lease : un nombre de secondes de 2 à 86400"_s,
                                          u"--lease: a number of seconds from 2 to 86400"_s});
        }
        if (status && o->has(u"limit"_s))
            return ctx.usage(name(), {u"--limit ne s'emploie pas avec status"_s, u"--limit does not go with status"_s});
        if (!status && (o->has(u"dossier"_s) || o->has(u"state"_s) || o->has(u"channel"_s) || o->has(u"json"_s)
                        || o->has(u"user"_s)))
            return ctx.usage(name(), {u"--dossier, --state, --channel, --json et --user vont avec status"_s,
                                      u"--dossier, --state, --channel, --json and --user go with status"_s});
        int poll = 5;
        if (o->has(u"poll"_s)) {
            bool ok = false;
            poll = o->value(u"poll"_s).toInt(&ok);
            if (!ok || poll < 1 || poll > 3600)
                return ctx.usage(name(), {u"--poll : un nombre de secondes de 1 à 3600"_s,
                                          u"--poll: a number of seconds from 1 to 3600"_s});
        }
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
        // A configured channel left out (wrong certificate...) is logged on stderr by productSenders.
        const workflow::dispatch::SenderRegistry senders = workflow::dispatch::productSenders();
        if (!status && o->has(u"once"_s)) {
            const int sent = once(ctx, *db, senders, limit, lease);
            const int read = readMailbox(ctx, *db);
            return sent != kExitOk ? sent : read;
        }
        if (!status)
            return serve(ctx, *db, senders, limit, poll, lease);
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
    static QJsonObject attemptJson(const workflow::dispatch::AttemptReport &a)
    {
        return {{u"outbox_id"_s, a.outboxId},
                {u"channel"_s, domain::channelCode(a.channel)},
                {u"recipient"_s, a.recipient},
                {u"document"_s, a.documentRef},
                {u"dossier"_s, a.dossierNumber},
                {u"attempt"_s, a.attempt},
                {u"outcome"_s, a.outcome},
                {u"acknowledgement"_s, a.acknowledgement},
                {u"error"_s, a.error},
                {u"next_attempt_at"_s, iso(a.nextAttemptAt)}};
    }

    static workflow::dispatch::DispatcherConfig config(CommandContext &ctx, int limit, int leaseSeconds)
    {
        workflow::dispatch::DispatcherConfig config;
        config.batchSize = limit;
        config.leaseSeconds = leaseSeconds;
        config.actor = domain::AuditActor::system(u"sgl dispatch"_s, ctx.hostName());
        return config;
    }

    static int once(CommandContext &ctx, storage::Database &db, const workflow::dispatch::SenderRegistry &senders,
                    int limit, int leaseSeconds)
    {
        if (senders.isEmpty())
            ctx.err() << (ctx.lang() == Lang::En ? u"sgl: no channel configured: nothing is sent."_s
                                                 : u"sgl : aucun canal configuré : rien n'est envoyé."_s)
                      << Qt::endl;
        workflow::dispatch::Dispatcher dispatcher(db, senders, config(ctx, limit, leaseSeconds));
        auto summary = dispatcher.runOnce([&](const workflow::dispatch::AttemptReport &a) {
            ctx.out() << compact(attemptJson(a)) << Qt::endl;
        });
        if (!summary)
            return ctx.fail(summary.error());
        return summary->anyFailure() ? int(kExitSomeFailed) : int(kExitOk);
    }

    /**
     * The service. SIGTERM and SIGINT are blocked in every thread and taken by a sigwait thread
     * that requests the stop: no work in a signal handler, and a pass under way finishes its
     * batch (each row's outcome is recorded before the loop looks at the stop request again).
     * A kill -9 loses nothing either: leases expire and the senders are idempotent.
     */
    static int serve(CommandContext &ctx, storage::Database &db, const workflow::dispatch::SenderRegistry &senders,
                     int limit, int pollSeconds, int leaseSeconds)
    {
        const bool en = ctx.lang() == Lang::En;
        if (senders.isEmpty()) {
            ctx.err() << (en ? u"sgl: no channel configured (DMP, MSSanté): the dispatch service does not start."_s
                             : u"sgl : aucun canal configuré (DMP, MSSanté) : le service d'envoi ne démarre pas."_s)
                      << Qt::endl;
            return kExitInternal;
        }
        sigset_t stopSignals;
        sigemptyset(&stopSignals);
        sigaddset(&stopSignals, SIGTERM);
        sigaddset(&stopSignals, SIGINT);
        sigset_t previous;
        pthread_sigmask(SIG_BLOCK, &stopSignals, &previous);
        std::stop_source stop;
        std::thread waiter([&stop, stopSignals] {
            int signal = 0;
            (void)sigwait(&stopSignals, &signal);
            stop.request_stop();
        });
        QStringList channels;
        for (const domain::Channel c : senders.channels())
            channels << domain::channelCode(c);
        ctx.err() << (en ? u"sgl: dispatch service started (channels: %1, one pass every %2 s)."_s
                         : u"sgl : service d'envoi démarré (canaux : %1, un passage toutes les %2 s)."_s)
                             .arg(channels.join(u", "_s))
                             .arg(pollSeconds)
                  << Qt::endl;
        workflow::dispatch::Dispatcher dispatcher(db, senders, config(ctx, limit, leaseSeconds));
        workflow::dispatch::DispatchLoopOptions options;
        options.pollInterval = std::chrono::seconds(pollSeconds);
        options.errorPause = std::chrono::seconds(std::max(pollSeconds, 30));
        const auto summary = workflow::dispatch::runDispatchLoop(
            dispatcher, stop.get_token(), options,
            [&](const workflow::dispatch::AttemptReport &a) { ctx.out() << compact(attemptJson(a)) << Qt::endl; },
            [&](const domain::Error &e) { ctx.err() << u"sgl : "_s << e.toString() << Qt::endl; },
            [&] { (void)readMailbox(ctx, db); }); // a mailbox failure is printed, the service goes on
        waiter.join(); // the loop ends only on a stop request, i.e. after sigwait returned
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
        ctx.err() << (en ? u"sgl: dispatch service stopped (%1 pass(es), %2 attempt(s))."_s
                         : u"sgl : service d'envoi arrêté (%1 passage(s), %2 tentative(s))."_s)
                             .arg(summary.passes)
                             .arg(summary.attempts)
                  << Qt::endl;
        return kExitOk;
    }

    /**
     * The second step of --once: the lab's MSSanté mailbox (return receipts, bounces, received
     * reports; workflow::dispatch::MailboxPoll), when [mssante] imap_url is set. One JSON line
     * per message: mailbox_uid, message_id, outcome (acknowledged, parked, informative, imported,
     * held, nonconforming, deferred), outbox_ids, detail.
     */
    static int readMailbox(CommandContext &ctx, storage::Database &db)
    {
        auto summary = workflow::dispatch::LabMailbox::pollOnce(
            db, domain::AuditActor::system(u"sgl dispatch"_s, ctx.hostName()));
        if (!summary)
            return ctx.fail(summary.error());
        if (!*summary)
            return kExitOk; // no mailbox configured
        for (const auto &e : (*summary)->events) {
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
