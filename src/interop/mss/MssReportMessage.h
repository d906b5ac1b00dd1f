#pragma once

#include "domain/Error.h"
#include "interop/mss/CdaSummary.h"
#include "interop/mss/MimeMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sgl::interop::mss {

/** One report to one MSSanté recipient (one patient per message). */
struct MssReportInput {
    QByteArray cda;                   ///< CR-BIO N3, as stored
    QByteArray pdf;                   ///< its PDF rendition (professional or patient version)
    QString dossierNumber;            ///< in the PDF file name
    QString from;                     ///< the lab's applicative mailbox (BAL APP)
    QString recipient;                ///< correspondent's MSSanté address or <INS>@patient.mssante.fr
    QString replacesUniqueId;         ///< correction/complement: uniqueId of the version it replaces
    QStringList confidentialityCodes; ///< for METADATA.XML ("N", masks)
    QString laboratoryName;
    QString sourceId;                 ///< the lab's OID (XDM submission set source)
    QString nilReference;             ///< X-MSS-NIL value; empty: header not written (format unconfirmed)
    bool endOfConversation = false;   ///< X-MSS-MES: FIN (patient messages that expect no answer)
    bool requestReceipt = true;       ///< Disposition-Notification-To: the lab's mailbox
    QDateTime now;                    ///< Date and XDM submission time; UTC
};

/**
 * Composes the MSSanté message of a report: subject `XDM/1.0/DDM+<libellé> <NOM> <prénom>
 * <date de naissance>`, X-MSS-CODECDA / X-MSS-INS / X-MSS-NIL / X-MSS-MES headers, a short
 * French text, IHE_XDM.ZIP (XdmArchive) and the PDF named `<date acte>_<type>_<NOM>_<prénom>_
 * <n° dossier>.pdf` (national-services.md §3). Every fact about the patient and the document
 * comes from the CDA (CdaSummary).
 *
 * Idempotence: the Message-ID is derived from the document uniqueId and the recipient only
 * (messageId()), so a re-send after a crash is recognisably the same message; a correction
 * (replacesUniqueId) carries In-Reply-To/References = the Message-ID of the replaced version to
 * the same recipient.
 */
class MssReportMessage {
public:
    /** "<32 hex of SHA-256(uniqueId LF lower(recipient))>.sgl@<domain of fromAddress>", without <>. */
    [[nodiscard]] static QByteArray messageId(const QString &uniqueId, const QString &recipient,
                                              const QString &fromAddress);
    [[nodiscard]] static QString pdfFileName(const CdaSummary &summary, const QString &dossierNumber);
    [[nodiscard]] static QString subject(const CdaSummary &summary);
    /** mss.cda_header when the CDA cannot be read, mss.xdm_write, mss.message for bad addresses. */
    [[nodiscard]] static domain::Result<MimeMessage> build(const MssReportInput &input);
};

} // namespace sgl::interop::mss
