#include "domain/report/SharingChoices.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

namespace sgl::domain {

SharingChoices SharingChoices::defaultsFor(bool insQualified)
{
    SharingChoices c;
    c.sendToPatientMss = insQualified;
    return c;
}

Status SharingChoices::validate(const SharingChoices &c, bool insQualified)
{
    if (c.dmpWithheld && c.withholdReason.trimmed().isEmpty())
        return fail(errc::SharingWithholdReasonRequired,
                    Tr::tr("L'envoi au DMP ne peut être suspendu pour ce document qu'avec un motif."),
                    QStringLiteral("withholdReason"));
    if (c.sendToPatientMss && !insQualified)
        return fail(errc::SharingPatientMssNeedsQualifiedIns,
                    Tr::tr("La copie MSSanté au patient exige une identité qualifiée (INS qualifié) : "
                           "elle ne peut pas être envoyée pour ce patient."),
                    QStringLiteral("sendToPatientMss"));
    if (c.sendToPatientMss && c.hiddenFromPatientUntilAnnouncement)
        return fail(errc::SharingPatientMssWhileHidden,
                    Tr::tr("Le document est invisible au patient jusqu'à la consultation d'annonce : "
                           "la copie MSSanté au patient ne peut pas lui être envoyée."),
                    QStringLiteral("sendToPatientMss"));
    return {};
}

QStringList SharingChoices::dmpConfidentialityCodes() const
{
    QStringList codes{QStringLiteral("N")};
    if (maskedToProfessionals)
        codes << QStringLiteral("MASQUE_PS");
    if (hiddenFromPatientUntilAnnouncement)
        codes << QStringLiteral("INVISIBLE_PATIENT");
    if (hiddenFromLegalRepresentatives)
        codes << QStringLiteral("INVISIBLE_REPRESENTANTS_LEGAUX");
    return codes;
}

QString SharingChoices::summary() const
{
    QStringList parts;
    parts << (dmpWithheld ? Tr::tr("DMP : non envoyé (%1)").arg(withholdReason.trimmed()) : Tr::tr("DMP : envoyé"));
    if (maskedToProfessionals)
        parts << Tr::tr("masqué aux professionnels");
    if (hiddenFromPatientUntilAnnouncement)
        parts << Tr::tr("invisible au patient jusqu'à la consultation d'annonce");
    if (hiddenFromLegalRepresentatives)
        parts << Tr::tr("invisible aux représentants légaux");
    parts << (sendToPatientMss ? Tr::tr("copie MSSanté au patient") : Tr::tr("pas de copie MSSanté au patient"));
    return parts.join(QStringLiteral(" ; "));
}

} // namespace sgl::domain
