#include "cli/PamListenCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "domain/audit/AuditActor.h"
#include "interop/hl7v2/MllpServer.h"
#include "storage/InboundMessageRepository.h"
#include "workflow/pam/ProcessPamMessage.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sgl::cli {

namespace {

int listRejected(CommandContext &ctx, storage::Database &db, int limit)
{
    auto rows = db.read([&](storage::ReadTx &tx) {
        return storage::InboundMessageRepository::list(tx, storage::InboundStatus::Rejected, limit);
    });
    if (!rows)
        return ctx.fail(rows.error());
    const bool en = ctx.lang() == Lang::En;
    ctx.out() << (en ? u"%1 rejected message(s) (newest first):"_s : u"%1 message(s) rejeté(s) (plus récents d'abord) :"_s)
                     .arg(rows->size())
              << Qt::endl;
    for (const storage::InboundMessage &m : *rows) {
        ctx.out() << u"#"_s << m.id << u"  "_s << m.receivedAt.toString(Qt::ISODate) << u"  "_s << m.sender
                  << u"  "_s << m.messageType << u"  "_s << m.controlId << u"  "_s << m.ackCode << u"  "_s
                  << m.errorLocation << Qt::endl;
        for (const QString &line : m.errorText.split(u'\n'))
            ctx.out() << u"    "_s << line << Qt::endl;
    }
    return kExitOk;
}

} // namespace

QString PamListenCommand::name() const
{
    return u"pam-listen"_s;
}

Text PamListenCommand::summary() const
{
    return {u"reçoit le flux patients IHE PAM France (HL7 v2, MLLP)"_s,
            u"receive the IHE PAM France patient feed (HL7 v2, MLLP)"_s};
}

Text PamListenCommand::help() const
{
    return {u"Usage : sgl [--db URL] pam-listen [--host ADRESSE] [--port PORT] [--max-messages N]\n"
            "        sgl [--db URL] pam-listen --list-rejected [--limit N]\n\n"
            "Écoute les connexions MLLP (par défaut 127.0.0.1:2575) et traite chaque message ADT\n"
            "PAM France (A28, A31, A40, A47, A01/A04/A03/A05..., Z99 ; A08 refusé) dans l'ordre\n"
            "d'arrivée, une transaction par message, puis répond par un ACK (AA, AE ou AR avec\n"
            "segments ERR). Tout message reçu est conservé ; un message rejeté l'est avec son\n"
            "erreur, consultable avec --list-rejected. Un message déjà accepté (même émetteur et\n"
            "même MSH-10) n'est pas rejoué.\n"
            "--max-messages N : s'arrête après N messages (scripts, tests).\n"
            "Codes de sortie : 0 arrêt normal, 1 usage, 2 base de données, 5 écoute impossible."_s,
            u"Usage: sgl [--db URL] pam-listen [--host ADDRESS] [--port PORT] [--max-messages N]\n"
            "       sgl [--db URL] pam-listen --list-rejected [--limit N]\n\n"
            "Listens for MLLP connections (default 127.0.0.1:2575) and processes each PAM France\n"
            "ADT message (A28, A31, A40, A47, A01/A04/A03/A05..., Z99; A08 refused) in arrival\n"
            "order, one transaction per message, then answers with an ACK (AA, AE or AR with ERR\n"
            "segments). Every received message is kept; rejected ones with their error, listed by\n"
            "--list-rejected. A message already accepted (same sender and MSH-10) is not replayed.\n"
            "--max-messages N: stop after N messages (scripts, tests).\n"
            "Exit codes: 0 normal stop, 1 usage, 2 database, 5 cannot listen."_s};
}

int PamListenCommand::run(CommandContext &ctx, const QStringList &args)
{
    auto opts = ctx.parse(args, {u"host"_s, u"port"_s, u"max-messages"_s, u"limit"_s}, {u"list-rejected"_s}, name());
    if (!opts)
        return kExitUsage;
    if (!opts->positional.isEmpty())
        return ctx.usage(name(), {u"argument inattendu"_s, u"unexpected argument"_s});
    bool ok = true;
    const int port = opts->has(u"port"_s) ? opts->value(u"port"_s).toInt(&ok) : 2575;
    if (!ok || port < 0 || port > 65535)
        return ctx.usage(name(), {u"--port attend un numéro de port (0-65535)"_s, u"--port expects a port number (0-65535)"_s});
    const int maxMessages = opts->has(u"max-messages"_s) ? opts->value(u"max-messages"_s).toInt(&ok) : 0;
    if (!ok || maxMessages < 0)
        return ctx.usage(name(), {u"--max-messages attend un entier positif"_s, u"--max-messages expects a positive integer"_s});
    const int limit = opts->has(u"limit"_s) ? opts->value(u"limit"_s).toInt(&ok) : 100;
    if (!ok || limit <= 0)
        return ctx.usage(name(), {u"--limit attend un entier positif"_s, u"--limit expects a positive integer"_s});
    const QHostAddress host(opts->has(u"host"_s) ? opts->value(u"host"_s) : u"127.0.0.1"_s);
    if (host.isNull())
        return ctx.usage(name(), {u"--host attend une adresse IP"_s, u"--host expects an IP address"_s});

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = (*db)->checkSchema(); !s)
        return ctx.fail(s.error());
    if (opts->has(u"list-rejected"_s))
        return listRejected(ctx, **db, limit);

    workflow::pam::ProcessPamMessage process(**db, domain::AuditActor::system(u"sgl pam-listen"_s, ctx.hostName()));
    int handled = 0;
    interop::hl7v2::MllpServer server([&](const QByteArray &bytes, const QString &peer) {
        const workflow::pam::PamOutcome o = process.process(bytes, peer);
        ctx.out() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << u"  "_s << peer << u"  #"_s
                  << o.messageId << u"  "_s << interop::hl7v2::ackCodeText(o.code) << u"  "_s
                  << storage::inboundStatusCode(o.status);
        if (!o.errors.isEmpty())
            ctx.out() << u"  "_s << o.errors.first().toString();
        ctx.out() << Qt::endl;
        if (maxMessages > 0 && ++handled >= maxMessages)
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        return o.ack;
    });
    if (auto s = server.listen(host, static_cast<quint16>(port)); !s) {
        ctx.fail(s.error());
        return kExitInternal;
    }
    ctx.out() << (ctx.lang() == Lang::En ? u"Listening for PAM messages (MLLP) on %1:%2"_s
                                         : u"Écoute du flux PAM (MLLP) sur %1:%2"_s)
                     .arg(host.toString())
                     .arg(server.port())
              << Qt::endl;
    QCoreApplication::exec();
    return kExitOk;
}

} // namespace sgl::cli

using sgl::cli::PamListenCommand;
SGL_REGISTER_COMMAND(PamListenCommand)
