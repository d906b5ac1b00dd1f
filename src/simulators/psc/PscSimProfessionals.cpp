#include "simulators/psc/PscSimProfessionals.h"

#include <QJsonArray>

namespace sgl::simulators::psc {

using namespace Qt::StringLiterals;

namespace {

struct Site {
    QString sector;     ///< codeSecteurDactivite
    QString mode;       ///< codeModeExercice
    QString finess;
    QString formerId;   ///< ancienIdentifiantDeLaStructure
    QString name;
    QString city;
};

QJsonObject activity(const Site &s)
{
    // Field names and empty strings as the real UserInfo sends them (every key present).
    return QJsonObject{
        {u"codeModeExercice"_s, s.mode},
        {u"codeSecteurDactivite"_s, s.sector},
        {u"codeSectionPharmacien"_s, u""_s},
        {u"codeRole"_s, u""_s},
        {u"numeroSiretSite"_s, u""_s},
        {u"numeroSirenSite"_s, u""_s},
        {u"numeroFinessSite"_s, s.finess},
        {u"numeroFinessetablissementJuridique"_s, u""_s},
        {u"identifiantTechniqueDeLaStructure"_s, u"F"_s + s.finess},
        {u"raisonSocialeSite"_s, s.name},
        {u"enseigneCommercialeSite"_s, u""_s},
        {u"complementDestinataire"_s, u""_s},
        {u"complementPointGeographique"_s, u""_s},
        {u"numeroVoie"_s, u"1"_s},
        {u"indiceRepetitionVoie"_s, u""_s},
        {u"codeTypeDeVoie"_s, u"R"_s},
        {u"libelleVoie"_s, u"DE LA SIMULATION"_s},
        {u"mentionDistribution"_s, u""_s},
        {u"bureauCedex"_s, s.city},
        {u"codePostal"_s, u"75000"_s},
        {u"codeCommune"_s, u""_s},
        {u"codePays"_s, u""_s},
        {u"telephone"_s, u""_s},
        {u"telephone2"_s, u""_s},
        {u"telecopie"_s, u""_s},
        {u"adresseEMail"_s, u""_s},
        {u"codeDepartement"_s, u""_s},
        {u"ancienIdentifiantDeLaStructure"_s, s.formerId},
        {u"autoriteDEnregistrement"_s, u"ARS/ARS/ARS"_s},
        {u"codeGenreActivite"_s, u"GENR01"_s},
    };
}

PscSimProfessional make(const QString &rpps, const QString &civility, const QString &given, const QString &family,
                        const QString &profession, const QString &savoirFaire, const QList<Site> &sites, bool active)
{
    PscSimProfessional p;
    p.rpps = rpps;
    // Keycloak-style federated subject: stable per account, unrelated to the RPPS on purpose.
    p.subject = u"f:5f1e0c3a-5a8b-4c1d-9e2f-sgl0000sim00:ANS2026"_s + rpps.right(6);
    p.givenName = given;
    p.familyName = family;
    p.active = active;
    QJsonArray activities;
    for (const Site &s : sites)
        activities.append(activity(s));
    const QJsonObject exercice{
        {u"codeProfession"_s, profession},
        {u"codeCategorieProfessionnelle"_s, u"C"_s},
        {u"codeCiviliteDexercice"_s, u"DR"_s},
        {u"nomDexercice"_s, family},
        {u"prenomDexercice"_s, given},
        {u"codeTypeSavoirFaire"_s, savoirFaire.isEmpty() ? u""_s : u"S"_s},
        {u"codeSavoirFaire"_s, savoirFaire},
        {u"activities"_s, activities},
    };
    const Site &first = sites.first();
    p.userInfo = QJsonObject{
        {u"sub"_s, p.subject},
        {u"SubjectNameID"_s, p.subjectNameId()},
        {u"preferred_username"_s, p.subjectNameId()},
        {u"given_name"_s, given},
        {u"family_name"_s, family},
        {u"SubjectOrganization"_s, first.name},
        {u"SubjectOrganizationID"_s, first.formerId},
        {u"SubjectRole"_s, QJsonArray{profession + u"^1.2.250.1.213.1.1.5.5"_s}},
        {u"Secteur_Activite"_s, first.sector + u"^1.2.250.1.71.4.2.4"_s},
        {u"Palier_Authentification"_s, u"APPPRIP3^1.2.250.1.213.1.5.1.1.1"_s},
        {u"Acces_Regulation_Medicale"_s, u"FAUX"_s},
        {u"Mode_Acces_Raison"_s, u""_s},
        {u"UITVersion"_s, u"1.0"_s},
        {u"PSI_Locale"_s, u"1.2.250.1.213.1.3.1.1"_s},
        {u"otherIds"_s, QJsonArray{QJsonObject{{u"identifiant"_s, p.subjectNameId()},
                                                {u"origine"_s, u"RPPS"_s},
                                                {u"qualite"_s, 1}}}},
        {u"SubjectRefPro"_s, QJsonObject{{u"codeCivilite"_s, civility}, {u"exercices"_s, QJsonArray{exercice}}}},
    };
    return p;
}

} // namespace

QList<PscSimProfessional> PscSimProfessionals::seeded()
{
    // Synthetic FINESS numbers (9 characters, "99" département: none exists).
    const Site lab{u"SA25"_s, u"S"_s, u"990000017"_s, u"1990000017"_s, u"LABORATOIRE SGL TEST"_s, u"PARIS"_s};
    const Site hospital{u"SA01"_s, u"S"_s, u"990000025"_s, u"1990000025"_s, u"CENTRE HOSPITALIER DE SIMULATION"_s,
                        u"PARIS"_s};
    const Site site2{u"SA25"_s, u"L"_s, u"990000033"_s, u"1990000033"_s, u"LABORATOIRE SGL TEST SITE NORD"_s,
                     u"LILLE"_s};
    return {
        make(QString::fromLatin1(DefaultRpps), u"MME"_s, u"BEATRICE"_s, u"BIOLOGISTE"_s, u"10"_s, u"SM04"_s,
             {lab, hospital}, true),
        make(u"10101010204"_s, u"M"_s, u"PAUL"_s, u"PHARMABIO"_s, u"21"_s, u""_s, {lab, site2, hospital}, true),
        make(u"10101010303"_s, u"MME"_s, u"INES"_s, u"INACTIVE"_s, u"10"_s, u"SM04"_s, {lab}, false),
    };
}

} // namespace sgl::simulators::psc
