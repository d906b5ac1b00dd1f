#include "workflow/report/ReportArchive.h"

#include "domain/audit/AuditActor.h"
#include "interop/cda/CdaViewTransform.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DocumentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ReportRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/report/IssueReportVersion.h"

namespace sgl::workflow::report {

using domain::Permission;

domain::Result<QList<domain::Dossier>> ReportArchive::dossiers(const domain::UserSession &by,
                                                               int limit)
{
    if (auto ok = requirePermission(by, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> domain::Result<QList<domain::Dossier>> {
        QList<domain::Dossier> all;
        for (auto status : {domain::DossierStatus::Validated, domain::DossierStatus::Reported}) {
            auto some = storage::DossierRepository::withStatus(tx, status, limit);
            if (!some)
                return some;
            all += *some;
        }
        return all;
    });
}

domain::Result<QList<domain::ReportVersion>> ReportArchive::versions(const domain::UserSession &by,
                                                                     qint64 dossierId)
{
    if (auto ok = requirePermission(by, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    return m_db.read(
        [&](storage::ReadTx &tx) { return storage::ReportRepository::forDossier(tx, dossierId); });
}

domain::Result<ReportArchive::Document> ReportArchive::document(const domain::UserSession &by,
                                                                qint64 versionId,
                                                                const QString &kind)
{
    if (auto ok = requirePermission(by, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    // Reading a report is an access to patient data: the read and its audit row commit together.
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<Document> {
        auto stored = storage::DocumentRepository::get(tx, versionId, kind);
        if (!stored)
            return std::unexpected(stored.error());
        auto audited = storage::AuditRepository::append(
            tx, domain::AuditActor::fromSession(by), QStringLiteral("report.read"),
            QStringLiteral("report_version"), QString::number(versionId));
        if (!audited)
            return std::unexpected(audited.error());
        return Document{stored->kind, stored->mediaType, stored->bytes, stored->sha256};
    });
}

domain::Result<QString> ReportArchive::cdaHtml(const domain::UserSession &by, qint64 versionId)
{
    auto cda = document(by, versionId, QStringLiteral("N3"));
    if (!cda)
        return std::unexpected(cda.error());
    return interop::cda::CdaViewTransform::toHtml(cda->bytes);
}

domain::Result<ReportArchive::SharingContext> ReportArchive::sharingContext(const domain::UserSession &by,
                                                                          qint64 dossierId)
{
    if (auto ok = requirePermission(by, Permission::ReportSign); !ok)
        return std::unexpected(ok.error());
    const auto actor = domain::AuditActor::fromSession(by);
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<SharingContext> {
        auto patientId = storage::DossierRepository::patientIdOf(tx, dossierId);
        if (!patientId)
            return std::unexpected(patientId.error());
        auto patient = storage::PatientRepository::get(tx, *patientId, actor);
        if (!patient)
            return std::unexpected(patient.error());
        const bool qualified = patient->insUsable();
        return SharingContext{qualified, domain::SharingChoices::defaultsFor(qualified)};
    });
}

domain::Result<domain::ReportVersion> ReportArchive::issue(const domain::UserSession &by,
                                                           qint64 dossierId,
                                                           const QString &amendmentReason,
                                                           const std::optional<domain::SharingChoices> &sharing)
{
    IssueRequest request;
    request.dossierId = dossierId;
    request.signer = by;
    request.amendmentReason = amendmentReason;
    request.sharing = sharing;
    auto issued = IssueReportVersion().issue(m_db, request);
    if (!issued)
        return std::unexpected(issued.error());
    return issued->version;
}

} // namespace sgl::workflow::report
