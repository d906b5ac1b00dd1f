#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlSignatureTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::interop::dmp {

/** What a VIHF receiver (the DMP simulator) trusts and tolerates. */
struct VihfVerifierOptions {
    /** Trusted CA certificates (PEM texts). */
    QList<QByteArray> trustedCaPem;
    /** rsa-sha1/sha1 accepted as legacy (CNAM 2019 tokens, DRIMbox). */
    bool allowSha1 = true;
    /** Verification time; null = now. */
    QDateTime at;
    /** Tolerance on NotBefore / NotOnOrAfter. */
    int clockSkewSeconds = 300;
    /** A token without Conditions NotBefore/NotOnOrAfter is refused (the official examples have none). */
    bool requireValidityWindow = true;
    /** Production INS OIDs (.8/.9) accepted in resource-id; test OIDs (.10/.11) only otherwise. */
    bool allowProductionIns = false;
};

/** What a verified VIHF says. CE values (role, purpose of use) are given as "code^codeSystem". */
struct VerifiedVihf {
    xml::XmlCertificateInfo signer;
    QString signatureMethod;
    QString assertionId;
    QString issuer;
    QString nameId;
    QString authnContextClassRef;
    QDateTime issueInstant;
    QDateTime notBefore;
    QDateTime notOnOrAfter;
    /** Every attribute by Name, values in document order. */
    QHash<QString, QStringList> attributes;
    /** The spelling found: "Authentification_mode" (CNAM) or "Authentification_Mode" (ANS, DRIMbox). */
    QString authenticationModeAttribute;
    QString authenticationMode;
    /** The 15-character INS of resource-id, and its OID. */
    QString patientIns;
    QString patientInsOid;
    QString structureId;
    QStringList roles;
    QString purposeOfUse;
};

/**
 * Checks a VIHF as the DMP would: input is any XML holding exactly one saml2:Assertion (a whole
 * SOAP envelope, its wsse:Security, or the assertion). In order:
 * 1. the assertion's enveloped ds:Signature (XmlSignatureVerifier: cryptography, then trust in
 *    trustedCaPem at `at`), which must cover the assertion itself (one reference, to this
 *    element, with the enveloped transform) — ID wrapping refused;
 * 2. Issuer = the signing certificate's subject (same RDNs, order and spacing aside);
 * 3. Conditions NotBefore <= at < NotOnOrAfter (± clockSkewSeconds);
 * 4. required attributes present and non-empty: VIHF_Version, Authentification_mode (either
 *    spelling), Identifiant_Structure, Secteur_Activite, role, resource-id, Ressource_URN
 *    (= urn:dmp), purposeofuse, LPS_ID, LPS_Nom, LPS_Version, LPS_ID_HOMOLOGATION_DMP;
 * 5. resource-id is "<INS>^^^&<INS OID>&ISO^NH" with a valid NIR/NIA (key checked).
 *
 * Errors: the xml.signature_* / xml.certificate_* codes of XmlSignatureVerifier, "dmp.vihf_missing",
 * "dmp.vihf_malformed" (several assertions, unsigned), "dmp.vihf_signature_scope",
 * "dmp.vihf_issuer_mismatch", "dmp.vihf_validity", "dmp.vihf_missing_attribute", "dmp.vihf_invalid_ins".
 */
class VihfVerifier
{
public:
    [[nodiscard]] static domain::Result<VerifiedVihf> verify(const QByteArray &xml, const VihfVerifierOptions &options);
    /** Same RDN set, whatever the order and spacing ("C=FR, O=X, CN=Y" == "CN=Y,O=X,C=FR"). */
    [[nodiscard]] static bool sameDistinguishedName(const QString &a, const QString &b);
};

} // namespace sgl::interop::dmp
