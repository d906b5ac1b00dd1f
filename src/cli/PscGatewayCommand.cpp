// `sgl psc-gateway`: the lab's Pro Santé Connect back-channel (docs/decisions/0003-psc-flow.md).
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "interop/psc/PscGatewayServer.h"

#include <QCoreApplication>
#include <QFile>
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

int g_pscSignalPipe[2] = {-1, -1};

void onPscStopSignal(int)
{
    const char c = 1;
    // Only write(2) is async-signal-safe here; the event loop reads the pipe and quits.
    [[maybe_unused]] const auto n = ::write(g_pscSignalPipe[1], &c, 1);
}

/**
 * `sgl psc-gateway`: runs interop::psc::PscGatewayServer until SIGTERM or SIGINT. The client
 * secret is read from a file readable by its owner only (never from the command line, which any
 * local user can read in the process list).
 */
class PscGatewayCommand final : public Command {
public:
    QString name() const override { return u"psc-gateway"_s; }
    Text summary() const override
    {
        return {u"passerelle Pro Santé Connect du laboratoire (détient le secret client)"_s,
                u"the lab's Pro Santé Connect gateway (holds the client secret)"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl psc-gateway --issuer URL --client-id ID --secret-file FICHIER\n"
                "        --cert PEM --key PEM [--psc-ca PEM] [--listen ADRESSE] [--port N]\n\n"
                "Relaie vers Pro Santé Connect les échanges de code, rafraîchissements, introspections\n"
                "et déconnexions des postes, en y ajoutant le secret du client (client_secret_basic).\n"
                "Le secret est lu dans --secret-file (droits 0600 exigés). --psc-ca : autorités\n"
                "reconnues pour PSC (défaut : celles du système). Écrit une ligne JSON au démarrage\n"
                "(type \"listening\") puis tourne jusqu'à SIGTERM.\n"
                "Codes de sortie : 0 arrêt normal, 1 usage, 4 configuration refusée (secret lisible\n"
                "par d'autres, PSC injoignable, certificat illisible, port pris)."_s,
                u"Usage: sgl psc-gateway --issuer URL --client-id ID --secret-file FILE\n"
                "       --cert PEM --key PEM [--psc-ca PEM] [--listen ADDRESS] [--port N]\n\n"
                "Forwards the workstations' code exchanges, refreshes, introspections and logouts to\n"
                "Pro Santé Connect, adding the client secret (client_secret_basic). The secret is read\n"
                "from --secret-file (mode 0600 required). --psc-ca: CAs trusted for PSC (default: the\n"
                "system's). Prints one JSON line when listening (type \"listening\"), then runs until\n"
                "SIGTERM.\n"
                "Exit codes: 0 normal stop, 1 usage, 4 configuration refused (secret readable by\n"
                "others, PSC unreachable, unreadable certificate, port taken)."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override;
};

int PscGatewayCommand::run(CommandContext &ctx, const QStringList &args)
{
    const QStringList valued{u"issuer"_s, u"client-id"_s, u"secret-file"_s, u"cert"_s,
                             u"key"_s,    u"psc-ca"_s,    u"listen"_s,      u"port"_s};
    auto opts = ctx.parse(args, valued, {}, name());
    if (!opts)
        return kExitUsage;
    for (const QString &required : {u"issuer"_s, u"client-id"_s, u"secret-file"_s, u"cert"_s, u"key"_s})
        if (!opts->has(required))
            return ctx.usage(name(), {u"--"_s + required + u" est obligatoire"_s, u"--"_s + required + u" is required"_s});
    QFile secretFile(opts->value(u"secret-file"_s));
    if ((secretFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) != 0) {
        ctx.fail({QString(errc::Io),
                  u"Le fichier du secret Pro Santé Connect est lisible par d'autres utilisateurs : "
                  "appliquez chmod 600 avant de démarrer la passerelle."_s,
                  secretFile.fileName()});
        return kExitRejected;
    }
    if (!secretFile.open(QIODevice::ReadOnly)) {
        ctx.fail({QString(errc::Io), u"Fichier du secret Pro Santé Connect illisible."_s, secretFile.fileName()});
        return kExitRejected;
    }
    interop::psc::PscGatewaySettings settings;
    settings.client.issuer = opts->value(u"issuer"_s);
    settings.client.clientId = opts->value(u"client-id"_s);
    settings.client.clientSecret = QString::fromUtf8(secretFile.readLine().trimmed());
    settings.client.transport.caBundlePath = opts->value(u"psc-ca"_s);
    settings.certificatePath = opts->value(u"cert"_s);
    settings.keyPath = opts->value(u"key"_s);
    if (opts->has(u"listen"_s) && !settings.address.setAddress(opts->value(u"listen"_s)))
        return ctx.usage(name(), {u"--listen attend une adresse IP"_s, u"--listen expects an IP address"_s});
    bool ok = true;
    if (opts->has(u"port"_s))
        settings.port = static_cast<quint16>(opts->value(u"port"_s).toUInt(&ok));
    if (!ok)
        return ctx.usage(name(), {u"--port attend un entier"_s, u"--port expects an integer"_s});

    auto gateway = interop::psc::PscGatewayServer::start(settings);
    if (!gateway) {
        ctx.fail(gateway.error());
        return kExitRejected;
    }
    ctx.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"listening"_s},
                                                             {u"address"_s, settings.address.toString()},
                                                             {u"port"_s, (*gateway)->port()},
                                                             {u"issuer"_s, (*gateway)->discovery().issuer}})
                                       .toJson(QJsonDocument::Compact))
              << Qt::endl;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pscSignalPipe) != 0)
        return ctx.fail({QString(errc::Io), u"socketpair: "_s + QString::fromLocal8Bit(std::strerror(errno)), {}});
    QSocketNotifier notifier(g_pscSignalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_pscSignalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onPscStopSignal);
    std::signal(SIGINT, onPscStopSignal);
    QCoreApplication::exec();
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    ::close(g_pscSignalPipe[0]);
    ::close(g_pscSignalPipe[1]);
    return kExitOk;
}

} // namespace

} // namespace sgl::cli

using sgl::cli::PscGatewayCommand;
SGL_REGISTER_COMMAND(PscGatewayCommand)
