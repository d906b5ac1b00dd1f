#include "interop/cda/CdaRequirementsCheck.h"

#include "domain/catalogue/UcumUnit.h"
#include "interop/cda/CdaFormat.h"
#include "interop/cda/CdaOids.h"
#include "interop/cda/ErrorCodes.h"

#include <QRegularExpression>

namespace sgl::interop::cda {

using domain::HealthProfessional;

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

void checkProfessional(QStringList &out, const HealthProfessional &pro, const QString &role, bool needRpps)
{
    if (pro.familyName.trimmed().isEmpty())
        out << QStringLiteral("%1 : nom de famille absent").arg(role);
    if (needRpps && pro.rpps.trimmed().isEmpty())
        out << QStringLiteral("%1 : numéro RPPS absent").arg(role);
    else if (!pro.rpps.trimmed().isEmpty() && !isRpps(pro.rpps))
        out << QStringLiteral("%1 : numéro RPPS invalide (%2), 11 chiffres attendus").arg(role, pro.rpps);
}

void checkOrganisation(QStringList &out, const domain::Organisation &org, const QString &role)
{
    if (org.name.trimmed().isEmpty())
        out << QStringLiteral("%1 : raison sociale absente").arg(role);
    if (org.finess.trimmed().isEmpty() && org.siret.trimmed().isEmpty())
        out << QStringLiteral("%1 : numéro FINESS absent").arg(role);
    else if (!org.finess.trimmed().isEmpty() && !isFiness(org.finess.trimmed()))
        out << QStringLiteral("%1 : numéro FINESS invalide (%2), 9 caractères attendus").arg(role, org.finess);
}

void checkPatient(QStringList &out, const domain::ReportContent &c)
{
    const domain::Patient &p = c.patient;
    if (p.traits.birthName.trimmed().isEmpty() && p.traits.usedName.trimmed().isEmpty())
        out << QStringLiteral("Patient : nom de naissance absent");
    if (p.localId.isEmpty() && !p.insUsable())
        out << QStringLiteral("Patient : ni IPP ni INS qualifié");
    if (!p.localId.isEmpty() && !CdaFormat::isIdentifierRoot(c.patientIppRoot))
        out << QStringLiteral("Patient : OID du domaine d'identification de l'IPP absent ou invalide");
    if (!p.insUsable())
        return;
    // A qualified identity sends the INS, which makes every INS trait mandatory (StrucMin).
    static const QStringList oids{QString::fromLatin1(oid::kInsNir), QString::fromLatin1(oid::kInsNia),
                                  QString::fromLatin1(oid::kInsNirTest), QString::fromLatin1(oid::kInsNirDemo)};
    if (!oids.contains(p.ins.oid))
        out << QStringLiteral("Patient : OID de l'INS inconnu (%1)").arg(p.ins.oid);
    if (p.ins.full().size() != 15)
        out << QStringLiteral("Patient : matricule INS incomplet (15 caractères attendus)");
    if (p.traits.birthName.trimmed().isEmpty())
        out << QStringLiteral("Patient (INS) : nom de naissance absent");
    if (p.traits.firstBirthName.trimmed().isEmpty() && p.traits.birthFirstNames.isEmpty())
        out << QStringLiteral("Patient (INS) : prénom(s) de naissance absent(s)");
    if (CdaFormat::birthTime(p.traits).isEmpty())
        out << QStringLiteral("Patient (INS) : date de naissance absente");
    if (p.traits.sex == domain::Sex::Unknown)
        out << QStringLiteral("Patient (INS) : sexe absent");
    if (p.traits.birthPlaceCog.trimmed().isEmpty())
        out << QStringLiteral("Patient (INS) : lieu de naissance (code COG) absent");
}

void checkValue(QStringList &out, const domain::ResultValue &v, const QString &where)
{
    using Kind = domain::ResultValue::Kind;
    if (v.kind == Kind::Numeric) {
        static const QRegularExpression num(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
        if (!num.match(v.number.trimmed()).hasMatch())
            out << QStringLiteral("%1 : valeur numérique invalide (%2)").arg(where, v.number);
        if (!v.unit.trimmed().isEmpty() && !domain::UcumUnit::isValidSyntax(v.unit.trimmed()))
            out << QStringLiteral("%1 : unité « %2 » non conforme à UCUM").arg(where, v.unit);
    } else if (v.kind == Kind::Coded) {
        if (v.coded.code.isEmpty() || !CdaFormat::isIdentifierRoot(v.coded.codeSystem))
            out << QStringLiteral("%1 : résultat codé sans code ou sans système de codage").arg(where);
    } else if (v.kind == Kind::Empty) {
        out << QStringLiteral("%1 : résultat validé sans valeur").arg(where);
    }
}

void checkBody(QStringList &out, const domain::ReportContent &c, CdaLevel level)
{
    if (c.chapters.isEmpty())
        out << QStringLiteral("Compte rendu : aucun chapitre de résultats");
    for (const auto &chapter : c.chapters) {
        const QString ch = chapter.title.isEmpty() ? QStringLiteral("(sans titre)") : chapter.title;
        if (chapter.loincCode.trimmed().isEmpty())
            out << QStringLiteral("Chapitre « %1 » : code LOINC absent").arg(ch);
        if (level == CdaLevel::N1)
            continue;
        if (chapter.batteries.isEmpty())
            out << QStringLiteral("Chapitre « %1 » : aucun examen").arg(ch);
        for (const auto &battery : chapter.batteries) {
            for (const auto &obs : battery.observations) {
                const QString where = QStringLiteral("Analyse « %1 »").arg(obs.label.isEmpty() ? obs.localCode : obs.label);
                if (obs.loincCode.trimmed().isEmpty())
                    out << QStringLiteral("%1 : code LOINC absent").arg(where);
                if (!obs.completed || obs.cancelled)
                    continue;
                checkValue(out, obs.value, where);
                if (obs.secondUnitValue) {
                    if (obs.secondUnitLoincCode.trimmed().isEmpty())
                        out << QStringLiteral("%1 : code LOINC de la seconde unité absent").arg(where);
                    checkValue(out, *obs.secondUnitValue, where + QStringLiteral(" (seconde unité)"));
                }
                if (obs.performer)
                    checkOrganisation(out, *obs.performer, where + QStringLiteral(" : laboratoire sous-traitant"));
            }
        }
    }
    for (const auto &doc : c.attachments) {
        if (doc.content.isEmpty() || doc.mediaType.isEmpty())
            out << QStringLiteral("Document joint « %1 » : contenu ou type absent").arg(doc.title);
    }
}

} // namespace

QStringList CdaRequirementsCheck::missing(const domain::ReportContent &c, CdaLevel level)
{
    QStringList out;
    if (!CdaFormat::isIdentifierRoot(c.documentId))
        out << QStringLiteral("Document : identifiant (OID) absent ou invalide");
    if (!CdaFormat::isIdentifierRoot(c.setId))
        out << QStringLiteral("Document : identifiant de lot de versions (setId) absent ou invalide");
    if (c.versionNumber < 1)
        out << QStringLiteral("Document : numéro de version invalide");
    if (c.versionNumber > 1 && !CdaFormat::isIdentifierRoot(c.replacedDocumentId))
        out << QStringLiteral("Document : identifiant de la version remplacée absent");
    if (!c.effectiveTime.isValid())
        out << QStringLiteral("Document : date de création absente");
    checkPatient(out, c);
    checkOrganisation(out, c.laboratory, QStringLiteral("Laboratoire"));
    checkProfessional(out, c.author, QStringLiteral("Biologiste validant (auteur)"), true);
    checkProfessional(out, c.legalAuthenticator, QStringLiteral("Biologiste responsable (signataire)"), true);
    if (c.prescriber)
        checkProfessional(out, *c.prescriber, QStringLiteral("Prescripteur"), false);
    for (const HealthProfessional &r : c.recipients)
        checkProfessional(out, r, QStringLiteral("Destinataire"), false);
    if (c.orderId.trimmed().isEmpty())
        out << QStringLiteral("Demande : numéro de prescription absent");
    if (!CdaFormat::isIdentifierRoot(c.orderIdRoot))
        out << QStringLiteral("Demande : OID des numéros de demande du laboratoire absent ou invalide");
    checkBody(out, c, level);
    if (!c.pdfCopy.startsWith("%PDF-"))
        out << QStringLiteral("Copie PDF du compte rendu absente ou invalide");
    return out;
}

domain::Status CdaRequirementsCheck::check(const domain::ReportContent &content, CdaLevel level)
{
    const QStringList items = missing(content, level);
    if (items.isEmpty())
        return {};
    return domain::fail(errc::MissingData,
                        QStringLiteral("Données manquantes pour le compte rendu CR-BIO :\n- ")
                            + items.join(QStringLiteral("\n- ")),
                        QStringLiteral("ReportContent"));
}

} // namespace sgl::interop::cda
