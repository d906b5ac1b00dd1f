#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/GeneralHelp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sgl::cli;

int main(int argc, char *argv[])
{
    // `sgl labels` draws text into a PDF (QPdfWriter), which needs Qt's font database: a
    // QGuiApplication on the offscreen platform (no display). Every other command stays QtCore only.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui = needsGui || std::strcmp(argv[i], "labels") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = needsGui ? std::unique_ptr<QCoreApplication>(new QGuiApplication(argc, argv))
                                                     : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"sgl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SGL_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);

    // Global options, accepted anywhere: --db URL, --lang fr|en.
    Lang lang = qEnvironmentVariable("LANG").startsWith(u"en"_s) ? Lang::En : Lang::Fr;
    QString dbUrl;
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto take = [&](const QString &name, QString *out) {
            if (a == u"--"_s + name && i + 1 < args.size()) {
                *out = args[++i];
                return true;
            }
            if (a.startsWith(u"--"_s + name + u"="_s)) {
                *out = a.mid(name.size() + 3);
                return true;
            }
            return false;
        };
        QString langValue;
        if (take(u"lang"_s, &langValue)) {
            if (langValue != u"fr"_s && langValue != u"en"_s) {
                QTextStream(stderr) << "sgl : --lang attend fr ou en / --lang expects fr or en\n";
                return kExitUsage;
            }
            lang = langValue == u"en"_s ? Lang::En : Lang::Fr;
            continue;
        }
        if (take(u"db"_s, &dbUrl))
            continue;
        rest << a;
    }
    CommandContext context(lang, dbUrl);
    if (rest.isEmpty() || rest.first() == u"--help"_s || rest.first() == u"-h"_s
        || rest.first() == u"help"_s) {
        if (rest.size() >= 2 && rest.first() == u"help"_s) {
            auto c = CommandRegistry::find(rest[1]);
            if (!c)
                return context.usage(rest[1], {u"commande inconnue"_s, u"unknown command"_s});
            context.out() << c->help().pick(lang) << Qt::endl;
            return kExitOk;
        }
        context.out() << generalHelp(lang) << Qt::endl;
        return rest.isEmpty() ? kExitUsage : kExitOk;
    }
    if (rest.first() == u"--version"_s) {
        context.out() << u"sgl "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return kExitOk;
    }
    auto command = CommandRegistry::find(rest.first());
    if (!command) {
        context.err() << (lang == Lang::En ? u"sgl: unknown command \"%1\". See: sgl --help"_s
                                           : u"sgl : commande inconnue « %1 ». Voir : sgl --help"_s)
                             .arg(rest.first())
                      << Qt::endl;
        return kExitUsage;
    }
    const QStringList commandArgs = rest.mid(1);
    if (commandArgs.contains(u"--help"_s) || commandArgs.contains(u"-h"_s)) {
        context.out() << command->help().pick(lang) << Qt::endl;
        return kExitOk;
    }
    return command->run(context, commandArgs);
}
