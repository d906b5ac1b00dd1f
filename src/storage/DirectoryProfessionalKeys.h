#pragma once

#include "domain/directory/DirectoryProfessional.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

namespace sgl::storage {

/**
 * What attaching rows to a page of professionals needs (their activities, mailboxes, skills,
 * diplomas): the position of each RPPS in the page, the binds `generation, id_pp...` and the
 * matching ` AND id_pp IN (?, ...)` condition, so that each attached table is one query for the
 * whole page. Shared by DirectoryRepository and DirectoryFilesRepository.
 */
struct DirectoryProfessionalKeys {
    QHash<QString, qsizetype> index; ///< id_pp -> position in the page
    QVariantList binds;              ///< the generation, then every id_pp of the page
    QString inCondition;             ///< " AND id_pp IN (?, ...)", one mark per professional

    static DirectoryProfessionalKeys of(qint64 generation, const QList<domain::DirectoryProfessional> &professionals)
    {
        DirectoryProfessionalKeys k;
        k.binds << generation;
        for (qsizetype i = 0; i < professionals.size(); ++i) {
            k.index.insert(professionals[i].idPp, i);
            k.binds << professionals[i].idPp;
        }
        k.inCondition = QStringLiteral(" AND id_pp IN (") + QStringList(professionals.size(), QStringLiteral("?")).join(u", ")
            + u')';
        return k;
    }
};

} // namespace sgl::storage
