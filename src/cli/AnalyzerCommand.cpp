#include "cli/AnalyzerReplay.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "domain/analyzer/AnalyzerProfileJson.h"
#include "storage/ErrorCodes.h"
#include "domain/audit/AuditActor.h"
#include "workflow/analyzers/AnalyzerOrders.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"
#include "workflow/analyzers/HeldResults.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sgl::cli {

using domain::analyzer::AnalyzerProfile;
using domain::analyzer::AnalyzerProtocol;
using domain::analyzer::TransportKind;

/**
 * `sgl analyzer`: analyzer profiles (list, export, import, install the shipped ones), replay of
 * a captured stream through the live gateway's code path, and the held-message queue. Every
 * action goes through the workflow use cases (permissions, audit, transactions).
 */
class AnalyzerCommand final : public Command {
public:
    QString name() const override { return u"analyzer"_s; }
    Text summary() const override
    {
        return {u"automates : profils, relecture d'une trace, messages en attente"_s,
                u"analyzers: profiles, replay of a capture, held messages"_s};
    }
    Text help() const override
    {
        return {u"Usage :\n"
                "  sgl analyzer profiles [--json]\n"
                "      liste les profils d'automates enregistrés\n"
                "  sgl analyzer export [NOM...] [--out FICHIER] [--user LOGIN]\n"
                "      écrit les profils (tous, ou ceux nommés) en JSON (sgl-analyzer-profile/1)\n"
                "  sgl analyzer import FICHIER --reason MOTIF [--user LOGIN]\n"
                "      importe un ou plusieurs profils JSON, tout ou rien\n"
                "  sgl analyzer install-profiles [--user LOGIN]\n"
                "      ajoute les profils fournis (un par automate des traces, astm-generic, law-generic)\n"
                "      que la base n'a pas encore ; ne modifie jamais un profil existant\n"
                "  sgl analyzer replay --profile NOM FICHIER [--dry-run] [--user LOGIN]\n"
                "      relit une trace enregistrée (ASTM encadré E1381 ou enregistrements E1394 nus, HL7\n"
                "      avec ou sans MLLP) par le chemin d'une liaison réelle et écrit une ligne JSON par\n"
                "      événement, message, résultat et requête ; --dry-run n'enregistre rien\n"
                "  sgl analyzer held [--all] [--user LOGIN]\n"
                "      liste les résultats en attente (tube inconnu, code non traduit...)\n"
                "  sgl analyzer orders --profile NOM [--barcode CODE] [--limit N] [--user LOGIN]\n"
                "      le travail de l'automate : pour un tube (réponse à sa requête) ou la liste de travail\n"
                "      des tubes reçus (code-barres, dossier, codes d'analyse de l'automate)\n"
                "Sans --user : l'opérateur « system:sgl analyzer » (administrateur pour les profils,\n"
                "technicien pour replay et held).\n"
                "Codes de sortie : 0 succès, 1 usage, 2 base, 4 refusé (profil invalide ou inconnu, droit\n"
                "insuffisant, trace vide), 5 fichier illisible ou impossible à écrire."_s,
                u"Usage:\n"
                "  sgl analyzer profiles [--json]\n"
                "      lists the stored analyzer profiles\n"
                "  sgl analyzer export [NAME...] [--out FILE] [--user LOGIN]\n"
                "      writes the profiles (all, or those named) as JSON (sgl-analyzer-profile/1)\n"
                "  sgl analyzer import FILE --reason REASON [--user LOGIN]\n"
                "      imports one or more JSON profiles, all or nothing\n"
                "  sgl analyzer install-profiles [--user LOGIN]\n"
                "      adds the shipped profiles (one per instrument of the traces, astm-generic,\n"
                "      law-generic) the database does not hold yet; never changes an existing one\n"
                "  sgl analyzer replay --profile NAME FILE [--dry-run] [--user LOGIN]\n"
                "      replays a capture (framed E1381 ASTM or bare E1394 records, HL7 with or without\n"
                "      MLLP) through a live link's code path and prints one JSON line per event,\n"
                "      message, result and query; --dry-run stores nothing\n"
                "  sgl analyzer held [--all] [--user LOGIN]\n"
                "      lists the held results (unknown tube, unmapped code...)\n"
                "  sgl analyzer orders --profile NAME [--barcode CODE] [--limit N] [--user LOGIN]\n"
                "      the instrument's work: for one tube (the answer to its query) or the worklist of\n"
                "      received tubes (barcode, dossier, the instrument's test codes)\n"
                "Without --user: the operator \"system:sgl analyzer\" (administrator for profiles,\n"
                "technician for replay and held).\n"
                "Exit codes: 0 success, 1 usage, 2 database, 4 refused (invalid or unknown profile, not\n"
                "allowed, empty capture), 5 unreadable file or cannot write."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        if (args.isEmpty())
            return ctx.usage(name(), {u"sous-commande attendue (profiles, export, import, install-profiles, replay, held, orders)"_s,
                                      u"subcommand expected (profiles, export, import, install-profiles, replay, held, orders)"_s});
        const QString sub = args.first();
        const QStringList rest = args.mid(1);
        if (sub == u"profiles"_s)
            return profiles(ctx, rest);
        if (sub == u"export"_s)
            return exportProfiles(ctx, rest);
        if (sub == u"import"_s)
            return importProfiles(ctx, rest);
        if (sub == u"install-profiles"_s)
            return install(ctx, rest);
        if (sub == u"replay"_s)
            return AnalyzerReplay::run(ctx, rest);
        if (sub == u"held"_s)
            return held(ctx, rest);
        if (sub == u"orders"_s)
            return orders(ctx, rest);
        return ctx.usage(name(), {u"sous-commande inconnue : "_s + sub, u"unknown subcommand: "_s + sub});
    }

private:
    static int failed(CommandContext &ctx, const domain::Error &error)
    {
        const int code = ctx.fail(error);
        const QString &c = error.code;
        const bool refused = c.startsWith(u"analyzer."_s) || c.startsWith(u"auth."_s) || c.startsWith(u"astm."_s)
                             || c == storage::errc::NotFound || c == storage::errc::Conflict
                             || c == errc::RejectedAuthor;
        return refused ? int(kExitRejected) : code;
    }

    static QString transportText(const AnalyzerProfile &p)
    {
        switch (p.transport.kind) {
        case TransportKind::TcpServer: return u"tcp-server %1:%2"_s.arg(p.transport.host).arg(p.transport.port);
        case TransportKind::TcpClient: return u"tcp-client %1:%2"_s.arg(p.transport.host).arg(p.transport.port);
        case TransportKind::Serial: return u"serial %1 %2"_s.arg(p.transport.serialPort).arg(p.transport.baudRate);
        case TransportKind::None: return u"none"_s;
        }
        return {};
    }

    template <typename F>
    static int withStore(CommandContext &ctx, const QString &login, domain::Role role, F &&body)
    {
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto session = operatorSession(ctx, *db, login, u"analyzer"_s, role);
        if (!session)
            return failed(ctx, session.error());
        workflow::analyzers::AnalyzerProfileStore store(*db, *session);
        return body(*db, *session, store);
    }

    int profiles(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"user"_s}, {u"json"_s}, u"analyzer profiles"_s);
        if (!o)
            return kExitUsage;
        return withStore(ctx, o->value(u"user"_s), domain::Role::Technician,
                         [&](storage::Database &, const domain::UserSession &, workflow::analyzers::AnalyzerProfileStore &store) {
            auto list = store.list();
            if (!list)
                return failed(ctx, list.error());
            if (o->has(u"json"_s)) {
                ctx.out() << QString::fromUtf8(domain::analyzer::AnalyzerProfileJson::toDocument(*list));
                return int(kExitOk);
            }
            for (const AnalyzerProfile &p : *list) {
                ctx.out() << u"%1\t%2\t%3\t%4\t%5\t%6\t%7"_s.arg(
                                 p.name, p.protocol == AnalyzerProtocol::Astm ? u"astm"_s : u"hl7-law"_s,
                                 transportText(p), p.analyzerId, p.active ? u"actif"_s : u"inactif"_s,
                                 QString::number(p.codeMappings.size()), p.label)
                          << Qt::endl;
            }
            return int(kExitOk);
        });
    }

    int exportProfiles(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"out"_s, u"user"_s}, {}, u"analyzer export"_s);
        if (!o)
            return kExitUsage;
        return withStore(ctx, o->value(u"user"_s), domain::Role::Admin,
                         [&](storage::Database &, const domain::UserSession &, workflow::analyzers::AnalyzerProfileStore &store) {
            auto json = store.exportJson(o->positional);
            if (!json)
                return failed(ctx, json.error());
            if (!o->has(u"out"_s)) {
                ctx.out() << QString::fromUtf8(*json);
                return int(kExitOk);
            }
            QSaveFile f(o->value(u"out"_s));
            if (!f.open(QIODevice::WriteOnly) || f.write(*json) != json->size() || !f.commit())
                return ctx.fail({errc::Io, u"Écriture impossible : %1 (%2)"_s.arg(o->value(u"out"_s), f.errorString()),
                                 u"--out"_s});
            return int(kExitOk);
        });
    }

    int importProfiles(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"reason"_s, u"user"_s}, {}, u"analyzer import"_s);
        if (!o)
            return kExitUsage;
        if (o->positional.size() != 1 || !o->has(u"reason"_s))
            return ctx.usage(name(), {u"un FICHIER et --reason sont obligatoires"_s, u"one FILE and --reason are required"_s});
        QFile f(o->positional.first());
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail({errc::Io, u"Lecture impossible : %1 (%2)"_s.arg(f.fileName(), f.errorString()), f.fileName()});
        const QByteArray json = f.readAll();
        return withStore(ctx, o->value(u"user"_s), domain::Role::Admin,
                         [&](storage::Database &, const domain::UserSession &, workflow::analyzers::AnalyzerProfileStore &store) {
            auto done = store.importJson(json, o->value(u"reason"_s));
            if (!done)
                return failed(ctx, done.error());
            for (const AnalyzerProfile &p : *done)
                ctx.out() << u"%1\timporté (version %2)"_s.arg(p.name).arg(p.version) << Qt::endl;
            return int(kExitOk);
        });
    }

    int install(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"user"_s}, {}, u"analyzer install-profiles"_s);
        if (!o)
            return kExitUsage;
        return withStore(ctx, o->value(u"user"_s), domain::Role::Admin,
                         [&](storage::Database &, const domain::UserSession &, workflow::analyzers::AnalyzerProfileStore &store) {
            auto n = store.installShipped();
            if (!n)
                return failed(ctx, n.error());
            ctx.out() << u"%1 profil(s) ajouté(s)"_s.arg(*n) << Qt::endl;
            return int(kExitOk);
        });
    }

    int orders(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"profile"_s, u"barcode"_s, u"limit"_s, u"user"_s}, {}, u"analyzer orders"_s);
        if (!o)
            return kExitUsage;
        if (!o->has(u"profile"_s))
            return ctx.usage(name(), {u"--profile est obligatoire"_s, u"--profile is required"_s});
        bool limitOk = true;
        const int limit = o->has(u"limit"_s) ? o->value(u"limit"_s).toInt(&limitOk) : 200;
        if (!limitOk || limit <= 0)
            return ctx.usage(name(), {u"--limit attend un entier positif"_s, u"--limit expects a positive integer"_s});
        return withStore(ctx, o->value(u"user"_s), domain::Role::Technician,
                         [&](storage::Database &db, const domain::UserSession &session,
                             workflow::analyzers::AnalyzerProfileStore &store) {
            auto mapper = store.mapperFor(o->value(u"profile"_s));
            if (!mapper)
                return failed(ctx, mapper.error());
            workflow::analyzers::AnalyzerOrders lookup(db, domain::AuditActor::fromSession(session));
            QList<workflow::analyzers::TubeOrder> found;
            if (o->has(u"barcode"_s)) {
                auto one = lookup.forBarcode(*mapper, o->value(u"barcode"_s));
                if (!one)
                    return failed(ctx, one.error());
                if (!*one) {
                    ctx.out() << u"%1	aucune demande"_s.arg(o->value(u"barcode"_s)) << Qt::endl;
                    return int(kExitOk);
                }
                found.append(**one);
            } else {
                auto list = lookup.pendingWorklist(*mapper, limit);
                if (!list)
                    return failed(ctx, list.error());
                found = *list;
            }
            for (const auto &t : found)
                ctx.out() << u"%1	%2	%3"_s.arg(t.barcode, t.dossierNumber, t.testCodes.join(u',')) << Qt::endl;
            return int(kExitOk);
        });
    }

    int held(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"user"_s}, {u"all"_s}, u"analyzer held"_s);
        if (!o)
            return kExitUsage;
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto session = operatorSession(ctx, *db, o->value(u"user"_s), u"analyzer"_s, domain::Role::Technician);
        if (!session)
            return failed(ctx, session.error());
        workflow::analyzers::HeldResults queue(*db, *session);
        auto items = queue.list(o->has(u"all"_s));
        if (!items)
            return failed(ctx, items.error());
        for (const auto &h : *items) {
            ctx.out() << u"%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8"_s.arg(
                             QString::number(h.id), h.receivedAt.toUTC().toString(Qt::ISODate), h.profileName,
                             h.specimenId, h.testCode, h.valueText, h.reasonCode, h.reasonText)
                      << Qt::endl;
        }
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::AnalyzerCommand;
SGL_REGISTER_COMMAND(AnalyzerCommand)
