#pragma once

#include <QString>

namespace sgl::interop::dmp {

/**
 * The constant part of the VIHF of an unattended SGL workstation (DMP profile "automate", ANS
 * 2024 example): who is responsible, which structure, which software. Comes from the
 * workstation settings; SignedDmpSecurity refuses a profile with an empty required field
 * ("dmp.security_config").
 */
struct VihfProfile {
    /** Subject/NameID: "<structure>/<person responsible for the processing>" (required). */
    QString nameId;
    /** Identifiant_Structure: the structure's identifier as the DMP knows it (required). */
    QString structureId;
    /** Secteur_Activite "code^1.2.250.1.71.4.2.4"; SA25 = laboratoire de biologie médicale. */
    QString activitySector = QStringLiteral("SA25^1.2.250.1.71.4.2.4");
    /** subject-id: "software name, model name, service" for automated processing (required). */
    QString subjectId;
    /** LPS_ID (OID of the software), LPS_Nom, LPS_Version, LPS_ID_HOMOLOGATION_DMP (all required). */
    QString lpsId;
    QString lpsName = QStringLiteral("SGL");
    QString lpsVersion;
    QString lpsHomologationId;
    /** Authentification_mode: INDIRECTE for the automate profile. */
    QString authenticationMode = QStringLiteral("INDIRECTE");
    /** VIHF_Version written in the token (3.0 in every example). */
    QString vihfVersion = QStringLiteral("3.0");
    /** Conditions NotBefore = issue instant - skew, NotOnOrAfter = issue instant + lifetime. */
    int lifetimeSeconds = 3600;
    int clockSkewSeconds = 60;
};

} // namespace sgl::interop::dmp
