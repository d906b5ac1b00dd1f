#pragma once

#include "domain/identity/IdentityTraits.h"

#include <QDateTime>
#include <QString>

namespace sgl::interop::cda {

/** Value formatting rules of the CDA wire format (HL7 V3 data types), shared by the writers. */
class CdaFormat {
public:
    /** TS with seconds and UTC offset: "20240104160527+0100" (the offset of the QDateTime). */
    [[nodiscard]] static QString timestamp(const QDateTime &when);
    /** Birth date as TS precision of what is known: "19790328", "197903" or "1979". */
    [[nodiscard]] static QString birthTime(const domain::IdentityTraits &traits);
    /** "tel:" URL with the number's separators removed. */
    [[nodiscard]] static QString telUrl(const QString &phone);
    /** TRE_G15 profession/specialty code: "SM03" becomes "G15_10/SM03"; "G15_..." kept. */
    [[nodiscard]] static QString professionCode(const QString &specialtyCode);
    /** JDV_J246 title ("DR", "PR"...) from a free prefix such as "Dr", empty when none. */
    [[nodiscard]] static QString titleSuffix(const QString &prefix);
    /** JDV_J245 civility ("M", "MME"), empty when the value is not one of them. */
    [[nodiscard]] static QString civility(const QString &value);
    /** True for a dotted OID ("1.2.250.1") or a UUID, the two forms a CDA II root may take. */
    [[nodiscard]] static bool isIdentifierRoot(const QString &root);
    /** Decimal as CDA wants it: '.' separator, no grouping (accepts "5,1"). */
    [[nodiscard]] static QString decimal(const QString &number);
    /** Parses a TS of any precision ("2024", "20240104", "202401040735+0100"); invalid when not. */
    [[nodiscard]] static QDateTime parseTimestamp(const QString &ts);
};

} // namespace sgl::interop::cda
