#include "interop/hl7v2/LawMessageBuilder.h"

namespace sgl::interop::hl7v2 {

namespace {

Segment &header(Message &m, const LawMessageBuilder::Routing &r, const QString &code,
                const QString &event, const QString &structure, const QString &profile)
{
    Segment &msh = m.addSegment(QStringLiteral("MSH"));
    msh.setValue(3, r.sendingApplication);
    msh.setValue(4, r.sendingFacility);
    msh.setValue(5, r.receivingApplication);
    msh.setValue(6, r.receivingFacility);
    msh.setValue(7, r.time.toString(QStringLiteral("yyyyMMddHHmmss")));
    msh.setValue(9, code, 1, 1);
    msh.setValue(9, event, 1, 2);
    msh.setValue(9, structure, 1, 3);
    msh.setValue(10, r.controlId);
    msh.setValue(11, QStringLiteral("P"));
    msh.setValue(12, QStringLiteral("2.5.1"));
    msh.setValue(15, QStringLiteral("NE"));
    msh.setValue(16, QStringLiteral("AL"));
    msh.setValue(18, charsetMsh18Code(r.charset));
    msh.setValue(21, profile, 1, 1);
    msh.setValue(21, QStringLiteral("IHE"), 1, 2);
    return msh;
}

} // namespace

Message LawMessageBuilder::workOrder(const Routing &r, const LawOrder &order)
{
    Message m(Delimiters{}, r.charset);
    header(m, r, QStringLiteral("OML"), QStringLiteral("O33"), QStringLiteral("OML_O33"), QStringLiteral("LAB-28"));
    if (!order.patientId.isEmpty() || !order.patientName.isEmpty()) {
        Segment &pid = m.addSegment(QStringLiteral("PID"));
        pid.setValue(1, QStringLiteral("1"));
        pid.setValue(3, order.patientId);
        for (qsizetype i = 0; i < order.patientName.size(); ++i)
            pid.setValue(5, order.patientName.at(i), 1, static_cast<int>(i) + 1);
    }
    Segment &spm = m.addSegment(QStringLiteral("SPM"));
    spm.setValue(1, QStringLiteral("1"));
    spm.setValue(2, order.specimenId, 1, 1);
    spm.setValue(4, order.specimenType, 1, 1);
    spm.setValue(4, QStringLiteral("HL70487"), 1, 3);
    spm.setValue(11, QStringLiteral("P"), 1, 1);
    Segment &orc = m.addSegment(QStringLiteral("ORC"));
    orc.setValue(1, order.tests.isEmpty() ? QStringLiteral("DC") : order.orderControl);
    orc.setValue(2, order.placerOrderNumber);
    if (order.tests.isEmpty())
        return m;
    Segment &tq1 = m.addSegment(QStringLiteral("TQ1"));
    tq1.setValue(1, QStringLiteral("1"));
    tq1.setValue(9, order.priority, 1, 1);
    tq1.setValue(9, QStringLiteral("HL70485"), 1, 3);
    int seq = 0;
    for (const LawTest &t : order.tests) {
        Segment &obr = m.addSegment(QStringLiteral("OBR"));
        obr.setValue(1, QString::number(++seq));
        obr.setValue(2, order.placerOrderNumber);
        obr.setValue(4, t.code, 1, 1);
        obr.setValue(4, t.text, 1, 2);
        obr.setValue(4, t.codingSystem, 1, 3);
    }
    return m;
}

Message LawMessageBuilder::queryResponse(const Routing &r, const Message &query, LawQueryOutcome outcome)
{
    Message m(Delimiters{}, r.charset);
    header(m, r, QStringLiteral("RSP"), QStringLiteral("K11"), QStringLiteral("RSP_K11"), QStringLiteral("LAB-27"));
    Segment &msa = m.addSegment(QStringLiteral("MSA"));
    msa.setValue(1, outcome == LawQueryOutcome::UnknownSpecimen ? QStringLiteral("AR") : QStringLiteral("AA"));
    msa.setValue(2, query.header().controlId);
    const Segment *qpd = query.segment(u"QPD");
    Segment &qak = m.addSegment(QStringLiteral("QAK"));
    qak.setValue(1, qpd ? qpd->value(2) : QString());
    qak.setValue(2, outcome == LawQueryOutcome::WorkFound ? QStringLiteral("OK") : QStringLiteral("NF"));
    if (qpd) {
        Segment &echo = m.addSegment(QStringLiteral("QPD"));
        // Echoed as received (already escaped with the same standard delimiters).
        for (int f = 1; f <= qpd->fieldCount(); ++f)
            echo.setRawField(f, qpd->rawField(f).toString());
    }
    return m;
}

Message LawMessageBuilder::resultsAck(const MessageHeader &original, const QList<domain::Error> &problems,
                                      const QString &controlId, const QDateTime &now)
{
    QList<AckError> errors;
    for (const domain::Error &e : problems)
        errors << AckError::fromError(e);
    return AckBuilder::build(original, AckBuilder::outcomeFor(errors), errors, controlId, now);
}

} // namespace sgl::interop::hl7v2
