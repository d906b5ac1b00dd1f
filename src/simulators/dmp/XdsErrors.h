#pragma once

#include "interop/xml/XmlElement.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace sgl::simulators::dmp {

/**
 * Error codes of rs:RegistryError/@errorCode as the DMP answers them (IHE ITI TF-3 Table
 * 4.2.4.1-2 and ebRS 3.0; national-services §1.6 names the ones the DMP documents). These are wire
 * values for the client, not domain::Error codes.
 */
namespace xdserr {
inline constexpr QLatin1StringView kRegistryMetadata{"XDSRegistryMetadataError"};
inline constexpr QLatin1StringView kRepositoryMetadata{"XDSRepositoryMetadataError"};
inline constexpr QLatin1StringView kMissingDocument{"XDSMissingDocument"};
inline constexpr QLatin1StringView kMissingDocumentMetadata{"XDSMissingDocumentMetadata"};
inline constexpr QLatin1StringView kDuplicateUniqueIdInRegistry{"XDSDuplicateUniqueIdInRegistry"};
inline constexpr QLatin1StringView kDuplicateUniqueIdInMessage{"XDSRegistryDuplicateUniqueIdInMessage"};
inline constexpr QLatin1StringView kNonIdenticalHash{"XDSNonIdenticalHash"};
inline constexpr QLatin1StringView kUnknownPatientId{"XDSUnknownPatientId"};
inline constexpr QLatin1StringView kPatientIdDoesNotMatch{"XDSPatientIdDoesNotMatch"};
inline constexpr QLatin1StringView kUnresolvedReference{"urn:oasis:names:tc:ebxml-regrep:ErrorType:UnresolvedReferenceException"};
inline constexpr QLatin1StringView kMetadataVersion{"XDSMetadataVersionError"};
inline constexpr QLatin1StringView kMetadataUpdateOperation{"XDSMetadataUpdateOperationError"};
inline constexpr QLatin1StringView kRegistryError{"XDSRegistryError"};
inline constexpr QLatin1StringView kRegistryNotAvailable{"XDSRegistryNotAvailable"};
inline constexpr QLatin1StringView kUnknownStoredQuery{"XDSUnknownStoredQuery"};
inline constexpr QLatin1StringView kStoredQueryParamNumber{"XDSStoredQueryParamNumber"};
} // namespace xdserr

/** One rs:RegistryError: errorCode, codeContext (French, precise), location (where in the request). */
struct RegistryError {
    QString code;
    QString context;
    QString location;
};

/**
 * rs:RegistryResponse: Success without errors, else Failure with a RegistryErrorList
 * (highestSeverity Error, each RegistryError with severity Error), as IHE/ebRS 3.0 define it.
 */
[[nodiscard]] interop::xml::XmlElement registryResponse(const QList<RegistryError> &errors);
/** The RegistryErrorList element alone (also used inside AdhocQueryResponse). */
[[nodiscard]] interop::xml::XmlElement registryErrorList(const QList<RegistryError> &errors);

} // namespace sgl::simulators::dmp
