#pragma once

#include "domain/identity/IdentityTraits.h"
#include "domain/identity/Ins.h"
#include "domain/Sex.h"
#include "interop/hl7v2/DateTime.h"
#include "interop/hl7v2/MessageHeader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::interop::hl7v2 {

/** What an IHE PAM France event asks the receiver to do. */
enum class PamAction {
    CreatePatient,    ///< A28
    UpdatePatient,    ///< A31, Z99 correction
    MergePatients,    ///< A40: MRG-1 absorbed into PID-3
    ChangeIdentifier, ///< A47: MRG-1 old identifier, PID-3 new one
    Movement          ///< ITI-31 admit/transfer/discharge... (identity carried along)
};

/** CX-4: namespace & universal id (OID, FINESS) & type (ISO, M, N, L). */
struct AssigningAuthority {
    QString namespaceId;
    QString universalId;
    QString universalIdType;
    friend bool operator==(const AssigningAuthority &, const AssigningAuthority &) = default;
};

/** One CX identifier (PID-3, MRG-1, PV1-19 repetitions). */
struct PatientIdentifier {
    QString id;             ///< CX-1, unescaped (NDP parts joined by the field separator)
    AssigningAuthority authority;
    QString typeCode;       ///< CX-5: PI, AN, VN, INS, NH...
    bool deletion = false;  ///< CX-1 was `""`: delete this identifier (A47 INS deletion)
    [[nodiscard]] bool isIns() const
    {
        return typeCode == u"INS" || typeCode == u"INS-NIR" || typeCode == u"INS-NIA";
    }
    friend bool operator==(const PatientIdentifier &, const PatientIdentifier &) = default;
};

/** One XPN repetition of PID-5. */
struct PersonName {
    QString family;          ///< XPN-1
    QString given;           ///< XPN-2 first given name
    QString birthGivenNames; ///< XPN-3 all birth given names, space separated (as INSi)
    QString prefix;          ///< XPN-5 (M., Mme)
    QString type;            ///< XPN-7: L birth, D used, S pseudonym, U
    bool familyDeleted = false; ///< family `""`: the used name is removed
};

/** PID-11 repetition with XAD-7 BDL. */
struct BirthPlace {
    QString cog;        ///< XAD-9 INSEE COG (5 characters, 99xxx abroad)
    QString city;       ///< XAD-3
    QString postalCode; ///< XAD-5 (never used as COG)
    QString country;    ///< XAD-6
};

/** ZFD (PAM France additional demographics). */
struct ZfdData {
    bool present = false;
    QString lunarDate;          ///< ZFD-1
    QString gestationWeeks;     ///< ZFD-2
    QString smsConsent;         ///< ZFD-3 Y/N
    bool birthDateCorrected = false; ///< ZFD-4 Y
    QString collectionMode;     ///< ZFD-5 SM, CV, INSI, CB, RFID
    std::optional<DateTime> insiQueryDate; ///< ZFD-6
    QString identityDocument;   ///< ZFD-7 AN CC CE CM CN CS LE PA PC TC AV DC AC IE
    std::optional<DateTime> documentExpiry; ///< ZFD-8
};

/** Minimal encounter: PV1 and ZBE essentials, ZFA DMP flags. */
struct PamEncounter {
    QString patientClass;       ///< PV1-2
    QString pointOfCare;        ///< PV1-3.1
    QString facility;           ///< PV1-3.4.1
    std::optional<PatientIdentifier> visitNumber; ///< PV1-19
    std::optional<DateTime> admitAt;     ///< PV1-44
    std::optional<DateTime> dischargeAt; ///< PV1-45
    QString movementId;         ///< ZBE-1.1
    std::optional<DateTime> movementAt; ///< ZBE-2
    QString movementAction;     ///< ZBE-4 INSERT/UPDATE/CANCEL
    QString dmpStatus;          ///< ZFA-1 ACTIF/FERME/INEXISTANT
    QString dmpFeedingOpposition; ///< ZFA-9 NA/IO/INO
};

/**
 * Plain values of one PAM France message, validated by PamMapper. INS rules are already applied:
 * `ins` is set only when PID-32 is VALI and ZFD-4 is not Y (shared/specs/hl7v2.md §2.2).
 */
struct PamEvent {
    MessageHeader header;
    QString trigger;                 ///< A28, A31, A40, A47, A01... Z99
    PamAction action = PamAction::UpdatePatient;
    std::optional<DateTime> recordedAt; ///< EVN-2
    std::optional<DateTime> occurredAt; ///< EVN-6

    QList<PatientIdentifier> identifiers; ///< all PID-3 repetitions except INS ones
    QList<PatientIdentifier> insIdentifiers; ///< PID-3 INS repetitions as received (audit)
    PatientIdentifier ipp;           ///< first PID-3 with CX-5 PI (required)
    domain::Ins ins;                 ///< retained INS (empty when none or dropped)
    bool insDeletion = false;        ///< PID-3 carried `""` under INS: delete every INS
    QString insDroppedReason;        ///< why a received INS was not retained (French)

    QList<PersonName> names;
    std::optional<DateTime> birthDate; ///< PID-7
    std::optional<domain::Sex> sex;    ///< PID-8
    std::optional<BirthPlace> birthPlace;
    QString birthPlaceText;            ///< PID-23
    QString identityReliability;       ///< PID-32 first repetition (table 0445: VALI, PROV...)
    QStringList identityAttributes;    ///< PID-32 other repetitions (HOMA, FICT, DOUT)
    std::optional<DateTime> deathAt;   ///< PID-29
    QString deathIndicator;            ///< PID-30

    QList<PatientIdentifier> priorIdentifiers; ///< MRG-1 (A40/A47)
    std::optional<PamEncounter> encounter;
    ZfdData zfd;
    QStringList warnings;            ///< accepted but noteworthy (French)

    /** First name of the given type (L, D...), or nullptr. */
    [[nodiscard]] const PersonName *name(QStringView type) const;
    /** Strict and used traits as the identity domain knows them. */
    [[nodiscard]] domain::IdentityTraits traits() const;
};

} // namespace sgl::interop::hl7v2
