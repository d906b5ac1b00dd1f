#pragma once

#include "domain/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::interop::psc {

/** One activity (exercice × activité) of the professional, as the UserInfo "SubjectRefPro" lists it. */
struct PscActivity {
    QString professionCode;       ///< exercice.codeProfession (21 pharmacien, 10 médecin…)
    QString savoirFaireCode;      ///< exercice.codeSavoirFaire (SM… specialty), may be empty
    QString sectorCode;           ///< codeSecteurDactivite (SA07, SA25 biology lab…)
    QString modeCode;             ///< codeModeExercice (L libéral, S salarié…)
    QString roleCode;             ///< codeRole, may be empty
    QString finessSite;           ///< numeroFinessSite
    QString finessLegalEntity;    ///< numeroFinessetablissementJuridique
    QString siretSite;            ///< numeroSiretSite
    QString structureTechnicalId; ///< identifiantTechniqueDeLaStructure
    QString formerStructureId;    ///< ancienIdentifiantDeLaStructure (VIHF structure id)
    QString siteName;             ///< raisonSocialeSite
};

/**
 * What Pro Santé Connect says about the signed-in professional (UserInfo endpoint).
 *
 * fromJson() errors: "psc.userinfo" (sub or SubjectNameID missing, SubjectRefPro not an object,
 * exercices or activities not arrays). The RPPS is SubjectNameID without its leading "8" (national
 * identifier type 8 = RPPS); it stays empty for another identifier type (ADELI "0", etc.).
 */
struct PscUserInfo {
    QString subject;          ///< "sub": the PSC account
    QString subjectNameId;    ///< "SubjectNameID", e.g. "810101010105"
    QString rpps;             ///< "10101010105", empty when SubjectNameID is not 8 + 11 digits
    QString givenName;
    QString familyName;
    QString civility;         ///< SubjectRefPro.codeCivilite
    QString organisationName; ///< SubjectOrganization
    QString organisationId;   ///< SubjectOrganizationID
    QStringList roles;        ///< SubjectRole, e.g. "10^1.2.250.1.213.1.1.5.5"
    QString sector;           ///< Secteur_Activite, e.g. "SA07^1.2.250.1.71.4.2.4"
    QList<PscActivity> activities;
    QJsonObject raw;          ///< every claim (VIHF building needs more of them later)

    [[nodiscard]] static domain::Result<PscUserInfo> fromJson(const QJsonObject &claims);
};

} // namespace sgl::interop::psc
