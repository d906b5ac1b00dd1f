#include "workflow/report/IssueReportVersion.h"

#include "domain/audit/AuditActor.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/OutboxRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/report/BuildReport.h"
#include "workflow/report/LabSettings.h"
#include "workflow/report/ReportAssembler.h"
#include "workflow/report/ReportPdfRenderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sgl::workflow::report {

using namespace Qt::StringLiterals;
using domain::Channel;
using domain::DispatchState;

namespace {

/** The patient's DMP / MSSanté identifier: the 15-character INS, else a local reference. */
QString patientRecipient(const domain::Patient &p)
{
    const QString ins = p.ins.full().trimmed();
    return ins.isEmpty() ? u"patient:%1"_s.arg(p.id) : ins;
}

/** One outbox row per channel and recipient of the dossier (see docs/architecture.md, Outbox). */
QList<storage::OutboxEntry> plannedRows(const domain::Dossier &dossier, const domain::Patient &patient,
                                        const domain::SharingChoices &sharing, const QString &documentRef)
{
    QList<storage::OutboxEntry> rows;
    auto row = [&](Channel channel, const QString &recipient, DispatchState state = DispatchState::Pending,
                   const QString &reason = {}) {
        storage::OutboxEntry e;
        e.channel = channel;
        e.recipient = recipient;
        e.documentRef = documentRef;
        e.state = state;
        e.lastError = reason;
        rows.append(e);
    };
    const bool insQualified = patient.insUsable();
    if (sharing.dmpWithheld)
        row(Channel::Dmp, patientRecipient(patient), DispatchState::Withheld,
            u"Envoi au DMP suspendu par le biologiste pour ce document : %1"_s.arg(sharing.withholdReason.trimmed()));
    else if (!insQualified)
        row(Channel::Dmp, patientRecipient(patient), DispatchState::Blocked,
            u"Identité du patient non qualifiée (INS non qualifié) : envoi au DMP impossible."_s);
    else
        row(Channel::Dmp, patientRecipient(patient));

    QSet<QString> seen;
    auto professional = [&](const QString &address) {
        const QString a = address.trimmed();
        if (a.isEmpty() || seen.contains(a.toLower()))
            return;
        seen.insert(a.toLower());
        row(Channel::MssPro, a);
    };
    if (dossier.reportToPrescriber)
        professional(dossier.prescriberMssante);
    for (const domain::Correspondent &c : dossier.correspondents)
        if (c.copyOfReport)
            professional(c.mssante);

    if (sharing.sendToPatientMss && insQualified)
        row(Channel::MssPatient, patient.ins.full().trimmed() + u"@patient.mssante.fr"_s);
    return rows;
}

QString auditDetails(const domain::ReportVersion &v, int outboxRows)
{
    QJsonObject o;
    o.insert(u"document_id"_s, v.documentId);
    o.insert(u"version"_s, v.versionNumber);
    o.insert(u"partial"_s, v.partial);
    o.insert(u"replaces"_s, v.replacesDocumentId);
    o.insert(u"reason"_s, v.amendmentReason);
    o.insert(u"dmp_withheld"_s, v.sharing.dmpWithheld);
    o.insert(u"withhold_reason"_s, v.sharing.withholdReason);
    o.insert(u"masks"_s, v.sharing.dmpConfidentialityCodes().join(u' '));
    o.insert(u"patient_mss"_s, v.sharing.sendToPatientMss);
    o.insert(u"outbox_rows"_s, outboxRows);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

domain::Result<IssuedReport> IssueReportVersion::issueIn(storage::WriteTx &tx, const IssueRequest &request) const
{
    if (auto ok = requirePermission(request.signer, domain::Permission::ReportSign); !ok)
        return std::unexpected(ok.error());
    const auto actor = domain::AuditActor::fromSession(request.signer);
    auto settings = LabSettings::loadIn(tx);
    if (!settings)
        return std::unexpected(settings.error());
    auto dossier = storage::DossierRepository::get(tx, request.dossierId, actor);
    if (!dossier)
        return std::unexpected(dossier.error());
    auto content = ReportAssembler(tx.database(), *settings).assembleIn(tx, *dossier, request.signer.login, actor);
    if (!content)
        return std::unexpected(content.error());

    const bool insQualified = content->patient.insUsable();
    domain::SharingChoices sharing = request.sharing.value_or(domain::SharingChoices::defaultsFor(insQualified));
    sharing.withholdReason = sharing.dmpWithheld ? sharing.withholdReason.trimmed() : QString();
    if (auto ok = domain::SharingChoices::validate(sharing, insQualified); !ok)
        return std::unexpected(ok.error());

    const domain::Patient patient = content->patient;
    BuildReport builder(tx.database(), m_renderer ? m_renderer : ReportPdfRenderer::make(*settings),
                        {settings->documentRoot()});
    auto version = builder.runIn(tx, *dossier, std::move(*content), actor, request.amendmentReason, sharing);
    if (!version)
        return std::unexpected(version.error());

    IssuedReport issued;
    issued.version = *version;
    for (storage::OutboxEntry &e : plannedRows(*dossier, patient, sharing, version->documentId)) {
        if (auto ok = storage::OutboxRepository::enqueue(tx, e); !ok)
            return std::unexpected(ok.error());
        issued.outbox.append(e);
    }
    if (auto ok = storage::AuditRepository::append(tx, actor, u"report.issue"_s, u"report_version"_s,
                                                   QString::number(version->id), {},
                                                   auditDetails(*version, static_cast<int>(issued.outbox.size())));
        !ok)
        return std::unexpected(ok.error());
    return issued;
}

domain::Result<IssuedReport> IssueReportVersion::issue(storage::Database &db, const IssueRequest &request) const
{
    // Checked before opening the transaction too: a refused user causes no database work.
    if (auto ok = requirePermission(request.signer, domain::Permission::ReportSign); !ok)
        return std::unexpected(ok.error());
    return db.write([&](storage::WriteTx &tx) { return issueIn(tx, request); });
}

} // namespace sgl::workflow::report
