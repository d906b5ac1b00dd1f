#pragma once

#include <QString>

namespace sgl::domain {

/**
 * One MSSanté mailbox of the correspondence extraction `Extraction_Correspondance_MSSante`
 * (one line per mailbox). Personal boxes (type PER) carry the holder's RPPS; organisation (ORG),
 * application (APP) and practice (CAB) boxes may have none.
 */
struct DirectoryMailbox {
    enum class Type { Personal, Organisation, Application, Practice };

    Type type = Type::Personal;
    QString typeCode;          ///< « Type de BAL » as published: PER, ORG, APP, CAB
    QString address;           ///< « Adresse BAL »
    QString idType;            ///< « Type Identifiant PP » (8 RPPS), empty for a box without holder
    QString idPp;              ///< « Identifiant PP », empty for a box without holder
    QString structureIdType;   ///< « Type identifiant structure »
    QString structureId;       ///< « Identification Structure »
    QString service;           ///< « Service de rattachement »
    QString lastName;          ///< « Nom d'exercice »
    QString firstName;         ///< « Prénom d'exercice »
    QString professionCode;    ///< « Code Profession »
    QString dematerialisation; ///< « Dématérialisation » (the holder accepts paper-free reports)
    QString organisationName;  ///< « Raison Sociale structure BAL »
    QString postcode;          ///< « Code postal structure BAL »
    QString city;              ///< « L6LIGNEACHEMINEMENT structure BAL » (postcode and city line)
};

} // namespace sgl::domain
