#include "cli/DispatchInbox.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "workflow/dispatch/ReceivedMessages.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

namespace {
const QString kCommand = u"dispatch"_s;

QString oneLine(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
}
} // namespace

int DispatchInbox::run(CommandContext &ctx, const QStringList &args)
{
    auto o = ctx.parse(args, {u"note"_s, u"user"_s, u"version"_s}, {u"all"_s}, kCommand);
    if (!o)
        return kExitUsage;
    const bool handle = !o->positional.isEmpty() && o->positional.first() == u"handle"_s;
    if (handle && o->positional.size() != 2)
        return ctx.usage(kCommand, {u"usage : sgl dispatch inbox handle ID --note TEXTE"_s,
                                    u"usage: sgl dispatch inbox handle ID --note TEXT"_s});
    if (!handle && !o->positional.isEmpty())
        return ctx.usage(kCommand, {u"action attendue après inbox : handle, ou rien pour la liste"_s,
                                    u"expected action after inbox: handle, or nothing for the list"_s});
    if (!handle && (o->has(u"note"_s) || o->has(u"version"_s)))
        return ctx.usage(kCommand, {u"--note et --version vont avec inbox handle"_s,
                                    u"--note and --version go with inbox handle"_s});
    if (handle && o->has(u"all"_s))
        return ctx.usage(kCommand, {u"--all ne s'emploie pas avec inbox handle"_s,
                                    u"--all does not go with inbox handle"_s});
    qint64 id = 0;
    int version = 0;
    if (handle) {
        bool ok = false;
        id = o->positional.at(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usage(kCommand, {u"numéro de message invalide : %1"_s.arg(o->positional.at(1)),
                                        u"invalid message number: %1"_s.arg(o->positional.at(1))});
        if (o->has(u"version"_s)) {
            version = o->value(u"version"_s).toInt(&ok);
            if (!ok || version <= 0)
                return ctx.usage(kCommand, {u"--version : un nombre positif"_s, u"--version: a positive number"_s});
        }
    }
    int code = kExitOk;
    auto db = ctx.openCurrentDatabase(&code);
    if (!db)
        return code;
    auto session = operatorSession(ctx, *db, o->value(u"user"_s), kCommand, domain::Role::Admin);
    if (!session)
        return ctx.fail(session.error());
    workflow::dispatch::ReceivedMessages messages(*db, *session);
    const bool en = ctx.lang() == Lang::En;
    if (handle) {
        if (version == 0) {
            auto all = messages.list(true);
            if (!all)
                return ctx.fail(all.error());
            for (const auto &v : *all) {
                if (v.message.id == id)
                    version = v.message.version;
            }
        }
        // The note is checked by the use case (dispatch.inbox_note_required), like an unknown id.
        auto done = messages.markHandled(id, version > 0 ? version : 1, o->value(u"note"_s));
        if (!done)
            return ctx.fail(done.error());
        ctx.out() << (en ? u"Message %1 marked handled."_s : u"Message %1 marqué traité."_s).arg(id) << Qt::endl;
        return kExitOk;
    }
    auto rows = messages.list(o->has(u"all"_s));
    if (!rows)
        return ctx.fail(rows.error());
    ctx.out() << (en ? u"id\treceived\tsender\tsubject\tstatus\treason\tversion"_s
                     : u"n°\treçu le\texpéditeur\tobjet\tstatut\tmotif\tversion"_s)
              << Qt::endl;
    for (const auto &v : *rows) {
        const auto &m = v.message;
        ctx.out() << m.id << u'\t' << m.receivedAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) << u'\t'
                  << oneLine(m.sender) << u'\t' << oneLine(m.subject) << u'\t' << v.statusLabel << u'\t'
                  << oneLine(m.reason) << u'\t' << m.version << Qt::endl;
    }
    ctx.out() << u"%1 message(s)."_s.arg(rows->size()) << Qt::endl;
    return kExitOk;
}

} // namespace sgl::cli
