#include "cli/GeneralHelp.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

QString generalHelp(Lang lang)
{
    const bool en = lang == Lang::En;
    QString s = en ? u"Usage: sgl [--db URL] [--lang fr|en] <command> [options]\n\n"
                     "SGL laboratory information system, command-line tool.\n\nCommands:\n"_s
                   : u"Usage : sgl [--db URL] [--lang fr|en] <commande> [options]\n\n"
                     "SGL, système de gestion de laboratoire : outil en ligne de commande.\n\n"
                     "Commandes :\n"_s;
    for (const auto &c : CommandRegistry::all())
        s += u"  %1  %2\n"_s.arg(c->name().leftJustified(18), c->summary().pick(lang));
    s += en ? u"\nGlobal options:\n"
              "  --db URL         database: sqlite:///path/file.sqlite or\n"
              "                   postgresql://user[:password]@host:port/base (default: SGL_DB_URL,\n"
              "                   then the config file, then ~/.local/share/sgl/sgl.sqlite)\n"
              "  --lang fr|en     language of the help texts (default: fr; LANG=en* selects en)\n"
              "  --help, -h       this help; sgl <command> --help for a command\n"
              "  --version        program version\n\n"
              "Exit codes: 0 success, 1 usage error, 2 database or configuration error,\n"
              "3 verification failed (audit trail altered), 4 input refused by the rules,\n"
              "5 internal error.\n"_s
            : u"\nOptions générales :\n"
              "  --db URL         base de données : sqlite:///chemin/fichier.sqlite ou\n"
              "                   postgresql://utilisateur[:mot_de_passe]@hote:port/base (défaut :\n"
              "                   SGL_DB_URL, puis le fichier de configuration, puis\n"
              "                   ~/.local/share/sgl/sgl.sqlite)\n"
              "  --lang fr|en     langue des aides (défaut : fr ; LANG=en* choisit en)\n"
              "  --help, -h       cette aide ; sgl <commande> --help pour une commande\n"
              "  --version        version du programme\n\n"
              "Codes de sortie : 0 succès, 1 erreur d'utilisation, 2 erreur de base de données ou\n"
              "de configuration, 3 vérification en échec (piste d'audit altérée), 4 saisie\n"
              "refusée par les règles, 5 erreur interne.\n"_s;
    return s;
}

} // namespace sgl::cli
