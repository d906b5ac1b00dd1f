#include "workflow/report/BuildReport.h"

#include "domain/ErrorCodes.h"
#include "interop/cda/CdaFormat.h"
#include "interop/cda/CdaN1Writer.h"
#include "interop/cda/CdaN3Writer.h"
#include "interop/cda/CdaRequirementsCheck.h"
#include "storage/Database.h"
#include "storage/DocumentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/ReportRepository.h"
#include "workflow/ErrorCodes.h"

#include <algorithm>

namespace sgl::workflow::report {

using domain::ReportContent;
using domain::ReportVersion;
using namespace Qt::StringLiterals;

domain::Result<ReportVersion> BuildReport::run(qint64 dossierId, ReportContent content, const domain::AuditActor &actor,
                                               const QString &amendmentReason, const domain::SharingChoices &sharing)
{
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<ReportVersion> {
        auto dossier = storage::DossierRepository::get(tx, dossierId, actor);
        if (!dossier)
            return std::unexpected(dossier.error());
        return runIn(tx, *dossier, content, actor, amendmentReason, sharing);
    });
}

domain::Result<ReportVersion> BuildReport::runIn(storage::WriteTx &tx, domain::Dossier &dossier, ReportContent content,
                                                 const domain::AuditActor &actor, const QString &amendmentReason,
                                                 const domain::SharingChoices &sharing) const
{
    const qint64 dossierId = dossier.id;
    const bool rootOk = interop::cda::CdaFormat::isIdentifierRoot(m_options.documentRootOid);
    const QString rootOid = rootOk ? m_options.documentRootOid : u"0.0"_s; // placeholder, refused below
    auto existing = storage::ReportRepository::forDossier(tx, dossierId);
    if (!existing)
        return std::unexpected(existing.error());
    ReportVersion version;
    version.dossierId = dossierId;
    version.setId = u"%1.%2"_s.arg(rootOid).arg(dossierId);
    version.versionNumber = static_cast<int>(existing->size()) + 1;
    version.documentId = u"%1.%2"_s.arg(version.setId).arg(version.versionNumber);
    version.status = ReportVersion::Status::Issued;
    version.partial = content.partial;
    version.createdBy = actor.login;
    version.sharing = sharing;
    if (!existing->isEmpty()) {
        // The version replaced is the issued one (the last one when none is issued any more).
        auto issued = std::find_if(existing->crbegin(), existing->crend(),
                                   [](const ReportVersion &v) { return v.status == ReportVersion::Status::Issued; });
        const ReportVersion &previous = issued != existing->crend() ? *issued : existing->last();
        version.replacesDocumentId = previous.documentId;
        version.amendmentReason = amendmentReason.trimmed();
        if (version.amendmentReason.isEmpty() && !previous.partial)
            return domain::fail(errc::ReportReasonRequired,
                                u"Un compte rendu a déjà été émis pour ce dossier : le motif de la nouvelle version est obligatoire."_s);
        if (version.amendmentReason.isEmpty())
            version.amendmentReason = content.partial
                                          ? u"Compte rendu partiel complété par de nouveaux résultats validés"_s
                                          : u"Compte rendu complété : tous les résultats sont validés"_s;
    }
    content.documentId = version.documentId;
    content.setId = version.setId;
    content.versionNumber = version.versionNumber;
    content.replacedDocumentId = version.replacesDocumentId;
    content.amendmentReason = version.amendmentReason;

    // The one requirements check of the build, before any rendering. The PDF copy is rendered
    // just below, so its item is set aside by code; the PDF is then checked alone.
    content.pdfCopy.clear();
    QList<domain::ReportRequirement> missing =
        interop::cda::CdaRequirementsCheck::missing(content, interop::cda::CdaLevel::N3);
    missing.removeIf([](const domain::ReportRequirement &r) { return r.code == domain::errc::ReportMissingPdfCopy; });
    if (!rootOk)
        missing.prepend({domain::errc::ReportBadDocumentRoot,
                         u"Laboratoire : OID racine des documents absent ou invalide (sgl report configure --oid-root)"_s});
    if (!missing.isEmpty())
        return std::unexpected(interop::cda::CdaRequirementsCheck::refusal(missing));
    auto pdf = m_renderer(content);
    if (!pdf)
        return std::unexpected(pdf.error());
    ReportContent patientContent = content;
    patientContent.patientVersion = true;
    auto patientPdf = m_renderer(patientContent);
    if (!patientPdf)
        return std::unexpected(patientPdf.error());
    content.pdfCopy = *pdf;
    if (auto bad = interop::cda::CdaRequirementsCheck::pdfCopy(content))
        return std::unexpected(interop::cda::CdaRequirementsCheck::refusal({*bad}));
    const QByteArray n3 = interop::cda::CdaN3Writer::writePrechecked(content);
    const QByteArray n1 = interop::cda::CdaN1Writer::writePrechecked(content);

    const struct {
        const char *kind;
        const char *mediaType;
        const QByteArray &bytes;
    } documents[] = {{"N3", "text/xml", n3}, {"N1", "text/xml", n1}, {"PDF", "application/pdf", *pdf},
                     {"PDF-patient", "application/pdf", *patientPdf}};
    if (auto ok = storage::ReportRepository::insert(tx, version); !ok)
        return std::unexpected(ok.error());
    for (const auto &d : documents) {
        storage::StoredDocument doc;
        doc.reportVersionId = version.id;
        doc.kind = QString::fromLatin1(d.kind);
        doc.mediaType = QString::fromLatin1(d.mediaType);
        doc.bytes = d.bytes;
        doc.createdBy = actor.login;
        if (auto ok = storage::DocumentRepository::insert(tx, doc); !ok)
            return std::unexpected(ok.error());
    }
    if (!version.partial && dossier.status == domain::DossierStatus::Validated) {
        if (auto ok = storage::DossierRepository::setStatus(tx, dossier, domain::DossierStatus::Reported, actor); !ok)
            return std::unexpected(ok.error());
    }
    return version;
}

} // namespace sgl::workflow::report
