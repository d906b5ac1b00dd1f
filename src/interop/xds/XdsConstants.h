#pragma once

/**
 * Fixed identifiers of XDS.b metadata (IHE ITI TF-3 §4.2.5, ebRIM 3.0) and of the DMP profile
 * (shared/specs/dmp-wire-facts.md §2.4–2.6). Plain literals: they are protocol constants, not
 * user text.
 */
namespace sgl::interop::xds::uuid {

// Namespaces
inline constexpr const char *kNsRim = "urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0";
inline constexpr const char *kNsLcm = "urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0";
inline constexpr const char *kNsRs = "urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0";
inline constexpr const char *kNsQuery = "urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0";
inline constexpr const char *kNsXds = "urn:ihe:iti:xds-b:2007";
inline constexpr const char *kNsXop = "http://www.w3.org/2004/08/xop/include";
inline constexpr const char *kNsSoap12 = "http://www.w3.org/2003/05/soap-envelope";
inline constexpr const char *kNsSoap11 = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr const char *kNsWsa = "http://www.w3.org/2005/08/addressing";
inline constexpr const char *kWsaAnonymous = "http://www.w3.org/2005/08/addressing/anonymous";

// Object types
inline constexpr const char *kStableDocumentEntry = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1";
inline constexpr const char *kSubmissionSetNode = "urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd";
inline constexpr const char *kClassificationType = "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Classification";

// DocumentEntry classifications and identifiers
inline constexpr const char *kDocAuthor = "urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d";
inline constexpr const char *kDocClassCode = "urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a";
inline constexpr const char *kDocConfidentiality = "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f";
inline constexpr const char *kDocEventCode = "urn:uuid:2c6b8cb7-8b2a-4051-b291-b1ae6a575ef4";
inline constexpr const char *kDocFormatCode = "urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d";
inline constexpr const char *kDocFacilityType = "urn:uuid:f33fb8ac-18af-42cc-ae0e-ed0b0bdb91e1";
inline constexpr const char *kDocPracticeSetting = "urn:uuid:cccf5598-8b07-4b77-a05e-ae952c785ead";
inline constexpr const char *kDocTypeCode = "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983";
inline constexpr const char *kDocPatientId = "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427";
inline constexpr const char *kDocUniqueId = "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab";

// SubmissionSet classifications and identifiers
inline constexpr const char *kSetAuthor = "urn:uuid:a7058bb9-b4e4-4307-ba5b-e3f0ab85e12d";
inline constexpr const char *kSetContentType = "urn:uuid:aa543740-bdda-424e-8c96-df4873be8500";
inline constexpr const char *kSetPatientId = "urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446";
inline constexpr const char *kSetSourceId = "urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832";
inline constexpr const char *kSetUniqueId = "urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8";

// Associations and statuses
inline constexpr const char *kHasMember = "urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember";
inline constexpr const char *kSigns = "urn:ihe:iti:2007:AssociationType:signs";
inline constexpr const char *kReplace = "urn:ihe:iti:2007:AssociationType:RPLC";
inline constexpr const char *kUpdateAvailability = "urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus";
inline constexpr const char *kStatusApproved = "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved";
inline constexpr const char *kStatusArchived = "urn:asip:ci-sis:2010:StatusType:Archived";
inline constexpr const char *kStatusDeleted = "urn:asip:ci-sis:2010:StatusType:Deleted";
inline constexpr const char *kResponseSuccess = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success";
inline constexpr const char *kResponseFailure = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure";
inline constexpr const char *kResponsePartialSuccess = "urn:ihe:iti:2007:ResponseStatusType:PartialSuccess";
inline constexpr const char *kSeverityError = "urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error";

// Stored queries (ITI-18)
inline constexpr const char *kFindDocuments = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
inline constexpr const char *kGetDocuments = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";

// SOAP actions
inline constexpr const char *kActionProvideAndRegister = "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b";
inline constexpr const char *kActionRegistryStoredQuery = "urn:ihe:iti:2007:RegistryStoredQuery";
inline constexpr const char *kActionUpdateDocumentSet = "urn:ihe:iti:2010:UpdateDocumentSet";

// DMP profile values
inline constexpr const char *kInsNirTestOid = "1.2.250.1.213.1.4.10";
inline constexpr const char *kDmpRepositoryUniqueId = "1.2.250.1.213.4.1.1.1.2";
inline constexpr const char *kConfidentialityHl7 = "2.16.840.1.113883.5.25";
inline constexpr const char *kConfidentialityDmp = "1.2.250.1.213.1.1.4.13";

} // namespace sgl::interop::xds::uuid
