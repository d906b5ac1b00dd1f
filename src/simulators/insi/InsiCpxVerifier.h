#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlDocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::simulators::insi {

/** What a verified "Assertion PS" says. */
struct CpxCaller {
    QString nationalId;
    QString billingId;
    QString activitySector;
    QString certificateSubject;
};

/**
 * The INSi simulator's check of the CPx mode (a request received without a TLS client
 * certificate): the SOAP header's wsse:Security must hold exactly one saml2:Assertion whose
 * enveloped signature (xmlsec1: rsa-sha256, exc-c14n) covers the assertion itself, signed by a
 * certificate that chains to the test CA at `at`, carries the card policy (TestPki::kCardPolicyOid)
 * and the digitalSignature key usage (a card's authentication certificate, not an organisation
 * one); Issuer = that certificate's subject; Conditions NotBefore/NotOnOrAfter hold `at` (±
 * clockSkewSeconds); Subject/NameID has NameQualifier "CPS" and equals the certificate's CN;
 * secteurActivite is present.
 *
 * Error: "sim.cpx_assertion" with the reason in French (the xml.signature_* / xml.certificate_*
 * errors of the signature check are reported under that code, their message kept).
 */
class InsiCpxVerifier
{
public:
    InsiCpxVerifier(QList<QByteArray> trustedCaPem, QString cardPolicyOid, int clockSkewSeconds = 120);
    [[nodiscard]] domain::Result<CpxCaller> verify(const interop::xml::XmlDocument &envelope,
                                                   const QDateTime &at = QDateTime::currentDateTimeUtc()) const;

private:
    QList<QByteArray> m_trustedCaPem;
    QString m_cardPolicyOid;
    int m_clockSkewSeconds;
};

} // namespace sgl::simulators::insi
