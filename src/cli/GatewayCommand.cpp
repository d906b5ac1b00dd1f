#include "cli/GatewayCommand.h"

#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "domain/analyzer/ConnectionStatus.h"
#include "workflow/analyzers/AnalyzerGateway.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sgl::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char c = 1;
    // Only write(2) is async-signal-safe here; the event loop reads the pipe and quits.
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

QJsonObject statusJson(const domain::analyzer::ConnectionStatus &s)
{
    return {{u"type"_s, u"status"_s},
            {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"profile"_s, s.profileName},
            {u"state"_s, domain::analyzer::linkStateName(s.state)},
            {u"endpoint"_s, s.endpoint},
            {u"peer"_s, s.peer},
            {u"messages"_s, s.messagesReceived},
            {u"stored"_s, s.resultsStored},
            {u"held"_s, s.resultsHeld},
            {u"queries"_s, s.queriesAnswered},
            {u"linkErrors"_s, s.linkErrors},
            {u"lastMessageAt"_s, s.lastMessageAt.isValid() ? s.lastMessageAt.toString(Qt::ISODateWithMs) : QString()},
            {u"lastError"_s, s.lastError}};
}

/** Every value of a repeatable option (ParsedOptions keeps the last one only). */
QStringList repeated(const QStringList &args, const QString &option)
{
    QStringList out;
    const QString flag = u"--"_s + option;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == flag && i + 1 < args.size())
            out << args[++i];
        else if (args[i].startsWith(flag + u'='))
            out << args[i].mid(flag.size() + 1);
    }
    return out;
}

void printLine(CommandContext &ctx, const QJsonObject &o)
{
    ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace

QString GatewayCommand::name() const
{
    return u"gateway"_s;
}

Text GatewayCommand::summary() const
{
    return {u"passerelle des analyseurs (ASTM, HL7 LAW)"_s, u"analyzer gateway (ASTM, HL7 LAW)"_s};
}

Text GatewayCommand::help() const
{
    return {u"Usage : sgl [--db URL] gateway [--profile NOM]... [--traffic-log DOSSIER]\n"
            "        [--traffic-log-max-kb N] [--traffic-log-files N] [--poll-ms N]\n\n"
            "Ouvre une connexion par profil d'analyseur actif (ou par --profile donné), reçoit les\n"
            "résultats, répond aux interrogations par code-barres, envoie les listes de travail, et\n"
            "tourne jusqu'à SIGTERM. Un message n'est acquitté qu'une fois enregistré.\n"
            "Écrit une ligne JSON par changement d'état (type \"status\") et par événement\n"
            "(type \"event\"). --traffic-log : dossier des journaux d'échanges bruts (un par profil,\n"
            "rotation à --traffic-log-max-kb Kio, --traffic-log-files fichiers gardés).\n"
            "Codes de sortie : 0 arrêt normal, 1 usage, 2 base de données, 5 aucune connexion possible\n"
            "(profil inconnu, aucun profil actif, écoute impossible)."_s,
            u"Usage: sgl [--db URL] gateway [--profile NAME]... [--traffic-log DIR]\n"
            "       [--traffic-log-max-kb N] [--traffic-log-files N] [--poll-ms N]\n\n"
            "Opens one connection per active analyzer profile (or per --profile given), receives\n"
            "results, answers barcode queries, sends worklists, and runs until SIGTERM. A message\n"
            "is acknowledged only once stored.\n"
            "Prints one JSON line per status change (type \"status\") and per event (type\n"
            "\"event\"). --traffic-log: directory of the raw traffic logs (one per profile, rotated\n"
            "at --traffic-log-max-kb KiB, --traffic-log-files files kept).\n"
            "Exit codes: 0 normal stop, 1 usage, 2 database, 5 no connection could start\n"
            "(unknown profile, no active profile, cannot listen)."_s};
}

int GatewayCommand::run(CommandContext &ctx, const QStringList &args)
{
    auto opts = ctx.parse(args, {u"profile"_s, u"traffic-log"_s, u"traffic-log-max-kb"_s, u"traffic-log-files"_s,
                                 u"poll-ms"_s},
                          {}, name());
    if (!opts)
        return kExitUsage;
    if (!opts->positional.isEmpty())
        return ctx.usage(name(), {u"argument inattendu"_s, u"unexpected argument"_s});
    workflow::analyzers::GatewayOptions options;
    options.profiles = repeated(args, u"profile"_s);
    options.trafficLogDirectory = opts->value(u"traffic-log"_s);
    bool ok = true;
    if (opts->has(u"traffic-log-max-kb"_s)) {
        const int kb = opts->value(u"traffic-log-max-kb"_s).toInt(&ok);
        if (!ok || kb <= 0)
            return ctx.usage(name(), {u"--traffic-log-max-kb attend un entier positif"_s,
                                      u"--traffic-log-max-kb expects a positive integer"_s});
        options.trafficLogMaxBytes = qint64(kb) * 1024;
    }
    if (opts->has(u"traffic-log-files"_s)) {
        options.trafficLogKeptFiles = opts->value(u"traffic-log-files"_s).toInt(&ok);
        if (!ok || options.trafficLogKeptFiles < 0)
            return ctx.usage(name(), {u"--traffic-log-files attend un entier positif ou nul"_s,
                                      u"--traffic-log-files expects a non-negative integer"_s});
    }
    if (opts->has(u"poll-ms"_s)) {
        options.worklistPollMs = opts->value(u"poll-ms"_s).toInt(&ok);
        if (!ok || options.worklistPollMs < 100)
            return ctx.usage(name(), {u"--poll-ms attend un entier d'au moins 100"_s,
                                      u"--poll-ms expects an integer of at least 100"_s});
    }

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = (*db)->checkSchema(); !s)
        return ctx.fail(s.error());

    // A service account: no user signs in to the gateway; its audit rows name "system:sgl gateway".
    domain::UserSession session;
    session.login = u"system:sgl gateway"_s;
    session.displayName = u"sgl gateway"_s;
    session.workstation = ctx.hostName();
    session.startedAt = QDateTime::currentDateTimeUtc();
    workflow::analyzers::AnalyzerGateway gateway(**db, session, options);
    QObject::connect(&gateway, &workflow::analyzers::AnalyzerGateway::statusChanged, &gateway,
                     [&](const QString &profile) {
                         for (const auto &s : gateway.statuses())
                             if (s.profileName == profile)
                                 printLine(ctx, statusJson(s));
                     });
    QObject::connect(&gateway, &workflow::analyzers::AnalyzerGateway::event, &gateway,
                     [&](const QString &profile, const QString &code, const QString &message) {
                         printLine(ctx, {{u"type"_s, u"event"_s},
                                         {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                         {u"profile"_s, profile},
                                         {u"code"_s, code},
                                         {u"message"_s, message}});
                     });

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return ctx.fail({QString(errc::Io), u"socketpair: "_s + QString::fromLocal8Bit(std::strerror(errno)), {}});
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);

    if (auto s = gateway.start(); !s) {
        ctx.fail(s.error());
        return kExitInternal;
    }
    QCoreApplication::exec();
    gateway.stop(); // each connection reports its final "stopped" status line
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    return kExitOk;
}

} // namespace sgl::cli

using sgl::cli::GatewayCommand;
SGL_REGISTER_COMMAND(GatewayCommand)
