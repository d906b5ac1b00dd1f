#include "interop/astm/RecordWriter.h"

#include "interop/astm/ErrorCodes.h"
#include "interop/astm/Escaping.h"
#include "interop/astm/Tr.h"

namespace sgl::interop::astm {

RecordWriter::RecordWriter(Delimiters delimiters, TextEncoding encoding)
    : m_delimiters(delimiters), m_encoding(encoding)
{
}

QString RecordWriter::record(const QString &type, const QList<Field> &fields) const
{
    QString line = type;
    for (const Field &field : fields) {
        line += m_delimiters.field;
        for (qsizetype r = 0; r < field.size(); ++r) {
            if (r > 0)
                line += m_delimiters.repeat;
            const QStringList &comps = field.at(r);
            for (qsizetype c = 0; c < comps.size(); ++c) {
                if (c > 0)
                    line += m_delimiters.component;
                line += escape(comps.at(c), m_delimiters);
            }
        }
    }
    // Trailing empty fields carry no information: drop them as instruments do.
    while (line.endsWith(m_delimiters.field))
        line.chop(1);
    return line;
}

QString RecordWriter::headerRecord(const HostHeader &h) const
{
    QString line = QStringLiteral("H") + m_delimiters.field + m_delimiters.definition();
    const QList<Field> rest = {
        value(h.controlId),                       // H-3
        {},                                       // H-4 password
        components(h.sender),                     // H-5
        {}, {}, {}, {},                           // H-6..H-9
        value(h.receiver),                        // H-10
        {},                                       // H-11
        value(h.processingId),                    // H-12
        value(h.version),                         // H-13
        value(h.time.isValid() ? h.time.toString(QStringLiteral("yyyyMMddHHmmss")) : QString()), // H-14
    };
    QString tail = record(QString(), rest);
    return line + tail;
}

domain::Result<QByteArray> RecordWriter::encode(const QStringList &records) const
{
    const QString text = records.join(u'\r') + u'\r';
    if (m_encoding == TextEncoding::Utf8)
        return text.toUtf8();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() > 0xFF) {
            return domain::fail(errc::UnencodableCharacter,
                                Tr::tr("Le caractère « %1 » n'existe pas en Latin-1 : message non envoyé.")
                                    .arg(text.at(i)),
                                QStringLiteral("offset %1").arg(i));
        }
    }
    return text.toLatin1();
}

domain::Result<QByteArray> RecordWriter::orders(const HostHeader &header,
                                                const QList<OrderRequest> &orders) const
{
    if (!m_delimiters.hasEscape)
        return domain::fail(errc::BadDelimiters,
                            Tr::tr("Le système hôte doit déclarer un caractère d'échappement."));
    if (orders.isEmpty())
        return domain::fail(errc::EmptyMessage, Tr::tr("Aucune demande à envoyer."));
    QStringList lines{headerRecord(header)};
    int patientSeq = 0;
    for (const OrderRequest &o : orders) {
        lines << record(QStringLiteral("P"), {value(QString::number(++patientSeq)), value(o.patientId),
                                              value(o.patientLabId), {}, components(o.patientName), {},
                                              value(o.birthDate), value(o.sex)});
        Field tests;
        for (const QString &code : o.testCodes)
            tests.append(QStringList{QString(), QString(), QString(), code});
        QList<Field> fields{value(QStringLiteral("1")), value(o.specimenId), value(o.instrumentSpecimenId),
                            tests, value(o.priority), {}, value(o.collectedAt), {}, {}, {},
                            value(o.actionCode), {}, {}, {}, value(o.specimenType)};
        while (fields.size() < 24)
            fields.append(Field{});
        fields.append(value(o.reportType)); // O-26
        lines << record(QStringLiteral("O"), fields);
    }
    lines << record(QStringLiteral("L"), {value(QStringLiteral("1")), value(QStringLiteral("N"))});
    return encode(lines);
}

domain::Result<QByteArray> RecordWriter::noOrderAnswer(const HostHeader &header, const QString &specimenId,
                                                       QChar reportType) const
{
    OrderRequest none;
    none.specimenId = specimenId;
    none.testCodes = {QStringLiteral("ALL")};
    none.actionCode.clear();
    none.reportType = QString(reportType);
    return orders(header, {none});
}

} // namespace sgl::interop::astm
