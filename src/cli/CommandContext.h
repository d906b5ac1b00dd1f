#pragma once

#include "cli/Command.h"
#include "domain/Error.h"
#include "storage/Database.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sgl::cli {

/** Parsed `--name value`, `--name=value` and `--flag` options of one command. */
struct ParsedOptions {
    QHash<QString, QString> values;
    QStringList positional;
    [[nodiscard]] bool has(const QString &name) const { return values.contains(name); }
    [[nodiscard]] QString value(const QString &name) const { return values.value(name); }
};

/**
 * What every command receives: the language, the --db option, output streams, and helpers to
 * open the database and report errors consistently ("sgl: erreur : <message> (<where>)").
 */
class CommandContext {
public:
    CommandContext(Lang lang, QString dbUrl);

    [[nodiscard]] Lang lang() const { return m_lang; }
    [[nodiscard]] const QString &dbUrlOption() const { return m_dbUrl; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /**
     * Parses options; `valued` take a value, `flags` do not. Unknown options and missing
     * values print a usage error and return nullopt (exit with kExitUsage).
     */
    [[nodiscard]] std::optional<ParsedOptions> parse(const QStringList &args,
                                                     const QStringList &valued,
                                                     const QStringList &flags,
                                                     const QString &command);
    /** Resolves the URL (--db, SGL_DB_URL, config file, default) and opens the database. */
    [[nodiscard]] domain::Result<std::unique_ptr<storage::Database>> openDatabase();
    /** Whether openWithoutArguments() also requires an up-to-date schema. */
    enum class Schema { Any, Current };
    /**
     * For commands that take no argument of their own: refuses any option or argument (usage
     * error), opens the database and, with Schema::Current, checks it is fully migrated.
     * On failure prints the error, stores the exit code in *exitCode and returns nullptr.
     */
    [[nodiscard]] std::unique_ptr<storage::Database> openWithoutArguments(const QStringList &args,
                                                                          const QString &command,
                                                                          Schema schema,
                                                                          int *exitCode);
    /**
     * Opens the database for a command that has parsed its own arguments and checks that it is
     * fully migrated. On failure prints the error, stores the exit code in *exitCode and
     * returns nullptr.
     */
    [[nodiscard]] std::unique_ptr<storage::Database> openCurrentDatabase(int *exitCode);
    /**
     * The dossier named on the command line by its number ("D261206-0012", "D-DEMO-0003") or its
     * numeric id; cli.rejected (location "--dossier") when no dossier has that number.
     */
    [[nodiscard]] static domain::Result<qint64> dossierId(storage::Database &db, const QString &idOrNumber);
    /** Prints the error and returns its exit code. */
    int fail(const domain::Error &error);
    /** Prints a usage error and the hint to use --help; returns kExitUsage. */
    int usage(const QString &command, const Text &message);
    [[nodiscard]] QString hostName() const;

private:
    Lang m_lang;
    QString m_dbUrl;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sgl::cli
