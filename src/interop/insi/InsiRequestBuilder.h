#pragma once

#include "domain/Error.h"
#include "interop/insi/InsiRequestContext.h"
#include "interop/insi/InsiTypes.h"

#include <QByteArray>

namespace sgl::interop::insi {

/**
 * Builds the SOAP 1.2 envelopes of the two INSi operations. Organisation-certificate mode: no
 * wsse:Security header, authentication is the mutual TLS. CPx mode (context.cpx set): the
 * wsse:Security header holds the unsigned "Assertion PS" (InsiCpxAssertion), which InsiClient has
 * the card sign.
 *
 * Inputs are validated first; errors name the field:
 * "insi.query_birth_name" (empty or characters outside A-Z, space, hyphen, apostrophe after
 * NameNormaliser::forInsi), "insi.query_first_name", "insi.query_sex" (only M/F can be
 * searched), "insi.query_birth_date" (YYYY-MM-DD, "00" allowed for unknown parts),
 * "insi.query_birth_place" (5 characters [A-Za-z0-9]), "insi.query_matricule" (Vitale mode),
 * "insi.query_context" (missing IDAM/identifiers).
 * Names are sent in the INSi form (upper case, no diacritics).
 */
class InsiRequestBuilder
{
public:
    [[nodiscard]] static domain::Result<QByteArray> traitsRequest(const InsiTraitsQuery &query,
                                                                  const InsiRequestContext &context);
    [[nodiscard]] static domain::Result<QByteArray> vitaleRequest(const InsiVitaleQuery &query,
                                                                  const InsiRequestContext &context);
};

} // namespace sgl::interop::insi
