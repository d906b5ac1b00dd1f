#include "interop/hl7v2/LawResultReader.h"

#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/Escaping.h"
#include "interop/hl7v2/Location.h"
#include "interop/hl7v2/Tr.h"

#include <QCoreApplication>

namespace sgl::interop::hl7v2 {

using domain::analyzer::AnalyzerMessage;
using domain::analyzer::AnalyzerResult;
using domain::analyzer::SampleKind;

namespace {

QString display(const Segment &seg, int field, Charset charset)
{
    return unescape(seg.rawField(field), seg.delimiters(), charset);
}

QStringList componentsOf(const Segment &seg, int field)
{
    QStringList out;
    const int n = seg.componentCount(field, 1);
    for (int c = 1; c <= n; ++c)
        out << seg.value(field, 1, c);
    return out;
}

SampleKind kindFrom0369(const QString &code)
{
    if (code.isEmpty())
        return SampleKind::Unspecified;
    if (code == u"P")
        return SampleKind::Patient;
    if (code == u"Q" || code == u"E")
        return SampleKind::QualityControl;
    if (code == u"C" || code == u"V")
        return SampleKind::Calibrator;
    return SampleKind::Other;
}

} // namespace

domain::Result<AnalyzerMessage> LawResultReader::read(const Message &message, int messageIndex)
{
    const MessageHeader h = message.header();
    if (h.messageCode != u"OUL" || h.triggerEvent != u"R22") {
        return domain::fail(errc::UnsupportedMessageType,
                            Tr::tr("Message « %1^%2 » : seul OUL^R22 (IHE LAW LAB-29) porte des résultats d'analyseur.")
                                .arg(h.messageCode, h.triggerEvent),
                            Location{QStringLiteral("MSH"), 1, 9}.toString());
    }
    AnalyzerMessage out;
    out.protocol = domain::analyzer::AnalyzerProtocol::Hl7;
    out.messageIndex = messageIndex;
    const Segment *msh = message.segment(u"MSH");
    out.senderName = h.sendingApplication;
    out.senderDetail = msh ? display(*msh, 3, message.charset()) : QString();
    out.controlId = h.controlId;
    out.messageTime = h.dateTime;
    out.processingId = h.processingId;

    QString patientId;
    QStringList patientIdComponents;
    QStringList labPatientIdComponents;
    const Segment *spm = nullptr;
    const Segment *obr = nullptr;
    QString container;
    QStringList containerComponents;
    QString equipment;
    AnalyzerResult *last = nullptr;
    for (int i = 0; i < message.segmentCount(); ++i) {
        const Segment &seg = message.segments().at(i);
        const QString &name = seg.name();
        if (name == u"PID") {
            patientId = seg.value(3);
            patientIdComponents = componentsOf(seg, 3);
            labPatientIdComponents = componentsOf(seg, 2);
            last = nullptr;
        } else if (name == u"SPM") {
            spm = &seg;
            obr = nullptr;
            container.clear();
            containerComponents.clear();
            last = nullptr;
        } else if (name == u"SAC") {
            container = seg.value(3);
            containerComponents = componentsOf(seg, 3);
        } else if (name == u"OBR") {
            obr = &seg;
        } else if (name == u"EQU") {
            equipment = seg.value(1);
        } else if (name == u"NTE") {
            if (last)
                last->comments << display(seg, 3, message.charset());
        } else if (name == u"OBX") {
            const int seq = message.sequenceOf(i);
            AnalyzerResult r;
            if (spm) {
                r.specimenId = spm->value(2, 1, 1, 1);
                r.specimenIdComponents = componentsOf(*spm, 2);
                const QString kind = spm->value(11);
                r.sampleKind = kindFrom0369(kind);
                if (!kind.isEmpty())
                    r.sampleKindIndicator = QStringLiteral("SPM-11=") + kind;
            } else {
                out.problems << domain::Error{errc::MissingSegment,
                                              Tr::tr("Résultat OBX sans segment SPM (échantillon) avant lui."),
                                              Location{QStringLiteral("OBX"), seq}.toString()};
            }
            if (seg.value(3).isEmpty()) {
                out.problems << domain::Error{errc::MissingRequiredField,
                                              Tr::tr("Code de l'observation (OBX-3) absent."),
                                              Location{QStringLiteral("OBX"), seq, 3}.toString()};
            }
            r.instrumentSpecimenId = container;
            r.instrumentSpecimenIdComponents = containerComponents;
            r.patientId = patientId;
            r.patientIdComponents = patientIdComponents;
            r.labPatientIdComponents = labPatientIdComponents;
            if (obr)
                r.orderTestIdComponents = componentsOf(*obr, 4);
            r.testCode = seg.value(3);
            r.testName = seg.value(3, 1, 2);
            r.testIdComponents = componentsOf(seg, 3);
            r.value = display(seg, 5, message.charset());
            r.valueComponents = componentsOf(seg, 5);
            r.units = seg.value(6);
            r.referenceRange = display(seg, 7, message.charset());
            for (int rep = 1; rep <= seg.repetitionCount(8); ++rep)
                r.flags << seg.value(8, rep);
            r.resultStatus = seg.value(11);
            r.observedAt = seg.value(19).isEmpty() ? seg.value(14) : seg.value(19);
            r.operatorId = display(seg, 16, message.charset());
            r.instrumentId = seg.value(18).isEmpty() ? equipment : seg.value(18);
            r.sequence = seg.value(1);
            r.source = {messageIndex, i + 1, QStringLiteral("OBX")};
            out.results << std::move(r);
            last = &out.results.last();
        } else {
            last = name == u"TCD" || name == u"INV" ? last : nullptr;
        }
    }
    return out;
}

} // namespace sgl::interop::hl7v2
