#include "interop/dmp/VihfAssertionBuilder.h"

#include "domain/identity/InsOid.h"

#include "domain/identity/InsValidator.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/dmp/Tr.h"
#include "interop/dmp/VihfNames.h"
#include "interop/xml/XmlWriter.h"

namespace sgl::interop::dmp {

namespace {

using xml::XmlWriterElement;
using xml::XmlWriterNamespace;

QString latin(const char *s)
{
    return QString::fromLatin1(s);
}

/** <Attribute Name><AttributeValue xmlns:xs xsi:type="xs:string">value</AttributeValue></Attribute> */
void stringAttribute(XmlWriterElement &statement, XmlWriterNamespace saml, XmlWriterNamespace xsi, const char *name,
                     const QString &value)
{
    XmlWriterElement attribute = statement.add(saml, "Attribute");
    attribute.set("Name", name);
    XmlWriterElement v = attribute.add(saml, "AttributeValue");
    v.declareNamespace(QStringLiteral("xs"), latin(vihf::XsNs));
    v.set(xsi, "type", "xs:string");
    v.text(value);
}

/** <Attribute Name><AttributeValue><hl7:element code codeSystem ... xsi:type="CE"/></AttributeValue></Attribute> */
void codedAttribute(XmlWriterElement &statement, XmlWriterNamespace saml, XmlWriterNamespace xsi, const char *name,
                    const char *element, const char *code, const char *codeSystem, const QString &codeSystemName,
                    const QString &displayName)
{
    XmlWriterElement attribute = statement.add(saml, "Attribute");
    attribute.set("Name", name);
    XmlWriterElement v = attribute.add(saml, "AttributeValue");
    XmlWriterElement ce = v.add(element);
    ce.setNamespace(ce.declareNamespace({}, latin(vihf::Hl7Ns)));
    ce.set("code", code);
    ce.set("codeSystem", codeSystem);
    ce.setIf("codeSystemName", codeSystemName);
    ce.set("displayName", displayName);
    ce.set(xsi, "type", "CE");
}

} // namespace

QString VihfAssertionBuilder::samlTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString VihfAssertionBuilder::resourceId(const QString &ins, const QString &insOid)
{
    return ins + QStringLiteral("^^^&") + insOid + QStringLiteral("&ISO^NH");
}

domain::Status VihfAssertionBuilder::checkProfile(const VihfProfile &profile)
{
    const std::pair<const char *, const QString *> required[] = {
        {"NameID", &profile.nameId},
        {vihf::StructureId, &profile.structureId},
        {vihf::ActivitySector, &profile.activitySector},
        {vihf::SubjectId, &profile.subjectId},
        {vihf::LpsId, &profile.lpsId},
        {vihf::LpsName, &profile.lpsName},
        {vihf::LpsVersion, &profile.lpsVersion},
        {vihf::LpsHomologation, &profile.lpsHomologationId},
        {vihf::AuthMode, &profile.authenticationMode},
        {vihf::VihfVersion, &profile.vihfVersion},
    };
    for (const auto &[name, value] : required)
        if (value->trimmed().isEmpty())
            return domain::fail(errc::SecurityConfig, Tr::tr("Profil VIHF incomplet : %1 manquant.").arg(latin(name)), latin(name));
    if (profile.lifetimeSeconds <= 0 || profile.clockSkewSeconds < 0)
        return domain::fail(errc::SecurityConfig, Tr::tr("Profil VIHF incomplet : %1 manquant.").arg(QStringLiteral("durée de validité")),
                            QStringLiteral("lifetimeSeconds"));
    return {};
}

domain::Result<QByteArray> VihfAssertionBuilder::build(const VihfProfile &profile, const QString &issuerSubject,
                                                       const VihfContext &context, const QDateTime &issueInstant,
                                                       const QString &assertionId)
{
    auto profileOk = checkProfile(profile);
    if (!profileOk)
        return std::unexpected(profileOk.error());
    const QString ins = context.patientIns.trimmed();
    const QString insOid = context.patientInsOid.trimmed();
    if (!domain::insKindFromOid(insOid))
        return domain::fail(errc::VihfInvalidIns,
                            Tr::tr("INS du patient invalide pour le VIHF : autorité « %1 » inconnue (OID 1.2.250.1.213.1.4.8, .9, .10 "
                                   "ou .11 attendu).").arg(insOid),
                            QStringLiteral("patientInsOid"));
    const domain::Ins parsed{ins.left(13), ins.mid(13), insOid, {}, {}};
    auto insOk = ins.size() == 15 ? domain::InsValidator::validate(parsed, true) : domain::Status(std::unexpected(domain::Error{}));
    if (!insOk)
        return domain::fail(errc::VihfInvalidIns,
                            Tr::tr("INS du patient invalide pour le VIHF : %1").arg(ins.size() == 15 ? insOk.error().message
                                                                                                   : Tr::tr("15 caractères attendus")),
                            QStringLiteral("patientIns"));
    if (issuerSubject.isEmpty() || assertionId.isEmpty() || !issueInstant.isValid())
        return domain::fail(errc::SecurityConfig, Tr::tr("Profil VIHF incomplet : %1 manquant.").arg(QStringLiteral("Issuer/ID")), {});

    xml::XmlWriter writer;
    XmlWriterElement security = writer.createRoot("Security");
    security.setNamespace(security.declareNamespace({}, latin(vihf::WsseNs)));
    XmlWriterElement assertion = security.add("Assertion");
    const XmlWriterNamespace saml = assertion.declareNamespace({}, latin(vihf::SamlNs));
    assertion.setNamespace(saml);
    const XmlWriterNamespace xsi = assertion.declareNamespace(QStringLiteral("xsi"), latin(vihf::XsiNs));
    const QDateTime now = issueInstant.toUTC();
    assertion.set("ID", assertionId).set("IssueInstant", samlTime(now)).set("Version", "2.0");
    assertion.add(saml, "Issuer").set("Format", vihf::X509SubjectNameFormat).text(issuerSubject);
    assertion.add(saml, "Subject").add(saml, "NameID").text(profile.nameId);
    assertion.add(saml, "Conditions")
        .set("NotBefore", samlTime(now.addSecs(-profile.clockSkewSeconds)))
        .set("NotOnOrAfter", samlTime(now.addSecs(profile.lifetimeSeconds)));
    XmlWriterElement authn = assertion.add(saml, "AuthnStatement");
    authn.set("AuthnInstant", samlTime(now));
    authn.add(saml, "AuthnContext").add(saml, "AuthnContextClassRef").text(vihf::UnspecifiedAuthnContext);
    XmlWriterElement statement = assertion.add(saml, "AttributeStatement");
    stringAttribute(statement, saml, xsi, vihf::VihfVersion, profile.vihfVersion);
    stringAttribute(statement, saml, xsi, vihf::AuthMode, profile.authenticationMode);
    stringAttribute(statement, saml, xsi, vihf::ActivitySector, profile.activitySector);
    stringAttribute(statement, saml, xsi, vihf::ResourceId, resourceId(ins, insOid));
    stringAttribute(statement, saml, xsi, vihf::ResourceUrn, QStringLiteral("urn:dmp"));
    stringAttribute(statement, saml, xsi, vihf::SubjectId, profile.subjectId);
    stringAttribute(statement, saml, xsi, vihf::StructureId, profile.structureId);
    stringAttribute(statement, saml, xsi, vihf::LpsVersion, profile.lpsVersion);
    stringAttribute(statement, saml, xsi, vihf::LpsId, profile.lpsId);
    stringAttribute(statement, saml, xsi, vihf::LpsName, profile.lpsName);
    stringAttribute(statement, saml, xsi, vihf::LpsHomologation, profile.lpsHomologationId);
    codedAttribute(statement, saml, xsi, vihf::PurposeOfUse, "PurposeOfUse", "normal", "1.2.250.1.213.1.1.4.248",
                   QStringLiteral("mode acces VIHF 2.0"), QStringLiteral("Accès normal"));
    codedAttribute(statement, saml, xsi, vihf::Role, "Role", "AUTOMATE", "1.2.250.1.213.1.1.4.6", {},
                   QStringLiteral("AUTOMATE"));
    auto bytes = writer.toBytes();
    if (!bytes)
        return std::unexpected(bytes.error());
    // The element goes into a SOAP header: no XML declaration.
    QByteArray out = *bytes;
    if (out.startsWith("<?xml"))
        out.remove(0, out.indexOf('\n') + 1);
    return out;
}

} // namespace sgl::interop::dmp
