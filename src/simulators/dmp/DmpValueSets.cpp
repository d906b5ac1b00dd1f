#include "simulators/dmp/DmpValueSets.h"

#include "interop/xml/XmlDocument.h"
#include "simulators/dmp/ErrorCodes.h"
#include "simulators/dmp/Tr.h"

#include <QDir>

namespace sgl::simulators::dmp {

namespace {

QString key(const QString &code, const QString &system)
{
    return code + QLatin1Char('|') + system;
}

const char *const kTypeCodeSystem = "2.16.840.1.113883.6.1";
const char *const kIheFormatSystem = "1.3.6.1.4.1.19376.1.2.3";

QString setName(DmpValueSets::Set set)
{
    switch (set) {
    case DmpValueSets::Set::ClassCode: return QStringLiteral("classCode (J57)");
    case DmpValueSets::Set::TypeCode: return QStringLiteral("typeCode (J07/J66)");
    case DmpValueSets::Set::Confidentiality: return QStringLiteral("confidentialityCode (J08)");
    case DmpValueSets::Set::FormatCode: return QStringLiteral("formatCode (J60)");
    case DmpValueSets::Set::FacilityType: return QStringLiteral("healthcareFacilityTypeCode (J02)");
    case DmpValueSets::Set::PracticeSetting: return QStringLiteral("practiceSettingCode (J04)");
    case DmpValueSets::Set::AuthorSpecialty: return QStringLiteral("authorSpecialty (J01)");
    case DmpValueSets::Set::ContentType: return QStringLiteral("contentTypeCode (J59)");
    }
    return {};
}

} // namespace

domain::Result<DmpValueSets> DmpValueSets::load(const QString &directory)
{
    DmpValueSets sets;
    auto &classCodes = sets.m_pairs[Set::ClassCode];
    for (const char *c : {"10", "11", "31", "42", "43", "44", "45", "52", "60", "90", "95"})
        classCodes.insert(key(QString::fromLatin1(c), QStringLiteral("1.2.250.1.213.1.1.4.1")));
    classCodes.insert(key(QStringLiteral("urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1"), QStringLiteral("URN")));
    auto &formats = sets.m_pairs[Set::FormatCode];
    for (const char *c : {"urn:ihe:lab:xd-lab:2008", "urn:ihe:iti:xds-sd:pdf:2008", "urn:ihe:iti:xds-sd:text:2008",
                          "urn:ihe:iti-fr:xds-sd:jpeg:2010", "urn:ihe:iti-fr:xds-sd:rtf:2010",
                          "urn:ihe:iti-fr:xds-sd:tiff:2010", "urn:ihe:qrph:hbs:2009", "urn:ihe:iti:dsg:detached:2014"})
        formats.insert(key(QString::fromLatin1(c), QString::fromLatin1(kIheFormatSystem)));
    formats.insert(key(QStringLiteral("urn:ans:ci-sis:trod:2024"), QStringLiteral("1.2.250.1.213.1.1.4.2.282")));
    formats.insert(key(QStringLiteral("http://www.w3.org/2000/09/xmldsig#"), QStringLiteral("URN")));
    formats.insert(key(QStringLiteral("1.2.840.10008.5.1.4.1.1.88.59"), QStringLiteral("1.2.840.10008.2.6.1")));
    auto &types = sets.m_pairs[Set::TypeCode];
    // LOINC typeCodes of the official DMP examples that J07 (CI-SIS) lacks: J66 stand-in.
    for (const char *c : {"11493-4", "11526-1", "27899-4", "29550-1", "29551-9", "29554-3", "46241-6", "52521-2"})
        types.insert(key(QString::fromLatin1(c), QString::fromLatin1(kTypeCodeSystem)));
    types.insert(key(QStringLiteral("E1762"), QStringLiteral("ASTM"))); // signature entry

    if (directory.isEmpty())
        return sets;
    const QList<QPair<Set, const char *>> files = {
        {Set::AuthorSpecialty, "JDV_J01_XdsAuthorSpecialty_CISIS.xml"},
        {Set::FacilityType, "JDV_J02_XdsHealthcareFacilityTypeCode_CISIS.xml"},
        {Set::PracticeSetting, "JDV_J04_XdsPracticeSettingCode_CISIS.xml"},
        {Set::TypeCode, "JDV_J07_XdsTypeCode_CISIS.xml"},
        {Set::Confidentiality, "JDV_J08_XdsConfidentialityCode_CISIS.xml"},
    };
    const interop::xml::XmlNamespaces ns{{QStringLiteral("svs"), QStringLiteral("urn:ihe:iti:svs:2008")}};
    for (const auto &[set, file] : files) {
        const QString path = QDir(directory).filePath(QString::fromLatin1(file));
        auto doc = interop::xml::XmlDocument::parseFile(path);
        if (!doc)
            return domain::fail(errc::ValueSets, Tr::tr("Jeu de valeurs illisible : %1").arg(doc.error().message), path);
        auto concepts = doc->select(QStringLiteral("//svs:Concept"), ns);
        if (!concepts || concepts->isEmpty())
            return domain::fail(errc::ValueSets, Tr::tr("Jeu de valeurs sans concept : %1").arg(path), path);
        for (const auto &c : *concepts)
            sets.m_pairs[set].insert(key(c.attribute(QStringLiteral("code")), c.attribute(QStringLiteral("codeSystem"))));
    }
    sets.m_complete = true;
    return sets;
}

std::optional<QString> DmpValueSets::check(Set set, const QString &code, const QString &codingScheme) const
{
    if (code.isEmpty())
        return Tr::tr("%1 : code vide.").arg(setName(set));
    if (set == Set::ContentType) {
        if (codingScheme != QLatin1StringView("1.2.250.1.213.2.2"))
            return Tr::tr("%1 : système de codage « %2 » au lieu de 1.2.250.1.213.2.2.").arg(setName(set), codingScheme);
        return std::nullopt;
    }
    const bool fromSvs = set == Set::AuthorSpecialty || set == Set::FacilityType || set == Set::PracticeSetting
        || set == Set::Confidentiality;
    if (fromSvs && !m_complete)
        return std::nullopt;
    if (set == Set::TypeCode && !m_complete && codingScheme == QLatin1StringView(kTypeCodeSystem))
        return std::nullopt;
    if (m_pairs.value(set).contains(key(code, codingScheme)))
        return std::nullopt;
    return Tr::tr("%1 : le code « %2 » (système %3) n'appartient pas au jeu de valeurs.").arg(setName(set), code, codingScheme);
}

} // namespace sgl::simulators::dmp
