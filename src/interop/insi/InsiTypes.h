#pragma once

#include "domain/identity/IdentityTraits.h"
#include "domain/identity/Ins.h"

#include <QList>
#include <QString>

#include <optional>

namespace sgl::interop::insi {

/** SOAP actions of the two operations of the WSDL (DESIR_ICIR_EXP_1.5.0). */
inline constexpr auto kActionTraits = "urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite";
inline constexpr auto kActionVitale = "urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecCarteVitale";

/** Namespaces used on the wire. */
namespace ns {
inline constexpr auto kSoap = "http://www.w3.org/2003/05/soap-envelope";
inline constexpr auto kWsa = "http://www.w3.org/2005/08/addressing";
inline constexpr auto kWsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
inline constexpr auto kCtxLps = "urn:siram:lps:ctxlps";
inline constexpr auto kCtxBam = "urn:siram:bam:ctxbam";
inline constexpr auto kSiram = "urn:siram";
inline constexpr auto kRecSans = "http://www.cnamts.fr/INSiRecSans";
inline constexpr auto kRecVit = "http://www.cnamts.fr/INSiRecVit";
inline constexpr auto kResultat = "http://www.cnamts.fr/INSiResultat";
} // namespace ns

/**
 * rechercherInsAvecTraitsIdentite: ONE first name per call (the caller loops over the birth
 * first names, then tries them all together). birthDate is "YYYY-MM-DD" and may hold "00"
 * parts; birthPlaceCog is optional.
 */
struct InsiTraitsQuery {
    QString birthName;
    QString firstName;
    domain::Sex sex = domain::Sex::Unknown;
    QString birthDate;
    QString birthPlaceCog;
};

/** rechercherInsAvecCarteVitale: data read from the Vitale card. */
struct InsiVitaleQuery {
    QString matriculeIndividu; ///< 13 characters (beneficiary), optional
    QString cleIndividu;
    QString matriculeOD;       ///< 13 characters (insured person, "ouvrant droit")
    QString cleOD;
    QString birthName;
    QString birthDate;         ///< YYYY-MM-DD, may hold "00" parts (lunar dates)
    QString birthRank;         ///< rang de naissance, "1".."9"
};

/** An INS as returned (INSACTIF or INSHISTO), plus whether its key checks out. */
struct InsiIdentifier {
    domain::Ins ins;
    QString returnedOid; ///< OID as sent by the service (.8/.9); ins.oid may be the test OID
    bool keyValid = false;
};

/** The identity of a 00 answer. */
struct InsiIndividual {
    InsiIdentifier active;
    QList<InsiIdentifier> history; ///< INSHISTO, in document order
    domain::IdentityTraits traits; ///< TIQ; birthFirstNames split from ListePrenom
};

/** CodeCR of RESULTAT. */
enum class InsiOutcome { Found, NotFound, Several };

struct InsiResult {
    InsiOutcome outcome = InsiOutcome::NotFound;
    QString codeCr;   ///< "00", "01", "02"
    QString labelCr;  ///< LibelleCR as sent
    std::optional<InsiIndividual> individual; ///< only for Found
    QString messageId; ///< wsa:MessageID of the request, for support
};

} // namespace sgl::interop::insi
