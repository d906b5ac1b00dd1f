#include "interop/directory/PersonneActiviteFormat.h"

namespace sgl::interop::directory {

using namespace Qt::StringLiterals;

const QStringList &PersonneActiviteFormat::header()
{
    static const QStringList names = [] {
        QStringList h{u"Type d'identifiant PP"_s,
                      u"Identifiant PP"_s,
                      u"Identification nationale PP"_s,
                      u"Code civilité d'exercice"_s,
                      u"Libellé civilité d'exercice"_s,
                      u"Code civilité"_s,
                      u"Libellé civilité"_s,
                      u"Nom d'exercice"_s,
                      u"Prénom d'exercice"_s,
                      u"Code profession"_s,
                      u"Libellé profession"_s,
                      u"Code catégorie professionnelle"_s,
                      u"Libellé catégorie professionnelle"_s,
                      u"Code type savoir-faire"_s,
                      u"Libellé type savoir-faire"_s,
                      u"Code savoir-faire"_s,
                      u"Libellé savoir-faire"_s,
                      u"Code mode exercice"_s,
                      u"Libellé mode exercice"_s,
                      u"Numéro SIRET site"_s,
                      u"Numéro SIREN site"_s,
                      u"Numéro FINESS site"_s,
                      u"Numéro FINESS établissement juridique"_s,
                      u"Identifiant technique de la structure"_s,
                      u"Raison sociale site"_s,
                      u"Enseigne commerciale site"_s};
        // The 18 address columns of the structure carry the suffix " (coord. structure)".
        const QStringList address{u"Complément destinataire"_s,
                                  u"Complément point géographique"_s,
                                  u"Numéro Voie"_s,
                                  u"Indice répétition voie"_s,
                                  u"Code type de voie"_s,
                                  u"Libellé type de voie"_s,
                                  u"Libellé Voie"_s,
                                  u"Mention distribution"_s,
                                  u"Bureau cedex"_s,
                                  u"Code postal"_s,
                                  u"Code commune"_s,
                                  u"Libellé commune"_s,
                                  u"Code pays"_s,
                                  u"Libellé pays"_s,
                                  u"Téléphone"_s,
                                  u"Téléphone 2"_s,
                                  u"Télécopie"_s,
                                  u"Adresse e-mail"_s};
        for (const QString &a : address)
            h << a + u" (coord. structure)"_s;
        h << u"Code Département (structure)"_s << u"Libellé Département (structure)"_s
          << u"Ancien identifiant de la structure"_s << u"Autorité d'enregistrement"_s
          << u"Code secteur d'activité"_s << u"Libellé secteur d'activité"_s
          << u"Code section tableau pharmaciens"_s << u"Libellé section tableau pharmaciens"_s
          << u"Code rôle"_s << u"Libellé rôle"_s << u"Code genre activité"_s << u"Libellé genre activité"_s;
        Q_ASSERT(h.size() == ColumnCount);
        return h;
    }();
    return names;
}

} // namespace sgl::interop::directory
