#include "interop/hl7v2/PamMapper.h"

#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/Location.h"
#include "interop/hl7v2/PamSegmentReaders.h"
#include "interop/hl7v2/Tr.h"

#include <QSet>

namespace sgl::interop::hl7v2 {

namespace {

domain::Error error(QLatin1StringView code, const QString &message, const Location &where)
{
    return domain::Error{code, message, where.toString()};
}

Location at(const char *segment, int field = 0, int repetition = 0, int component = 0)
{
    return Location{QString::fromLatin1(segment), 1, field, repetition, component, 0};
}

const QSet<QString> &movementTriggers()
{
    static const QSet<QString> set = {
        QStringLiteral("A01"), QStringLiteral("A11"), QStringLiteral("A04"), QStringLiteral("A03"),
        QStringLiteral("A13"), QStringLiteral("A05"), QStringLiteral("A38"), QStringLiteral("A06"),
        QStringLiteral("A07"), QStringLiteral("A02"), QStringLiteral("A12"), QStringLiteral("A54"),
        QStringLiteral("A55"), QStringLiteral("A21"), QStringLiteral("A52"), QStringLiteral("A22"),
        QStringLiteral("A53"), QStringLiteral("A44"), QStringLiteral("A14"), QStringLiteral("A27"),
        QStringLiteral("A15"), QStringLiteral("A26"), QStringLiteral("A16"), QStringLiteral("A25"),
        QStringLiteral("Z99")};
    return set;
}

PamAction actionFor(const QString &trigger)
{
    if (trigger == u"A28")
        return PamAction::CreatePatient;
    if (trigger == u"A31")
        return PamAction::UpdatePatient;
    if (trigger == u"A40")
        return PamAction::MergePatients;
    if (trigger == u"A47")
        return PamAction::ChangeIdentifier;
    return PamAction::Movement;
}

// Header checks; any error here makes the message unacceptable (MSA AR), so mapping stops.
QList<domain::Error> checkHeader(const MessageHeader &h)
{
    QList<domain::Error> errors;
    if (h.messageCode != u"ADT") {
        errors << error(errc::UnsupportedMessageType,
                        Tr::tr("Type de message « %1 » non pris en charge par le flux PAM (ADT attendu).").arg(h.messageCode),
                        at("MSH", 9, 1, 1));
    } else if (h.triggerEvent == u"A08") {
        errors << error(errc::UnsupportedEvent,
                        Tr::tr("L'événement A08 n'est pas utilisé par IHE PAM France : les mises à jour arrivent en A31 (identité) ou Z99 (venue)."),
                        at("MSH", 9, 1, 2));
    } else if (!PamMapper::supportedTriggers().contains(h.triggerEvent)) {
        errors << error(errc::UnsupportedEvent,
                        Tr::tr("Événement « %1 » non pris en charge par le flux PAM France.").arg(h.triggerEvent),
                        at("MSH", 9, 1, 2));
    }
    if (h.controlId.isEmpty())
        errors << error(errc::MissingRequiredField, Tr::tr("Identifiant du message (MSH-10) absent."), at("MSH", 10));
    if (h.processingId.isEmpty())
        errors << error(errc::MissingRequiredField, Tr::tr("Code de traitement (MSH-11) absent."), at("MSH", 11));
    else if (h.processingId != u"P" && h.processingId != u"D" && h.processingId != u"T")
        errors << error(errc::UnsupportedProcessingId,
                        Tr::tr("Code de traitement « %1 » non pris en charge (P, D ou T attendu).").arg(h.processingId),
                        at("MSH", 11));
    if (h.version.isEmpty())
        errors << error(errc::MissingRequiredField, Tr::tr("Version HL7 (MSH-12) absente."), at("MSH", 12));
    else if (h.version != u"2.5" && h.version != u"2.5.1")
        errors << error(errc::UnsupportedVersion,
                        Tr::tr("Version HL7 « %1 » non prise en charge (PAM France : 2.5).").arg(h.version),
                        at("MSH", 12));
    return errors;
}

} // namespace

const QStringList &PamMapper::supportedTriggers()
{
    static const QStringList list = [] {
        QStringList l{QStringLiteral("A28"), QStringLiteral("A31"), QStringLiteral("A40"), QStringLiteral("A47")};
        for (const QString &t : movementTriggers())
            l << t;
        l.sort();
        return l;
    }();
    return list;
}

PamMapResult PamMapper::map(const Message &message)
{
    PamEvent event;
    event.header = message.header();
    QList<domain::Error> errors = checkHeader(event.header);
    if (!errors.isEmpty())
        return std::unexpected(errors);
    event.trigger = event.header.triggerEvent;
    event.action = actionFor(event.trigger);
    event.warnings = message.warnings();

    const bool movement = event.action == PamAction::Movement;
    const bool needsMrg = event.action == PamAction::MergePatients
                          || event.action == PamAction::ChangeIdentifier;

    pam::readEvn(message, event, errors);
    const Segment *pid = message.segment(u"PID");
    if (!pid) {
        errors << error(errc::MissingSegment, Tr::tr("Segment PID absent."), at("PID"));
    } else {
        pam::readPid(*pid, event, errors);
    }
    if (message.segment(u"ZFD"))
        pam::readZfd(*message.segment(u"ZFD"), event, errors);
    if (needsMrg) {
        const Segment *mrg = message.segment(u"MRG");
        if (!mrg)
            errors << error(errc::MissingSegment, Tr::tr("Segment MRG absent (obligatoire pour %1).").arg(event.trigger), at("MRG"));
        else
            pam::readMrg(*mrg, event, errors);
    }
    if (const Segment *pv1 = message.segment(u"PV1"))
        pam::readEncounter(message, *pv1, event, errors);
    else if (movement)
        errors << error(errc::MissingSegment, Tr::tr("Segment PV1 absent (obligatoire pour %1).").arg(event.trigger), at("PV1"));
    if (pid && errors.isEmpty())
        pam::applyInsRules(event, errors);
    if (!errors.isEmpty())
        return std::unexpected(errors);
    return event;
}

} // namespace sgl::interop::hl7v2
