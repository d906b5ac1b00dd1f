#pragma once

#include "interop/xml/XmlElement.h"
#include "interop/xml/XmlNode.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::simulators::dmp {

/** The ebRIM 3.0 vocabulary the simulator reads and writes (XDS.b, IHE ITI TF-3 §4.2). */
namespace ebxml {
inline constexpr QLatin1StringView kRim{"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0"};
inline constexpr QLatin1StringView kRs{"urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0"};
inline constexpr QLatin1StringView kLcm{"urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0"};
inline constexpr QLatin1StringView kQuery{"urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0"};
inline constexpr QLatin1StringView kXdsB{"urn:ihe:iti:xds-b:2007"};
inline constexpr QLatin1StringView kXop{"http://www.w3.org/2004/08/xop/include"};
// Classification schemes and identification schemes (urn:uuid:...).
inline constexpr QLatin1StringView kDocAuthor{"urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d"};
inline constexpr QLatin1StringView kDocClassCode{"urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a"};
inline constexpr QLatin1StringView kDocConfidentiality{"urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f"};
inline constexpr QLatin1StringView kDocEventCode{"urn:uuid:2c6b8cb7-8b2a-4051-b291-b1ae6a575ef4"};
inline constexpr QLatin1StringView kDocFormatCode{"urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d"};
inline constexpr QLatin1StringView kDocFacilityType{"urn:uuid:f33fb8ac-18af-42cc-ae0e-ed0b0bdb91e1"};
inline constexpr QLatin1StringView kDocPracticeSetting{"urn:uuid:cccf5598-8b07-4b77-a05e-ae952c785ead"};
inline constexpr QLatin1StringView kDocTypeCode{"urn:uuid:f0306f51-975f-434e-a61c-c59651d33983"};
inline constexpr QLatin1StringView kDocPatientId{"urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427"};
inline constexpr QLatin1StringView kDocUniqueId{"urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab"};
inline constexpr QLatin1StringView kSetAuthor{"urn:uuid:a7058bb9-b4e4-4307-ba5b-e3f0ab85e12d"};
inline constexpr QLatin1StringView kSetContentType{"urn:uuid:aa543740-bdda-424e-8c96-df4873be8500"};
inline constexpr QLatin1StringView kSetNode{"urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd"};
inline constexpr QLatin1StringView kSetPatientId{"urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446"};
inline constexpr QLatin1StringView kSetSourceId{"urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832"};
inline constexpr QLatin1StringView kSetUniqueId{"urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8"};
inline constexpr QLatin1StringView kStableDocument{"urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1"};
// Association types and statuses.
inline constexpr QLatin1StringView kHasMember{"urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember"};
inline constexpr QLatin1StringView kRplc{"urn:ihe:iti:2007:AssociationType:RPLC"};
inline constexpr QLatin1StringView kSigns{"urn:ihe:iti:2007:AssociationType:signs"};
inline constexpr QLatin1StringView kUpdateAvailability{"urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus"};
inline constexpr QLatin1StringView kApproved{"urn:oasis:names:tc:ebxml-regrep:StatusType:Approved"};
inline constexpr QLatin1StringView kDeprecated{"urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated"};
inline constexpr QLatin1StringView kArchived{"urn:asip:ci-sis:2010:StatusType:Archived"};
inline constexpr QLatin1StringView kDeleted{"urn:asip:ci-sis:2010:StatusType:Deleted"};
inline constexpr QLatin1StringView kSuccess{"urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success"};
inline constexpr QLatin1StringView kFailure{"urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure"};
inline constexpr QLatin1StringView kSeverityError{"urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error"};
} // namespace ebxml

struct EbSlot {
    QString name;
    QStringList values;
};

struct EbClassification {
    QString id;
    QString scheme;              ///< classificationScheme (external classification)
    QString node;                ///< classificationNode (internal classification)
    QString code;                ///< nodeRepresentation
    QString codingScheme;        ///< value of the "codingScheme" slot
    QString displayName;         ///< Name/LocalizedString/@value
    QList<EbSlot> slotList;         ///< all slotList (author classifications carry authorPerson...)
    int line = 0;

    [[nodiscard]] QStringList slotValues(const QString &name) const;
};

struct EbExternalId {
    QString scheme;
    QString value;
};

/** One RegistryPackage, ExtrinsicObject or Association, as submitted (ids are the message's). */
struct EbObject {
    enum class Kind { Package, Extrinsic, Association };
    Kind kind = Kind::Extrinsic;
    QString id;
    QString lid;
    QString status;
    QString mimeType;
    QString objectType;
    QString name;
    QString description;
    QString versionName;         ///< VersionInfo/@versionName (registry answers, ITI-57 requests)
    QString associationType, sourceObject, targetObject; ///< associations only
    QList<EbSlot> slotList;
    QList<EbClassification> classifications;
    QList<EbExternalId> externalIds;
    int line = 0;

    [[nodiscard]] QStringList slotValues(const QString &slotName) const;
    [[nodiscard]] QString slot(const QString &slotName) const;      ///< first value, empty when absent
    [[nodiscard]] bool hasSlot(const QString &slotName) const;
    [[nodiscard]] QList<EbClassification> classified(QLatin1StringView scheme) const;
    [[nodiscard]] QString externalId(QLatin1StringView scheme) const;
    void setSlot(const QString &slotName, const QStringList &values);
};

/** The content of a RegistryObjectList (SubmitObjectsRequest or query answer). */
struct EbObjectList {
    QList<EbObject> packages;
    QList<EbObject> extrinsics;
    QList<EbObject> associations;
    QList<EbClassification> classifications; ///< top-level Classification elements

    /** Reads the children of a rim:RegistryObjectList element. */
    [[nodiscard]] static EbObjectList read(const interop::xml::XmlNode &registryObjectList);
    [[nodiscard]] const EbObject *byId(const QString &id) const;
};

/** Writes objects back as rim:* elements (prefix "rim" must be bound by an ancestor). */
[[nodiscard]] interop::xml::XmlElement writeEbObject(const EbObject &object);

} // namespace sgl::simulators::dmp
