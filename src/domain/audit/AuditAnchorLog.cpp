#include "domain/audit/AuditAnchorLog.h"

#include "domain/Tr.h"


namespace sgl::domain {

namespace {
QString shortHash(const QString &h)
{
    return h.left(12) + QStringLiteral("…");
}
} // namespace

Result<QList<AuditAnchorLog::Entry>> AuditAnchorLog::parse(const QByteArray &content,
                                                           const QString &fileLabel)
{
    QList<Entry> out;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const int lineNo = int(i + 1);
        auto a = AuditAnchor::fromLine(line, fileLabel + u':' + QString::number(lineNo));
        if (!a)
            return std::unexpected(a.error());
        out << Entry{*a, lineNo};
    }
    return out;
}

qint64 AuditAnchorLog::nextNumber(const QList<Entry> &entries)
{
    return entries.isEmpty() ? 1 : entries.last().anchor.number + 1;
}

AuditAnchorLog::Outcome AuditAnchorLog::check(const QList<Entry> &entries,
                                              const QString &databaseId, qint64 headSeq,
                                              const HashLookup &hashOf, const QByteArray &key)
{
    Outcome out;
    const bool keyGiven = !key.isEmpty();
    qint64 expectedNumber = 1;
    qint64 signedCount = 0;
    qint64 badSignatures = 0;
    bool anyUnsigned = false;
    for (const Entry &e : entries) {
        const AuditAnchor &a = e.anchor;
        ++out.anchorsChecked;
        const QString who = Tr::tr("Ancre %1 (ligne %2 du fichier)")
                                .arg(a.number)
                                .arg(e.line);
        auto problem = [&](const QString &kind, const QString &what) {
            out.problems << AuditChain::Problem{a.seq, kind, who + QStringLiteral(" : ") + what};
        };
        if (a.number > expectedNumber) {
            problem(QStringLiteral("anchor_removed"),
                    a.number == expectedNumber + 1
                        ? Tr::tr("l'ancre %1 manque dans le fichier (ligne d'ancre supprimée).")
                              .arg(expectedNumber)
                        : Tr::tr("les ancres %1 à %2 manquent dans le fichier (lignes d'ancre supprimées).")
                              .arg(expectedNumber)
                              .arg(a.number - 1));
        } else if (a.number < expectedNumber) {
            problem(QStringLiteral("anchor_order"),
                    Tr::tr("numéro en double ou hors d'ordre (attendu %1) : fichier d'ancres réordonné ou recopié.")
                        .arg(expectedNumber));
        }
        expectedNumber = std::max(expectedNumber, a.number + 1);

        if (a.isSigned())
            ++signedCount;
        else
            anyUnsigned = true;
        if (keyGiven) {
            if (!a.isSigned()) {
                problem(QStringLiteral("unsigned"),
                        Tr::tr("ligne non signée alors qu'une clé est fournie : ancre ajoutée sans la clé, non authentifiable."));
                continue;
            }
            if (!a.macMatches(key)) {
                ++badSignatures;
                problem(QStringLiteral("bad_signature"),
                        Tr::tr("signature HMAC invalide : ligne falsifiée, ou clé différente de celle qui l'a signée."));
                continue;
            }
        }
        if (a.databaseId != databaseId) {
            problem(QStringLiteral("other_database"),
                    Tr::tr("prise sur une autre base (identifiant %1 ; cette base : %2) : mauvais fichier d'ancres, ou identité de la base réécrite.")
                        .arg(a.databaseId, databaseId));
            continue;
        }
        if (a.seq == 0)
            continue; // anchored an empty trail: nothing to find
        if (a.seq > headSeq) {
            problem(QStringLiteral("tail_deleted"),
                    Tr::tr("la ligne d'audit %1 n'existe plus — fin de piste supprimée (la piste s'arrête à la ligne %2).")
                        .arg(a.seq)
                        .arg(headSeq));
            continue;
        }
        const std::optional<QString> current = hashOf(a.seq);
        if (!current) {
            problem(QStringLiteral("row_deleted"),
                    Tr::tr("la ligne d'audit %1 n'existe plus — ligne supprimée.")
                        .arg(a.seq));
        } else if (*current != a.hash) {
            problem(QStringLiteral("rewritten"),
                    Tr::tr("la ligne d'audit %1 a été réécrite (empreinte ancrée %2, empreinte actuelle %3) — piste refaite depuis cette ligne.")
                        .arg(a.seq)
                        .arg(shortHash(a.hash), shortHash(*current)));
        }
    }
    if (keyGiven && signedCount > 0 && badSignatures == signedCount)
        out.notes << Tr::tr("Aucune signature n'est valide : la clé fournie n'est sans doute pas celle des ancres.");
    if (!keyGiven && signedCount > 0)
        out.notes << Tr::tr("Signatures HMAC des ancres non vérifiées : aucune clé fournie (--key).");
    if (!keyGiven && anyUnsigned)
        out.notes << Tr::tr("Ancres non signées : seul leur lieu de conservation (autre machine, support non réinscriptible) les protège d'une falsification.");
    return out;
}

} // namespace sgl::domain
