#pragma once

#include "domain/report/SharingChoices.h"

#include <QDateTime>
#include <QString>

namespace sgl::domain {

/**
 * One issued version of a dossier's report (CR-BIO). Every version is kept; an amended report
 * (rectificatif) is a new version with the same setId that replaces the previous documentId
 * (CDA RPLC). Storage of versions and documents belongs to the report module (cda helper).
 */
struct ReportVersion {
    enum class Status { Draft, Issued, Replaced, Withdrawn };

    qint64 id = 0;
    qint64 dossierId = 0;
    QString setId;              ///< same for every version of the report
    QString documentId;         ///< unique id of this version
    int versionNumber = 1;
    QString replacesDocumentId; ///< previous version when versionNumber > 1
    Status status = Status::Draft;
    bool partial = false;       ///< some results still pending
    QString amendmentReason;    ///< required for versionNumber > 1
    QString createdBy;          ///< login of the signing biologist
    QDateTime createdAt;        ///< UTC
    SharingChoices sharing;     ///< how this version is shared (DMP, masks, patient MSSanté)

    /** A version after the first must say what it replaces and why. */
    [[nodiscard]] bool isConsistent() const
    {
        if (versionNumber < 1 || setId.isEmpty() || documentId.isEmpty())
            return false;
        if (versionNumber == 1)
            return replacesDocumentId.isEmpty();
        return !replacesDocumentId.isEmpty() && replacesDocumentId != documentId
            && !amendmentReason.trimmed().isEmpty();
    }
};

[[nodiscard]] inline QString reportVersionStatusCode(ReportVersion::Status s)
{
    switch (s) {
    case ReportVersion::Status::Draft:
        return QStringLiteral("draft");
    case ReportVersion::Status::Issued:
        return QStringLiteral("issued");
    case ReportVersion::Status::Replaced:
        return QStringLiteral("replaced");
    case ReportVersion::Status::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("draft");
}

} // namespace sgl::domain
