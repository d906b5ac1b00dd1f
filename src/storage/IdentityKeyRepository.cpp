#include "storage/IdentityKeyRepository.h"

#include "domain/identity/PhoneticKey.h"

#include <algorithm>

namespace sgl::storage {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

domain::Status insertKeys(WriteTx &tx, qint64 id, const QString &birthName, const QString &usedName,
                          const QString &firstName, const QVariant &birthDate)
{
    auto r = tx.exec(QStringLiteral("INSERT INTO patient_identity_keys (patient_id, birth_name_key, used_name_key, "
                                    "first_name_key, birth_date, key_version) VALUES (?, ?, ?, ?, ?, ?)"),
                     {id, domain::PhoneticKey::of(birthName), domain::PhoneticKey::of(usedName),
                      domain::PhoneticKey::of(firstName), birthDate, domain::PhoneticKey::version()});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

domain::Result<int> indexFrom(WriteTx &tx, qint64 afterId)
{
    auto q = tx.query(QStringLiteral("SELECT id, birth_name, used_name, first_birth_name, birth_date FROM patients "
                                     "WHERE id > ? ORDER BY id"),
                      {afterId});
    if (!q)
        return std::unexpected(q.error());
    struct Row {
        qint64 id;
        QString birthName, usedName, firstName;
        QVariant birthDate;
    };
    QList<Row> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString(), q->value(4)});
    q->finish();
    for (const Row &r : rows)
        if (auto st = insertKeys(tx, r.id, r.birthName, r.usedName, r.firstName, r.birthDate); !st)
            return std::unexpected(st.error());
    return static_cast<int>(rows.size());
}

} // namespace

domain::Status IdentityKeyRepository::upsert(WriteTx &tx, const domain::Patient &p)
{
    auto d = tx.exec(QStringLiteral("DELETE FROM patient_identity_keys WHERE patient_id = ?"), {p.id});
    if (!d)
        return std::unexpected(d.error());
    const QString first = !p.traits.firstBirthName.isEmpty()
        ? p.traits.firstBirthName
        : (p.traits.birthFirstNames.isEmpty() ? p.traits.usedFirstName : p.traits.birthFirstNames.first());
    return insertKeys(tx, p.id, p.traits.birthName, p.traits.usedName, first, dateOrNull(p.traits.birthDate));
}

domain::Result<int> IdentityKeyRepository::syncNew(WriteTx &tx)
{
    auto q = tx.query(QStringLiteral("SELECT COALESCE(MAX(patient_id), 0) FROM patient_identity_keys"));
    if (!q)
        return std::unexpected(q.error());
    const qint64 last = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return indexFrom(tx, last);
}

domain::Result<int> IdentityKeyRepository::rebuildAll(WriteTx &tx)
{
    auto d = tx.exec(QStringLiteral("DELETE FROM patient_identity_keys"));
    if (!d)
        return std::unexpected(d.error());
    return indexFrom(tx, 0);
}

domain::Result<QList<qint64>> IdentityKeyRepository::candidates(ReadTx &tx, const QString &name,
                                                                const QDate &birthDate, int limit)
{
    const QString key = domain::PhoneticKey::of(name);
    QList<qint64> out;
    if (key.isEmpty())
        return out;
    const QString lim = QString::number(std::clamp(limit, 1, 1000));
    // Two index range scans (birth name, used name) instead of an OR that defeats the indexes.
    const QString dateCond = birthDate.isValid() ? QStringLiteral(" AND k.birth_date = ?") : QString();
    for (const char *column : {"birth_name_key", "used_name_key"}) {
        QVariantList binds{key};
        if (birthDate.isValid())
            binds << birthDate.toString(Qt::ISODate);
        auto q = tx.query(QStringLiteral("SELECT k.patient_id FROM patient_identity_keys k JOIN patients p ON "
                                         "p.id = k.patient_id WHERE k.%1 = ?%2 AND p.merged_into IS NULL "
                                         "ORDER BY k.patient_id LIMIT %3")
                              .arg(QString::fromLatin1(column), dateCond, lim),
                          binds);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            if (!out.contains(id))
                out << id;
        }
        q->finish();
    }
    std::sort(out.begin(), out.end());
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

domain::Result<QList<qint64>> IdentityKeyRepository::bornOn(ReadTx &tx, const QDate &birthDate, int limit)
{
    QList<qint64> out;
    if (!birthDate.isValid())
        return out;
    auto q = tx.query(QStringLiteral("SELECT id FROM patients WHERE birth_date = ? AND merged_into IS NULL "
                                     "ORDER BY id LIMIT %1")
                          .arg(std::clamp(limit, 1, 1000)),
                      {birthDate.toString(Qt::ISODate)});
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        out << q->value(0).toLongLong();
    q->finish();
    return out;
}

} // namespace sgl::storage
