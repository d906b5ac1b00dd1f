#include "interop/hl7v2/AckBuilder.h"

#include "interop/hl7v2/Charset.h"

namespace sgl::interop::hl7v2 {

QString ackCodeText(AckCode code)
{
    switch (code) {
    case AckCode::AA: return QStringLiteral("AA");
    case AckCode::AE: return QStringLiteral("AE");
    case AckCode::AR: return QStringLiteral("AR");
    case AckCode::CA: return QStringLiteral("CA");
    case AckCode::CE: return QStringLiteral("CE");
    case AckCode::CR: return QStringLiteral("CR");
    }
    return {};
}

AckError AckError::fromError(const domain::Error &error, QChar severity)
{
    return AckError{error.location, errorConditionFor(error.code), error.message, severity,
                    error.code};
}

Message AckBuilder::build(const MessageHeader &original, AckCode code,
                          const QList<AckError> &errors, const QString &controlId,
                          const QDateTime &now)
{
    Charset charset = Charset::Utf8;
    // Answer in the sender's charset (standard spelling), UTF-8 when it gave none we support.
    if (auto c = charsetFromMsh18(original.characterSet); c && !original.characterSet.isEmpty())
        charset = c->charset;
    const QString charsetText = charsetMsh18Code(charset);

    Message ack(Delimiters{}, charset);
    Segment &msh = ack.addSegment(QStringLiteral("MSH"));
    msh.setValue(3, original.receivingApplication);
    msh.setValue(4, original.receivingFacility);
    msh.setValue(5, original.sendingApplication);
    msh.setValue(6, original.sendingFacility);
    msh.setValue(7, now.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")));
    msh.setValue(9, QStringLiteral("ACK"), 1, 1);
    if (!original.triggerEvent.isEmpty())
        msh.setValue(9, original.triggerEvent, 1, 2);
    msh.setValue(9, QStringLiteral("ACK"), 1, 3);
    msh.setValue(10, controlId);
    msh.setValue(11, original.processingId.isEmpty() ? QStringLiteral("P") : original.processingId);
    msh.setValue(12, original.version.isEmpty() ? QStringLiteral("2.5") : original.version);
    msh.setValue(18, charsetText);

    Segment &msa = ack.addSegment(QStringLiteral("MSA"));
    msa.setValue(1, ackCodeText(code));
    msa.setValue(2, original.controlId);
    for (const AckError &e : errors) {
        Segment &seg = ack.addSegment(QStringLiteral("ERR"));
        // ERR-2 is an ERL: its parts are components, written raw from the ERL text.
        const QStringList parts = e.location.split(u'^');
        for (qsizetype i = 0; i < parts.size() && !e.location.isEmpty(); ++i)
            seg.setValue(2, parts[i], 1, static_cast<int>(i) + 1);
        seg.setValue(3, QString::number(static_cast<int>(e.condition)), 1, 1);
        seg.setValue(3, errorConditionText(e.condition), 1, 2);
        seg.setValue(3, QStringLiteral("HL70357"), 1, 3);
        seg.setValue(4, QString(e.severity));
        if (!e.applicationCode.isEmpty())
            seg.setValue(5, e.applicationCode, 1, 1);
        if (!e.text.isEmpty())
            seg.setValue(8, e.text);
    }
    return ack;
}

AckCode AckBuilder::outcomeFor(const QList<AckError> &errors)
{
    bool error = false;
    for (const AckError &e : errors) {
        if (e.severity != u'E')
            continue;
        if (isRejectCondition(e.condition))
            return AckCode::AR;
        error = true;
    }
    return error ? AckCode::AE : AckCode::AA;
}

std::optional<AckCode> AckBuilder::responseFor(const MessageHeader &original, AckCode outcome)
{
    const QString accept = original.acceptAckType.toUpper();
    const QString app = original.applicationAckType.toUpper();
    if (accept.isEmpty() && app.isEmpty())
        return outcome;
    const bool success = outcome == AckCode::AA || outcome == AckCode::CA;
    auto wanted = [success](const QString &mode) {
        return mode.isEmpty() || mode == u"AL" || (mode == u"ER" && !success)
               || (mode == u"SU" && success);
    };
    if (wanted(app))
        return outcome;
    if (wanted(accept)) {
        switch (outcome) {
        case AckCode::AA: return AckCode::CA;
        case AckCode::AE: return AckCode::CE;
        default: return AckCode::CR;
        }
    }
    return std::nullopt;
}

MessageHeader AckBuilder::peekHeader(QByteArrayView bytes)
{
    MessageHeader h;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (!bytes.startsWith("MSH") || bytes.size() < 4)
        return h;
    const char sep = bytes[3];
    qsizetype end = 0;
    while (end < bytes.size() && bytes[end] != '\r' && bytes[end] != '\n')
        ++end;
    const QList<QByteArray> parts = bytes.first(end).toByteArray().split(sep);
    // parts[0] = "MSH", parts[1] = MSH-2, parts[k] = MSH-(k+1).
    auto field = [&parts](int n) -> QString {
        if (n - 1 >= parts.size())
            return {};
        QByteArray v = parts[n - 1];
        // Only the first component matters here and delimiters may be unknown: cut at '^'.
        const qsizetype caret = v.indexOf('^');
        if (caret >= 0)
            v.truncate(caret);
        return QString::fromUtf8(v);
    };
    h.sendingApplication = field(3);
    h.sendingFacility = field(4);
    h.receivingApplication = field(5);
    h.receivingFacility = field(6);
    h.dateTime = field(7);
    if (parts.size() >= 9) {
        const QList<QByteArray> type = parts[8].split('^');
        h.messageCode = QString::fromUtf8(type.value(0));
        h.triggerEvent = QString::fromUtf8(type.value(1));
        h.messageStructure = QString::fromUtf8(type.value(2));
    }
    h.controlId = field(10);
    h.processingId = field(11);
    h.version = field(12);
    h.acceptAckType = field(15);
    h.applicationAckType = field(16);
    h.characterSet = parts.size() >= 18 ? QString::fromUtf8(parts[17]) : QString();
    return h;
}

} // namespace sgl::interop::hl7v2
