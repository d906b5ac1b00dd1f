#include "simulators/analyzer/CobasMessages.h"

#include "interop/hl7v2/AckBuilder.h"
#include "interop/hl7v2/Charset.h"
#include "interop/hl7v2/Serializer.h"

namespace sgl::simulators::analyzer {

using interop::hl7v2::Message;
using interop::hl7v2::Segment;

namespace {

void header(Message &m, const QString &instrument, const QString &controlId, const QDateTime &now,
            const QString &code, const QString &event, const QString &profile)
{
    Segment &msh = m.addSegment(QStringLiteral("MSH"));
    msh.setValue(3, instrument);
    msh.setValue(4, QStringLiteral("SIM"));
    msh.setValue(5, QStringLiteral("SGL"));
    msh.setValue(7, now.toString(QStringLiteral("yyyyMMddHHmmss")));
    msh.setValue(9, code, 1, 1);
    msh.setValue(9, event, 1, 2);
    msh.setValue(9, code + u'_' + event, 1, 3);
    msh.setValue(10, controlId);
    msh.setValue(11, QStringLiteral("P"));
    msh.setValue(12, QStringLiteral("2.5.1"));
    msh.setValue(15, QStringLiteral("NE"));
    msh.setValue(16, QStringLiteral("AL"));
    msh.setValue(18, interop::hl7v2::charsetMsh18Code(interop::hl7v2::Charset::Utf8));
    msh.setValue(21, profile, 1, 1);
    msh.setValue(21, QStringLiteral("IHE"), 1, 2);
}

QByteArray bytes(const Message &m)
{
    // Our own messages hold ASCII/UTF-8 text only: serialisation cannot fail here.
    return interop::hl7v2::Serializer::toBytes(m).value_or(QByteArray());
}

} // namespace

QByteArray CobasMessages::query(const QString &instrument, const QString &controlId, const QString &specimenId,
                                const QDateTime &now)
{
    Message m;
    header(m, instrument, controlId, now, QStringLiteral("QBP"), QStringLiteral("Q11"), QStringLiteral("LAB-27"));
    Segment &qpd = m.addSegment(QStringLiteral("QPD"));
    qpd.setValue(1, QStringLiteral("WOS"), 1, 1);
    qpd.setValue(1, QStringLiteral("Work Order Step"), 1, 2);
    qpd.setValue(1, QStringLiteral("IHE_LABTF"), 1, 3);
    qpd.setValue(2, u'Q' + controlId);
    qpd.setValue(3, specimenId);
    Segment &rcp = m.addSegment(QStringLiteral("RCP"));
    rcp.setValue(1, QStringLiteral("I"));
    rcp.setValue(3, QStringLiteral("R"), 1, 1);
    rcp.setValue(3, QStringLiteral("HL70394"), 1, 3);
    return bytes(m);
}

QByteArray CobasMessages::results(const QString &instrument, const QString &controlId, const QString &specimenId,
                                  bool qc, const QList<SimulatedResult> &results, const QDateTime &now)
{
    const QString stamp = now.toString(QStringLiteral("yyyyMMddHHmmss"));
    Message m;
    header(m, instrument, controlId, now, QStringLiteral("OUL"), QStringLiteral("R22"), QStringLiteral("LAB-29"));
    Segment &spm = m.addSegment(QStringLiteral("SPM"));
    spm.setValue(1, QStringLiteral("1"));
    spm.setValue(2, specimenId);
    spm.setValue(4, QStringLiteral("SER"), 1, 1);
    spm.setValue(4, QStringLiteral("Serum"), 1, 2);
    spm.setValue(4, QStringLiteral("HL70487"), 1, 3);
    spm.setValue(11, qc ? QStringLiteral("Q") : QStringLiteral("P"), 1, 1);
    spm.setValue(11, QStringLiteral("HL70369"), 1, 3);
    m.addSegment(QStringLiteral("SAC")).setValue(3, specimenId);
    int seq = 0;
    for (const SimulatedResult &r : results) {
        ++seq;
        Segment &obr = m.addSegment(QStringLiteral("OBR"));
        obr.setValue(1, QString::number(seq));
        obr.setValue(4, r.code, 1, 1);
        obr.setValue(4, QStringLiteral("99ROC"), 1, 3);
        Segment &orc = m.addSegment(QStringLiteral("ORC"));
        orc.setValue(1, QStringLiteral("SC"));
        orc.setValue(5, QStringLiteral("CM"));
        Segment &obx = m.addSegment(QStringLiteral("OBX"));
        obx.setValue(1, QStringLiteral("1"));
        obx.setValue(2, r.value.startsWith(u'>') ? QStringLiteral("ST") : QStringLiteral("NM"));
        obx.setValue(3, r.code, 1, 1);
        obx.setValue(3, r.code, 1, 2);
        obx.setValue(3, QStringLiteral("99ROC"), 1, 3);
        obx.setValue(4, QStringLiteral("1"));
        obx.setValue(5, r.value);
        obx.setValue(6, r.units);
        obx.setValue(7, r.reference);
        obx.setValue(8, r.flag, 1, 1);
        obx.setValue(8, QStringLiteral("HL70078"), 1, 3);
        obx.setValue(11, QStringLiteral("F"));
        obx.setValue(18, instrument, 1, 1);
        obx.setValue(18, QStringLiteral("ROCHE"), 1, 2);
        obx.setValue(19, stamp);
    }
    return bytes(m);
}

QByteArray CobasMessages::orderAck(const Message &order, bool accept, const QString &controlId, const QDateTime &now)
{
    using interop::hl7v2::AckBuilder;
    using interop::hl7v2::AckCode;
    return bytes(AckBuilder::build(order.header(), accept ? AckCode::AA : AckCode::AR, {}, controlId, now));
}

LawAnswer CobasMessages::read(const Message &message)
{
    LawAnswer a;
    const auto h = message.header();
    a.messageType = h.messageCode + u'^' + h.triggerEvent;
    a.ackCode = message.value(u"MSA", 1);
    a.queryStatus = message.value(u"QAK", 2);
    a.specimenId = message.value(u"SPM", 2);
    a.orderControl = message.value(u"ORC", 1);
    for (const Segment &s : message.segments()) {
        if (s.name() == u"OBR" && !s.value(4).isEmpty())
            a.tests << s.value(4);
    }
    return a;
}

} // namespace sgl::simulators::analyzer
