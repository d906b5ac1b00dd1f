#include "interop/hl7v2/LawQueryReader.h"

#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/Location.h"
#include "interop/hl7v2/Tr.h"

#include <QCoreApplication>

namespace sgl::interop::hl7v2 {

namespace {

} // namespace

domain::Result<domain::analyzer::AnalyzerQuery> LawQueryReader::read(const Message &message)
{
    const MessageHeader h = message.header();
    if (h.messageCode != u"QBP" || (h.triggerEvent != u"Q11" && h.triggerEvent != u"WOS")) {
        return domain::fail(errc::UnsupportedMessageType,
                            Tr::tr("Message « %1^%2 » : une requête d'analyseur est un QBP^Q11 (IHE LAW LAB-27).")
                                .arg(h.messageCode, h.triggerEvent),
                            Location{QStringLiteral("MSH"), 1, 9}.toString());
    }
    const Segment *qpd = message.segment(u"QPD");
    if (!qpd)
        return domain::fail(errc::MissingSegment,
                            Tr::tr("Segment QPD (paramètres de la requête) absent."),
                            Location{QStringLiteral("QPD"), 1}.toString());
    domain::analyzer::AnalyzerQuery query;
    query.queryName = qpd->value(1);
    query.tag = qpd->value(2);
    if (query.tag.isEmpty())
        return domain::fail(errc::MissingRequiredField,
                            Tr::tr("Étiquette de requête (QPD-2) absente."),
                            Location{QStringLiteral("QPD"), 1, 2}.toString());
    query.specimenId = qpd->value(3);
    for (int c = 1; c <= qpd->componentCount(3, 1); ++c)
        query.rawSpecimenComponents << qpd->value(3, 1, c);
    if (query.specimenId.isEmpty())
        return domain::fail(errc::MissingRequiredField,
                            Tr::tr("Identifiant d'échantillon de la requête (QPD-3) absent."),
                            Location{QStringLiteral("QPD"), 1, 3}.toString());
    query.source = {1, message.segmentCount() > 0 ? 2 : 0, QStringLiteral("QPD")};
    return query;
}

} // namespace sgl::interop::hl7v2
