#pragma once

#include "domain/Error.h"
#include "domain/lab/Dossier.h"
#include "domain/report/ReportVersion.h"
#include "domain/report/SharingChoices.h"
#include "domain/security/UserSession.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::report {

/**
 * The report use cases of the Comptes rendus screen: dossiers ready for a report or already
 * reported, their report versions, reading one stored document (audited as report.read) and
 * issuing a report (IssueReportVersion with the product PDF renderer, in its own transaction).
 *
 * Permissions are checked here, before any storage access: DossierRead to list and read,
 * ReportSign to issue (biologists); refusals are auth.forbidden. The dossier lists carry no
 * patient identity (storage::DossierRepository::withStatus returns none).
 */
class ReportArchive {
public:
    /** A stored document of a version (kinds: "PDF", "PDF-patient", "N3", "N1"). */
    struct Document {
        QString kind;
        QString mediaType;
        QByteArray bytes;
        QString sha256;
    };

    /** Where the sharing choices of a dossier's next version start from. */
    struct SharingContext {
        bool insQualified = false;       ///< the patient MSSanté copy is offered only then
        domain::SharingChoices defaults; ///< SharingChoices::defaultsFor(insQualified)
    };

    explicit ReportArchive(storage::Database &db) : m_db(db) {}

    /** Validated (to report) then reported dossiers, at most `limit` of each, oldest first. */
    [[nodiscard]] domain::Result<QList<domain::Dossier>> dossiers(const domain::UserSession &by,
                                                                  int limit = 200);
    [[nodiscard]] domain::Result<QList<domain::ReportVersion>>
    versions(const domain::UserSession &by, qint64 dossierId);
    /** One document with its bytes (hash verified by storage); the read is audited. */
    [[nodiscard]] domain::Result<Document> document(const domain::UserSession &by,
                                                    qint64 versionId, const QString &kind);
    /** The CDA N3 of a version as HTML (ANS display stylesheet), for on-screen reading. */
    [[nodiscard]] domain::Result<QString> cdaHtml(const domain::UserSession &by, qint64 versionId);
    /**
     * The sharing context of the next version of `dossierId` (the choices panel of the Comptes
     * rendus screen): whether the patient's INS is qualified, as IssueReportVersion decides it
     * (Patient::insUsable), and the defaults. Permission ReportSign (who issues); the patient
     * read is audited (patient.read). storage.not_found for an unknown dossier.
     */
    [[nodiscard]] domain::Result<SharingContext> sharingContext(const domain::UserSession &by, qint64 dossierId);
    /**
     * Issues the next report version of a dossier signed by `by` (a biologist), through
     * IssueReportVersion (version, documents, sharing choices and outbox rows in one
     * transaction). An amended report (a final version already issued) needs
     * `amendmentReason`; `sharing` nullopt takes SharingChoices::defaultsFor(the patient's INS).
     */
    [[nodiscard]] domain::Result<domain::ReportVersion>
    issue(const domain::UserSession &by, qint64 dossierId, const QString &amendmentReason = {},
          const std::optional<domain::SharingChoices> &sharing = std::nullopt);

private:
    storage::Database &m_db;
};

} // namespace sgl::workflow::report
