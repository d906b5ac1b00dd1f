#pragma once

#include "domain/Error.h"
#include "domain/directory/DirectoryDiploma.h"
#include "domain/directory/DirectoryMailbox.h"
#include "domain/directory/DirectoryProfessional.h"
#include "domain/directory/DirectorySkill.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::storage {

/** A record of one of the secondary files with its line number in that file. */
template <typename Record>
struct DirectoryLine {
    qint64 line = 0;
    Record record;
};

/**
 * The tables of the other Annuaire Santé files (migration 0360): savoir-faire
 * (PS_LibreAcces_SavoirFaire), diplomas and authorisations (PS_LibreAcces_Dipl_AutExerc) and
 * MSSanté mailboxes (Extraction_Correspondance_MSSante). Their rows belong to a generation of
 * DirectoryRepository: they are loaded into the 'loading' generation next to its activities,
 * become visible when DirectoryRepository::activate() switches it, and are deleted with it
 * (DirectoryRepository::dropGeneration() calls dropGeneration() here). Public data: not audited.
 */
class DirectoryFilesRepository {
public:
    [[nodiscard]] static domain::Status insertSkills(WriteTx &tx, qint64 generation,
                                                     const QList<DirectoryLine<domain::DirectorySkill>> &rows);
    [[nodiscard]] static domain::Status insertDiplomas(WriteTx &tx, qint64 generation,
                                                       const QList<DirectoryLine<domain::DirectoryDiploma>> &rows);
    [[nodiscard]] static domain::Status insertMailboxes(WriteTx &tx, qint64 generation,
                                                        const QList<DirectoryLine<domain::DirectoryMailbox>> &rows);
    /** Deletes the generation's skills, diplomas and mailboxes. */
    [[nodiscard]] static domain::Status dropGeneration(WriteTx &tx, qint64 generation);
    /**
     * Fills, for each professional, mssanteMailboxes (its PER boxes, in file order, without
     * duplicates), skills and diplomas from `generation`. Three queries for the whole list.
     */
    [[nodiscard]] static domain::Status attach(ReadTx &tx, qint64 generation,
                                               QList<domain::DirectoryProfessional> &professionals);
    /** Every mailbox of a professional (PER, and others naming it), in file order. */
    [[nodiscard]] static domain::Result<QList<domain::DirectoryMailbox>> mailboxesOf(ReadTx &tx, qint64 generation,
                                                                                     const QString &idPp);
    /** Rows of `generation` in each table: skills, diplomas, mailboxes (status, tests). */
    struct Counts {
        qint64 skills = 0;
        qint64 diplomas = 0;
        qint64 mailboxes = 0;
    };
    [[nodiscard]] static domain::Result<Counts> counts(ReadTx &tx, qint64 generation);
};

} // namespace sgl::storage
