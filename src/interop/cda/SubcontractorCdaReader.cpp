#include "interop/cda/SubcontractorCdaReader.h"

#include "interop/cda/CdaFormat.h"
#include "interop/cda/CdaOids.h"
#include "interop/cda/CdaPatientMatcher.h"
#include "interop/cda/ErrorCodes.h"
#include "interop/xml/XmlDocument.h"

#include <QHash>

namespace sgl::interop::cda {

using domain::ReportObservation;
using domain::ResultValue;
using xml::XmlDocument;
using xml::XmlNode;

namespace {

const QString kHl7 = QString::fromLatin1(oid::kHl7Namespace);
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const xml::XmlNamespaces kNs{{QStringLiteral("h"), kHl7}};

QList<XmlNode> select(const XmlDocument &doc, const QString &xpath, XmlNode context = XmlNode())
{
    auto r = doc.select(xpath, kNs, context);
    return r ? *r : QList<XmlNode>{};
}

XmlNode first(const XmlDocument &doc, const QString &xpath, XmlNode context = XmlNode())
{
    auto r = doc.selectFirst(xpath, kNs, context);
    return r ? *r : XmlNode();
}

domain::Organisation organisation(const XmlNode &org)
{
    domain::Organisation o;
    for (const XmlNode &id : org.childElements(kHl7, QStringLiteral("id"))) {
        const QString ext = id.attribute(QStringLiteral("extension"));
        if (id.attribute(QStringLiteral("root")) != QLatin1String(oid::kIdNatStruct) || ext.size() < 2)
            continue;
        if (ext.startsWith(QLatin1Char('1')))
            o.finess = ext.mid(1);
        else if (ext.startsWith(QLatin1Char('3')))
            o.siret = ext.mid(1);
    }
    o.name = org.childText(kHl7, QStringLiteral("name")).simplified();
    const XmlNode addr = org.firstChild(kHl7, QStringLiteral("addr"));
    QStringList street;
    for (const char *part : {"houseNumber", "streetName", "streetAddressLine"}) {
        const QString t = addr.childText(kHl7, QString::fromLatin1(part)).simplified();
        if (!t.isEmpty())
            street << t;
    }
    o.streetLine = street.join(QLatin1Char(' '));
    o.postalCode = addr.childText(kHl7, QStringLiteral("postalCode")).simplified();
    o.city = addr.childText(kHl7, QStringLiteral("city")).simplified();
    for (const XmlNode &t : org.childElements(kHl7, QStringLiteral("telecom"))) {
        const QString v = t.attribute(QStringLiteral("value"));
        if (v.startsWith(QLatin1String("tel:")) && o.phone.isEmpty())
            o.phone = v.mid(4);
    }
    const XmlNode setting = org.firstChild(kHl7, QStringLiteral("standardIndustryClassCode"));
    if (!setting.attribute(QStringLiteral("code")).isEmpty())
        o.practiceSettingCode = setting.attribute(QStringLiteral("code"));
    return o;
}

QString xsiType(const XmlNode &value)
{
    const QString t = value.attribute(QStringLiteral("type"), kXsi);
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    return colon >= 0 ? t.mid(colon + 1) : t;
}

/** Maps one CDA value; falls back to text so that nothing shown by the sender is lost. */
std::optional<ResultValue> mapValue(const XmlNode &v, const QHash<QString, QString> &narrative)
{
    if (v.isNull())
        return std::nullopt;
    const QString type = xsiType(v);
    auto originalText = [&]() {
        const XmlNode ref = v.firstChild(kHl7, QStringLiteral("originalText")).firstChild(kHl7, QStringLiteral("reference"));
        const QString id = ref.attribute(QStringLiteral("value")).remove(0, 1);
        return id.isEmpty() ? v.firstChild(kHl7, QStringLiteral("originalText")).text().simplified() : narrative.value(id);
    };
    if (type == QLatin1String("PQ") || type == QLatin1String("REAL") || type == QLatin1String("INT")) {
        const QString unit = v.attribute(QStringLiteral("unit"));
        return ResultValue::numeric(CdaFormat::decimal(v.attribute(QStringLiteral("value"))),
                                    unit.isEmpty() ? QStringLiteral("1") : unit);
    }
    if (type == QLatin1String("IVL_PQ")) {
        const XmlNode low = v.firstChild(kHl7, QStringLiteral("low"));
        const XmlNode high = v.firstChild(kHl7, QStringLiteral("high"));
        const bool lowIncl = low.attribute(QStringLiteral("inclusive")) != QLatin1String("false");
        const bool highIncl = high.attribute(QStringLiteral("inclusive")) != QLatin1String("false");
        if (!low.isNull() && high.isNull())
            return ResultValue::numeric(CdaFormat::decimal(low.attribute(QStringLiteral("value"))), low.attribute(QStringLiteral("unit")),
                                        lowIncl ? domain::Comparator::GreaterOrEqual : domain::Comparator::Greater);
        if (low.isNull() && !high.isNull())
            return ResultValue::numeric(CdaFormat::decimal(high.attribute(QStringLiteral("value"))), high.attribute(QStringLiteral("unit")),
                                        highIncl ? domain::Comparator::LessOrEqual : domain::Comparator::Less);
        return ResultValue::ofText(QStringLiteral("%1 - %2 %3").arg(low.attribute(QStringLiteral("value")),
                                                                   high.attribute(QStringLiteral("value")),
                                                                   high.attribute(QStringLiteral("unit"))).trimmed());
    }
    if (type == QLatin1String("CD") || type == QLatin1String("CE") || type == QLatin1String("CV")) {
        domain::CodedValue c{v.attribute(QStringLiteral("code")), v.attribute(QStringLiteral("codeSystem")),
                             v.attribute(QStringLiteral("codeSystemName")), v.attribute(QStringLiteral("displayName"))};
        if (!c.code.isEmpty() && CdaFormat::isIdentifierRoot(c.codeSystem))
            return ResultValue::ofCode(c);
        const QString text = c.displayName.isEmpty() ? originalText() : c.displayName;
        return text.isEmpty() ? std::nullopt : std::optional<ResultValue>(ResultValue::ofText(text));
    }
    const QString text = v.text().simplified();
    if (!text.isEmpty())
        return ResultValue::ofText(text);
    const QString ot = originalText();
    return ot.isEmpty() ? std::nullopt : std::optional<ResultValue>(ResultValue::ofText(ot));
}

QString codeLabel(const XmlNode &code, const QHash<QString, QString> &narrative)
{
    const QString ref = code.firstChild(kHl7, QStringLiteral("originalText")).firstChild(kHl7, QStringLiteral("reference"))
                            .attribute(QStringLiteral("value"));
    if (ref.startsWith(QLatin1Char('#')) && !narrative.value(ref.mid(1)).isEmpty())
        return narrative.value(ref.mid(1));
    return code.attribute(QStringLiteral("displayName"));
}

} // namespace

domain::Result<SubcontractorReport> SubcontractorCdaReader::read(const QByteArray &cda, const domain::Patient &expected)
{
    auto parsed = XmlDocument::parse(cda, QStringLiteral("CR-BIO reçu"));
    if (!parsed)
        return domain::fail(errc::Malformed,
                            QStringLiteral("Document reçu illisible : %1").arg(parsed.error().message), parsed.error().location);
    const XmlDocument &doc = *parsed;
    const XmlNode root = doc.root();
    if (root.localName() != QLatin1String("ClinicalDocument") || root.namespaceUri() != kHl7)
        return domain::fail(errc::NotCda,
                            QStringLiteral("Le document reçu n'est pas un document CDA (élément racine « %1 »).").arg(root.localName()),
                            root.path());
    const bool crBioCode = !first(doc, QStringLiteral("/h:ClinicalDocument/h:code[@code='11502-2' and @codeSystem='2.16.840.1.113883.6.1']")).isNull();
    const bool n3 = !first(doc, QStringLiteral("/h:ClinicalDocument/h:templateId[@root='%1']").arg(QLatin1String(oid::kXdLab))).isNull();
    const bool n1 = !first(doc, QStringLiteral("/h:ClinicalDocument/h:templateId[@root='%1']").arg(QLatin1String(oid::kXdsSd))).isNull();
    if (!crBioCode || (!n3 && !n1))
        return domain::fail(errc::NotCrBio,
                            QStringLiteral("Le document reçu n'est pas un compte rendu d'examens de biologie (CR-BIO) : code 11502-2 et modèle XD-LAB ou XDS-SD attendus."),
                            QStringLiteral("/ClinicalDocument/code"));
    if (auto ok = CdaPatientMatcher::check(doc, expected); !ok)
        return std::unexpected(ok.error());

    SubcontractorReport out;
    const XmlNode id = first(doc, QStringLiteral("/h:ClinicalDocument/h:id"));
    out.documentId = id.attribute(QStringLiteral("root"));
    if (!id.attribute(QStringLiteral("extension")).isEmpty())
        out.documentId += QLatin1Char('^') + id.attribute(QStringLiteral("extension"));
    out.producer = organisation(first(doc, QStringLiteral("/h:ClinicalDocument/h:custodian/h:assignedCustodian/h:representedCustodianOrganization")));

    QHash<QString, QString> narrative;
    for (const XmlNode &n : select(doc, QStringLiteral("//h:section/h:text//*[@ID]")))
        narrative.insert(n.attribute(QStringLiteral("ID")), n.text().simplified());

    // PDF: the FR-Document-PDF-copie media (N3) or the nonXMLBody (N1)
    XmlNode pdf = first(doc, QStringLiteral("//h:section[h:templateId/@root='%1']//h:observationMedia/h:value[@mediaType='application/pdf']")
                                 .arg(QLatin1String(oid::kFrPdfCopySection)));
    if (pdf.isNull())
        pdf = first(doc, QStringLiteral("/h:ClinicalDocument/h:component/h:nonXMLBody/h:text[@mediaType='application/pdf']"));
    if (!pdf.isNull()) {
        const QByteArray bytes = QByteArray::fromBase64(pdf.text().toLatin1());
        if (bytes.startsWith("%PDF-"))
            out.pdf = domain::EmbeddedDocument{QStringLiteral("application/pdf"), bytes,
                                               QStringLiteral("Compte rendu du laboratoire %1").arg(out.producer.name), out.producer};
    }

    for (const XmlNode &section : select(doc, QStringLiteral("/h:ClinicalDocument/h:component/h:structuredBody/h:component/h:section[h:templateId/@root='%1']")
                                                  .arg(QLatin1String(oid::kSpecialtySection)))) {
        domain::ReportChapter chapter;
        const XmlNode code = section.firstChild(kHl7, QStringLiteral("code"));
        chapter.loincCode = code.attribute(QStringLiteral("codeSystem")) == QLatin1String(oid::kLoinc) ? code.attribute(QStringLiteral("code")) : QString();
        chapter.loincDisplay = code.attribute(QStringLiteral("displayName"));
        chapter.title = section.childText(kHl7, QStringLiteral("title")).simplified();
        if (chapter.title.isEmpty())
            chapter.title = chapter.loincDisplay;
        if (chapter.loincCode.isEmpty()) {
            out.skipped << QStringLiteral("Chapitre « %1 » : code de chapitre non LOINC, résultats conservés dans le PDF joint").arg(chapter.title);
            continue;
        }
        QHash<XmlNode, qsizetype> batteryIndex;
        const QString obsPath = QStringLiteral(".//h:observation[h:templateId/@root='%1'][not(ancestor::h:entryRelationship[@typeCode='REFR'])]")
                                    .arg(QLatin1String(oid::kLabObservation));
        for (const XmlNode &obsNode : select(doc, obsPath, section)) {
            XmlNode group = first(doc, QStringLiteral("ancestor::h:organizer[h:templateId/@root='%1'][1]").arg(QLatin1String(oid::kBatteryOrganizer)), obsNode);
            if (group.isNull())
                group = first(doc, QStringLiteral("ancestor::h:act[1]"), obsNode);
            if (!batteryIndex.contains(group)) {
                domain::ReportBattery battery;
                const XmlNode bcode = group.firstChild(kHl7, QStringLiteral("code"));
                if (bcode.attribute(QStringLiteral("codeSystem")) == QLatin1String(oid::kLoinc) && bcode.attribute(QStringLiteral("code")) != chapter.loincCode)
                    battery.loincCode = bcode.attribute(QStringLiteral("code"));
                battery.loincDisplay = bcode.attribute(QStringLiteral("displayName"));
                const XmlNode sub = first(doc, QStringLiteral("ancestor::h:section[1]"), group);
                battery.label = bcode.attribute(QStringLiteral("displayName"));
                if (battery.label.isEmpty())
                    battery.label = sub.childText(kHl7, QStringLiteral("title")).simplified();
                if (battery.label.isEmpty())
                    battery.label = chapter.title;
                if (battery.loincCode.isEmpty())
                    battery.loincDisplay.clear();
                batteryIndex.insert(group, chapter.batteries.size());
                chapter.batteries.append(battery);
            }
            domain::ReportBattery &battery = chapter.batteries[batteryIndex.value(group)];

            const XmlNode ocode = obsNode.firstChild(kHl7, QStringLiteral("code"));
            QString label = codeLabel(ocode, narrative);
            const XmlNode isolate = first(doc, QStringLiteral("ancestor::h:organizer[h:templateId/@root='%1'][1]").arg(QLatin1String(oid::kIsolateOrganizer)), obsNode);
            if (!isolate.isNull()) {
                const QString organism = first(doc, QStringLiteral("h:specimen/h:specimenRole/h:specimenPlayingEntity/h:code"), isolate)
                                             .attribute(QStringLiteral("displayName"));
                if (!organism.isEmpty())
                    label = organism + QStringLiteral(" : ") + label;
            }
            if (ocode.attribute(QStringLiteral("codeSystem")) != QLatin1String(oid::kLoinc) || ocode.attribute(QStringLiteral("code")).isEmpty()) {
                out.skipped << QStringLiteral("« %1 » : pas de code LOINC, résultat conservé dans le PDF joint").arg(label);
                continue;
            }
            ReportObservation o;
            o.loincCode = ocode.attribute(QStringLiteral("code"));
            o.loincDisplay = ocode.attribute(QStringLiteral("displayName"));
            o.label = label.isEmpty() ? o.loincDisplay : label;
            o.cancelled = obsNode.firstChild(kHl7, QStringLiteral("statusCode")).attribute(QStringLiteral("code")) == QLatin1String("aborted");
            const XmlNode time = obsNode.firstChild(kHl7, QStringLiteral("effectiveTime"));
            o.observedAt = CdaFormat::parseTimestamp(time.hasAttribute(QStringLiteral("value"))
                                                         ? time.attribute(QStringLiteral("value"))
                                                         : time.firstChild(kHl7, QStringLiteral("low")).attribute(QStringLiteral("value")));
            if (!o.cancelled) {
                auto value = mapValue(obsNode.firstChild(kHl7, QStringLiteral("value")), narrative);
                if (!value) {
                    out.skipped << QStringLiteral("« %1 » : valeur absente ou illisible").arg(o.label);
                    continue;
                }
                o.value = *value;
            }
            const QString flag = obsNode.firstChild(kHl7, QStringLiteral("interpretationCode")).attribute(QStringLiteral("code"));
            if (!flag.isEmpty())
                o.flag = domain::abnormalFlagFromCode(flag);
            const XmlNode range = first(doc, QStringLiteral("h:referenceRange/h:observationRange/h:value"), obsNode);
            if (!range.isNull()) {
                const XmlNode low = range.firstChild(kHl7, QStringLiteral("low"));
                const XmlNode high = range.firstChild(kHl7, QStringLiteral("high"));
                o.referenceIntervals.append(domain::ReferenceInterval{
                    CdaFormat::decimal(low.attribute(QStringLiteral("value"))), CdaFormat::decimal(high.attribute(QStringLiteral("value"))),
                    high.isNull() ? low.attribute(QStringLiteral("unit")) : high.attribute(QStringLiteral("unit")), {}});
            }
            const XmlNode performer = first(doc, QStringLiteral("(ancestor-or-self::*/h:performer[h:templateId/@root='%1'])[last()]/h:assignedEntity/h:representedOrganization")
                                                     .arg(QLatin1String(oid::kLabPerformerTemplate)), obsNode);
            o.performer = performer.isNull() ? out.producer : organisation(performer);
            if (o.performer->finess.isEmpty() && o.performer->siret.isEmpty())
                o.performer = out.producer;
            if (o.performer->name.isEmpty())
                o.performer->name = out.producer.name;
            battery.observations.append(o);
            ++out.observationCount;
        }
        for (qsizetype i = chapter.batteries.size() - 1; i >= 0; --i)
            if (chapter.batteries[i].observations.isEmpty())
                chapter.batteries.removeAt(i);
        if (!chapter.batteries.isEmpty())
            out.chapters.append(chapter);
    }
    if (out.observationCount == 0 && !out.pdf)
        return domain::fail(errc::NoResults,
                            QStringLiteral("Le document reçu ne contient ni résultat codé LOINC ni copie PDF à intégrer."));
    return out;
}

domain::Result<domain::EmbeddedDocument> SubcontractorCdaReader::readPdf(const QByteArray &pdf, const domain::Organisation &producer,
                                                                         const QString &title)
{
    if (!pdf.startsWith("%PDF-"))
        return domain::fail(errc::NotPdf, QStringLiteral("Le fichier reçu n'est pas un PDF (signature %PDF- absente)."));
    if (producer.name.trimmed().isEmpty())
        return domain::fail(errc::MissingData, QStringLiteral("Laboratoire sous-traitant non précisé pour le PDF reçu."));
    return domain::EmbeddedDocument{QStringLiteral("application/pdf"), pdf,
                                    title.trimmed().isEmpty() ? QStringLiteral("Compte rendu du laboratoire %1").arg(producer.name) : title.trimmed(),
                                    producer};
}

} // namespace sgl::interop::cda
