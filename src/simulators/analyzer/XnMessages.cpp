#include "simulators/analyzer/XnMessages.h"

#include "interop/astm/RecordWriter.h"

namespace sgl::simulators::analyzer {

using interop::astm::HostHeader;
using interop::astm::RecordWriter;

namespace {

QString header(const RecordWriter &w, const QString &instrument, const QDateTime &now)
{
    HostHeader h;
    h.sender = QStringList{instrument, QStringLiteral("00-19"), QStringLiteral("SIM0001")};
    h.processingId = QStringLiteral("P");
    h.version = QStringLiteral("E1394-97");
    h.time = now;
    return w.headerRecord(h);
}

QByteArray join(const QStringList &records)
{
    QByteArray out;
    for (const QString &r : records)
        out += r.toLatin1() + '\r';
    return out;
}

} // namespace

QByteArray XnMessages::query(const QString &instrument, const QString &specimenId, const QDateTime &now)
{
    const RecordWriter w;
    QList<RecordWriter::Field> q(12);
    q[0] = RecordWriter::value(QStringLiteral("1"));
    q[1] = RecordWriter::components({QString(), specimenId});
    q[3] = RecordWriter::components({QString(), QString(), QString(), QStringLiteral("ALL")});
    q[11] = RecordWriter::value(QStringLiteral("O"));
    return join({header(w, instrument, now), w.record(QStringLiteral("Q"), q),
                 w.record(QStringLiteral("L"), {RecordWriter::value(QStringLiteral("1")),
                                                RecordWriter::value(QStringLiteral("N"))})});
}

QByteArray XnMessages::results(const QString &instrument, const QString &specimenId, bool qc, int rackPosition,
                               const QList<SimulatedResult> &results, const QStringList &alarms,
                               const QDateTime &now)
{
    const RecordWriter w;
    const QString stamp = now.toString(QStringLiteral("yyyyMMddHHmmss"));
    QStringList records{header(w, instrument, now),
                        w.record(QStringLiteral("P"), {RecordWriter::value(QStringLiteral("1"))})};
    QList<RecordWriter::Field> o(25);
    o[0] = RecordWriter::value(QStringLiteral("1"));
    o[1] = RecordWriter::value(specimenId);
    o[2] = RecordWriter::components({QString::number(1 + (rackPosition - 1) / 10),
                                     QString::number(1 + (rackPosition - 1) % 10), specimenId,
                                     QStringLiteral("B")});
    for (const SimulatedResult &r : results)
        o[3].append(QStringList{QString(), QString(), QString(), r.code, r.code});
    o[10] = RecordWriter::value(qc ? QStringLiteral("Q") : QStringLiteral("N"));
    o[24] = RecordWriter::value(QStringLiteral("F"));
    records << w.record(QStringLiteral("O"), o);
    int seq = 0;
    for (const SimulatedResult &r : results) {
        QList<RecordWriter::Field> f(12);
        f[0] = RecordWriter::value(QString::number(++seq));
        f[1] = RecordWriter::components({QString(), QString(), QString(), r.code, r.code, QStringLiteral("1")});
        f[2] = RecordWriter::value(r.value);
        f[3] = RecordWriter::value(r.units);
        f[4] = RecordWriter::value(r.reference);
        f[5] = RecordWriter::value(r.flag);
        f[7] = RecordWriter::value(QStringLiteral("F"));
        f[11] = RecordWriter::value(stamp);
        records << w.record(QStringLiteral("R"), f);
        if (!alarms.isEmpty() && r.code == u"WBC") {
            records << w.record(QStringLiteral("C"), {RecordWriter::value(QStringLiteral("1")),
                                                      RecordWriter::value(QStringLiteral("I")),
                                                      RecordWriter::components(alarms),
                                                      RecordWriter::value(QStringLiteral("I"))});
        }
    }
    records << w.record(QStringLiteral("L"), {RecordWriter::value(QStringLiteral("1")),
                                              RecordWriter::value(QStringLiteral("N"))});
    return join(records);
}

QList<HostOrders> XnMessages::readOrders(const interop::astm::Message &message)
{
    QList<HostOrders> out;
    for (const interop::astm::Record &rec : message.records) {
        if (rec.type() != u"O")
            continue;
        HostOrders orders;
        orders.specimenId = rec.component(3, 1).trimmed();
        if (orders.specimenId.isEmpty())
            orders.specimenId = rec.component(4, 3).trimmed();
        for (int r = 1; r <= rec.repeatCount(5); ++r) {
            QString code = rec.component(5, 4, r).trimmed();
            if (code.isEmpty())
                code = rec.component(5, 5, r).trimmed();
            if (code.isEmpty())
                code = rec.repeat(5, r).trimmed();
            if (!code.isEmpty() && code != u"ALL")
                orders.tests << code;
        }
        const QString report = rec.field(26).trimmed();
        orders.noOrder = report == u"Y" || report == u"Z" || orders.tests.isEmpty();
        out << orders;
    }
    return out;
}

} // namespace sgl::simulators::analyzer
