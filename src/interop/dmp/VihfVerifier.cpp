#include "interop/dmp/VihfVerifier.h"

#include "domain/identity/InsValidator.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/dmp/Tr.h"
#include "interop/dmp/VihfNames.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSignatureVerifier.h"

#include <QRegularExpression>

#include <algorithm>

namespace sgl::interop::dmp {

namespace {

using xml::XmlNode;

QString latin(const char *s)
{
    return QString::fromLatin1(s);
}

const xml::XmlNamespaces Ns{{QStringLiteral("saml"), latin(vihf::SamlNs)},
                            {QStringLiteral("ds"), latin(xml::xmldsig::Namespace)}};

QStringList rdns(const QString &dn)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        if (c == QLatin1Char('\\') && i + 1 < dn.size()) {
            current += c;
            current += dn.at(++i);
        } else if (c == QLatin1Char(',')) {
            out.append(current.trimmed());
            current.clear();
        } else
            current += c;
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    for (QString &r : out) {
        const qsizetype eq = r.indexOf(QLatin1Char('='));
        if (eq > 0)
            r = r.left(eq).trimmed().toUpper() + QLatin1Char('=') + r.mid(eq + 1).trimmed();
    }
    std::sort(out.begin(), out.end());
    return out;
}

QDateTime samlTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

std::unexpected<domain::Error> missing(const QString &name)
{
    return domain::fail(errc::VihfMissingAttribute, Tr::tr("VIHF : attribut obligatoire « %1 » absent ou vide.").arg(name), name);
}

} // namespace

bool VihfVerifier::sameDistinguishedName(const QString &a, const QString &b)
{
    return rdns(a) == rdns(b);
}

domain::Result<VerifiedVihf> VihfVerifier::verify(const QByteArray &bytes, const VihfVerifierOptions &options)
{
    auto doc = xml::XmlDocument::parse(bytes, QStringLiteral("VIHF"));
    if (!doc)
        return std::unexpected(doc.error());
    auto assertions = doc->select(QStringLiteral("//saml:Assertion"), Ns);
    if (!assertions)
        return std::unexpected(assertions.error());
    if (assertions->isEmpty())
        return domain::fail(errc::VihfMissing, Tr::tr("Aucune assertion VIHF (saml2:Assertion) dans le message."), {});
    if (assertions->size() > 1)
        return domain::fail(errc::VihfMalformed, Tr::tr("VIHF mal formé : %1").arg(Tr::tr("plusieurs assertions SAML.")),
                            assertions->at(1).path());
    const XmlNode assertion = assertions->first();
    const QList<XmlNode> signatures = assertion.childElements(latin(xml::xmldsig::Namespace), QStringLiteral("Signature"));
    if (signatures.size() != 1)
        return domain::fail(errc::VihfMalformed,
                            Tr::tr("VIHF mal formé : %1").arg(signatures.isEmpty() ? Tr::tr("assertion non signée.")
                                                                                   : Tr::tr("plusieurs signatures.")),
                            assertion.path());

    xml::XmlVerifyOptions verifyOptions;
    verifyOptions.trustedCaPem = options.trustedCaPem;
    verifyOptions.idAttributes = {{latin(vihf::SamlNs), QStringLiteral("Assertion"), QStringLiteral("ID")}};
    verifyOptions.allowSha1 = options.allowSha1;
    verifyOptions.at = options.at;
    auto info = xml::XmlSignatureVerifier::verify(*doc, signatures.first(), verifyOptions);
    if (!info)
        return std::unexpected(info.error());
    if (info->references.size() != 1 || info->references.first().element != assertion
        || !info->references.first().transforms.contains(latin(xml::xmldsig::Enveloped)))
        return domain::fail(errc::VihfSignatureScope, Tr::tr("VIHF : la signature ne couvre pas l'assertion elle-même."),
                            assertion.path());

    VerifiedVihf out;
    out.signer = info->signer;
    out.signatureMethod = info->signatureMethod;
    out.assertionId = assertion.attribute(QStringLiteral("ID"));
    out.issuer = assertion.childText(latin(vihf::SamlNs), QStringLiteral("Issuer")).trimmed();
    out.nameId = doc->evaluateString(QStringLiteral("string(saml:Subject/saml:NameID)"), Ns, assertion).value_or(QString()).trimmed();
    out.authnContextClassRef =
        doc->evaluateString(QStringLiteral("string(saml:AuthnStatement/saml:AuthnContext/saml:AuthnContextClassRef)"), Ns, assertion)
            .value_or(QString())
            .trimmed();
    out.issueInstant = samlTime(assertion.attribute(QStringLiteral("IssueInstant")));
    if (!sameDistinguishedName(out.issuer, out.signer.subject))
        return domain::fail(errc::VihfIssuerMismatch,
                            Tr::tr("VIHF : l'émetteur « %1 » n'est pas le sujet du certificat de signature « %2 ».")
                                .arg(out.issuer, out.signer.subject),
                            QStringLiteral("Issuer"));

    const XmlNode conditions = assertion.firstChild(latin(vihf::SamlNs), QStringLiteral("Conditions"));
    out.notBefore = samlTime(conditions.attribute(QStringLiteral("NotBefore")));
    out.notOnOrAfter = samlTime(conditions.attribute(QStringLiteral("NotOnOrAfter")));
    const QDateTime at = (options.at.isValid() ? options.at : QDateTime::currentDateTimeUtc()).toUTC();
    if (!out.notBefore.isValid() || !out.notOnOrAfter.isValid()) {
        if (options.requireValidityWindow)
            return domain::fail(errc::VihfValidity, Tr::tr("VIHF sans période de validité (Conditions NotBefore/NotOnOrAfter)."),
                                QStringLiteral("Conditions"));
    } else if (at < out.notBefore.addSecs(-options.clockSkewSeconds) || at >= out.notOnOrAfter.addSecs(options.clockSkewSeconds))
        return domain::fail(errc::VihfValidity,
                            Tr::tr("VIHF hors de sa période de validité (%1 – %2).")
                                .arg(out.notBefore.toString(Qt::ISODate), out.notOnOrAfter.toString(Qt::ISODate)),
                            QStringLiteral("Conditions"));

    auto attributes = doc->select(QStringLiteral("saml:AttributeStatement/saml:Attribute"), Ns, assertion);
    if (!attributes)
        return std::unexpected(attributes.error());
    for (const XmlNode &attribute : *attributes) {
        QStringList values;
        for (const XmlNode &value : attribute.childElements(latin(vihf::SamlNs), QStringLiteral("AttributeValue"))) {
            const QList<XmlNode> coded = value.childElements();
            if (!coded.isEmpty())
                values.append(coded.first().attribute(QStringLiteral("code")) + QLatin1Char('^')
                              + coded.first().attribute(QStringLiteral("codeSystem")));
            else
                values.append(value.text().trimmed());
        }
        out.attributes[attribute.attribute(QStringLiteral("Name"))] += values;
    }
    const auto first = [&](const char *name) { return out.attributes.value(latin(name)).value(0); };
    for (const char *name : {vihf::AuthMode, vihf::AuthModeAns})
        if (!first(name).isEmpty()) {
            out.authenticationModeAttribute = latin(name);
            out.authenticationMode = first(name);
            break;
        }
    if (out.authenticationMode.isEmpty())
        return missing(latin(vihf::AuthMode));
    for (const char *name : {vihf::VihfVersion, vihf::StructureId, vihf::ActivitySector, vihf::Role, vihf::ResourceId,
                             vihf::ResourceUrn, vihf::PurposeOfUse, vihf::LpsId, vihf::LpsName, vihf::LpsVersion,
                             vihf::LpsHomologation})
        if (first(name).isEmpty() || first(name) == QStringLiteral("^"))
            return missing(latin(name));
    if (first(vihf::ResourceUrn) != QStringLiteral("urn:dmp"))
        return domain::fail(errc::VihfMalformed,
                            Tr::tr("VIHF mal formé : %1").arg(Tr::tr("Ressource_URN « %1 » au lieu de urn:dmp.").arg(first(vihf::ResourceUrn))),
                            latin(vihf::ResourceUrn));
    out.structureId = first(vihf::StructureId);
    out.roles = out.attributes.value(latin(vihf::Role));
    out.purposeOfUse = first(vihf::PurposeOfUse).section(QLatin1Char('^'), 0, 0);

    static const QRegularExpression resourceId(QStringLiteral("^([0-9AB]{13})([0-9]{2})\\^\\^\\^&([0-9.]+)&ISO\\^NH$"));
    const QString resource = first(vihf::ResourceId);
    const auto m = resourceId.match(resource);
    if (!m.hasMatch())
        return domain::fail(errc::VihfInvalidIns,
                            Tr::tr("INS du patient invalide pour le VIHF : %1").arg(resource), latin(vihf::ResourceId));
    const domain::Ins ins{m.captured(1), m.captured(2), m.captured(3), {}, {}};
    auto insOk = domain::InsValidator::validate(ins, options.allowProductionIns);
    if (!insOk)
        return domain::fail(errc::VihfInvalidIns, Tr::tr("INS du patient invalide pour le VIHF : %1").arg(insOk.error().message),
                            latin(vihf::ResourceId));
    out.patientIns = ins.full();
    out.patientInsOid = ins.oid;
    return out;
}

} // namespace sgl::interop::dmp
