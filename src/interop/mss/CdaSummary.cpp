#include "interop/mss/CdaSummary.h"

#include "interop/mss/ErrorCodes.h"
#include "interop/mss/Tr.h"
#include "interop/xml/XmlDocument.h"

#include <QTimeZone>

namespace sgl::interop::mss {

using domain::fail;

namespace {

const QString kHl7 = QStringLiteral("urn:hl7-org:v3");

QString xdsId(const xml::XmlNode &id)
{
    if (id.isNull())
        return {};
    const QString root = id.attribute(QStringLiteral("root"));
    const QString ext = id.attribute(QStringLiteral("extension"));
    return ext.isEmpty() ? root : root + QLatin1Char('^') + ext;
}

/** HL7 TS "yyyyMMddHHmmss[+-zzzz]" -> UTC. */
QDateTime timestamp(const QString &value)
{
    if (value.size() < 8)
        return {};
    const QString digits = value.left(14);
    QDateTime t;
    if (digits.size() >= 14)
        t = QDateTime::fromString(digits, QStringLiteral("yyyyMMddHHmmss"));
    else
        t = QDateTime(QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd")), QTime(0, 0));
    if (!t.isValid())
        return {};
    const qsizetype sign = qMax(value.indexOf(QLatin1Char('+'), 8), value.indexOf(QLatin1Char('-'), 8));
    if (sign > 0 && value.size() >= sign + 5) {
        const int hh = value.mid(sign + 1, 2).toInt();
        const int mm = value.mid(sign + 3, 2).toInt();
        const int offset = (hh * 3600 + mm * 60) * (value[sign] == QLatin1Char('-') ? -1 : 1);
        t.setTimeZone(QTimeZone(offset));
    } else {
        t.setTimeZone(QTimeZone::utc());
    }
    return t.toUTC();
}

} // namespace

domain::Result<CdaSummary> CdaSummary::read(const QByteArray &cda)
{
    auto doc = xml::XmlDocument::parse(cda, QStringLiteral("CR-BIO"));
    if (!doc)
        return fail(errc::CdaHeader, Tr::tr("Compte rendu illisible pour l'envoi MSSanté : %1").arg(doc.error().message),
                    doc.error().location);
    const xml::XmlNode root = doc->root();
    if (root.localName() != QLatin1String("ClinicalDocument") || root.namespaceUri() != kHl7)
        return fail(errc::CdaHeader, Tr::tr("Le document à envoyer n'est pas un document CDA (ClinicalDocument)."));
    CdaSummary s;
    s.uniqueId = xdsId(root.firstChild(kHl7, QStringLiteral("id")));
    s.setId = xdsId(root.firstChild(kHl7, QStringLiteral("setId")));
    const QString version = root.firstChild(kHl7, QStringLiteral("versionNumber")).attribute(QStringLiteral("value"));
    s.versionNumber = version.isEmpty() ? 1 : version.toInt();
    const xml::XmlNode code = root.firstChild(kHl7, QStringLiteral("code"));
    s.typeCode = code.attribute(QStringLiteral("code"));
    s.typeCodeSystem = code.attribute(QStringLiteral("codeSystem"));
    s.title = root.childText(kHl7, QStringLiteral("title")).trimmed();
    s.typeDisplay = code.attribute(QStringLiteral("displayName"));
    if (s.typeDisplay.isEmpty())
        s.typeDisplay = s.title;
    s.effectiveTime = timestamp(root.firstChild(kHl7, QStringLiteral("effectiveTime")).attribute(QStringLiteral("value")));
    s.languageCode = root.firstChild(kHl7, QStringLiteral("languageCode")).attribute(QStringLiteral("code"));
    s.confidentiality = root.firstChild(kHl7, QStringLiteral("confidentialityCode")).attribute(QStringLiteral("code"));
    if (s.uniqueId.isEmpty())
        return fail(errc::CdaHeader, Tr::tr("Compte rendu sans identifiant (ClinicalDocument/id) : envoi MSSanté impossible."));
    if (s.typeCode.isEmpty())
        return fail(errc::CdaHeader, Tr::tr("Compte rendu sans type de document (ClinicalDocument/code)."));

    const xml::XmlNode role = root.firstChild(kHl7, QStringLiteral("recordTarget"))
                                  .firstChild(kHl7, QStringLiteral("patientRole"));
    for (const xml::XmlNode &id : role.childElements(kHl7, QStringLiteral("id"))) {
        const QString r = id.attribute(QStringLiteral("root"));
        const QString ext = id.attribute(QStringLiteral("extension"));
        if (r.startsWith(QLatin1String("1.2.250.1.213.1.4.")) && ext.size() == 15 && s.ins.isEmpty()) {
            s.ins = ext;
            s.insRoot = r;
        } else if (!ext.isEmpty() && s.localPatientId.isEmpty()) {
            s.localPatientId = ext + QStringLiteral("^^^&") + r + QStringLiteral("&ISO");
        }
    }
    const xml::XmlNode patient = role.firstChild(kHl7, QStringLiteral("patient"));
    const xml::XmlNode name = patient.firstChild(kHl7, QStringLiteral("name"));
    for (const xml::XmlNode &f : name.childElements(kHl7, QStringLiteral("family"))) {
        if (s.familyName.isEmpty() || f.attribute(QStringLiteral("qualifier")) == QLatin1String("BR"))
            s.familyName = f.text().trimmed();
        if (f.attribute(QStringLiteral("qualifier")) == QLatin1String("BR"))
            break;
    }
    for (const xml::XmlNode &g : name.childElements(kHl7, QStringLiteral("given"))) {
        if (g.attribute(QStringLiteral("qualifier")) == QLatin1String("BR")) {
            s.givenName = g.text().trimmed();
            break;
        }
        if (s.givenName.isEmpty())
            s.givenName = g.text().trimmed().section(QLatin1Char(' '), 0, 0);
    }
    s.birthDate = QDate::fromString(patient.firstChild(kHl7, QStringLiteral("birthTime"))
                                        .attribute(QStringLiteral("value")).left(8),
                                    QStringLiteral("yyyyMMdd"));
    s.sex = patient.firstChild(kHl7, QStringLiteral("administrativeGenderCode")).attribute(QStringLiteral("code"));
    if (s.familyName.isEmpty())
        return fail(errc::CdaHeader, Tr::tr("Compte rendu sans nom de patient : envoi MSSanté impossible."));
    s.authorInstitution = root.firstChild(kHl7, QStringLiteral("author"))
                              .firstChild(kHl7, QStringLiteral("assignedAuthor"))
                              .firstChild(kHl7, QStringLiteral("representedOrganization"))
                              .childText(kHl7, QStringLiteral("name")).trimmed();
    s.orderId = root.firstChild(kHl7, QStringLiteral("inFulfillmentOf"))
                    .firstChild(kHl7, QStringLiteral("order"))
                    .firstChild(kHl7, QStringLiteral("id"))
                    .attribute(QStringLiteral("extension")).trimmed();
    return s;
}

} // namespace sgl::interop::mss
