#include "workflow/validation/CommentLibraryCsv.h"

#include "interop/catalogue/CsvTable.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QSet>

#include <optional>

namespace sgl::workflow::validation {

using namespace sgl::domain;
using interop::catalogue::CsvTable;

namespace {

std::optional<bool> yesNo(const QString &text, bool empty)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return empty;
    if (t == u"oui" || t == u"1" || t == u"true" || t == u"o" || t == u"vrai")
        return true;
    if (t == u"non" || t == u"0" || t == u"false" || t == u"n" || t == u"faux")
        return false;
    return std::nullopt;
}

std::unexpected<Error> lineError(const QString &source, int line, const QString &what)
{
    return fail(errc::CommentCsvLine, Tr::tr("Ligne %1 : %2").arg(line).arg(what),
                QStringLiteral("%1:%2").arg(source).arg(line));
}

} // namespace

Result<QList<CommentTemplate>> CommentLibraryCsv::read(const QByteArray &csv, const QString &source)
{
    const CsvTable table = CsvTable::parse(csv, source);
    if (!table.errors.isEmpty())
        return std::unexpected(table.errors.first());
    const int code = table.column(QStringLiteral("code"));
    const int text = table.column(QStringLiteral("texte"));
    const int printed = table.column(QStringLiteral("imprime"));
    const int chapter = table.column(QStringLiteral("chapitre"));
    const int active = table.column(QStringLiteral("actif"));
    if (code < 0 || text < 0)
        return lineError(source, 1, Tr::tr("colonnes « code » et « texte » obligatoires (en-tête : "
                                           "code;texte;imprime;chapitre;actif)."));
    QList<CommentTemplate> out;
    QSet<QString> seen;
    for (const CsvTable::Row &row : table.rows) {
        auto field = [&](int column) { return column >= 0 && column < row.fields.size() ? row.fields[column] : QString(); };
        if (row.fields.size() == 1 && row.fields.first().trimmed().isEmpty())
            continue; // blank line
        CommentTemplate t;
        t.code = field(code).trimmed().toUpper();
        t.text = field(text).trimmed();
        t.chapterCode = field(chapter).trimmed().toUpper();
        const auto p = yesNo(field(printed), true);
        if (!p)
            return lineError(source, row.line,
                             Tr::tr("« %1 » dans la colonne imprime : oui ou non attendu.").arg(field(printed)));
        const auto a = yesNo(field(active), true);
        if (!a)
            return lineError(source, row.line,
                             Tr::tr("« %1 » dans la colonne actif : oui ou non attendu.").arg(field(active)));
        t.printedByDefault = *p;
        t.active = *a;
        if (auto s = t.check(); !s)
            return lineError(source, row.line, s.error().message);
        if (seen.contains(t.code))
            return lineError(source, row.line, Tr::tr("le code « %1 » figure déjà plus haut dans le fichier.").arg(t.code));
        seen.insert(t.code);
        out << t;
    }
    return out;
}

QByteArray CommentLibraryCsv::write(const QList<CommentTemplate> &templates)
{
    auto yes = [](bool b) { return b ? QStringLiteral("oui") : QStringLiteral("non"); };
    QByteArray out("\xEF\xBB\xBF");
    out += CsvTable::formatRow({QStringLiteral("code"), QStringLiteral("texte"), QStringLiteral("imprime"),
                                QStringLiteral("chapitre"), QStringLiteral("actif")});
    for (const CommentTemplate &t : templates)
        out += CsvTable::formatRow({t.code, t.text, yes(t.printedByDefault), t.chapterCode, yes(t.active)});
    return out;
}

} // namespace sgl::workflow::validation
