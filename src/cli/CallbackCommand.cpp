#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "workflow/validation/CriticalCallBacks.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

/**
 * `sgl callback`: records that a critical value was told to the prescriber (or that nobody could
 * be reached and what was done), through workflow::validation::CriticalCallBacks: the record a
 * critical value needs before `sgl validate` accepts it.
 */
class CallbackCommand final : public Command {
public:
    QString name() const override { return u"callback"_s; }
    Text summary() const override
    {
        return {u"enregistrer l'appel d'une valeur critique au prescripteur"_s,
                u"record the call-back of a critical value"_s};
    }
    Text help() const override
    {
        return {u"Usage :\n"
                "  sgl callback --dossier ID|NUMÉRO --analysis CODE --called NOM --user LOGIN\n"
                "               (--read-back | --unreachable --escalation TEXTE)\n"
                "               [--how phone|in_person|mssante|other] [--comment TEXTE]\n"
                "      enregistre qui a été appelé, comment (téléphone par défaut), quand (maintenant), et la\n"
                "      relecture de la valeur par la personne appelée ou, si personne n'a pu être joint, la\n"
                "      mesure prise ; l'utilisateur doit être biologiste\n"
                "Codes de sortie : 0 succès, 1 usage, 2 base, 4 refusé (relecture non confirmée, escalade\n"
                "absente, analyse absente du dossier, modifié entre-temps, droit insuffisant), 5 autre."_s,
                u"Usage:\n"
                "  sgl callback --dossier ID|NUMBER --analysis CODE --called NAME --user LOGIN\n"
                "               (--read-back | --unreachable --escalation TEXT)\n"
                "               [--how phone|in_person|mssante|other] [--comment TEXT]\n"
                "      records who was called, how (phone by default), when (now), and the read-back of the\n"
                "      value by the person called or, when nobody could be reached, the escalation taken; the\n"
                "      user must be a biologist\n"
                "Exit codes: 0 success, 1 usage, 2 database, 4 refused (read-back not confirmed, escalation\n"
                "missing, analysis not in the dossier, changed meanwhile, not allowed), 5 other."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto o = ctx.parse(args,
                           {u"dossier"_s, u"analysis"_s, u"called"_s, u"how"_s, u"escalation"_s, u"comment"_s,
                            u"user"_s, u"signer"_s},
                           {u"read-back"_s, u"unreachable"_s}, u"callback"_s);
        if (!o)
            return kExitUsage;
        const QString login = o->has(u"user"_s) ? o->value(u"user"_s) : o->value(u"signer"_s);
        if (!o->has(u"dossier"_s) || !o->has(u"analysis"_s) || !o->has(u"called"_s) || login.isEmpty())
            return ctx.usage(name(), {u"--dossier, --analysis, --called et --user sont obligatoires"_s,
                                      u"--dossier, --analysis, --called and --user are required"_s});
        std::optional<domain::CallBack::Method> how = domain::CallBack::Method::Phone;
        if (o->has(u"how"_s))
            how = domain::callBackMethodFromCode(o->value(u"how"_s));
        if (!how)
            return ctx.usage(name(), {u"--how : phone, in_person, mssante ou other"_s,
                                      u"--how: phone, in_person, mssante or other"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto id = CommandContext::dossierId(*db, o->value(u"dossier"_s));
        if (!id)
            return failed(ctx, id.error());
        auto session = operatorSession(ctx, *db, login, u"callback"_s, domain::Role::Biologist);
        if (!session)
            return failed(ctx, session.error());
        workflow::validation::CallBackRequest req;
        req.dossierId = *id;
        req.analysisCode = o->value(u"analysis"_s);
        req.calledName = o->value(u"called"_s);
        req.method = *how;
        req.readBack = o->has(u"read-back"_s);
        req.unreachable = o->has(u"unreachable"_s);
        req.escalation = o->value(u"escalation"_s);
        req.comment = o->value(u"comment"_s);
        auto out = workflow::validation::CriticalCallBacks(*db, *session).record(req);
        if (!out)
            return failed(ctx, out.error());
        ctx.out() << u"Appel enregistré : %1 = %2, %3 (%4), %5"_s
                         .arg(out->analysisCode, out->valueText, out->calledName, domain::callBackMethodLabel(out->method),
                              out->unreachable ? u"injoignable : "_s + out->escalation : u"relecture confirmée"_s)
                  << Qt::endl;
        return kExitOk;
    }

private:
    static int failed(CommandContext &ctx, const domain::Error &error)
    {
        const int code = ctx.fail(error);
        const QString &c = error.code;
        return c.startsWith(u"validation."_s) || c.startsWith(u"callback."_s) ? int(kExitRejected) : code;
    }
};

} // namespace sgl::cli

using sgl::cli::CallbackCommand;
SGL_REGISTER_COMMAND(CallbackCommand)
