#include "interop/astm/ResultExtractor.h"

namespace sgl::interop::astm {

using domain::analyzer::AnalyzerMessage;
using domain::analyzer::AnalyzerQuery;
using domain::analyzer::AnalyzerResult;
using domain::analyzer::SampleKind;
using domain::analyzer::SourcePosition;

namespace {

void addQueries(AnalyzerMessage &out, const Record &q, const SourcePosition &where)
{
    QStringList tests;
    for (int r = 1; r <= q.repeatCount(5); ++r) {
        const QStringList comps = q.components(5, r);
        tests.append(comps.size() >= 4 ? comps.at(3) : q.repeat(5, r));
    }
    const int repeats = std::max(1, q.repeatCount(3));
    for (int r = 1; r <= repeats; ++r) {
        AnalyzerQuery query;
        query.rawSpecimenComponents = q.components(3, r);
        // Standard: patient id ^ specimen id; a bare id (Immucor) is the specimen itself.
        if (query.rawSpecimenComponents.size() >= 2)
            query.specimenId = query.rawSpecimenComponents.at(1);
        else if (!query.rawSpecimenComponents.isEmpty())
            query.specimenId = query.rawSpecimenComponents.first();
        query.testCodes = tests;
        query.requestStatus = q.field(13);
        query.source = where;
        out.queries.append(query);
    }
}

} // namespace

AnalyzerMessage ResultExtractor::extract(const Message &message)
{
    AnalyzerMessage out;
    out.protocol = domain::analyzer::AnalyzerProtocol::Astm;
    out.messageIndex = message.index;
    out.complete = message.terminated && !message.aborted;
    out.problems = message.errors;
    out.problems.append(message.warnings);
    const Record *h = message.header();
    if (h) {
        out.senderName = h->component(5, 1);
        out.senderDetail = h->field(5);
        out.controlId = h->field(3);
        out.processingId = h->field(12);
        out.messageTime = h->field(14);
    }
    const bool qcRun = out.processingId == u"Q";

    // What the results take from their P and O records, decoded once per record rather than
    // once per result (a blood count is fifteen R records under one order).
    AnalyzerResult patientPart;
    AnalyzerResult orderPart;
    const Record *patient = nullptr;
    const Record *order = nullptr;
    AnalyzerResult *lastResult = nullptr;
    out.results.reserve(out.results.size() + message.records.size());
    for (int i = 0; i < message.records.size(); ++i) {
        const Record &rec = message.records.at(i);
        const QStringView type = rec.rawField(1);
        const SourcePosition where{message.index, i + 1, type.toString()};
        if (type == u"P") {
            patient = &rec;
            order = nullptr;
            lastResult = nullptr;
            patientPart = {};
            patientPart.patientId = rec.component(3, 1);
            patientPart.patientIdComponents = rec.components(3);
            patientPart.labPatientIdComponents = rec.components(4);
        } else if (type == u"O") {
            order = &rec;
            lastResult = nullptr;
            orderPart = {};
            orderPart.specimenIdComponents = rec.components(3);
            orderPart.specimenId = rec.component(3, 1);
            orderPart.instrumentSpecimenId = rec.field(4);
            orderPart.instrumentSpecimenIdComponents = rec.components(4);
            orderPart.orderTestIdComponents = rec.components(5);
            if (rec.field(12) == u"Q") {
                orderPart.sampleKind = SampleKind::QualityControl;
                orderPart.sampleKindIndicator = QStringLiteral("O-12=Q");
            }
        } else if (type == u"Q") {
            addQueries(out, rec, where);
            lastResult = nullptr;
        } else if (type == u"C") {
            if (lastResult)
                lastResult->comments.append(rec.field(4));
        } else if (type == u"R") {
            AnalyzerResult r;
            if (order) {
                r.specimenIdComponents = orderPart.specimenIdComponents;
                r.specimenId = orderPart.specimenId;
                r.instrumentSpecimenId = orderPart.instrumentSpecimenId;
                r.instrumentSpecimenIdComponents = orderPart.instrumentSpecimenIdComponents;
                r.orderTestIdComponents = orderPart.orderTestIdComponents;
                r.sampleKind = orderPart.sampleKind;
                r.sampleKindIndicator = orderPart.sampleKindIndicator;
            }
            if (r.sampleKind == SampleKind::Unspecified && qcRun) {
                r.sampleKind = SampleKind::QualityControl;
                r.sampleKindIndicator = QStringLiteral("H-12=Q");
            }
            if (patient) {
                r.patientId = patientPart.patientId;
                r.patientIdComponents = patientPart.patientIdComponents;
                r.labPatientIdComponents = patientPart.labPatientIdComponents;
            }
            r.testIdComponents = rec.components(3);
            r.testCode = rec.component(3, 4);
            r.testName = rec.component(3, 5);
            r.value = rec.field(4);
            r.valueComponents = rec.components(4);
            r.units = rec.field(5);
            r.referenceRange = rec.field(6);
            for (int f = 1; f <= rec.repeatCount(7); ++f)
                r.flags.append(rec.repeat(7, f));
            r.resultStatus = rec.field(9);
            r.operatorId = rec.field(11);
            r.observedAt = rec.field(13).isEmpty() ? rec.field(12) : rec.field(13);
            r.instrumentId = rec.field(14);
            r.sequence = rec.field(2);
            r.source = where;
            out.results.append(std::move(r));
            lastResult = &out.results.last();
        } else {
            lastResult = type == u"M" ? lastResult : nullptr;
        }
    }
    return out;
}

} // namespace sgl::interop::astm
