#include "interop/cda/CdaRequirementsCheck.h"

#include "domain/catalogue/UcumUnit.h"
#include "interop/cda/CdaFormat.h"
#include "interop/cda/CdaOids.h"
#include "interop/cda/ErrorCodes.h"
#include "domain/ErrorCodes.h"

#include <atomic>

#include <QRegularExpression>

namespace sgl::interop::cda {

using domain::HealthProfessional;
using Requirement = domain::ReportRequirement;
namespace derrc = domain::errc;

namespace {

bool isRpps(const QString &rpps)
{
    static const QRegularExpression re(QStringLiteral("^\\d{11}$"));
    return re.match(rpps).hasMatch();
}

bool isFiness(const QString &finess)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{2}[0-9AB][0-9]{6}$"));
    return re.match(finess).hasMatch();
}

void checkProfessional(QList<Requirement> &out, const HealthProfessional &pro, const QString &role, bool needRpps)
{
    if (pro.familyName.trimmed().isEmpty())
        out.append({derrc::ReportMissingProfessionalName, QStringLiteral("%1 : nom de famille absent").arg(role)});
    if (needRpps && pro.rpps.trimmed().isEmpty())
        out.append({derrc::ReportMissingRpps, QStringLiteral("%1 : numéro RPPS absent").arg(role)});
    else if (!pro.rpps.trimmed().isEmpty() && !isRpps(pro.rpps))
        out.append({derrc::ReportBadRpps, QStringLiteral("%1 : numéro RPPS invalide (%2), 11 chiffres attendus").arg(role, pro.rpps)});
}

void checkOrganisation(QList<Requirement> &out, const domain::Organisation &org, const QString &role)
{
    if (org.name.trimmed().isEmpty())
        out.append({derrc::ReportMissingOrganisationName, QStringLiteral("%1 : raison sociale absente").arg(role)});
    if (org.finess.trimmed().isEmpty() && org.siret.trimmed().isEmpty())
        out.append({derrc::ReportMissingFiness, QStringLiteral("%1 : numéro FINESS absent").arg(role)});
    else if (!org.finess.trimmed().isEmpty() && !isFiness(org.finess.trimmed()))
        out.append({derrc::ReportBadFiness, QStringLiteral("%1 : numéro FINESS invalide (%2), 9 caractères attendus").arg(role, org.finess)});
}

void checkPatient(QList<Requirement> &out, const domain::ReportContent &c)
{
    const domain::Patient &p = c.patient;
    if (p.traits.birthName.trimmed().isEmpty() && p.traits.usedName.trimmed().isEmpty())
        out.append({derrc::ReportMissingPatientName, QStringLiteral("Patient : nom de naissance absent")});
    if (p.localId.isEmpty() && !p.insUsable())
        out.append({derrc::ReportMissingPatientId, QStringLiteral("Patient : ni IPP ni INS qualifié")});
    if (!p.localId.isEmpty() && !CdaFormat::isIdentifierRoot(c.patientIppRoot))
        out.append({derrc::ReportBadIppRoot, QStringLiteral("Patient : OID du domaine d'identification de l'IPP absent ou invalide")});
    if (!p.insUsable())
        return;
    // A qualified identity sends the INS, which makes every INS trait mandatory (StrucMin).
    static const QStringList oids{QString::fromLatin1(oid::kInsNir), QString::fromLatin1(oid::kInsNia),
                                  QString::fromLatin1(oid::kInsNirTest), QString::fromLatin1(oid::kInsNirDemo)};
    if (!oids.contains(p.ins.oid))
        out.append({derrc::ReportBadInsIdentifier, QStringLiteral("Patient : OID de l'INS inconnu (%1)").arg(p.ins.oid)});
    if (p.ins.full().size() != 15)
        out.append({derrc::ReportBadInsIdentifier, QStringLiteral("Patient : matricule INS incomplet (15 caractères attendus)")});
    if (p.traits.birthName.trimmed().isEmpty())
        out.append({derrc::ReportMissingInsTrait, QStringLiteral("Patient (INS) : nom de naissance absent")});
    if (p.traits.firstBirthName.trimmed().isEmpty() && p.traits.birthFirstNames.isEmpty())
        out.append({derrc::ReportMissingInsTrait, QStringLiteral("Patient (INS) : prénom(s) de naissance absent(s)")});
    if (CdaFormat::birthTime(p.traits).isEmpty())
        out.append({derrc::ReportMissingInsTrait, QStringLiteral("Patient (INS) : date de naissance absente")});
    if (p.traits.sex == domain::Sex::Unknown)
        out.append({derrc::ReportMissingInsTrait, QStringLiteral("Patient (INS) : sexe absent")});
    if (p.traits.birthPlaceCog.trimmed().isEmpty())
        out.append({derrc::ReportMissingInsTrait, QStringLiteral("Patient (INS) : lieu de naissance (code COG) absent")});
}

void checkValue(QList<Requirement> &out, const domain::ResultValue &v, const QString &where)
{
    using Kind = domain::ResultValue::Kind;
    if (v.kind == Kind::Numeric) {
        static const QRegularExpression num(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
        if (!num.match(v.number.trimmed()).hasMatch())
            out.append({derrc::ReportBadValue, QStringLiteral("%1 : valeur numérique invalide (%2)").arg(where, v.number)});
        if (!v.unit.trimmed().isEmpty() && !domain::UcumUnit::isValidSyntax(v.unit.trimmed()))
            out.append({derrc::ReportBadUnit, QStringLiteral("%1 : unité « %2 » non conforme à UCUM").arg(where, v.unit)});
    } else if (v.kind == Kind::Coded) {
        if (v.coded.code.isEmpty() || !CdaFormat::isIdentifierRoot(v.coded.codeSystem))
            out.append({derrc::ReportBadCodedValue, QStringLiteral("%1 : résultat codé sans code ou sans système de codage").arg(where)});
    } else if (v.kind == Kind::Empty) {
        out.append({derrc::ReportMissingValue, QStringLiteral("%1 : résultat validé sans valeur").arg(where)});
    }
}

void checkBody(QList<Requirement> &out, const domain::ReportContent &c, CdaLevel level)
{
    if (c.chapters.isEmpty())
        out.append({derrc::ReportNoChapter, QStringLiteral("Compte rendu : aucun chapitre de résultats")});
    for (const auto &chapter : c.chapters) {
        const QString ch = chapter.title.isEmpty() ? QStringLiteral("(sans titre)") : chapter.title;
        if (chapter.loincCode.trimmed().isEmpty())
            out.append({derrc::ReportMissingLoinc, QStringLiteral("Chapitre « %1 » : code LOINC absent").arg(ch)});
        if (level == CdaLevel::N1)
            continue;
        if (chapter.batteries.isEmpty())
            out.append({derrc::ReportEmptyChapter, QStringLiteral("Chapitre « %1 » : aucun examen").arg(ch)});
        for (const auto &battery : chapter.batteries) {
            for (const auto &obs : battery.observations) {
                const QString where = QStringLiteral("Analyse « %1 »").arg(obs.label.isEmpty() ? obs.localCode : obs.label);
                if (obs.loincCode.trimmed().isEmpty())
                    out.append({derrc::ReportMissingLoinc, QStringLiteral("%1 : code LOINC absent").arg(where)});
                if (!obs.completed || obs.cancelled)
                    continue;
                checkValue(out, obs.value, where);
                if (obs.secondUnitValue) {
                    if (obs.secondUnitLoincCode.trimmed().isEmpty())
                        out.append({derrc::ReportMissingLoinc, QStringLiteral("%1 : code LOINC de la seconde unité absent").arg(where)});
                    checkValue(out, *obs.secondUnitValue, where + QStringLiteral(" (seconde unité)"));
                }
                if (obs.performer)
                    checkOrganisation(out, *obs.performer, where + QStringLiteral(" : laboratoire sous-traitant"));
            }
        }
    }
    for (const auto &doc : c.attachments) {
        if (doc.content.isEmpty() || doc.mediaType.isEmpty())
            out.append({derrc::ReportInvalidAttachment, QStringLiteral("Document joint « %1 » : contenu ou type absent").arg(doc.title)});
    }
}

std::atomic<quint64> g_evaluations{0};

} // namespace

QList<domain::ReportRequirement> CdaRequirementsCheck::missing(const domain::ReportContent &c, CdaLevel level)
{
    g_evaluations.fetch_add(1, std::memory_order_relaxed);
    QList<Requirement> out;
    if (!CdaFormat::isIdentifierRoot(c.documentId))
        out.append({derrc::ReportBadDocumentId, QStringLiteral("Document : identifiant (OID) absent ou invalide")});
    if (!CdaFormat::isIdentifierRoot(c.setId))
        out.append({derrc::ReportBadSetId, QStringLiteral("Document : identifiant de lot de versions (setId) absent ou invalide")});
    if (c.versionNumber < 1)
        out.append({derrc::ReportBadVersionNumber, QStringLiteral("Document : numéro de version invalide")});
    if (c.versionNumber > 1 && !CdaFormat::isIdentifierRoot(c.replacedDocumentId))
        out.append({derrc::ReportMissingReplacedId, QStringLiteral("Document : identifiant de la version remplacée absent")});
    if (!c.effectiveTime.isValid())
        out.append({derrc::ReportMissingEffectiveTime, QStringLiteral("Document : date de création absente")});
    checkPatient(out, c);
    checkOrganisation(out, c.laboratory, QStringLiteral("Laboratoire"));
    checkProfessional(out, c.author, QStringLiteral("Biologiste validant (auteur)"), true);
    checkProfessional(out, c.legalAuthenticator, QStringLiteral("Biologiste responsable (signataire)"), true);
    if (c.prescriber)
        checkProfessional(out, *c.prescriber, QStringLiteral("Prescripteur"), false);
    for (const HealthProfessional &r : c.recipients)
        checkProfessional(out, r, QStringLiteral("Destinataire"), false);
    if (c.orderId.trimmed().isEmpty())
        out.append({derrc::ReportMissingOrderId, QStringLiteral("Demande : numéro de prescription absent")});
    if (!CdaFormat::isIdentifierRoot(c.orderIdRoot))
        out.append({derrc::ReportBadOrderRoot, QStringLiteral("Demande : OID des numéros de demande du laboratoire absent ou invalide")});
    checkBody(out, c, level);
    if (auto pdf = pdfCopy(c))
        out.append(*pdf);
    return out;
}

std::optional<domain::ReportRequirement> CdaRequirementsCheck::pdfCopy(const domain::ReportContent &content)
{
    if (content.pdfCopy.startsWith("%PDF-"))
        return std::nullopt;
    return Requirement{derrc::ReportMissingPdfCopy, QStringLiteral("Copie PDF du compte rendu absente ou invalide")};
}

domain::Error CdaRequirementsCheck::refusal(const QList<domain::ReportRequirement> &items)
{
    return domain::Error{errc::MissingData,
                         QStringLiteral("Données manquantes pour le compte rendu CR-BIO :\n- ")
                             + domain::requirementMessages(items).join(QStringLiteral("\n- ")),
                         QStringLiteral("ReportContent")};
}

domain::Status CdaRequirementsCheck::check(const domain::ReportContent &content, CdaLevel level)
{
    const auto items = missing(content, level);
    if (items.isEmpty())
        return {};
    return std::unexpected(refusal(items));
}

quint64 CdaRequirementsCheck::evaluations()
{
    return g_evaluations.load(std::memory_order_relaxed);
}

} // namespace sgl::interop::cda
