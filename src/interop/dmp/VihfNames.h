#pragma once

namespace sgl::interop::dmp::vihf {

/** Namespaces and attribute names of the VIHF (DMP "jeton VIHF", SAML 2.0), as in the official examples. */
inline constexpr const char *WsseNs = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
inline constexpr const char *SamlNs = "urn:oasis:names:tc:SAML:2.0:assertion";
inline constexpr const char *XsiNs = "http://www.w3.org/2001/XMLSchema-instance";
inline constexpr const char *XsNs = "http://www.w3.org/2001/XMLSchema";
inline constexpr const char *Hl7Ns = "urn:hl7-org:v3";
inline constexpr const char *X509SubjectNameFormat = "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName";
inline constexpr const char *UnspecifiedAuthnContext = "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified";
/** PrefixList of the exc-c14n transform in the ANS 2024 automate example. */
inline constexpr const char *InclusivePrefixes = "ds saml #default xsi";

inline constexpr const char *VihfVersion = "VIHF_Version";
/** The CNAM examples' spelling, which we send; the ANS automate example and DRIMbox write AuthModeAns. */
inline constexpr const char *AuthMode = "Authentification_mode";
inline constexpr const char *AuthModeAns = "Authentification_Mode";
inline constexpr const char *ActivitySector = "Secteur_Activite";
inline constexpr const char *ResourceId = "urn:oasis:names:tc:xacml:2.0:resource:resource-id";
inline constexpr const char *ResourceUrn = "Ressource_URN";
inline constexpr const char *SubjectId = "urn:oasis:names:tc:xspa:1.0:subject:subject-id";
inline constexpr const char *StructureId = "Identifiant_Structure";
inline constexpr const char *LpsVersion = "LPS_Version";
inline constexpr const char *LpsId = "LPS_ID";
inline constexpr const char *LpsName = "LPS_Nom";
inline constexpr const char *LpsHomologation = "LPS_ID_HOMOLOGATION_DMP";
inline constexpr const char *PurposeOfUse = "urn:oasis:names:tc:xspa:1.0:subject:purposeofuse";
inline constexpr const char *Role = "urn:oasis:names:tc:xacml:2.0:subject:role";

/** INS-NIR test OID (the DMP test platform), and the suffix of a resource-id. */
inline constexpr const char *InsNirTestOid = "1.2.250.1.213.1.4.10";

} // namespace sgl::interop::dmp::vihf
