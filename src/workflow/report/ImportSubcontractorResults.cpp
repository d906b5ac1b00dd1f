#include "workflow/report/ImportSubcontractorResults.h"

#include "domain/lab/Dossier.h"
#include "interop/cda/SubcontractorCdaReader.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ReceivedDocumentRepository.h"

namespace sgl::workflow::report {

using namespace Qt::StringLiterals;

domain::Result<ImportSubcontractorResults::Summary>
ImportSubcontractorResults::importCda(qint64 dossierId, const QByteArray &cda, const domain::AuditActor &actor)
{
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<Summary> {
        auto dossier = storage::DossierRepository::get(tx, dossierId, actor);
        if (!dossier)
            return std::unexpected(dossier.error());
        auto patient = storage::PatientRepository::get(tx, dossier->patientId, actor);
        if (!patient)
            return std::unexpected(patient.error());
        auto report = interop::cda::SubcontractorCdaReader::read(cda, *patient);
        if (!report)
            return std::unexpected(report.error());
        storage::ReceivedDocument doc;
        doc.dossierId = dossierId;
        doc.kind = u"SUBCONTRACTOR-CDA"_s;
        doc.mediaType = u"text/xml"_s;
        doc.bytes = cda;
        doc.producerName = report->producer.name;
        doc.producerFiness = report->producer.finess;
        doc.sourceDocumentId = report->documentId;
        doc.createdBy = actor.login;
        if (auto ok = storage::ReceivedDocumentRepository::insert(tx, doc); !ok)
            return std::unexpected(ok.error());
        return Summary{doc.id, report->observationCount, report->skipped, report->producer.name};
    });
}

domain::Result<ImportSubcontractorResults::Summary>
ImportSubcontractorResults::importPdf(qint64 dossierId, const QByteArray &pdf, const domain::Organisation &producer,
                                      const domain::AuditActor &actor)
{
    auto embedded = interop::cda::SubcontractorCdaReader::readPdf(pdf, producer, {});
    if (!embedded)
        return std::unexpected(embedded.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<Summary> {
        auto dossier = storage::DossierRepository::get(tx, dossierId, actor);
        if (!dossier)
            return std::unexpected(dossier.error());
        storage::ReceivedDocument doc;
        doc.dossierId = dossierId;
        doc.kind = u"SUBCONTRACTOR-PDF"_s;
        doc.mediaType = u"application/pdf"_s;
        doc.bytes = pdf;
        doc.producerName = producer.name.trimmed();
        doc.producerFiness = producer.finess.trimmed();
        doc.createdBy = actor.login;
        if (auto ok = storage::ReceivedDocumentRepository::insert(tx, doc); !ok)
            return std::unexpected(ok.error());
        return Summary{doc.id, 0, {}, producer.name};
    });
}

} // namespace sgl::workflow::report
