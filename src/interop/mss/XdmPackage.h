#pragma once

#include "interop/mss/CdaSummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sgl::interop::mss {

/**
 * What goes into one IHE_XDM.ZIP of an MSSanté message: one CR-BIO (CDA N3) and its PDF
 * rendition, for one patient (MSSanté: one patient per message).
 */
struct XdmPackage {
    QByteArray cda;                    ///< IHE_XDM/SUBSET01/DOC0001.XML
    CdaSummary summary;                ///< read from `cda` (CdaSummary::read)
    QByteArray pdf;                    ///< IHE_XDM/SUBSET01/DOC0002.PDF; empty: no PDF entry
    QString submissionSetUniqueId;     ///< OID; derived from the document's when empty
    QString sourceId;                  ///< the lab's OID (SubmissionSet.sourceId)
    QString laboratoryName;            ///< INDEX.HTM, README.TXT, authorInstitution fallback
    QString intendedRecipient;         ///< the MSSanté address the package is for
    QStringList confidentialityCodes;  ///< "N" then masks (SharingChoices::dmpConfidentialityCodes)
    QDateTime submissionTime;          ///< UTC; also the entries' modification time (stable bytes)
    QString softwareName = QStringLiteral("SGL");
};

} // namespace sgl::interop::mss
