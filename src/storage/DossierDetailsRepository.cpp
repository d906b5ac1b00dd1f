#include "storage/DossierDetailsRepository.h"

#include "storage/Dialect.h"

#include <QSqlQuery>

namespace sgl::storage {

domain::Status DossierDetailsRepository::save(WriteTx &tx, const domain::Dossier &d)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM dossier_correspondents WHERE dossier_id = ?"),
                               QStringLiteral("DELETE FROM dossier_clinical_answers WHERE dossier_id = ?")})
        if (auto r = tx.exec(sql, {d.id}); !r)
            return std::unexpected(r.error());
    for (qsizetype i = 0; i < d.correspondents.size(); ++i) {
        const domain::Correspondent &c = d.correspondents[i];
        auto r = tx.exec(QStringLiteral("INSERT INTO dossier_correspondents (dossier_id, position, rpps, name, mssante, "
                                        "copy_report) VALUES (?, ?, ?, ?, ?, ?)"),
                         {d.id, int(i), c.rpps, c.name, c.mssante, tx.dialect().toDb(c.copyOfReport)});
        if (!r)
            return std::unexpected(r.error());
    }
    for (auto it = d.clinicalAnswers.cbegin(); it != d.clinicalAnswers.cend(); ++it) {
        auto r = tx.exec(QStringLiteral("INSERT INTO dossier_clinical_answers (dossier_id, question_code, answer) "
                                        "VALUES (?, ?, ?)"),
                         {d.id, it.key(), it.value()});
        if (!r)
            return std::unexpected(r.error());
    }
    return {};
}

domain::Status DossierDetailsRepository::load(ReadTx &tx, domain::Dossier &d)
{
    auto c = tx.rows(QStringLiteral("SELECT rpps, name, mssante, copy_report FROM dossier_correspondents "
                                    "WHERE dossier_id = ? ORDER BY position"),
                     {d.id});
    if (!c)
        return std::unexpected(c.error());
    d.correspondents.clear();
    while (c->next())
        d.correspondents << domain::Correspondent{c->value(0).toString(), c->value(1).toString(), c->value(2).toString(),
                                                  tx.dialect().boolFromDb(c->value(3))};
    c->finish();
    auto a = tx.rows(QStringLiteral("SELECT question_code, answer FROM dossier_clinical_answers WHERE dossier_id = ?"),
                     {d.id});
    if (!a)
        return std::unexpected(a.error());
    d.clinicalAnswers.clear();
    while (a->next())
        d.clinicalAnswers.insert(a->value(0).toString(), a->value(1).toString());
    a->finish();
    return {};
}

} // namespace sgl::storage
