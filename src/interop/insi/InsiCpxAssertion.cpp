#include "interop/insi/InsiCpxAssertion.h"

namespace sgl::interop::insi {

using xml::XmlElement;

namespace {

QString samlTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

XmlElement attribute(const QString &name, const QString &value)
{
    XmlElement a(QStringLiteral("saml2:Attribute"));
    a.setAttribute(QStringLiteral("Name"), name);
    a.append(XmlElement(QStringLiteral("saml2:AttributeValue"), value))
        .setAttribute(QStringLiteral("xsi:type"), QStringLiteral("xs:string"));
    return a;
}

} // namespace

XmlElement InsiCpxAssertion::toElement() const
{
    XmlElement a(QStringLiteral("saml2:Assertion"));
    a.declareNamespace(QStringLiteral("saml2"), QString::fromLatin1(kSamlNs));
    a.declareNamespace(QStringLiteral("xs"), QStringLiteral("http://www.w3.org/2001/XMLSchema"));
    a.declareNamespace(QStringLiteral("xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    a.setAttribute(QStringLiteral("ID"), assertionId);
    a.setAttribute(QStringLiteral("IssueInstant"), samlTime(issueInstant));
    a.setAttribute(QStringLiteral("Version"), QStringLiteral("2.0"));
    a.append(XmlElement(QStringLiteral("saml2:Issuer"), issuerSubject))
        .setAttribute(QStringLiteral("Format"), QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName"));
    a.append(XmlElement(QStringLiteral("saml2:Subject")))
        .append(XmlElement(QStringLiteral("saml2:NameID"), nationalId))
        .setAttribute(QStringLiteral("NameQualifier"), QStringLiteral("CPS"));
    a.append(XmlElement(QStringLiteral("saml2:Conditions")))
        .setAttribute(QStringLiteral("NotBefore"), samlTime(issueInstant.addSecs(-clockSkewSeconds)))
        .setAttribute(QStringLiteral("NotOnOrAfter"), samlTime(issueInstant.addSecs(lifetimeSeconds)));
    XmlElement &statement = a.append(XmlElement(QStringLiteral("saml2:AttributeStatement")));
    if (!billingId.isEmpty())
        statement.append(attribute(QStringLiteral("identifiantFacturation"), billingId));
    statement.append(attribute(QStringLiteral("secteurActivite"), activitySector));
    return a;
}

} // namespace sgl::interop::insi
