#pragma once

#include "domain/Error.h"
#include "interop/insi/InsiFault.h"
#include "interop/insi/InsiTypes.h"

#include <QByteArray>

#include <optional>

namespace sgl::interop::insi {

/**
 * Reads an INSi HTTP answer: a SOAP 1.2 envelope holding RESULTAT or a soap:Fault.
 *
 * The parser is structural (element names and namespaces, not element order), because answers
 * seen in the field (CNDA fixture TEST_2.04_cas2) put DateDeb/DateFin before IdIndividu,
 * contrary to INSi_RESULTAT_INS.xsd. Every value used is checked:
 * CodeCR in {00, 01, 02}; for 00, INSACTIF and TIQ present, NumIdentifiant matching
 * \d{6}[A-Za-z0-9]\d{6}, Cle 2 digits, OID one of the INS OIDs, Sexe M/F, DateNaissance
 * YYYY-MM-DD. keyValid records NirKey::check (a wrong key is reported, not hidden).
 *
 * With useTestOids, production OIDs .8/.9 are mapped to .10/.11 (returnedOid keeps the
 * original): the demo and tests never store a production OID.
 *
 * Errors: "insi.malformed_response" (location = line or element), "insi.unexpected_code",
 * "insi.http_status" (non-200 without a fault), faults via InsiFault::toError().
 */
class InsiResponseParser
{
public:
    [[nodiscard]] static domain::Result<InsiResult> parse(const QByteArray &body, int httpStatus,
                                                          bool useTestOids);
    /** The fault of an envelope, if it is one (used by parse and by tests). */
    [[nodiscard]] static std::optional<InsiFault> fault(const QByteArray &body);
};

} // namespace sgl::interop::insi
