#include "interop/xds/CrBioMetadataMapper.h"

#include "interop/xds/ErrorCodes.h"
#include "interop/xds/Tr.h"
#include "interop/xds/XdsConstants.h"
#include "interop/xml/XmlDocument.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace sgl::interop::xds {

using domain::fail;

namespace {

const xml::XmlNamespaces kNs{{QStringLiteral("h"), QStringLiteral("urn:hl7-org:v3")}};

/** HL7 v2 component text: separators would split the value, so they become '-' (PDT-INF-617 rule). */
QString component(QString v)
{
    static const QRegularExpression separators(QStringLiteral("[\\^&~\\\\|]"));
    return v.replace(separators, QStringLiteral("-")).simplified();
}

class Reader {
public:
    explicit Reader(const xml::XmlDocument &doc) : m_doc(doc) {}
    QString str(const QString &xpath, xml::XmlNode ctx = {}) const
    {
        auto v = m_doc.evaluateString(QStringLiteral("string(") + xpath + QLatin1Char(')'), kNs, ctx);
        return v ? v->trimmed() : QString();
    }
    xml::XmlNode node(const QString &xpath, xml::XmlNode ctx = {}) const
    {
        auto n = m_doc.selectFirst(xpath, kNs, ctx);
        return n ? *n : xml::XmlNode();
    }
    QList<xml::XmlNode> nodes(const QString &xpath, xml::XmlNode ctx = {}) const
    {
        auto n = m_doc.select(xpath, kNs, ctx);
        return n ? *n : QList<xml::XmlNode>();
    }
    XdsCode code(const QString &xpath, xml::XmlNode ctx = {}) const
    {
        const xml::XmlNode n = node(xpath, ctx);
        if (n.isNull())
            return {};
        return {n.attribute(QStringLiteral("code")).trimmed(), n.attribute(QStringLiteral("codeSystem")).trimmed(),
                n.attribute(QStringLiteral("displayName")).trimmed()};
    }

private:
    const xml::XmlDocument &m_doc;
};

/** XCN of a person entity (assignedAuthor / assignedEntity), names never empty. */
QString xcn(const Reader &r, xml::XmlNode entity, const CrBioMappingOptions &o)
{
    const QString id = r.str(QStringLiteral("h:id/@extension"), entity);
    const QString root = r.str(QStringLiteral("h:id/@root"), entity);
    QString family = component(r.str(QStringLiteral("(h:assignedPerson/h:name/h:family)[1]"), entity));
    QString given = component(r.str(QStringLiteral("(h:assignedPerson/h:name/h:given)[1]"), entity));
    if (family.isEmpty() || given.isEmpty()) {
        family = component(o.fallbackFamily.isEmpty() ? r.str(QStringLiteral("h:representedOrganization/h:name"), entity)
                                                      : o.fallbackFamily);
        given = component(o.fallbackGiven.isEmpty() ? QStringLiteral("LABORATOIRE") : o.fallbackGiven);
    }
    return QStringLiteral("%1^%2^%3^^^^^^&%4&ISO^D^^^IDNPS").arg(id, family, given, root);
}

QString xon(const Reader &r, xml::XmlNode org)
{
    return QStringLiteral("%1^^^^^&%2&ISO^IDNST^^^%3")
        .arg(component(r.str(QStringLiteral("h:name"), org)), r.str(QStringLiteral("h:id/@root"), org),
             r.str(QStringLiteral("h:id/@extension"), org));
}

QString pid5(const Reader &r, xml::XmlNode name, const QString &qualifier, const char *type)
{
    const QString family = component(r.str(QStringLiteral("h:family[@qualifier='%1']").arg(qualifier), name));
    if (family.isEmpty())
        return {};
    QString given = component(r.str(QStringLiteral("h:given[@qualifier='%1']").arg(qualifier), name));
    if (given.isEmpty())
        given = component(r.str(QStringLiteral("h:given[not(@qualifier)][1]"), name));
    return QStringLiteral("PID-5|%1^%2^^^^^%3").arg(family, given, QLatin1String(type));
}

} // namespace

QString CrBioMetadataMapper::toUtcDtm(const QString &cdaTime)
{
    static const QRegularExpression ts(QStringLiteral("^(\\d{8})(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.\\d+)?([+-]\\d{4})?$"));
    const QRegularExpressionMatch m = ts.match(cdaTime.trimmed());
    if (!m.hasMatch())
        return {};
    if (m.captured(2).isEmpty())
        return m.captured(1);
    const QString local = m.captured(1) + m.captured(2) + (m.captured(3).isEmpty() ? QStringLiteral("00") : m.captured(3))
                          + (m.captured(4).isEmpty() ? QStringLiteral("00") : m.captured(4));
    QDateTime t = QDateTime::fromString(local, QStringLiteral("yyyyMMddHHmmss"));
    if (!t.isValid())
        return {};
    const QString offset = m.captured(5);
    if (offset.isEmpty())
        return local; // no zone said: nothing to convert
    const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
    const int seconds = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(3, 2).toInt() * 60);
    t.setTimeZone(QTimeZone(seconds));
    return t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

XdsCode CrBioMetadataMapper::confidentialityCode(const QString &code)
{
    if (code == QLatin1String("N"))
        return {code, QString::fromLatin1(uuid::kConfidentialityHl7), QStringLiteral("Normal")};
    if (code == QLatin1String("MASQUE_PS"))
        return {code, QString::fromLatin1(uuid::kConfidentialityDmp), QStringLiteral("Masqué aux professionnels de santé")};
    if (code == QLatin1String("INVISIBLE_PATIENT"))
        return {code, QString::fromLatin1(uuid::kConfidentialityDmp), QStringLiteral("Non visible par le patient")};
    if (code == QLatin1String("INVISIBLE_REPRESENTANTS_LEGAUX"))
        return {code, QString::fromLatin1(uuid::kConfidentialityDmp),
                QStringLiteral("Non visible par les représentants légaux du patient")};
    return {code, QString::fromLatin1(uuid::kConfidentialityDmp), code};
}

domain::Result<DocumentEntry> CrBioMetadataMapper::map(const QByteArray &cda, const CrBioMappingOptions &options)
{
    auto parsed = xml::XmlDocument::parse(cda, QStringLiteral("document CDA"));
    if (!parsed)
        return fail(errc::InvalidDocument, Tr::tr("Document CDA illisible : %1").arg(parsed.error().message),
                    parsed.error().location);
    const Reader r(*parsed);
    if (r.node(QStringLiteral("/h:ClinicalDocument")).isNull())
        return fail(errc::InvalidDocument, Tr::tr("Le document n'est pas un document CDA (ClinicalDocument attendu)."));

    DocumentEntry e;
    const QString idRoot = r.str(QStringLiteral("/h:ClinicalDocument/h:id/@root"));
    const QString idExt = r.str(QStringLiteral("/h:ClinicalDocument/h:id/@extension"));
    if (idRoot.isEmpty())
        return fail(errc::InvalidDocument, Tr::tr("Identifiant du document CDA (id/@root) absent."), QStringLiteral("id"));
    e.uniqueId = idExt.isEmpty() ? idRoot : idRoot + QLatin1Char('^') + idExt;

    // Patient: the INS (NIR/NIA, production or test OID) is mandatory for the DMP.
    const xml::XmlNode role = r.node(QStringLiteral("/h:ClinicalDocument/h:recordTarget/h:patientRole"));
    QString insRoot;
    QString ins;
    for (const xml::XmlNode &id : r.nodes(QStringLiteral("h:id"), role)) {
        const QString root = id.attribute(QStringLiteral("root"));
        if (root == QLatin1String("1.2.250.1.213.1.4.8") || root == QLatin1String("1.2.250.1.213.1.4.9")
            || root == QLatin1String("1.2.250.1.213.1.4.10") || root == QLatin1String("1.2.250.1.213.1.4.11")) {
            insRoot = root;
            ins = id.attribute(QStringLiteral("extension")).trimmed();
            break;
        }
    }
    if (ins.size() != 15)
        return fail(errc::InvalidDocument,
                    Tr::tr("Le document ne porte pas d'INS du patient (identité qualifiée requise pour le DMP)."),
                    QStringLiteral("recordTarget"));
    e.patientId = QStringLiteral("%1^^^&%2&ISO^NH").arg(ins, insRoot);
    e.sourcePatientId = e.patientId;
    for (const xml::XmlNode &id : r.nodes(QStringLiteral("h:id"), role)) {
        const QString root = id.attribute(QStringLiteral("root"));
        const QString ext = id.attribute(QStringLiteral("extension")).trimmed();
        if (root != insRoot && !root.isEmpty() && !ext.isEmpty()) {
            e.sourcePatientId = QStringLiteral("%1^^^&%2&ISO^PI").arg(component(ext), root);
            break;
        }
    }
    const xml::XmlNode name = r.node(QStringLiteral("h:patient/h:name[1]"), role);
    QString birth = pid5(r, name, QStringLiteral("BR"), "L");
    if (birth.isEmpty()) // a CDA without qualifiers: the first family is the birth name
        birth = QStringLiteral("PID-5|%1^%2^^^^^L")
                    .arg(component(r.str(QStringLiteral("h:family[1]"), name)), component(r.str(QStringLiteral("h:given[1]"), name)));
    e.sourcePatientInfo.append(birth);
    if (const QString used = pid5(r, name, QStringLiteral("CL"), "D"); !used.isEmpty())
        e.sourcePatientInfo.append(used);
    if (const QString b = r.str(QStringLiteral("h:patient/h:birthTime/@value"), role); !b.isEmpty())
        e.sourcePatientInfo.append(QStringLiteral("PID-7|") + b.left(8));
    const QString sex = r.str(QStringLiteral("h:patient/h:administrativeGenderCode/@code"), role);
    e.sourcePatientInfo.append(QStringLiteral("PID-8|") + (sex == QLatin1String("M") || sex == QLatin1String("F") ? sex : QStringLiteral("U")));

    e.title = r.str(QStringLiteral("/h:ClinicalDocument/h:title"));
    e.languageCode = r.str(QStringLiteral("/h:ClinicalDocument/h:languageCode/@code"));
    if (e.languageCode.isEmpty())
        e.languageCode = QStringLiteral("fr-FR");
    e.creationTime = toUtcDtm(r.str(QStringLiteral("/h:ClinicalDocument/h:effectiveTime/@value")));
    if (e.creationTime.isEmpty())
        return fail(errc::InvalidDocument, Tr::tr("Date du document CDA (effectiveTime) absente ou invalide."),
                    QStringLiteral("effectiveTime"));
    const xml::XmlNode event = r.node(QStringLiteral("/h:ClinicalDocument/h:documentationOf[1]/h:serviceEvent"));
    e.serviceStartTime = toUtcDtm(r.str(QStringLiteral("h:effectiveTime/h:low/@value"), event));
    e.serviceStopTime = toUtcDtm(r.str(QStringLiteral("h:effectiveTime/h:high/@value"), event));

    e.typeCode = r.code(QStringLiteral("/h:ClinicalDocument/h:code"));
    if (e.typeCode.isEmpty())
        return fail(errc::InvalidDocument, Tr::tr("Type du document CDA (code) absent."), QStringLiteral("code"));
    e.classCode = {QStringLiteral("10"), QStringLiteral("1.2.250.1.213.1.1.4.1"), QStringLiteral("Compte rendu")};
    const bool structured = !r.node(QStringLiteral("/h:ClinicalDocument/h:templateId[@root='1.2.250.1.213.1.1.1.55' or "
                                                   "@root='1.3.6.1.4.1.19376.1.3.3']")).isNull()
                            && !r.node(QStringLiteral("/h:ClinicalDocument/h:component/h:structuredBody")).isNull();
    const QString media = r.str(QStringLiteral("/h:ClinicalDocument/h:component/h:nonXMLBody/h:text/@mediaType"));
    if (structured)
        e.formatCode = {QStringLiteral("urn:ihe:lab:xd-lab:2008"), QStringLiteral("1.3.6.1.4.1.19376.1.2.3"),
                        QStringLiteral("CR de biologie médicale (XD-LAB)")};
    else if (media == QLatin1String("application/pdf"))
        e.formatCode = {QStringLiteral("urn:ihe:iti:xds-sd:pdf:2008"), QStringLiteral("1.3.6.1.4.1.19376.1.2.3"),
                        QStringLiteral("Document à corps non structuré en Pdf/A-1")};
    else
        return fail(errc::InvalidDocument,
                    Tr::tr("Format du document non reconnu : ni CR-BIO structuré, ni corps PDF (%1).")
                        .arg(media.isEmpty() ? Tr::tr("aucun corps") : media),
                    QStringLiteral("component"));
    e.healthcareFacilityTypeCode =
        r.code(QStringLiteral("/h:ClinicalDocument/h:componentOf/h:encompassingEncounter/h:location/h:healthCareFacility/h:code"));
    e.practiceSettingCode = r.code(QStringLiteral("(/h:ClinicalDocument//h:standardIndustryClassCode)[1]"));
    if (e.healthcareFacilityTypeCode.isEmpty() || e.practiceSettingCode.isEmpty())
        return fail(errc::InvalidDocument,
                    Tr::tr("Cadre d'exercice ou type d'établissement absent de l'en-tête CDA (healthCareFacility/code, "
                           "standardIndustryClassCode)."),
                    QStringLiteral("componentOf"));
    for (const xml::XmlNode &c : r.nodes(QStringLiteral("/h:ClinicalDocument/h:documentationOf/h:serviceEvent/h:code"))) {
        XdsCode code{c.attribute(QStringLiteral("code")), c.attribute(QStringLiteral("codeSystem")),
                     c.attribute(QStringLiteral("displayName"))};
        if (!code.isEmpty() && !e.eventCodes.contains(code))
            e.eventCodes.append(code);
    }

    const xml::XmlNode author = r.node(QStringLiteral("/h:ClinicalDocument/h:author[1]/h:assignedAuthor"));
    if (author.isNull() || r.str(QStringLiteral("h:id/@extension"), author).isEmpty())
        return fail(errc::InvalidDocument, Tr::tr("Auteur du document CDA sans identifiant."), QStringLiteral("author"));
    XdsAuthor a;
    a.person = xcn(r, author, options);
    const xml::XmlNode org = r.node(QStringLiteral("h:representedOrganization"), author);
    if (!org.isNull())
        a.institutions.append(xon(r, org));
    const XdsCode spec = r.code(QStringLiteral("h:code"), author);
    if (!spec.isEmpty())
        a.specialties.append(QStringLiteral("%1^%2^%3").arg(spec.code, component(spec.displayName), spec.codingScheme));
    e.authors.append(a);
    const xml::XmlNode legal = r.node(QStringLiteral("/h:ClinicalDocument/h:legalAuthenticator/h:assignedEntity"));
    if (!legal.isNull())
        e.legalAuthenticator = xcn(r, legal, options);

    for (const QString &c : options.confidentialityCodes)
        e.confidentialityCodes.append(confidentialityCode(c));
    if (e.confidentialityCodes.isEmpty() || e.confidentialityCodes.first().code != QLatin1String("N"))
        e.confidentialityCodes.prepend(confidentialityCode(QStringLiteral("N")));

    e.mimeType = QStringLiteral("text/xml");
    e.hash = QString::fromLatin1(QCryptographicHash::hash(cda, QCryptographicHash::Sha1).toHex());
    e.size = QString::number(cda.size());
    return e;
}

} // namespace sgl::interop::xds
