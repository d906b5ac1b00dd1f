#include "storage/DirectoryFilesRepository.h"

#include "storage/DirectoryProfessionalKeys.h"

#include <QHash>
#include <QSqlQuery>

namespace sgl::storage {

using namespace Qt::StringLiterals;

namespace {

// Same bound-parameter budget as DirectoryRepository: at most 16 columns × 100 rows per INSERT.
constexpr int kRowsPerStatement = 100;

const QStringList kSkillColumns{u"generation"_s, u"line"_s, u"id_pp"_s, u"type_code"_s,
                                u"type_label"_s, u"code"_s, u"label"_s};
const QStringList kDiplomaColumns{u"generation"_s,        u"line"_s,           u"id_pp"_s,
                                  u"diploma_type_code"_s, u"diploma_type_label"_s, u"diploma_code"_s,
                                  u"diploma_label"_s,     u"authorisation_type_code"_s, u"authorisation_type_label"_s,
                                  u"discipline_code"_s,   u"discipline_label"_s};
const QStringList kMailboxColumns{u"generation"_s,   u"line"_s,          u"box_type"_s,        u"address"_s,
                                  u"id_type"_s,      u"id_pp"_s,         u"structure_id_type"_s, u"structure_id"_s,
                                  u"service"_s,      u"last_name"_s,     u"first_name"_s,      u"profession_code"_s,
                                  u"dematerialisation"_s, u"organisation_name"_s, u"postcode"_s, u"city"_s};

domain::Status insertRows(WriteTx &tx, const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    const QString one = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        const int n = int(std::min<qsizetype>(kRowsPerStatement, rows.size() - start));
        QVariantList binds;
        binds.reserve(n * columns.size());
        for (qsizetype i = start; i < start + n; ++i)
            binds += rows[i];
        const QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s))
            + QStringList(n, one).join(u", "_s);
        if (auto r = tx.exec(sql, binds); !r)
            return std::unexpected(r.error());
    }
    return {};
}

domain::DirectoryMailbox::Type typeOf(const QString &code)
{
    if (code == u"ORG"_s)
        return domain::DirectoryMailbox::Type::Organisation;
    if (code == u"APP"_s)
        return domain::DirectoryMailbox::Type::Application;
    if (code == u"CAB"_s)
        return domain::DirectoryMailbox::Type::Practice;
    return domain::DirectoryMailbox::Type::Personal;
}

const QString kMailboxSelect = u"SELECT box_type, address, id_type, id_pp, structure_id_type, structure_id, service, "
                               "last_name, first_name, profession_code, dematerialisation, organisation_name, postcode, "
                               "city FROM directory_mailboxes"_s;

domain::DirectoryMailbox mailboxFrom(const QSqlQuery &q)
{
    domain::DirectoryMailbox m;
    m.typeCode = q.value(0).toString();
    m.type = typeOf(m.typeCode);
    m.address = q.value(1).toString();
    m.idType = q.value(2).toString();
    m.idPp = q.value(3).toString();
    m.structureIdType = q.value(4).toString();
    m.structureId = q.value(5).toString();
    m.service = q.value(6).toString();
    m.lastName = q.value(7).toString();
    m.firstName = q.value(8).toString();
    m.professionCode = q.value(9).toString();
    m.dematerialisation = q.value(10).toString();
    m.organisationName = q.value(11).toString();
    m.postcode = q.value(12).toString();
    m.city = q.value(13).toString();
    return m;
}

} // namespace

domain::Status DirectoryFilesRepository::insertSkills(WriteTx &tx, qint64 generation,
                                                      const QList<DirectoryLine<domain::DirectorySkill>> &rows)
{
    QList<QVariantList> values;
    values.reserve(rows.size());
    for (const auto &[line, s] : rows)
        values << QVariantList{generation, line, s.idPp, s.typeCode, s.typeLabel, s.code, s.label};
    return insertRows(tx, u"directory_skills"_s, kSkillColumns, values);
}

domain::Status DirectoryFilesRepository::insertDiplomas(WriteTx &tx, qint64 generation,
                                                        const QList<DirectoryLine<domain::DirectoryDiploma>> &rows)
{
    QList<QVariantList> values;
    values.reserve(rows.size());
    for (const auto &[line, d] : rows)
        values << QVariantList{generation,      line,           d.idPp,
                               d.diplomaTypeCode, d.diplomaTypeLabel, d.diplomaCode,
                               d.diplomaLabel,  d.authorisationTypeCode, d.authorisationTypeLabel,
                               d.disciplineCode, d.disciplineLabel};
    return insertRows(tx, u"directory_diplomas"_s, kDiplomaColumns, values);
}

domain::Status DirectoryFilesRepository::insertMailboxes(WriteTx &tx, qint64 generation,
                                                         const QList<DirectoryLine<domain::DirectoryMailbox>> &rows)
{
    QList<QVariantList> values;
    values.reserve(rows.size());
    for (const auto &[line, m] : rows)
        values << QVariantList{generation,   line,          m.typeCode,   m.address,        m.idType,
                               m.idPp,       m.structureIdType, m.structureId, m.service,  m.lastName,
                               m.firstName,  m.professionCode, m.dematerialisation, m.organisationName, m.postcode,
                               m.city};
    return insertRows(tx, u"directory_mailboxes"_s, kMailboxColumns, values);
}

domain::Status DirectoryFilesRepository::dropGeneration(WriteTx &tx, qint64 generation)
{
    for (const QString &sql : {u"DELETE FROM directory_skills WHERE generation = ?"_s,
                               u"DELETE FROM directory_diplomas WHERE generation = ?"_s,
                               u"DELETE FROM directory_mailboxes WHERE generation = ?"_s})
        if (auto r = tx.exec(sql, {generation}); !r)
            return std::unexpected(r.error());
    return {};
}

domain::Status DirectoryFilesRepository::attach(ReadTx &tx, qint64 generation,
                                                QList<domain::DirectoryProfessional> &professionals)
{
    if (professionals.isEmpty())
        return {};
    const auto keys = DirectoryProfessionalKeys::of(generation, professionals);
    const auto &index = keys.index;
    const auto &binds = keys.binds;
    const QString &in = keys.inCondition;
    {
        auto q = tx.query(u"SELECT id_pp, address FROM directory_mailboxes WHERE generation = ? AND box_type = 'PER'"_s + in
                              + u" ORDER BY line"_s,
                          binds);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            QStringList &boxes = professionals[index.value(q->value(0).toString())].mssanteMailboxes;
            const QString address = q->value(1).toString();
            if (!boxes.contains(address))
                boxes << address;
        }
    }
    {
        auto q = tx.query(u"SELECT id_pp, type_code, type_label, code, label FROM directory_skills WHERE generation = ?"_s
                              + in + u" ORDER BY line"_s,
                          binds);
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            professionals[index.value(q->value(0).toString())].skills
                << domain::DirectorySkill{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                          q->value(3).toString(), q->value(4).toString()};
    }
    auto q = tx.query(u"SELECT id_pp, diploma_type_code, diploma_type_label, diploma_code, diploma_label, "
                      "authorisation_type_code, authorisation_type_label, discipline_code, discipline_label "
                      "FROM directory_diplomas WHERE generation = ?"_s
                          + in + u" ORDER BY line"_s,
                      binds);
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        professionals[index.value(q->value(0).toString())].diplomas
            << domain::DirectoryDiploma{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                        q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                                        q->value(6).toString(), q->value(7).toString(), q->value(8).toString()};
    return {};
}

domain::Result<QList<domain::DirectoryMailbox>> DirectoryFilesRepository::mailboxesOf(ReadTx &tx, qint64 generation,
                                                                                     const QString &idPp)
{
    auto q = tx.query(kMailboxSelect + u" WHERE generation = ? AND id_pp = ? ORDER BY line"_s, {generation, idPp});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::DirectoryMailbox> out;
    while (q->next())
        out << mailboxFrom(*q);
    return out;
}

domain::Result<DirectoryFilesRepository::Counts> DirectoryFilesRepository::counts(ReadTx &tx, qint64 generation)
{
    Counts c;
    for (auto [table, target] : {std::pair{u"directory_skills"_s, &c.skills}, std::pair{u"directory_diplomas"_s, &c.diplomas},
                                 std::pair{u"directory_mailboxes"_s, &c.mailboxes}}) {
        auto q = tx.query(u"SELECT COUNT(*) FROM %1 WHERE generation = ?"_s.arg(table), {generation});
        if (!q)
            return std::unexpected(q.error());
        *target = q->next() ? q->value(0).toLongLong() : 0;
    }
    return c;
}

} // namespace sgl::storage
