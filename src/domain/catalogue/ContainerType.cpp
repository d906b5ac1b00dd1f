#include "domain/catalogue/ContainerType.h"

#include "domain/Tr.h"

namespace sgl::domain {

const QList<ContainerType> &ContainerType::builtIn()
{
    // Labels go through Tr at first use: the list is built once per process, after the
    // translator is installed by the application.
    static const QList<ContainerType> list{
        {QStringLiteral("SEC"), Tr::tr("Tube sec avec gel"), QStringLiteral("SER"), Tr::tr("jaune")},
        {QStringLiteral("SECSG"), Tr::tr("Tube sec sans gel"), QStringLiteral("SER"), Tr::tr("rouge")},
        {QStringLiteral("HEP"), Tr::tr("Tube hépariné (héparine de lithium)"), QStringLiteral("PLAS"), Tr::tr("vert")},
        {QStringLiteral("EDTA"), Tr::tr("Tube EDTA"), QStringLiteral("BLD"), Tr::tr("violet")},
        {QStringLiteral("CIT"), Tr::tr("Tube citraté 3,2 %"), QStringLiteral("PLAS"), Tr::tr("bleu clair")},
        {QStringLiteral("FLU"), Tr::tr("Tube fluoré (fluorure/oxalate)"), QStringLiteral("PLAS"), Tr::tr("gris")},
        {QStringLiteral("GDS"), Tr::tr("Seringue héparinée (gaz du sang)"), QStringLiteral("BLDA"), Tr::tr("—")},
        {QStringLiteral("URI"), Tr::tr("Flacon d'urine stérile"), QStringLiteral("UR"), Tr::tr("—")},
        {QStringLiteral("URI24"), Tr::tr("Collecteur d'urine de 24 heures"), QStringLiteral("UR"), Tr::tr("—")},
        {QStringLiteral("POT"), Tr::tr("Pot stérile (selles, prélèvements divers)"), QStringLiteral("STL"), Tr::tr("—")},
    };
    return list;
}

QString ContainerType::specimenTypeLabel(const QString &specimenType)
{
    if (specimenType == u"BLD")
        return Tr::tr("Sang total");
    if (specimenType == u"BLDA")
        return Tr::tr("Sang artériel");
    if (specimenType == u"SER")
        return Tr::tr("Sérum");
    if (specimenType == u"PLAS")
        return Tr::tr("Plasma");
    if (specimenType == u"PPP")
        return Tr::tr("Plasma pauvre en plaquettes");
    if (specimenType == u"UR")
        return Tr::tr("Urine");
    if (specimenType == u"STL")
        return Tr::tr("Selles");
    return specimenType;
}

std::optional<ContainerType> ContainerType::find(const QString &code)
{
    for (const ContainerType &c : builtIn())
        if (c.code == code)
            return c;
    return std::nullopt;
}

} // namespace sgl::domain
