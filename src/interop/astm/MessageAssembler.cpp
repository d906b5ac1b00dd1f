#include "interop/astm/MessageAssembler.h"

#include "interop/astm/ErrorCodes.h"
#include "interop/astm/Location.h"
#include "interop/astm/Tr.h"

#include <QStringDecoder>

#include <cctype>

namespace sgl::interop::astm {

namespace {

domain::Error makeError(QLatin1StringView code, QString message, const Location &where)
{
    return domain::Error{QString(code), std::move(message), where.toString()};
}

bool opensMessage(QByteArrayView line)
{
    if (line.size() < 2 || line.at(0) != 'H')
        return false;
    const unsigned char c = static_cast<unsigned char>(line.at(1));
    return c > 0x20 && c < 0x7F && !std::isalnum(c);
}

bool isRecordType(QStringView type)
{
    return type.size() == 1 && type.at(0).isLetter() && type.at(0).unicode() < 0x80;
}

} // namespace

MessageAssembler::MessageAssembler(TextEncoding encoding) : m_encoding(encoding) {}

void MessageAssembler::apply(const LinkDelivery &delivery)
{
    switch (delivery.kind) {
    case LinkDelivery::Kind::Message: addText(delivery.text, true); break;
    case LinkDelivery::Kind::EndOfTransfer: endOfTransfer(false); break;
    case LinkDelivery::Kind::TransferAborted: endOfTransfer(true); break;
    }
}

void MessageAssembler::addText(QByteArrayView text, bool recordEndsHere)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '\r' && c != '\n')
            continue;
        if (m_pendingLine.isEmpty()) {
            if (i > start)
                processLine(text.sliced(start, i - start));
        } else {
            m_pendingLine.append(text.sliced(start, i - start));
            processLine(m_pendingLine);
            m_pendingLine.clear();
        }
        start = i + 1;
    }
    if (start < text.size())
        m_pendingLine.append(text.sliced(start));
    if (recordEndsHere && !m_pendingLine.isEmpty()) {
        processLine(m_pendingLine);
        m_pendingLine.clear();
    }
}

QString MessageAssembler::decode(QByteArrayView bytes, int recordIndex)
{
    if (m_encoding == TextEncoding::Latin1)
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    const domain::Error error = makeError(errc::BadEncoding,
        Tr::tr("Octets invalides en UTF-8 : enregistrement lu en Latin-1."),
        Location{m_current ? m_current->index : 0, recordIndex, {}, 0, 0});
    if (m_current)
        m_current->errors.append(error);
    else
        m_problems.append(error);
    return QString::fromLatin1(bytes);
}

void MessageAssembler::processLine(QByteArrayView line)
{
    if (line.isEmpty())
        return;
    if (opensMessage(line)) {
        if (m_current) {
            m_current->warnings.append(makeError(errc::MissingTerminator,
                Tr::tr("Nouvel en-tête H avant l'enregistrement L : message précédent clos sans terminaison."),
                Location{m_current->index, static_cast<int>(m_current->records.size()), {}, 0, 0}));
            closeCurrent();
        }
        Message message;
        message.index = ++m_messageCount;
        const QString text = decode(line, 1);
        auto delimiters = Delimiters::fromHeader(text);
        if (!delimiters) {
            domain::Error error = delimiters.error();
            error.location = Location{message.index, 1, QStringLiteral("H"), 2, 0}.toString();
            message.errors.append(error);
        } else {
            message.delimiters = *delimiters;
        }
        message.raw = line.toByteArray();
        message.records.append(Record(text, message.delimiters));
        m_current = std::move(message);
        return;
    }
    if (!m_current) {
        m_problems.append(makeError(errc::RecordOutsideMessage,
            Tr::tr("Enregistrement hors message (avant tout en-tête H) : « %1 ».")
                .arg(QString::fromLatin1(line.first(std::min<qsizetype>(80, line.size())))),
            Location{}));
        return;
    }
    Message &message = *m_current;
    const int index = static_cast<int>(message.records.size()) + 1;
    message.raw.append('\r');
    message.raw.append(line);
    Record record(decode(line, index), message.delimiters);
    const QStringView type = record.rawField(1);
    if (!isRecordType(type)) {
        message.warnings.append(makeError(errc::BadRecordType,
            Tr::tr("Type d'enregistrement « %1 » invalide (une lettre attendue) : enregistrement gardé tel quel.")
                .arg(type.left(20).toString()),
            Location{message.index, index, {}, 0, 0}));
    }
    const bool last = type == u"L";
    message.records.append(std::move(record));
    if (last) {
        message.terminated = true;
        closeCurrent();
    }
}

void MessageAssembler::closeCurrent()
{
    if (!m_current)
        return;
    m_current->raw.append('\r');
    m_ready.append(std::move(*m_current));
    m_current.reset();
}

void MessageAssembler::endOfTransfer(bool aborted)
{
    if (!m_pendingLine.isEmpty()) {
        processLine(m_pendingLine);
        m_pendingLine.clear();
    }
    if (!m_current)
        return;
    const Location where{m_current->index, static_cast<int>(m_current->records.size()), {}, 0, 0};
    if (aborted) {
        m_current->aborted = true;
        m_current->errors.append(makeError(errc::MessageAborted,
            Tr::tr("Transfert interrompu avant l'enregistrement L : message incomplet."), where));
    } else {
        m_current->warnings.append(makeError(errc::MissingTerminator,
            Tr::tr("Fin de transfert sans enregistrement L : message accepté sans terminaison."), where));
    }
    closeCurrent();
}

QList<Message> MessageAssembler::takeMessages() { return std::exchange(m_ready, {}); }
QList<domain::Error> MessageAssembler::takeProblems() { return std::exchange(m_problems, {}); }

} // namespace sgl::interop::astm
