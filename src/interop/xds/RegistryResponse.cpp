#include "interop/xds/RegistryResponse.h"

#include "interop/xds/ErrorCodes.h"
#include "interop/xds/Tr.h"
#include "interop/xds/XdsConstants.h"

namespace sgl::interop::xds {

using domain::fail;

namespace {

const QString kRim = QString::fromLatin1(uuid::kNsRim);
const QString kRs = QString::fromLatin1(uuid::kNsRs);

bool knownStatus(const QString &s)
{
    return s == QLatin1String(uuid::kResponseSuccess) || s == QLatin1String(uuid::kResponseFailure)
           || s == QLatin1String(uuid::kResponsePartialSuccess);
}

QList<RegistryError> errorsOf(xml::XmlNode response)
{
    QList<RegistryError> out;
    const xml::XmlNode list = response.firstChild(kRs, QStringLiteral("RegistryErrorList"));
    for (const xml::XmlNode &e : list.childElements(kRs, QStringLiteral("RegistryError")))
        out.append({e.attribute(QStringLiteral("errorCode")), e.attribute(QStringLiteral("codeContext")).simplified(),
                    e.attribute(QStringLiteral("severity")), e.attribute(QStringLiteral("location"))});
    return out;
}

QStringList values(xml::XmlNode slot)
{
    QStringList out;
    for (const xml::XmlNode &v : slot.firstChild(kRim, QStringLiteral("ValueList")).childElements(kRim, QStringLiteral("Value")))
        out.append(v.text());
    return out;
}

QString localized(xml::XmlNode parent, const char *element)
{
    return parent.firstChild(kRim, QString::fromLatin1(element))
        .firstChild(kRim, QStringLiteral("LocalizedString"))
        .attribute(QStringLiteral("value"));
}

XdsCode codeOf(xml::XmlNode classification)
{
    XdsCode c;
    c.code = classification.attribute(QStringLiteral("nodeRepresentation"));
    for (const xml::XmlNode &s : classification.childElements(kRim, QStringLiteral("Slot")))
        if (s.attribute(QStringLiteral("name")) == QLatin1String("codingScheme"))
            c.codingScheme = values(s).value(0);
    c.displayName = localized(classification, "Name");
    return c;
}

domain::Result<RegistryResponse> readStatus(xml::XmlNode payload, const QString &ns, const char *element)
{
    if (payload.isNull() || payload.localName() != QLatin1String(element) || payload.namespaceUri() != ns)
        return fail(errc::MalformedResponse,
                    Tr::tr("Réponse du registre incorrecte : « %1 » attendu, « %2 » reçu.")
                        .arg(QLatin1String(element), payload.localName()),
                    payload.path());
    RegistryResponse r;
    r.status = payload.attribute(QStringLiteral("status"));
    if (!knownStatus(r.status))
        return fail(errc::MalformedResponse, Tr::tr("Statut de réponse du registre inconnu : « %1 ».").arg(r.status),
                    payload.path());
    r.errors = errorsOf(payload);
    return r;
}

} // namespace

bool RegistryError::isError() const
{
    return !severity.endsWith(QLatin1String(":Warning"));
}

bool RegistryResponse::isSuccess() const
{
    if (status != QLatin1String(uuid::kResponseSuccess))
        return false;
    for (const RegistryError &e : errors)
        if (e.isError())
            return false;
    return true;
}

domain::Error RegistryResponse::toError() const
{
    QStringList parts;
    for (const RegistryError &e : errors)
        if (e.isError())
            parts.append(e.codeContext.isEmpty()                ? e.errorCode
                         : e.codeContext.contains(e.errorCode) ? e.codeContext // the registry already quotes it
                                                               : QStringLiteral("%1 (%2)").arg(e.codeContext, e.errorCode));
    if (parts.isEmpty())
        parts.append(Tr::tr("statut %1 sans détail").arg(status.section(QLatin1Char(':'), -1)));
    return {errc::RegistryError, Tr::tr("Le registre a refusé la demande : %1").arg(parts.join(QStringLiteral(" ; "))),
            errors.isEmpty() ? QString() : errors.first().errorCode};
}

domain::Result<RegistryResponse> RegistryResponseParser::registryResponse(xml::XmlNode payload)
{
    return readStatus(payload, kRs, "RegistryResponse");
}

domain::Result<RegistryResponse> RegistryResponseParser::queryResponse(xml::XmlNode payload)
{
    auto r = readStatus(payload, QString::fromLatin1(uuid::kNsQuery), "AdhocQueryResponse");
    if (!r)
        return r;
    const xml::XmlNode list = payload.firstChild(kRim, QStringLiteral("RegistryObjectList"));
    for (const xml::XmlNode &o : list.childElements(kRim, QStringLiteral("ExtrinsicObject")))
        r->entries.append(documentEntry(o));
    return r;
}

DocumentEntry RegistryResponseParser::documentEntry(xml::XmlNode o)
{
    DocumentEntry e;
    e.id = o.attribute(QStringLiteral("id"));
    e.logicalId = o.attribute(QStringLiteral("lid"));
    e.status = o.attribute(QStringLiteral("status"));
    e.mimeType = o.attribute(QStringLiteral("mimeType"));
    e.languageCode.clear();
    for (const xml::XmlNode &s : o.childElements(kRim, QStringLiteral("Slot"))) {
        const QString name = s.attribute(QStringLiteral("name"));
        const QStringList v = values(s);
        if (name == QLatin1String("creationTime"))
            e.creationTime = v.value(0);
        else if (name == QLatin1String("hash"))
            e.hash = v.value(0);
        else if (name == QLatin1String("languageCode"))
            e.languageCode = v.value(0);
        else if (name == QLatin1String("legalAuthenticator"))
            e.legalAuthenticator = v.value(0);
        else if (name == QLatin1String("repositoryUniqueId"))
            e.repositoryUniqueId = v.value(0);
        else if (name == QLatin1String("serviceStartTime"))
            e.serviceStartTime = v.value(0);
        else if (name == QLatin1String("serviceStopTime"))
            e.serviceStopTime = v.value(0);
        else if (name == QLatin1String("size"))
            e.size = v.value(0);
        else if (name == QLatin1String("sourcePatientId"))
            e.sourcePatientId = v.value(0);
        else if (name == QLatin1String("sourcePatientInfo"))
            e.sourcePatientInfo = v;
        else
            e.extraSlots.append({name, v});
    }
    e.title = localized(o, "Name");
    e.comments = localized(o, "Description");
    e.versionName = o.firstChild(kRim, QStringLiteral("VersionInfo")).attribute(QStringLiteral("versionName"));
    for (const xml::XmlNode &c : o.childElements(kRim, QStringLiteral("Classification"))) {
        const QString scheme = c.attribute(QStringLiteral("classificationScheme"));
        if (scheme == QLatin1String(uuid::kDocAuthor)) {
            XdsAuthor a;
            for (const xml::XmlNode &s : c.childElements(kRim, QStringLiteral("Slot"))) {
                const QString name = s.attribute(QStringLiteral("name"));
                if (name == QLatin1String("authorPerson"))
                    a.person = values(s).value(0);
                else if (name == QLatin1String("authorInstitution"))
                    a.institutions = values(s);
                else if (name == QLatin1String("authorSpecialty"))
                    a.specialties = values(s);
                else if (name == QLatin1String("authorRole"))
                    a.roles = values(s);
            }
            e.authors.append(a);
        } else if (scheme == QLatin1String(uuid::kDocClassCode)) {
            e.classCode = codeOf(c);
        } else if (scheme == QLatin1String(uuid::kDocTypeCode)) {
            e.typeCode = codeOf(c);
        } else if (scheme == QLatin1String(uuid::kDocFormatCode)) {
            e.formatCode = codeOf(c);
        } else if (scheme == QLatin1String(uuid::kDocFacilityType)) {
            e.healthcareFacilityTypeCode = codeOf(c);
        } else if (scheme == QLatin1String(uuid::kDocPracticeSetting)) {
            e.practiceSettingCode = codeOf(c);
        } else if (scheme == QLatin1String(uuid::kDocConfidentiality)) {
            e.confidentialityCodes.append(codeOf(c));
        } else if (scheme == QLatin1String(uuid::kDocEventCode)) {
            e.eventCodes.append(codeOf(c));
        }
    }
    for (const xml::XmlNode &i : o.childElements(kRim, QStringLiteral("ExternalIdentifier"))) {
        const QString scheme = i.attribute(QStringLiteral("identificationScheme"));
        if (scheme == QLatin1String(uuid::kDocPatientId))
            e.patientId = i.attribute(QStringLiteral("value"));
        else if (scheme == QLatin1String(uuid::kDocUniqueId))
            e.uniqueId = i.attribute(QStringLiteral("value"));
    }
    return e;
}

} // namespace sgl::interop::xds
