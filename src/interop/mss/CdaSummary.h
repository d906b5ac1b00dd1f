#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace sgl::interop::mss {

/**
 * The header facts of a CR-BIO that an MSSanté message and its XDM metadata need, read from
 * the CDA itself (the document sent is the single source of truth: subject, headers, file names
 * and METADATA.XML can never disagree with it).
 */
struct CdaSummary {
    QString uniqueId;        ///< XDS uniqueId: root, or root^extension
    QString setId;           ///< setId root[^extension], may be empty
    int versionNumber = 1;
    QString typeCode;        ///< ClinicalDocument/code/@code ("11502-2")
    QString typeCodeSystem;  ///< its codeSystem
    QString typeDisplay;     ///< code/@displayName, else title
    QString title;
    QDateTime effectiveTime; ///< UTC
    QString ins;             ///< 15-char INS (NIR/NIA) when the CDA has one (any INS authority), else empty
    QString insRoot;         ///< its OID (1.2.250.1.213.1.4.8 production, .10/.11 test)
    QString localPatientId;  ///< another patient id ("ext^^^&root&ISO") when there is no INS
    QString familyName;      ///< birth name (qualifier BR) or the first family
    QString givenName;       ///< first given name (qualifier BR first)
    QDate birthDate;
    QString sex;             ///< administrativeGenderCode/@code
    QString authorInstitution; ///< author's representedOrganization/name
    QString languageCode;    ///< "fr-FR"
    QString confidentiality; ///< confidentialityCode/@code ("N")
    QString orderId;         ///< inFulfillmentOf/order/id/@extension: the placer's order (our dossier number
                             ///< when a subcontractor answers our request), may be empty

    /** Reads a CR-BIO (mss.cda_header naming what is missing: id, code, patient name). */
    [[nodiscard]] static domain::Result<CdaSummary> read(const QByteArray &cda);
};

} // namespace sgl::interop::mss
