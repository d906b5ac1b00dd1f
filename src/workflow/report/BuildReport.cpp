#include "workflow/report/BuildReport.h"

#include "domain/lab/Dossier.h"
#include "interop/cda/CdaFormat.h"
#include "interop/cda/CdaN1Writer.h"
#include "interop/cda/CdaN3Writer.h"
#include "interop/cda/CdaRequirementsCheck.h"
#include "interop/cda/ErrorCodes.h"
#include "storage/Database.h"
#include "storage/DocumentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/ReportRepository.h"
#include "workflow/ErrorCodes.h"

namespace sgl::workflow::report {

using domain::ReportContent;
using domain::ReportVersion;
using namespace Qt::StringLiterals;

domain::Result<ReportVersion> BuildReport::run(qint64 dossierId, ReportContent content, const domain::AuditActor &actor,
                                               const QString &amendmentReason)
{
    const QString user = actor.login;
    const bool rootOk = interop::cda::CdaFormat::isIdentifierRoot(m_options.documentRootOid);
    const QString rootOid = rootOk ? m_options.documentRootOid : u"0.0"_s; // placeholder, refused below
    // Number the version from what is stored (read-only: the write below re-checks uniqueness).
    auto existing = m_db.read([&](storage::ReadTx &tx) { return storage::ReportRepository::forDossier(tx, dossierId); });
    if (!existing)
        return std::unexpected(existing.error());
    ReportVersion version;
    version.dossierId = dossierId;
    version.setId = u"%1.%2"_s.arg(rootOid).arg(dossierId);
    version.versionNumber = static_cast<int>(existing->size()) + 1;
    version.documentId = u"%1.%2"_s.arg(version.setId).arg(version.versionNumber);
    version.status = ReportVersion::Status::Issued;
    version.partial = content.partial;
    version.createdBy = user;
    if (!existing->isEmpty()) {
        if (amendmentReason.trimmed().isEmpty())
            return domain::fail(errc::ReportReasonRequired,
                                u"Un compte rendu a déjà été émis pour ce dossier : le motif de la nouvelle version est obligatoire."_s);
        version.replacesDocumentId = existing->last().documentId;
        version.amendmentReason = amendmentReason.trimmed();
    }
    content.documentId = version.documentId;
    content.setId = version.setId;
    content.versionNumber = version.versionNumber;
    content.replacedDocumentId = version.replacesDocumentId;
    content.amendmentReason = version.amendmentReason;

    // Every check and rendering happens before the transaction: a failure stores nothing.
    content.pdfCopy.clear();
    QStringList missing = interop::cda::CdaRequirementsCheck::missing(content, interop::cda::CdaLevel::N3);
    missing.removeAll(u"Copie PDF du compte rendu absente ou invalide"_s); // rendered just below
    if (!rootOk)
        missing.prepend(u"Laboratoire : OID racine des documents absent ou invalide (sgl report configure --oid-root)"_s);
    if (!missing.isEmpty())
        return domain::fail(interop::cda::errc::MissingData,
                            u"Données manquantes pour le compte rendu CR-BIO :\n- "_s + missing.join(u"\n- "_s));
    auto pdf = m_renderer(content);
    if (!pdf)
        return std::unexpected(pdf.error());
    ReportContent patientContent = content;
    patientContent.patientVersion = true;
    auto patientPdf = m_renderer(patientContent);
    if (!patientPdf)
        return std::unexpected(patientPdf.error());
    content.pdfCopy = *pdf;
    auto n3 = interop::cda::CdaN3Writer::write(content);
    if (!n3)
        return std::unexpected(n3.error());
    auto n1 = interop::cda::CdaN1Writer::write(content);
    if (!n1)
        return std::unexpected(n1.error());

    const struct {
        const char *kind;
        const char *mediaType;
        const QByteArray &bytes;
    } documents[] = {{"N3", "text/xml", *n3}, {"N1", "text/xml", *n1}, {"PDF", "application/pdf", *pdf},
                     {"PDF-patient", "application/pdf", *patientPdf}};
    auto stored = m_db.write([&](storage::WriteTx &tx) -> domain::Result<ReportVersion> {
        ReportVersion v = version;
        if (auto ok = storage::ReportRepository::insert(tx, v); !ok)
            return std::unexpected(ok.error());
        for (const auto &d : documents) {
            storage::StoredDocument doc;
            doc.reportVersionId = v.id;
            doc.kind = QString::fromLatin1(d.kind);
            doc.mediaType = QString::fromLatin1(d.mediaType);
            doc.bytes = d.bytes;
            doc.createdBy = user;
            if (auto ok = storage::DocumentRepository::insert(tx, doc); !ok)
                return std::unexpected(ok.error());
        }
        auto dossier = storage::DossierRepository::get(tx, dossierId, actor);
        if (!dossier)
            return std::unexpected(dossier.error());
        if (!v.partial && dossier->status == domain::DossierStatus::Validated) {
            if (auto ok = storage::DossierRepository::setStatus(tx, *dossier, domain::DossierStatus::Reported, actor); !ok)
                return std::unexpected(ok.error());
        }
        return v;
    });
    return stored;
}

} // namespace sgl::workflow::report
