#pragma once

// Identifiers fixed by the CI-SIS CR-BIO 2024.01 volet and its IHE PaLM XD-LAB base
// (shared/specs/cda-crbio.md). Kept in one place so writer and reader agree.
namespace sgl::interop::cda::oid {

inline constexpr const char *kHl7Namespace = "urn:hl7-org:v3";
inline constexpr const char *kLabNamespace = "urn:oid:1.3.6.1.4.1.19376.1.3.2";

// Document templates
inline constexpr const char *kHl7France = "2.16.840.1.113883.2.8.2.1";
inline constexpr const char *kStrucMin = "1.2.250.1.213.1.1.1.1";
inline constexpr const char *kXdLab = "1.3.6.1.4.1.19376.1.3.3";
inline constexpr const char *kCrBio = "1.2.250.1.213.1.1.1.55";
inline constexpr const char *kCrBioVersion = "2024.01";
inline constexpr const char *kXdsSd = "1.3.6.1.4.1.19376.1.2.20";

// Code systems
inline constexpr const char *kLoinc = "2.16.840.1.113883.6.1";
inline constexpr const char *kConfidentiality = "2.16.840.1.113883.5.25";
inline constexpr const char *kAdministrativeGender = "2.16.840.1.113883.5.1";
inline constexpr const char *kObservationInterpretation = "2.16.840.1.113883.5.83";
inline constexpr const char *kActCode = "2.16.840.1.113883.5.4";
inline constexpr const char *kTreG15 = "1.2.250.1.213.1.1.4.5";
inline constexpr const char *kPracticeSetting = "1.2.250.1.213.1.1.4.9";
inline constexpr const char *kFacilityType = "1.2.250.1.71.4.2.4";
inline constexpr const char *kSpecimenType = "2.16.840.1.113883.18.311";
inline constexpr const char *kIheActCode = "1.3.5.1.4.1.19376.1.5.3.2";
inline constexpr const char *kLoincWaitingCodes = "1.2.250.1.213.1.1.5.130";
inline constexpr const char *kRoleCode = "2.16.840.1.113883.5.111";

// Identifiers
inline constexpr const char *kIdNatPs = "1.2.250.1.71.4.2.1";
inline constexpr const char *kIdNatStruct = "1.2.250.1.71.4.2.2";
inline constexpr const char *kCofrac = "1.2.250.1.213.6.3.1";
inline constexpr const char *kInsNir = "1.2.250.1.213.1.4.8";
inline constexpr const char *kInsNia = "1.2.250.1.213.1.4.9";
inline constexpr const char *kInsNirTest = "1.2.250.1.213.1.4.10";
inline constexpr const char *kInsNirDemo = "1.2.250.1.213.1.4.11";

// Header participants
inline constexpr const char *kAuthenticatorTemplate = "1.3.6.1.4.1.19376.1.3.3.1.5";
inline constexpr const char *kOrderingProviderTemplate = "1.3.6.1.4.1.19376.1.3.3.1.6";
inline constexpr const char *kIntendedRecipientTemplate = "1.3.6.1.4.1.19376.1.3.3.1.4";
inline constexpr const char *kLabPerformerTemplate = "1.3.6.1.4.1.19376.1.3.3.1.7";
inline constexpr const char *kFrLabPerformerTemplate = "1.2.250.1.213.1.1.3.23";
inline constexpr const char *kFrParticipantTemplate = "1.2.250.1.213.1.1.3.109";

// Sections
inline constexpr const char *kSpecialtySection = "1.3.6.1.4.1.19376.1.3.3.2.1";
inline constexpr const char *kFrChapter = "1.2.250.1.213.1.1.2.70";
inline constexpr const char *kReportItemSection = "1.3.6.1.4.1.19376.1.3.3.2.2";
inline constexpr const char *kFrSubChapter = "1.2.250.1.213.1.1.2.71";
inline constexpr const char *kCdaSection = "2.16.840.1.113883.10.12.201";
inline constexpr const char *kDocumentSummary = "1.3.6.1.4.1.19376.1.4.1.2.16";
inline constexpr const char *kFrCommentSection = "1.2.250.1.213.1.1.2.73";
inline constexpr const char *kFrPdfCopySection = "1.2.250.1.213.1.1.2.243";
inline constexpr const char *kFrSecondLineSection = "1.2.250.1.213.1.1.2.60";

// Entries
inline constexpr const char *kDataProcessingEntry = "1.3.6.1.4.1.19376.1.3.1";
inline constexpr const char *kFrResultsEntry = "1.2.250.1.213.1.1.3.21";
inline constexpr const char *kBatteryOrganizer = "1.3.6.1.4.1.19376.1.3.1.4";
inline constexpr const char *kFrBattery = "1.2.250.1.213.1.1.3.78";
inline constexpr const char *kIsolateOrganizer = "1.3.6.1.4.1.19376.1.3.1.5";
inline constexpr const char *kLabObservation = "1.3.6.1.4.1.19376.1.3.1.6";
inline constexpr const char *kFrObservation = "1.2.250.1.213.1.1.3.80";
inline constexpr const char *kSpecimenCollection = "1.3.6.1.4.1.19376.1.3.1.2";
inline constexpr const char *kFrSpecimenCollection = "1.2.250.1.213.1.1.3.77";
inline constexpr const char *kSpecimenReceived = "1.3.6.1.4.1.19376.1.3.1.3";
inline constexpr const char *kFrSpecimenReceived = "1.2.250.1.213.1.1.3.107";
inline constexpr const char *kCcdComment = "2.16.840.1.113883.10.20.1.40";
inline constexpr const char *kIheComment = "1.3.6.1.4.1.19376.1.5.3.1.4.2";
inline constexpr const char *kFrComment = "1.2.250.1.213.1.1.3.32";
inline constexpr const char *kFrAttachedDocument = "1.2.250.1.213.1.1.3.18";
inline constexpr const char *kIheSimpleObservation = "1.3.6.1.4.1.19376.1.5.3.1.4.13";
inline constexpr const char *kFrSimpleObservation = "1.2.250.1.213.1.1.3.48";
inline constexpr const char *kFrAttachedDocumentType = "1.2.250.1.213.1.1.3.48.18";

} // namespace sgl::interop::cda::oid
