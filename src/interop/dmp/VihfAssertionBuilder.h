#pragma once

#include "domain/Error.h"
#include "interop/dmp/DmpSecurity.h"
#include "interop/dmp/VihfProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sgl::interop::dmp {

/**
 * Builds the unsigned VIHF of the "automate" profile, wrapped in its wsse:Security element:
 *
 *   <Security xmlns=wsse><Assertion xmlns=saml ID IssueInstant Version="2.0">
 *     Issuer (X509SubjectName = the signing certificate's subject), Subject/NameID,
 *     Conditions NotBefore/NotOnOrAfter, AuthnStatement (AuthnContextClassRef unspecified),
 *     AttributeStatement: VIHF_Version, Authentification_mode, Secteur_Activite, resource-id
 *     "<INS>^^^&<OID of the INS>&ISO^NH" (VihfContext::patientInsOid), Ressource_URN urn:dmp, subject-id,
 *     Identifiant_Structure, LPS_Version, LPS_ID, LPS_Nom, LPS_ID_HOMOLOGATION_DMP, purposeofuse
 *     (hl7:PurposeOfUse normal), role (hl7:Role AUTOMATE 1.2.250.1.213.1.1.4.6)
 *
 * Text values carry xsi:type="xs:string" as in the CNAM examples. SignedDmpSecurity signs the
 * assertion (signature right after Issuer). Errors: "dmp.vihf_invalid_ins" (not a valid
 * 15-character INS: format and key, or an OID other than .8/.9/.10/.11), "dmp.security_config" (empty required profile field).
 */
class VihfAssertionBuilder
{
public:
    [[nodiscard]] static domain::Result<QByteArray> build(const VihfProfile &profile, const QString &issuerSubject,
                                                          const VihfContext &context, const QDateTime &issueInstant,
                                                          const QString &assertionId);
    /** "<INS>^^^&<insOid>&ISO^NH". */
    [[nodiscard]] static QString resourceId(const QString &ins, const QString &insOid);
    /** Checks the profile's required fields ("dmp.security_config" naming the first empty one). */
    [[nodiscard]] static domain::Status checkProfile(const VihfProfile &profile);
    /** SAML dateTime, UTC with milliseconds ("2024-09-02T13:22:25.789Z"). */
    [[nodiscard]] static QString samlTime(const QDateTime &t);
};

} // namespace sgl::interop::dmp
