#pragma once

#include "interop/directory/DirectoryFileKind.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::interop::directory {

/**
 * Header lines of the four Annuaire Santé extraction files. Personne_activite's comes from the
 * spec digest (shared/specs/national-services.md §5); the SavoirFaire, Dipl_AutExerc and MSSanté
 * correspondence headers are not in an ANS specification known to this project: they are those
 * that public third-party loaders of the real files expect. The readers therefore compare the
 * header column by column and refuse a file whose header differs, naming the column, rather than
 * guessing.
 *
 * Column positions of the 13-column files and of the MSSanté file are given by the enums below.
 * Every published line ends with a trailing '|' (an empty extra field), accepted by the readers.
 */
class DirectoryFileFormat {
public:
    /** SavoirFaire and Dipl_AutExerc share their first five columns with Personne_activite. */
    enum PersonColumn : int { IdType = 0, IdPp = 1, NationalId = 2, LastName = 3, FirstName = 4 };
    enum SkillColumn : int {
        SkillProfessionCode = 5,
        SkillProfessionLabel = 6,
        SkillCategoryCode = 7,
        SkillCategoryLabel = 8,
        SkillTypeCode = 9,
        SkillTypeLabel = 10,
        SkillCode = 11,
        SkillLabel = 12
    };
    enum DiplomaColumn : int {
        DiplomaTypeCode = 5,
        DiplomaTypeLabel = 6,
        DiplomaCode = 7,
        DiplomaLabel = 8,
        AuthorisationTypeCode = 9,
        AuthorisationTypeLabel = 10,
        DisciplineCode = 11,
        DisciplineLabel = 12
    };
    enum MailboxColumn : int {
        BoxType = 0,
        BoxAddress = 1,
        BoxIdType = 2,
        BoxIdPp = 3,
        BoxNationalId = 4,
        BoxStructureIdType = 5,
        BoxStructureId = 6,
        BoxService = 7,
        BoxCivility = 8,
        BoxLastName = 9,
        BoxFirstName = 10,
        BoxCategoryCode = 11,
        BoxCategoryLabel = 12,
        BoxProfessionCode = 13,
        BoxProfessionLabel = 14,
        BoxSkillCode = 15,
        BoxSkillLabel = 16,
        BoxDematerialisation = 17,
        BoxOrganisationName = 18,
        BoxOrganisationSign = 19,
        BoxPostcode = 28,
        BoxCityLine = 27,
        BoxDepartment = 29,
        BoxCountry = 30
    };

    /** The published column names of `kind`, in order (UTF-8 here; Windows-1252 in the files). */
    [[nodiscard]] static const QStringList &header(DirectoryFileKind kind);
    [[nodiscard]] static int columnCount(DirectoryFileKind kind) { return int(header(kind).size()); }
    /** The file name prefix as published (« PS_LibreAcces_SavoirFaire »…), for messages. */
    [[nodiscard]] static QString name(DirectoryFileKind kind);
    /** The file kinds, Personne_activite first. */
    [[nodiscard]] static const QList<DirectoryFileKind> &kinds();
    /**
     * The kind whose header has the most columns in their published place in `headerLine` (raw
     * first line of a file, Windows-1252 or UTF-8, BOM allowed); Personne_activite on a tie or
     * when nothing matches. The strict reader of the chosen kind then names the first wrong
     * column.
     */
    [[nodiscard]] static DirectoryFileKind recognise(const QByteArray &headerLine);
};

} // namespace sgl::interop::directory
