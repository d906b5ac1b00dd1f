#pragma once

#include "interop/xml/XmlElement.h"

#include <QDateTime>
#include <QString>

namespace sgl::interop::insi {

inline constexpr auto kSamlNs = "urn:oasis:names:tc:SAML:2.0:assertion";

/**
 * The "Assertion PS" of the INSi CPx mode (CNAM example WS_INS2_rechercherInsAvecTraitsIdentite):
 * a SAML 2.0 assertion in the wsse:Security header, signed by the professional's card
 * (enveloped XML-DSig, exc-c14n, rsa-sha256, signature right after the Issuer):
 *
 *   <saml2:Assertion ID IssueInstant Version="2.0">
 *     <saml2:Issuer Format="…:X509SubjectName">subject of the card's authentication certificate</saml2:Issuer>
 *     <saml2:Subject><saml2:NameID NameQualifier="CPS">national id of the holder</saml2:NameID></saml2:Subject>
 *     <saml2:Conditions NotBefore NotOnOrAfter/>
 *     <saml2:AttributeStatement> identifiantFacturation (when known), secteurActivite </saml2:AttributeStatement>
 *   </saml2:Assertion>
 *
 * The CNAM example has no Conditions; they are added so that a captured assertion cannot be
 * replayed for long (SAML allows them; the simulator requires them).
 */
struct InsiCpxAssertion {
    QString assertionId;      ///< "_<uuid>" (an XML ID: must not start with a digit)
    QString issuerSubject;    ///< RFC 2253 subject of the card certificate
    QString nationalId;       ///< CN of the card certificate (NameID, ContexteLPS/Emetteur)
    QString billingId;        ///< identifiantFacturation (the professional's billing number), optional
    QString activitySector;   ///< secteurActivite, "SA25^1.2.250.1.71.4.2.4" for a medical biology lab
    QDateTime issueInstant;
    int lifetimeSeconds = 300;
    int clockSkewSeconds = 60;

    /** The assertion element, unsigned (InsiClient signs it with the card). */
    [[nodiscard]] xml::XmlElement toElement() const;
};

} // namespace sgl::interop::insi
