#include "storage/PatientRepository.h"

#include "storage/AuditRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/PatientJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {
const QString kColumns =
    u"id, version, local_id, birth_name, first_birth_name, birth_first_names, birth_date, "
    "birth_date_raw, sex, birth_place_cog, used_name, used_first_name, status, ins_matricule, "
    "ins_key, ins_oid, ins_valid_from, ins_valid_to, doubtful, fictitious, homonym, merged_into, "
    "phone, email, address"_s;

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

template <class Row>
domain::Patient fromRow(const Row &q, const Dialect &d)
{
    domain::Patient p;
    p.id = q.value(0).toLongLong();
    p.version = q.value(1).toInt();
    p.localId = q.value(2).toString();
    p.traits.birthName = q.value(3).toString();
    p.traits.firstBirthName = q.value(4).toString();
    const QString names = q.value(5).toString();
    p.traits.birthFirstNames = names.isEmpty() ? QStringList() : names.split(u' ');
    p.traits.birthDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.traits.birthDateRaw = q.value(7).toString();
    p.traits.sex = domain::sexFromCode(q.value(8).toString()).value_or(domain::Sex::Unknown);
    p.traits.birthPlaceCog = q.value(9).toString();
    p.traits.usedName = q.value(10).toString();
    p.traits.usedFirstName = q.value(11).toString();
    p.status = domain::identityStatusFromCode(q.value(12).toString())
                   .value_or(domain::IdentityStatus::Prov);
    p.ins.matricule = q.value(13).toString();
    p.ins.key = q.value(14).toString();
    p.ins.oid = q.value(15).toString();
    p.ins.validFrom = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    p.ins.validTo = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    p.doubtful = d.boolFromDb(q.value(18));
    p.fictitious = d.boolFromDb(q.value(19));
    p.homonym = d.boolFromDb(q.value(20));
    p.mergedInto = q.value(21).toLongLong();
    p.phone = q.value(22).toString();
    p.email = q.value(23).toString();
    p.address = q.value(24).toString();
    return p;
}

QVariantList values(const domain::Patient &p, const Dialect &d)
{
    const auto &t = p.traits;
    return {p.localId,
            t.birthName,
            t.firstBirthName,
            t.birthFirstNames.join(u' '),
            dateOrNull(t.birthDate),
            t.birthDateRaw,
            domain::sexCode(t.sex),
            t.birthPlaceCog,
            t.usedName,
            t.usedFirstName,
            PatientRepository::searchKey(t.birthName + u' ' + t.usedName),
            domain::identityStatusCode(p.status),
            nullableText(p.ins.matricule),
            nullableText(p.ins.key),
            nullableText(p.ins.oid),
            dateOrNull(p.ins.validFrom),
            dateOrNull(p.ins.validTo),
            d.toDb(p.doubtful),
            d.toDb(p.fictitious),
            d.toDb(p.homonym),
            p.mergedInto == 0 ? QVariant() : QVariant(p.mergedInto),
            p.phone,
            p.email,
            p.address};
}

domain::Status loadEvidence(ReadTx &tx, domain::Patient &p)
{
    auto q = tx.rows(u"SELECT id, type, reference, checked_by, checked_at FROM patient_evidence "
                     "WHERE patient_id = ? ORDER BY id"_s,
                     {p.id});
    if (!q)
        return std::unexpected(q.error());
    p.evidence.clear();
    while (q->next()) {
        domain::IdentityEvidence e;
        e.id = q->value(0).toLongLong();
        if (!domain::evidenceTypeFromCode(q->value(1).toString(), &e.type))
            e.type = domain::EvidenceType::Other;
        e.reference = q->value(2).toString();
        e.checkedBy = q->value(3).toString();
        e.checkedAt = tx.dialect().dateTimeFromDb(q->value(4));
        p.evidence << e;
    }
    return {};
}

domain::Status saveEvidence(WriteTx &tx, domain::Patient &p)
{
    if (auto del = tx.exec(u"DELETE FROM patient_evidence WHERE patient_id = ?"_s, {p.id}); !del)
        return std::unexpected(del.error());
    for (auto &e : p.evidence) {
        if (e.checkedBy.isEmpty() || !e.checkedAt.isValid())
            return fail(errc::PatientEvidenceIncomplete,
                        u"Pièce d'identité sans vérificateur ou date de vérification."_s,
                        domain::evidenceTypeCode(e.type));
        auto id = tx.insert(u"INSERT INTO patient_evidence (patient_id, type, reference, "
                            "checked_by, checked_at) VALUES (?, ?, ?, ?, ?)"_s,
                            {p.id, domain::evidenceTypeCode(e.type), e.reference, e.checkedBy,
                             tx.dialect().toDb(e.checkedAt)});
        if (!id)
            return std::unexpected(id.error());
        e.id = *id;
    }
    return {};
}

domain::Result<std::optional<domain::Patient>> loadWhere(ReadTx &tx, const QString &where,
                                                         const QVariant &value, bool withEvidence = true)
{
    auto q = tx.rows(u"SELECT %1 FROM patients WHERE %2 = ?"_s.arg(kColumns, where), {value});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::Patient>();
    domain::Patient p = fromRow(*q, tx.dialect());
    q->finish();
    if (withEvidence)
        if (auto s = loadEvidence(tx, p); !s)
            return std::unexpected(s.error());
    return std::optional<domain::Patient>(p);
}

domain::Status validate(const domain::Patient &p)
{
    if (p.localId.trimmed().isEmpty())
        return fail(errc::PatientMissingIpp, u"Identifiant patient (IPP) manquant."_s, u"IPP"_s);
    if (p.traits.birthName.trimmed().isEmpty())
        return fail(errc::PatientMissingBirthName, u"Nom de naissance manquant."_s,
                    u"nom de naissance"_s);
    return {};
}
} // namespace

QString PatientRepository::searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toUpper();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber() || c == u'-' || c == u'\'')
            out += c;
        else if (c.isSpace() && !out.endsWith(u' '))
            out += u' ';
    }
    return out.trimmed();
}

domain::Status PatientRepository::insert(WriteTx &tx, domain::Patient &p,
                                         const domain::AuditActor &actor)
{
    if (p.id != 0)
        return fail(errc::PatientAlreadyStored, u"Ce patient est déjà enregistré."_s);
    if (auto v = validate(p); !v)
        return v;
    const QVariant now = tx.dialect().toDb(QDateTime::currentDateTimeUtc());
    QVariantList binds = values(p, tx.dialect());
    binds << now << now;
    auto id = tx.insert(u"INSERT INTO patients (local_id, birth_name, first_birth_name, "
                        "birth_first_names, birth_date, birth_date_raw, sex, birth_place_cog, "
                        "used_name, used_first_name, search_name, status, ins_matricule, ins_key, "
                        "ins_oid, ins_valid_from, ins_valid_to, doubtful, fictitious, homonym, "
                        "merged_into, phone, email, address, created_at, updated_at) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, ?)"_s,
                        binds);
    if (!id)
        return std::unexpected(id.error());
    p.id = *id;
    p.version = 1;
    if (auto s = saveEvidence(tx, p); !s)
        return s;
    auto a = AuditRepository::append(tx, actor, u"patient.create"_s, u"patient"_s,
                                     QString::number(p.id), {}, PatientJson::toJson(p));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status PatientRepository::update(WriteTx &tx, domain::Patient &p,
                                         const domain::AuditActor &actor, const QString &reason)
{
    if (auto v = validate(p); !v)
        return v;
    auto before = loadWhere(tx, u"id"_s, p.id);
    if (!before)
        return std::unexpected(before.error());
    if (!*before)
        return fail(errc::NotFound, u"Patient %1 introuvable."_s.arg(p.id));
    QVariantList binds = values(p, tx.dialect());
    binds << tx.dialect().toDb(QDateTime::currentDateTimeUtc()) << p.id << p.version;
    auto s = tx.execVersioned(
        u"UPDATE patients SET version = version + 1, local_id = ?, birth_name = ?, "
        "first_birth_name = ?, birth_first_names = ?, birth_date = ?, birth_date_raw = ?, sex = ?, "
        "birth_place_cog = ?, used_name = ?, used_first_name = ?, search_name = ?, status = ?, "
        "ins_matricule = ?, ins_key = ?, ins_oid = ?, ins_valid_from = ?, ins_valid_to = ?, "
        "doubtful = ?, fictitious = ?, homonym = ?, merged_into = ?, phone = ?, email = ?, "
        "address = ?, updated_at = ? WHERE id = ? AND version = ?"_s,
        binds, u"le patient %1"_s.arg(p.localId));
    if (!s)
        return s;
    p.version += 1;
    if (auto e = saveEvidence(tx, p); !e)
        return e;
    QString after = PatientJson::toJson(p);
    if (!reason.isEmpty()) {
        QJsonObject o = QJsonDocument::fromJson(after.toUtf8()).object();
        o[u"reason"_s] = reason;
        after = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    auto a = AuditRepository::append(tx, actor, u"patient.update"_s, u"patient"_s,
                                     QString::number(p.id), PatientJson::toJson(**before), after);
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Result<domain::Patient> PatientRepository::get(WriteTx &tx, qint64 id,
                                                       const domain::AuditActor &actor)
{
    auto p = loadWhere(tx, u"id"_s, id);
    if (!p)
        return std::unexpected(p.error());
    if (!*p)
        return fail(errc::NotFound, u"Patient %1 introuvable."_s.arg(id));
    auto a = AuditRepository::append(tx, actor, u"patient.read"_s, u"patient"_s,
                                     QString::number(id));
    if (!a)
        return std::unexpected(a.error());
    return **p;
}

domain::Result<domain::Patient> PatientRepository::getUnaudited(ReadTx &tx, qint64 id, const ActionAudit &action)
{
    auto p = rowUnaudited(tx, id, action);
    if (!p)
        return p;
    if (auto s = loadEvidence(tx, *p); !s)
        return std::unexpected(s.error());
    return p;
}

domain::Result<domain::Patient> PatientRepository::rowUnaudited(ReadTx &tx, qint64 id, const ActionAudit &action)
{
    Q_ASSERT(action.covers(tx));
    Q_UNUSED(action);
    auto p = loadWhere(tx, u"id"_s, id, false);
    if (!p)
        return std::unexpected(p.error());
    if (!*p)
        return fail(errc::NotFound, u"Patient %1 introuvable."_s.arg(id));
    return **p;
}

domain::Result<std::optional<domain::Patient>>
PatientRepository::findByLocalId(WriteTx &tx, const QString &localId,
                                 const domain::AuditActor &actor)
{
    auto p = loadWhere(tx, u"local_id"_s, localId);
    if (!p || !*p)
        return p;
    auto a = AuditRepository::append(tx, actor, u"patient.read"_s, u"patient"_s,
                                     QString::number((*p)->id));
    if (!a)
        return std::unexpected(a.error());
    return p;
}

domain::Result<QList<domain::Patient>>
PatientRepository::search(WriteTx &tx, const PatientSearch &c, const domain::AuditActor &actor)
{
    QStringList where;
    QVariantList binds;
    QJsonObject criteria;
    const QString key = searchKey(c.name);
    if (!key.isEmpty()) {
        where << u"search_name LIKE ?"_s;
        binds << u"%"_s + key + u"%"_s;
        criteria[u"name"_s] = key;
    }
    if (c.birthDate.isValid()) {
        where << u"birth_date = ?"_s;
        binds << c.birthDate.toString(Qt::ISODate);
        criteria[u"birthDate"_s] = c.birthDate.toString(Qt::ISODate);
    }
    if (!c.localId.trimmed().isEmpty()) {
        where << u"local_id = ?"_s;
        binds << c.localId.trimmed();
        criteria[u"ipp"_s] = c.localId.trimmed();
    }
    if (!c.insMatricule.trimmed().isEmpty()) {
        where << u"ins_matricule = ?"_s;
        binds << c.insMatricule.trimmed().left(13).toUpper();
        criteria[u"ins"_s] = c.insMatricule.trimmed().left(13).toUpper();
    }
    if (where.isEmpty())
        return fail(errc::PatientSearchEmpty,
                    u"Indiquez au moins un critère de recherche (nom, date de naissance, IPP ou INS)."_s);
    const int limit = std::clamp(c.limit, 1, 500);
    auto q = tx.query(u"SELECT %1 FROM patients WHERE %2 ORDER BY search_name, birth_date, id "
                      "LIMIT %3"_s.arg(kColumns, where.join(u" AND "_s), QString::number(limit)),
                      binds);
    if (!q)
        return std::unexpected(q.error());
    QList<domain::Patient> out;
    QJsonArray ids;
    while (q->next()) {
        out << fromRow(*q, tx.dialect());
        ids.append(out.last().id);
    }
    q->finish();
    QJsonObject after{{u"criteria"_s, criteria}, {u"ids"_s, ids}};
    auto a = AuditRepository::append(tx, actor, u"patient.search"_s, u"patient"_s, u"*"_s, {},
                                     QString::fromUtf8(QJsonDocument(after).toJson(
                                         QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return out;
}

domain::Result<qint64> PatientRepository::count(ReadTx &tx)
{
    auto q = tx.query(u"SELECT count(*) FROM patients"_s);
    if (!q)
        return std::unexpected(q.error());
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return n;
}

} // namespace sgl::storage
