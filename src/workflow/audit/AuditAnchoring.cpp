#include "workflow/audit/AuditAnchoring.h"

#include "domain/ErrorCodes.h"

#include "workflow/Tr.h"

#include "domain/audit/AuditChain.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/ErrorCodes.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::workflow {

namespace {
constexpr qint64 kMaxKeyFileBytes = 4096;

// Head of the trail, identity of the database and, for the file's last anchor, the current hash
// of its row: everything anchor() needs, read in one transaction.
struct TrailState {
    QString databaseId;
    qint64 headSeq = 0;
    QString headHash;
    std::optional<QString> lastAnchoredHash;
};
} // namespace

domain::Result<QByteArray> AuditAnchoring::readKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(domain::errc::AuditAnchorKey,
                    Tr::tr("Fichier de clé illisible : %1.")
                        .arg(f.errorString()),
                    path);
    if (f.size() > kMaxKeyFileBytes)
        return fail(domain::errc::AuditAnchorKey,
                    Tr::tr("Fichier de clé trop grand (plus de %1 octets) : ce n'est pas une clé.")
                        .arg(kMaxKeyFileBytes),
                    path);
    const QByteArray key = f.readAll().trimmed();
    if (key.size() < domain::AuditAnchor::kMinKeyBytes)
        return fail(domain::errc::AuditAnchorKey,
                    Tr::tr("Clé trop courte (%1 octets, au moins %2) : créez-la par exemple avec « openssl rand -hex 32 ».")
                        .arg(key.size())
                        .arg(domain::AuditAnchor::kMinKeyBytes),
                    path);
    return key;
}

domain::Result<QList<domain::AuditAnchorLog::Entry>> AuditAnchoring::readAnchors(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(domain::errc::AuditAnchorFile,
                    Tr::tr("Fichier d'ancres illisible : %1.")
                        .arg(f.errorString()),
                    path);
    return domain::AuditAnchorLog::parse(f.readAll(), path);
}

domain::Result<domain::AuditAnchorLog::Outcome>
AuditAnchoring::check(storage::ReadTx &tx, const QList<domain::AuditAnchorLog::Entry> &entries,
                      const QByteArray &key, const QString &label)
{
    if (entries.isEmpty())
        return fail(domain::errc::AuditAnchorEmpty,
                    Tr::tr("Le fichier d'ancres ne contient aucune ancre : rien à vérifier."),
                    label);
    auto id = storage::AuditRepository::databaseId(tx);
    if (!id)
        return std::unexpected(id.error());
    auto head = storage::AuditRepository::head(tx);
    if (!head)
        return std::unexpected(head.error());
    // Anchors taken between two writes share their row: look each row up once.
    QHash<qint64, std::optional<QString>> cache;
    std::optional<domain::Error> lookupError;
    auto hashOf = [&](qint64 seq) -> std::optional<QString> {
        if (auto it = cache.constFind(seq); it != cache.cend())
            return *it;
        auto row = storage::AuditRepository::find(tx, seq);
        if (!row) {
            lookupError = row.error();
            return std::nullopt;
        }
        std::optional<QString> hash;
        if (row->has_value())
            hash = (*row)->hash;
        cache.insert(seq, hash);
        return hash;
    };
    auto outcome = domain::AuditAnchorLog::check(entries, *id, head->first, hashOf, key);
    if (lookupError) // a failed query must not pass for a deleted row
        return std::unexpected(*lookupError);
    return outcome;
}

domain::Result<domain::AuditAnchor> AuditAnchoring::anchor(const domain::UserSession &by,
                                                           const QString &path,
                                                           const QByteArray &key)
{
    if (auto ok = requirePermission(by, domain::Permission::AuditVerify); !ok)
        return std::unexpected(ok.error());
    return run(domain::AuditActor::fromSession(by), path, key);
}

domain::Result<domain::AuditAnchor> AuditAnchoring::anchorAsSystem(const domain::AuditActor &actor,
                                                                   const QString &path,
                                                                   const QByteArray &key)
{
    return run(actor, path, key);
}

domain::Result<domain::AuditAnchor> AuditAnchoring::run(const domain::AuditActor &actor,
                                                        const QString &path, const QByteArray &key)
{
    // One handle for reading what is there and appending after it.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(domain::errc::AuditAnchorFile,
                    Tr::tr("Fichier d'ancres impossible à ouvrir en ajout : %1.")
                        .arg(file.errorString()),
                    path);
#ifdef Q_OS_UNIX
    // Two anchoring jobs appending to the same file at once would both number their anchor
    // after the same last line. Held until the file is closed; filesystems without locks
    // (some network shares) fall back to "one job per file" (docs/cli.md).
    if (::flock(file.handle(), LOCK_EX) != 0 && errno != ENOLCK && errno != EOPNOTSUPP)
        return fail(domain::errc::AuditAnchorFile,
                    Tr::tr("Fichier d'ancres impossible à verrouiller : %1.")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))),
                    path);
#endif
    file.seek(0);
    const QByteArray existing = file.readAll();
    auto parsed = domain::AuditAnchorLog::parse(existing, path);
    if (!parsed)
        return std::unexpected(parsed.error());
    const std::optional<domain::AuditAnchorLog::Entry> last =
        parsed->isEmpty() ? std::nullopt : std::optional(parsed->last());
    const QString lastWhere = last ? path + u':' + QString::number(last->line) : QString();
    if (last && last->anchor.isSigned() && key.isEmpty())
        return fail(domain::errc::AuditAnchorKey,
                    Tr::tr("Les ancres de ce fichier sont signées : donnez leur clé (--key), sinon les nouvelles ne seraient pas authentifiables."),
                    lastWhere);
    if (last && last->anchor.isSigned() && !last->anchor.macMatches(key))
        return fail(domain::errc::AuditAnchorKey,
                    Tr::tr("La clé fournie ne vérifie pas la signature de la dernière ancre du fichier : mauvaise clé, ou ligne falsifiée."),
                    lastWhere);

    auto state = m_db.read([&](storage::ReadTx &tx) -> domain::Result<TrailState> {
        TrailState s;
        auto id = storage::AuditRepository::databaseId(tx);
        if (!id)
            return std::unexpected(id.error());
        s.databaseId = *id;
        auto head = storage::AuditRepository::head(tx);
        if (!head)
            return std::unexpected(head.error());
        s.headSeq = head->first;
        s.headHash = head->second;
        if (last && last->anchor.seq > 0) {
            auto row = storage::AuditRepository::find(tx, last->anchor.seq);
            if (!row)
                return std::unexpected(row.error());
            if (row->has_value())
                s.lastAnchoredHash = (*row)->hash;
        }
        return s;
    });
    if (!state)
        return std::unexpected(state.error());

    if (last) {
        const domain::AuditAnchor &prev = last->anchor;
        if (prev.databaseId != state->databaseId)
            return fail(domain::errc::AuditAnchorForeign,
                        Tr::tr("Ce fichier contient les ancres d'une autre base (identifiant %1 ; cette base : %2) : choisissez un fichier propre à cette base.")
                            .arg(prev.databaseId, state->databaseId),
                        lastWhere);
        const bool gone = prev.seq > state->headSeq || (prev.seq > 0 && !state->lastAnchoredHash);
        if (gone || (prev.seq > 0 && *state->lastAnchoredHash != prev.hash))
            return fail(errc::AuditAnchorMismatch,
                        (gone ? Tr::tr("Ancre %1 : la ligne d'audit %2 n'existe plus (la piste s'arrête à la ligne %3) — fin de piste supprimée. Aucune nouvelle ancre écrite ; lancez « sgl verify-audit --anchors ».")
                                    .arg(prev.number)
                                    .arg(prev.seq)
                                    .arg(state->headSeq)
                              : Tr::tr("Ancre %1 : la ligne d'audit %2 a été réécrite depuis l'ancre. Aucune nouvelle ancre écrite ; lancez « sgl verify-audit --anchors ».")
                                    .arg(prev.number)
                                    .arg(prev.seq)),
                        lastWhere);
    }

    domain::AuditAnchor a;
    a.number = domain::AuditAnchorLog::nextNumber(*parsed);
    a.databaseId = state->databaseId;
    a.seq = state->headSeq;
    a.hash = state->headHash;
    a.at = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u'Z';
    a.sign(key);

    QByteArray line;
    if (!existing.isEmpty() && !existing.endsWith('\n'))
        line += '\n'; // never glue the new anchor to a last line written without its newline
    line += a.toLine() + '\n';
    bool written = file.write(line) == line.size() && file.flush();
#ifdef Q_OS_UNIX
    // The anchor is only worth something once on disk (or on the remote share).
    written = written && ::fsync(file.handle()) == 0;
#endif
    if (!written)
        return fail(errc::AuditAnchorWrite,
                    Tr::tr("Ancre non écrite : %1.")
                        .arg(file.errorString()),
                    path);
    file.close();

    const QString after = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"n"_s, a.number},
                                  {u"seq"_s, a.seq},
                                  {u"hash"_s, a.hash},
                                  {u"signed"_s, a.isSigned()},
                                  {u"file"_s, path}})
            .toJson(QJsonDocument::Compact));
    auto logged = m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        auto r = storage::AuditRepository::append(tx, actor, u"audit.anchor"_s, u"audit"_s, u"*"_s,
                                                  {}, after);
        if (!r)
            return std::unexpected(r.error());
        return {};
    });
    if (!logged)
        return std::unexpected(logged.error());
    return a;
}

} // namespace sgl::workflow
