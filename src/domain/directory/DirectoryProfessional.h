#pragma once

#include "domain/directory/DirectoryDiploma.h"
#include "domain/directory/DirectorySkill.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::domain {

/**
 * One activity (exercise place and mode) of a professional, as the Annuaire Santé extraction
 * `PS_LibreAcces_Personne_activite` lists it. Texts are kept as published (UTF-8 once decoded);
 * codes are the directory's own nomenclatures (TRE_R…), not interpreted here.
 */
struct DirectoryActivity {
    QString skillTypeCode;      ///< « Code type savoir-faire »
    QString skillCode;          ///< « Code savoir-faire » (specialty)
    QString skillLabel;
    QString practiceModeCode;   ///< « Code mode exercice » (L libéral, S salarié, B bénévole)
    QString practiceModeLabel;
    QString structureId;        ///< « Identifiant technique de la structure »
    QString structureName;      ///< « Raison sociale site » (or « Enseigne commerciale site » when empty)
    QString siret;
    QString finess;             ///< « Numéro FINESS site »
    QString address;            ///< street line composed from the number, type and name of the way
    QString postcode;
    QString cityCode;           ///< INSEE code of the commune
    QString city;
    QString phone;
    QString email;
    /**
     * MSSanté mailbox: the e-mail of the activity when its domain is an MSSanté one
     * (…mssante.fr), because the Personne_activite file has no MSSanté column and the header
     * of the MSSanté correspondence extraction is not known to this project.
     */
    QString mssante;
    QString roleCode;
    QString roleLabel;
    QString sectorCode;         ///< « Code secteur d'activité »
    QString sectorLabel;
};

/** A health professional of the directory and (when read for a search) its activities. */
struct DirectoryProfessional {
    QString idType;            ///< « Type d'identifiant PP »: 8 RPPS, 0 ADELI
    QString idPp;              ///< « Identifiant PP »: the 11-digit RPPS for type 8
    QString nationalId;        ///< « Identification nationale PP »: idType + idPp
    QString practiceCivilityCode; ///< « Code civilité d'exercice » (DR, PR, ...)
    QString practiceCivility;
    QString civilityCode;      ///< « Code civilité » (M, MME)
    QString civility;
    QString lastName;          ///< « Nom d'exercice »
    QString firstName;         ///< « Prénom d'exercice »
    QString professionCode;    ///< « Code profession » (10 médecin, 21 pharmacien, ...)
    QString profession;
    QString categoryCode;      ///< « Code catégorie professionnelle » (C civil, M militaire, E étudiant)
    QString category;
    QList<DirectoryActivity> activities;
    /**
     * The professional's own MSSanté mailboxes (« Type de BAL » PER of the MSSanté correspondence
     * extraction), filled by searches once that file is imported; empty otherwise. Activity-level
     * addresses stay in DirectoryActivity::mssante.
     */
    QStringList mssanteMailboxes;
    /** Savoir-faire of `PS_LibreAcces_SavoirFaire` (filled by searches once that file is imported). */
    QList<DirectorySkill> skills;
    /** Diplomas and authorisations of `PS_LibreAcces_Dipl_AutExerc` (filled by searches once imported). */
    QList<DirectoryDiploma> diplomas;
};

/** One data line of the extraction: a professional (without activities) and one activity. */
struct DirectoryEntry {
    qint64 line = 0; ///< line number in its file (the header is line 1)
    DirectoryProfessional professional;
    DirectoryActivity activity;
};

} // namespace sgl::domain
