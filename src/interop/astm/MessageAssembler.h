#pragma once

#include "domain/Error.h"
#include "interop/astm/LinkDelivery.h"
#include "interop/astm/Message.h"
#include "interop/astm/TextEncoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace sgl::interop::astm {

/**
 * Builds E1394 messages from received text, incrementally: E1381 message texts from a
 * LinkLayer, or a bare record stream (files, links without the low-level protocol).
 *
 * Contract: records end with CR, LF or CR LF (blank lines skipped); the end of an E1381
 * message also ends a record (cobas c111 omits the last CR), while a record cut by ETB frames
 * arrives already joined. An "H" followed by a punctuation character opens a message and
 * declares its delimiters; L closes it; an H before the L closes the previous message as
 * unterminated (warning). Records before any H are reported as astm.record_outside_message
 * problems with their text, never silently dropped. endOfTransfer() closes an open message:
 * clean end -> warning astm.missing_terminator; aborted -> error astm.message_aborted.
 */
class MessageAssembler {
public:
    explicit MessageAssembler(TextEncoding encoding = TextEncoding::Latin1);

    /** Adds text; `recordEndsHere` = the text is a complete E1381 message. */
    void addText(QByteArrayView text, bool recordEndsHere);
    /** The transfer (or the input) is over. */
    void endOfTransfer(bool aborted);
    /** Routes one LinkLayer delivery to addText() / endOfTransfer(). */
    void apply(const LinkDelivery &delivery);

    [[nodiscard]] QList<Message> takeMessages();
    /** Problems outside any message (records before H). */
    [[nodiscard]] QList<domain::Error> takeProblems();
    /** True while a message is open (H seen, no L yet). */
    [[nodiscard]] bool messageOpen() const { return m_current.has_value(); }

private:
    void processLine(QByteArrayView line);
    void closeCurrent();
    [[nodiscard]] QString decode(QByteArrayView bytes, int recordIndex);

    TextEncoding m_encoding;
    QByteArray m_pendingLine;
    std::optional<Message> m_current;
    int m_messageCount = 0;
    QList<Message> m_ready;
    QList<domain::Error> m_problems;
};

} // namespace sgl::interop::astm
