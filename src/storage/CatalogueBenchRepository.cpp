#include "storage/CatalogueBenchRepository.h"

#include "storage/CatalogueRepository.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace sgl::storage {

using namespace sgl::domain;

Result<QList<Bench>> CatalogueBenchRepository::load(ReadTx &tx)
{
    auto q = tx.query(QStringLiteral("SELECT code, label FROM catalogue_benches ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    QList<Bench> out;
    while (q->next())
        out << Bench{q->value(0).toString(), q->value(1).toString()};
    return out;
}

Result<CatalogueBenchRepository::SaveCounts> CatalogueBenchRepository::save(WriteTx &tx, const QList<Bench> &stored,
                                                                           const QList<Bench> &target,
                                                                           qint64 versionId)
{
    SaveCounts counts;
    QHash<QString, const Bench *> byCode;
    for (const Bench &b : stored)
        byCode.insert(b.code, &b);
    for (const Bench &b : target) {
        const Bench *old = byCode.value(b.code);
        if (old && *old == b)
            continue;
        if (!old) {
            auto r = tx.exec(QStringLiteral("INSERT INTO catalogue_benches (code, label, version_id) VALUES (?, ?, ?)"),
                             {b.code, b.label, versionId});
            if (!r)
                return std::unexpected(r.error());
            if (auto s = CatalogueRepository::logChange(tx, versionId, QStringLiteral("bench"), b.code,
                                                        QStringLiteral("created"), {});
                !s)
                return std::unexpected(s.error());
            ++counts.created;
            byCode.insert(b.code, &b); // a bench listed twice in `target` is created once
            continue;
        }
        auto r = tx.exec(QStringLiteral("UPDATE catalogue_benches SET label = ?, version_id = ? WHERE code = ?"),
                         {b.label, versionId, b.code});
        if (!r)
            return std::unexpected(r.error());
        if (auto s = CatalogueRepository::logChange(tx, versionId, QStringLiteral("bench"), b.code,
                                                    QStringLiteral("updated"), {QStringLiteral("bench_label")});
            !s)
            return std::unexpected(s.error());
        ++counts.updated;
        byCode.insert(b.code, &b);
    }
    return counts;
}

} // namespace sgl::storage
