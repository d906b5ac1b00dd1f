#pragma once

#include "domain/Error.h"
#include "interop/mss/MimeEntity.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::mss {

/**
 * What a message found in the lab's mailbox says about one message the lab sent: a return
 * receipt (MDN, RFC 8098, multipart/report; report-type=disposition-notification, including
 * the ANS "intégration automatique" form with `processed/Error: 902^label^...`) or a delivery
 * failure (DSN, RFC 3464, multipart/report; report-type=delivery-status, as Postfix writes
 * them). Matched back to the outbox row by `originalMessageId` (the Message-ID the sender
 * recorded as the row's acknowledgement).
 */
struct DeliveryReport {
    enum class Kind { Mdn, Dsn };
    enum class Outcome {
        Acknowledged, ///< MDN processed/displayed without error
        Failed,       ///< MDN with an error or failed/denied/deleted, DSN action failed
        Pending       ///< DSN delayed/relayed/delivered: informative, nothing to record
    };
    Kind kind = Kind::Mdn;
    Outcome outcome = Outcome::Pending;
    QByteArray originalMessageId; ///< without <>
    QString finalRecipient;       ///< address the report is about (may be empty)
    QString disposition;          ///< MDN: "processed", "displayed"... DSN: action ("failed", "delayed")
    QString errorCode;            ///< MDN ANS error ("902"), DSN status ("5.1.1")
    QString errorLabel;           ///< MDN ANS label, DSN Diagnostic-Code
    QString reason;               ///< French, for the dispatch screen (failures), else empty

    /** True when `message` is an MDN or a DSN (by its Content-Type or its parts). */
    [[nodiscard]] static bool isReport(const MimeEntity &message);
    /**
     * Reads a report. Refuses (mss.malformed_report, with what is missing) an MDN without
     * Disposition or a report whose original message cannot be identified (no
     * Original-Message-ID, no returned message headers, no In-Reply-To): such a message must be
     * kept for a human, never dropped.
     */
    [[nodiscard]] static domain::Result<DeliveryReport> read(const MimeEntity &message);
};

} // namespace sgl::interop::mss
