#include "cli/CommandContext.h"

#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "storage/DbConfig.h"
#include "storage/DossierRepository.h"

#include <QSysInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace sgl::cli {

CommandContext::CommandContext(Lang lang, QString dbUrl)
    : m_lang(lang), m_dbUrl(std::move(dbUrl)), m_out(stdout), m_err(stderr)
{
}

std::optional<ParsedOptions> CommandContext::parse(const QStringList &args,
                                                   const QStringList &valued,
                                                   const QStringList &flags,
                                                   const QString &command)
{
    ParsedOptions out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(u"--"_s)) {
            out.positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name) && !inlineValue) {
            out.values.insert(name, u"1"_s);
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    usage(command, {u"l'option --%1 attend une valeur"_s.arg(name),
                                    u"option --%1 needs a value"_s.arg(name)});
                    return std::nullopt;
                }
                value = args[++i];
            }
            out.values.insert(name, value);
        } else {
            usage(command, {u"option inconnue --%1"_s.arg(name), u"unknown option --%1"_s.arg(name)});
            return std::nullopt;
        }
    }
    return out;
}

domain::Result<std::unique_ptr<storage::Database>> CommandContext::openDatabase()
{
    auto resolved = storage::DbConfig::resolve(m_dbUrl);
    if (!resolved)
        return std::unexpected(resolved.error());
    auto db = storage::Database::open(resolved->url);
    if (!db) {
        domain::Error e = db.error();
        if (e.location.isEmpty())
            e.location = resolved->url.redacted();
        return std::unexpected(e);
    }
    return db;
}

std::unique_ptr<storage::Database> CommandContext::openWithoutArguments(const QStringList &args,
                                                                       const QString &command,
                                                                       Schema schema, int *exitCode)
{
    auto opts = parse(args, {}, {}, command);
    if (!opts) {
        *exitCode = kExitUsage;
        return nullptr;
    }
    if (!opts->positional.isEmpty()) {
        *exitCode = usage(command, {QStringLiteral("argument inattendu"), QStringLiteral("unexpected argument")});
        return nullptr;
    }
    auto db = openDatabase();
    if (!db) {
        *exitCode = fail(db.error());
        return nullptr;
    }
    if (schema == Schema::Current) {
        if (auto s = (*db)->checkSchema(); !s) {
            *exitCode = fail(s.error());
            return nullptr;
        }
    }
    return std::move(*db);
}

std::unique_ptr<storage::Database> CommandContext::openCurrentDatabase(int *exitCode)
{
    auto db = openDatabase();
    if (!db) {
        *exitCode = fail(db.error());
        return nullptr;
    }
    if (auto s = (*db)->checkSchema(); !s) {
        *exitCode = fail(s.error());
        return nullptr;
    }
    return std::move(*db);
}

domain::Result<qint64> CommandContext::dossierId(storage::Database &db, const QString &idOrNumber)
{
    const QString value = idOrNumber.trimmed();
    auto found = db.read([&](storage::ReadTx &tx) { return storage::DossierRepository::byNumber(tx, value); });
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return (*found)->id;
    bool numeric = false;
    const qint64 id = value.toLongLong(&numeric);
    if (numeric && id > 0)
        return id;
    return domain::fail(errc::Rejected, u"Dossier « %1 » introuvable."_s.arg(value), u"--dossier"_s);
}

int CommandContext::fail(const domain::Error &error)
{
    m_err << (m_lang == Lang::En ? u"sgl: error: "_s : u"sgl : erreur : "_s) << error.toString()
          << u" ["_s << error.code << u"]"_s << Qt::endl;
    return exitCodeFor(error);
}

int CommandContext::usage(const QString &command, const Text &message)
{
    m_err << (m_lang == Lang::En ? u"sgl %1: %2. See: sgl %1 --help"_s
                                 : u"sgl %1 : %2. Voir : sgl %1 --help"_s)
                 .arg(command, message.pick(m_lang))
          << Qt::endl;
    return kExitUsage;
}

QString CommandContext::hostName() const
{
    const QString h = QSysInfo::machineHostName();
    return h.isEmpty() ? u"localhost"_s : h;
}

} // namespace sgl::cli
