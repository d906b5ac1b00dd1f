#include "interop/directory/FhirPractitionerBundle.h"

#include "interop/directory/ErrorCodes.h"
#include "interop/directory/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::interop::directory {

using namespace Qt::StringLiterals;

namespace {

const QString kIdNatSystem = u"urn:oid:1.2.250.1.71.4.2.1"_s;
const QString kRppsSystem = u"https://rpps.esante.gouv.fr"_s;

bool isRppsDigits(const QString &s)
{
    if (s.size() != 11)
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

QString rppsOf(const QJsonArray &identifiers)
{
    for (const QJsonValue &v : identifiers) {
        const QJsonObject id = v.toObject();
        const QString system = id[u"system"_s].toString();
        const QString value = id[u"value"_s].toString().trimmed();
        if (system == kIdNatSystem && value.size() == 12 && value.startsWith(u'8') && isRppsDigits(value.mid(1)))
            return value.mid(1);
        if (system == kRppsSystem && isRppsDigits(value))
            return value;
    }
    return {};
}

QStringList mailboxesOf(const QJsonArray &telecom)
{
    QStringList out;
    for (const QJsonValue &v : telecom) {
        const QJsonObject t = v.toObject();
        const QString value = t[u"value"_s].toString().trimmed();
        const QString domain = value.section(u'@', -1).toLower();
        if (t[u"system"_s].toString() == u"email"_s && value.contains(u'@')
            && (domain == u"mssante.fr"_s || domain.endsWith(u".mssante.fr"_s)) && !out.contains(value))
            out << value;
    }
    return out;
}

FhirPractitioner practitionerOf(const QJsonObject &r)
{
    FhirPractitioner p;
    p.id = r[u"id"_s].toString();
    p.rpps = rppsOf(r[u"identifier"_s].toArray());
    p.active = r[u"active"_s].toBool(true);
    const QJsonArray names = r[u"name"_s].toArray();
    if (!names.isEmpty()) {
        const QJsonObject n = names.first().toObject();
        p.family = n[u"family"_s].toString();
        for (const QJsonValue &g : n[u"given"_s].toArray())
            p.given << g.toString();
        const QJsonArray prefix = n[u"prefix"_s].toArray();
        if (!prefix.isEmpty())
            p.prefix = prefix.first().toString();
    }
    p.mailboxes = mailboxesOf(r[u"telecom"_s].toArray());
    return p;
}

FhirPractitionerRole roleOf(const QJsonObject &r)
{
    FhirPractitionerRole role;
    role.id = r[u"id"_s].toString();
    const QString reference = r[u"practitioner"_s].toObject()[u"reference"_s].toString();
    role.practitionerId = reference.section(u'/', -1);
    role.active = r[u"active"_s].toBool(true);
    const QJsonObject organisation = r[u"organization"_s].toObject();
    role.organisation = organisation[u"display"_s].toString();
    if (role.organisation.isEmpty())
        role.organisation = organisation[u"reference"_s].toString();
    for (const QJsonValue &code : r[u"code"_s].toArray())
        for (const QJsonValue &coding : code.toObject()[u"coding"_s].toArray()) {
            const QJsonObject c = coding.toObject();
            const QString text = c[u"display"_s].toString();
            role.roles << (text.isEmpty() ? c[u"code"_s].toString() : text);
        }
    role.mailboxes = mailboxesOf(r[u"telecom"_s].toArray());
    return role;
}

} // namespace

domain::Result<FhirDirectoryPage> FhirPractitionerBundle::parse(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject bundle = doc.object();
    if (error.error != QJsonParseError::NoError || bundle[u"resourceType"_s].toString() != u"Bundle"_s)
        return domain::fail(errc::FhirResponse,
                            Tr::tr("Réponse inattendue de l'Annuaire Santé : un Bundle FHIR JSON était attendu."));
    FhirDirectoryPage page;
    if (bundle.contains(u"total"_s))
        page.total = bundle[u"total"_s].toInt();
    for (const QJsonValue &l : bundle[u"link"_s].toArray())
        if (l.toObject()[u"relation"_s].toString() == u"next"_s)
            page.nextUrl = l.toObject()[u"url"_s].toString();
    for (const QJsonValue &e : bundle[u"entry"_s].toArray()) {
        const QJsonObject resource = e.toObject()[u"resource"_s].toObject();
        const QString type = resource[u"resourceType"_s].toString();
        if (type == u"Practitioner"_s)
            page.practitioners << practitionerOf(resource);
        else if (type == u"PractitionerRole"_s)
            page.roles << roleOf(resource);
    }
    return page;
}

QString FhirPractitionerBundle::operationOutcomeText(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o[u"resourceType"_s].toString() != u"OperationOutcome"_s)
        return {};
    QStringList texts;
    for (const QJsonValue &v : o[u"issue"_s].toArray()) {
        const QJsonObject issue = v.toObject();
        QString text = issue[u"diagnostics"_s].toString();
        if (text.isEmpty())
            text = issue[u"details"_s].toObject()[u"text"_s].toString();
        if (text.isEmpty())
            text = issue[u"code"_s].toString();
        if (!text.isEmpty())
            texts << text;
    }
    return texts.join(u" ; "_s);
}

} // namespace sgl::interop::directory
