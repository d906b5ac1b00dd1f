#include "interop/psc/PscUserInfo.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Tr.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sgl::interop::psc {

namespace {

domain::Error invalid(const QString &what)
{
    return {errc::UserInfo, Tr::tr("Informations du professionnel (UserInfo) illisibles : %1.").arg(what), what};
}

QString text(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

} // namespace

domain::Result<PscUserInfo> PscUserInfo::fromJson(const QJsonObject &claims)
{
    PscUserInfo info;
    info.raw = claims;
    info.subject = text(claims, "sub");
    info.subjectNameId = text(claims, "SubjectNameID");
    if (info.subject.isEmpty())
        return std::unexpected(invalid(QStringLiteral("sub absent")));
    if (info.subjectNameId.isEmpty())
        return std::unexpected(invalid(QStringLiteral("SubjectNameID absent")));
    static const QRegularExpression rppsIdNat(QStringLiteral("^8(\\d{11})$"));
    if (const auto m = rppsIdNat.match(info.subjectNameId); m.hasMatch())
        info.rpps = m.captured(1);
    info.givenName = text(claims, "given_name");
    info.familyName = text(claims, "family_name");
    info.organisationName = text(claims, "SubjectOrganization");
    info.organisationId = text(claims, "SubjectOrganizationID");
    info.sector = text(claims, "Secteur_Activite");
    const QJsonValue roles = claims.value(u"SubjectRole");
    if (roles.isString())
        info.roles << roles.toString();
    for (const QJsonValue &r : roles.toArray())
        info.roles << r.toString();

    const QJsonValue refPro = claims.value(u"SubjectRefPro");
    if (refPro.isUndefined())
        return info;
    if (!refPro.isObject())
        return std::unexpected(invalid(QStringLiteral("SubjectRefPro n'est pas un objet")));
    info.civility = text(refPro.toObject(), "codeCivilite");
    const QJsonValue exercices = refPro.toObject().value(u"exercices");
    if (!exercices.isUndefined() && !exercices.isArray())
        return std::unexpected(invalid(QStringLiteral("SubjectRefPro.exercices n'est pas un tableau")));
    for (const QJsonValue &e : exercices.toArray()) {
        const QJsonObject exercice = e.toObject();
        const QJsonValue activities = exercice.value(u"activities");
        if (!activities.isUndefined() && !activities.isArray())
            return std::unexpected(invalid(QStringLiteral("SubjectRefPro.exercices[].activities n'est pas un tableau")));
        for (const QJsonValue &a : activities.toArray()) {
            const QJsonObject act = a.toObject();
            PscActivity activity;
            activity.professionCode = text(exercice, "codeProfession");
            activity.savoirFaireCode = text(exercice, "codeSavoirFaire");
            activity.sectorCode = text(act, "codeSecteurDactivite");
            activity.modeCode = text(act, "codeModeExercice");
            activity.roleCode = text(act, "codeRole");
            activity.finessSite = text(act, "numeroFinessSite");
            activity.finessLegalEntity = text(act, "numeroFinessetablissementJuridique");
            activity.siretSite = text(act, "numeroSiretSite");
            activity.structureTechnicalId = text(act, "identifiantTechniqueDeLaStructure");
            activity.formerStructureId = text(act, "ancienIdentifiantDeLaStructure");
            activity.siteName = text(act, "raisonSocialeSite");
            info.activities << activity;
        }
    }
    return info;
}

} // namespace sgl::interop::psc
