#pragma once

#include "domain/Error.h"
#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/Message.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>

#include <optional>

namespace sgl::interop::hl7v2 {

/** MSA-1 acknowledgment codes (table 0008): application (A*) and accept (C*) acknowledgments. */
enum class AckCode { AA, AE, AR, CA, CE, CR };

[[nodiscard]] QString ackCodeText(AckCode code);

/** One ERR segment: where, which table 0357 condition, a text, a severity (E, W, I). */
struct AckError {
    QString location; ///< ERL text, e.g. "PID^1^3^2^4"
    ErrorCondition condition = ErrorCondition::ApplicationInternalError;
    QString text;     ///< human text (ERR-8 user message and ERR-3.2 when unknown)
    QChar severity = u'E';
    QString applicationCode; ///< ERR-5.1: our stable error code

    /** ERR entry for a domain error: condition from errorConditionFor(error.code). */
    [[nodiscard]] static AckError fromError(const domain::Error &error, QChar severity = u'E');
};

/**
 * Builds ACK messages (HL7 v2.5 original and enhanced modes, shared/specs/hl7v2.md §1).
 *
 * Contract: MSH-3/4 and MSH-5/6 are swapped from the original; MSH-9 is "ACK^<trigger>^ACK";
 * MSH-11/12 and MSH-18 are copied (UNICODE UTF-8 when absent); MSA-2 echoes MSH-10; one ERR
 * per error with ERR-2 location, ERR-3 "<code>^<text>^HL70357", ERR-4 severity, ERR-5 our code.
 */
class AckBuilder {
public:
    [[nodiscard]] static Message build(const MessageHeader &original, AckCode code,
                                       const QList<AckError> &errors, const QString &controlId,
                                       const QDateTime &now);

    /** AA without errors of severity E; AR when one is a reject condition; AE otherwise. */
    [[nodiscard]] static AckCode outcomeFor(const QList<AckError> &errors);

    /**
     * What to answer on the connection for an application outcome (AA/AE/AR): in original mode
     * (MSH-15 and MSH-16 empty) the outcome itself; in enhanced mode the application ack when
     * MSH-16 asks for it (AL, ER on error, SU on success), else the accept ack CA/CE/CR when MSH-15
     * asks for it, else nothing.
     */
    [[nodiscard]] static std::optional<AckCode> responseFor(const MessageHeader &original,
                                                            AckCode outcome);

    /**
     * Best-effort header of bytes the parser refused (e.g. bad MSH-2), so the NACK can still echo
     * MSH-10 and route back: the first line cut at the byte after "MSH". Empty when not MSH.
     */
    [[nodiscard]] static MessageHeader peekHeader(QByteArrayView bytes);
};

} // namespace sgl::interop::hl7v2
