#include "cli/PasswordPrompt.h"

#include <QTextStream>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace sgl::cli {

namespace {
std::optional<QString> readLine()
{
    QTextStream in(stdin);
    QString line;
    if (!in.readLineInto(&line))
        return std::nullopt;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

std::optional<QString> readHidden(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    auto line = readLine();
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err << Qt::endl;
    return line;
}
} // namespace

std::optional<QString> readPassword(bool fromStdin, const QString &prompt,
                                    const QString &confirmPrompt)
{
    if (fromStdin || !isatty(STDIN_FILENO))
        return readLine();
    auto first = readHidden(prompt);
    if (!first)
        return std::nullopt;
    if (confirmPrompt.isEmpty()) // re-authentication: typed once
        return first;
    auto second = readHidden(confirmPrompt);
    if (!second || *second != *first)
        return std::nullopt;
    return first;
}

} // namespace sgl::cli
