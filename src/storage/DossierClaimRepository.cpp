#include "storage/DossierClaimRepository.h"

#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"
#include "storage/Tr.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sgl::storage {

domain::Result<int> DossierClaimRepository::claim(WriteTx &tx, qint64 dossierId, int expectedVersion)
{
    auto n = tx.exec(QStringLiteral("UPDATE dossiers SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
                     {tx.dialect().toDb(QDateTime::currentDateTimeUtc()), dossierId, expectedVersion});
    if (!n)
        return std::unexpected(n.error());
    if (*n == 1)
        return expectedVersion + 1;
    auto q = tx.query(QStringLiteral("SELECT number, version FROM dossiers WHERE id = ?"), {dossierId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return domain::fail(errc::NotFound, Tr::tr("Dossier %1 introuvable.").arg(dossierId), QString::number(dossierId));
    const QString number = q->value(0).toString();
    auto who = lastChangedBy(tx, dossierId);
    if (!who)
        return std::unexpected(who.error());
    const QString by = who->isEmpty() ? Tr::tr("un autre poste") : *who;
    return domain::fail(errc::Conflict,
                        Tr::tr("Le dossier %1 a été modifié par %2 depuis l'ouverture : rechargez-le avant de "
                               "recommencer (rien n'a été enregistré).")
                            .arg(number, by),
                        number);
}

domain::Result<QString> DossierClaimRepository::lastChangedBy(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.query(QStringLiteral("SELECT actor_login FROM audit_log WHERE entity_type = ? AND entity_id = ? "
                                     "AND action NOT LIKE ? ORDER BY seq DESC LIMIT 1"),
                      {QStringLiteral("dossier"), QString::number(dossierId), QStringLiteral("%read%")});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

} // namespace sgl::storage
