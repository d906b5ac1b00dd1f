#include "simulators/insi/InsiCpxVerifier.h"

#include "interop/insi/InsiCpxAssertion.h"
#include "interop/insi/InsiTypes.h"
#include "interop/xml/XmlSignatureVerifier.h"
#include "simulators/insi/ErrorCodes.h"
#include "simulators/insi/Tr.h"

#include <QStringList>

#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <memory>

namespace sgl::simulators::insi {

namespace {

namespace ins = interop::insi;
using interop::xml::XmlNode;

QString latin(const char *s)
{
    return QString::fromLatin1(s);
}

std::unexpected<domain::Error> refused(const QString &reason)
{
    return domain::fail(errc::SimCpxAssertion, Tr::tr("Assertion PS refusée : %1").arg(reason), QStringLiteral("wsse:Security"));
}

QStringList rdns(const QString &dn)
{
    QStringList out;
    for (const QString &part : dn.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString r = part.trimmed();
        const qsizetype eq = r.indexOf(QLatin1Char('='));
        out.append(eq > 0 ? r.left(eq).trimmed().toUpper() + QLatin1Char('=') + r.mid(eq + 1).trimmed() : r);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QDateTime samlTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime::fromString(s, Qt::ISODate).toUTC();
}

struct CertDeleter {
    void operator()(X509 *x) const { X509_free(x); }
};

/** The signer certificate's CN, and whether it is a card authentication certificate of the test PKI. */
struct CardFacts {
    QString commonName;
    bool cardPolicy = false;
    bool digitalSignature = false;
};

CardFacts cardFacts(const QByteArray &der, const QString &policyOid)
{
    CardFacts facts;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, CertDeleter> x(d2i_X509(nullptr, &p, der.size()));
    if (!x)
        return facts;
    char cn[256] = {0};
    if (X509_NAME_get_text_by_NID(X509_get_subject_name(x.get()), NID_commonName, cn, sizeof cn) > 0)
        facts.commonName = QString::fromUtf8(cn);
    const uint32_t usage = X509_get_key_usage(x.get());
    facts.digitalSignature = usage != UINT32_MAX && (usage & KU_DIGITAL_SIGNATURE) != 0;
    auto *policies = static_cast<CERTIFICATEPOLICIES *>(X509_get_ext_d2i(x.get(), NID_certificate_policies, nullptr, nullptr));
    if (policies != nullptr) {
        for (int i = 0; i < sk_POLICYINFO_num(policies); ++i) {
            char oid[128] = {0};
            OBJ_obj2txt(oid, sizeof oid, sk_POLICYINFO_value(policies, i)->policyid, 1);
            if (QString::fromLatin1(oid) == policyOid)
                facts.cardPolicy = true;
        }
        CERTIFICATEPOLICIES_free(policies);
    }
    return facts;
}

} // namespace

InsiCpxVerifier::InsiCpxVerifier(QList<QByteArray> trustedCaPem, QString cardPolicyOid, int clockSkewSeconds)
    : m_trustedCaPem(std::move(trustedCaPem)), m_cardPolicyOid(std::move(cardPolicyOid)), m_clockSkewSeconds(clockSkewSeconds)
{
}

domain::Result<CpxCaller> InsiCpxVerifier::verify(const interop::xml::XmlDocument &envelope, const QDateTime &at) const
{
    const QString saml = latin(ins::kSamlNs);
    const XmlNode header = envelope.root().firstChild(latin(ins::ns::kSoap), QStringLiteral("Header"));
    const QList<XmlNode> securities = header.childElements(latin(ins::ns::kWsse), QStringLiteral("Security"));
    if (securities.size() != 1)
        return refused(Tr::tr("en-tête wsse:Security absent ou répété (mode CPx)."));
    const QList<XmlNode> assertions = securities.first().childElements(saml, QStringLiteral("Assertion"));
    if (assertions.size() != 1)
        return refused(Tr::tr("une et une seule saml2:Assertion attendue dans wsse:Security."));
    const XmlNode assertion = assertions.first();
    const QList<XmlNode> signatures = assertion.childElements(latin(interop::xml::xmldsig::Namespace), QStringLiteral("Signature"));
    if (signatures.size() != 1)
        return refused(Tr::tr("assertion non signée."));

    interop::xml::XmlVerifyOptions options;
    options.trustedCaPem = m_trustedCaPem;
    options.idAttributes = {{saml, QStringLiteral("Assertion"), QStringLiteral("ID")}};
    options.at = at;
    auto info = interop::xml::XmlSignatureVerifier::verify(envelope, signatures.first(), options);
    if (!info)
        return refused(info.error().message);
    if (info->references.size() != 1 || info->references.first().element != assertion
        || !info->references.first().transforms.contains(latin(interop::xml::xmldsig::Enveloped)))
        return refused(Tr::tr("la signature ne couvre pas l'assertion elle-même."));
    const CardFacts facts = cardFacts(info->signer.der, m_cardPolicyOid);
    if (!facts.cardPolicy || !facts.digitalSignature)
        return refused(Tr::tr("le certificat signataire « %1 » n'est pas un certificat d'authentification de carte de "
                              "professionnel.").arg(info->signer.subject));

    CpxCaller caller;
    caller.certificateSubject = info->signer.subject;
    const QString issuer = assertion.childText(saml, QStringLiteral("Issuer")).trimmed();
    if (rdns(issuer) != rdns(info->signer.subject))
        return refused(Tr::tr("l'émetteur « %1 » n'est pas le sujet du certificat de la carte.").arg(issuer));
    const XmlNode conditions = assertion.firstChild(saml, QStringLiteral("Conditions"));
    const QDateTime notBefore = samlTime(conditions.attribute(QStringLiteral("NotBefore")));
    const QDateTime notOnOrAfter = samlTime(conditions.attribute(QStringLiteral("NotOnOrAfter")));
    const QDateTime now = at.toUTC();
    if (!notBefore.isValid() || !notOnOrAfter.isValid())
        return refused(Tr::tr("période de validité absente (Conditions NotBefore/NotOnOrAfter)."));
    if (now.addSecs(m_clockSkewSeconds) < notBefore || now.addSecs(-m_clockSkewSeconds) >= notOnOrAfter)
        return refused(Tr::tr("assertion hors de sa période de validité."));
    const XmlNode nameId = assertion.firstChild(saml, QStringLiteral("Subject")).firstChild(saml, QStringLiteral("NameID"));
    caller.nationalId = nameId.text().trimmed();
    if (nameId.attribute(QStringLiteral("NameQualifier")) != QLatin1String("CPS") || caller.nationalId != facts.commonName)
        return refused(Tr::tr("le sujet (NameID CPS) « %1 » n'est pas le porteur de la carte.").arg(caller.nationalId));
    const XmlNode statement = assertion.firstChild(saml, QStringLiteral("AttributeStatement"));
    for (const XmlNode &attribute : statement.childElements(saml, QStringLiteral("Attribute"))) {
        const QString value = attribute.childText(saml, QStringLiteral("AttributeValue")).trimmed();
        if (attribute.attribute(QStringLiteral("Name")) == QLatin1String("identifiantFacturation"))
            caller.billingId = value;
        else if (attribute.attribute(QStringLiteral("Name")) == QLatin1String("secteurActivite"))
            caller.activitySector = value;
    }
    if (caller.activitySector.isEmpty())
        return refused(Tr::tr("attribut secteurActivite absent."));
    return caller;
}

} // namespace sgl::simulators::insi
