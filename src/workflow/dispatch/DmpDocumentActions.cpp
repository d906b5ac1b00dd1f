#include "workflow/dispatch/DmpDocumentActions.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ErrorCodes.h"
#include "storage/OutboxRepository.h"
#include "storage/ReportRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sgl::workflow::dispatch {

using domain::DispatchOperation;
using domain::DispatchState;

namespace {

QString snapshot(const storage::OutboxEntry &row, const domain::SharingChoices &sharing)
{
    const QJsonObject o{{u"outbox_id"_s, row.id},
                        {u"state"_s, domain::dispatchStateCode(row.state)},
                        {u"operation"_s, domain::dispatchOperationCode(row.operation)},
                        {u"masked_to_professionals"_s, sharing.maskedToProfessionals},
                        {u"hidden_until_announcement"_s, sharing.hiddenFromPatientUntilAnnouncement},
                        {u"hidden_from_legal_representatives"_s, sharing.hiddenFromLegalRepresentatives}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct Target {
    domain::ReportVersion version;
    storage::OutboxEntry row;
};

/** The version and its DMP row, if the DMP has or will have the document. */
domain::Result<Target> dmpTarget(storage::WriteTx &tx, qint64 reportVersionId)
{
    auto version = storage::ReportRepository::get(tx, reportVersionId);
    if (!version)
        return std::unexpected(version.error());
    auto rows = storage::OutboxRepository::forDocument(tx, version->documentId);
    if (!rows)
        return std::unexpected(rows.error());
    for (const storage::OutboxEntry &row : *rows) {
        if (row.channel != domain::Channel::Dmp)
            continue;
        const bool gone = row.operation == DispatchOperation::Delete
                          && (row.state == DispatchState::Sent || row.state == DispatchState::Acknowledged);
        if (row.state == DispatchState::Withheld || row.state == DispatchState::Blocked
            || row.state == DispatchState::Cancelled || gone)
            break;
        if (row.operation == DispatchOperation::Delete)
            return domain::fail(errc::DispatchDmpNoDocument,
                                Tr::tr("Le compte rendu V%1 est en cours de retrait du DMP.").arg(version->versionNumber));
        return Target{*version, row};
    }
    return domain::fail(errc::DispatchDmpNoDocument,
                        Tr::tr("Le compte rendu V%1 n'est pas dans le DMP et n'y sera pas envoyé (envoi suspendu, "
                               "bloqué, annulé ou document déjà retiré).")
                            .arg(version->versionNumber));
}

bool alreadySent(const storage::OutboxEntry &row)
{
    return row.state == DispatchState::Sent || row.state == DispatchState::Acknowledged;
}

} // namespace

DmpDocumentActions::DmpDocumentActions(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session))
{
}

domain::Result<storage::OutboxEntry> DmpDocumentActions::changeMasks(qint64 reportVersionId, const DmpMasks &masks,
                                                                     const QString &reason)
{
    if (auto ok = requirePermission(m_session, domain::Permission::ReportDispatch); !ok)
        return std::unexpected(ok.error());
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return domain::fail(errc::DispatchReasonRequired, Tr::tr("Indiquez le motif du changement de masquage."));
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<storage::OutboxEntry> {
        auto target = dmpTarget(tx, reportVersionId);
        if (!target)
            return std::unexpected(target.error());
        const domain::SharingChoices before = target->version.sharing;
        const DmpMasks current{before.maskedToProfessionals, before.hiddenFromPatientUntilAnnouncement,
                               before.hiddenFromLegalRepresentatives};
        if (current == masks)
            return domain::fail(errc::DispatchDmpUnchanged,
                                Tr::tr("Le masquage demandé est déjà celui du compte rendu V%1.")
                                    .arg(target->version.versionNumber));
        if (target->row.state == DispatchState::Sending)
            return domain::fail(storage::errc::Constraint,
                                Tr::tr("Le compte rendu est en cours d'envoi vers le DMP : réessayez dans un instant."));
        domain::SharingChoices after = before;
        after.maskedToProfessionals = masks.maskedToProfessionals;
        after.hiddenFromPatientUntilAnnouncement = masks.hiddenFromPatientUntilAnnouncement;
        after.hiddenFromLegalRepresentatives = masks.hiddenFromLegalRepresentatives;
        if (auto ok = storage::ReportRepository::updateMasks(tx, reportVersionId, before, after); !ok)
            return std::unexpected(ok.error());
        storage::OutboxEntry row = target->row;
        // A document already in the DMP needs an ITI-57 update; one not sent yet (or whose
        // update is still to come) will carry the masks read at sending time.
        if (alreadySent(row)) {
            auto requeued = storage::OutboxRepository::requeue(tx, row.id, row.version, DispatchOperation::UpdateSharing,
                                                               QDateTime::currentDateTimeUtc());
            if (!requeued)
                return std::unexpected(requeued.error());
            row = *requeued;
        }
        QJsonObject detail{{u"reason"_s, why}, {u"after"_s, QJsonDocument::fromJson(snapshot(row, after).toUtf8()).object()}};
        if (auto a = storage::AuditRepository::append(tx, m_actor, u"dmp.masks_change"_s, u"report_version"_s,
                                                      QString::number(reportVersionId), snapshot(target->row, before),
                                                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
            !a)
            return std::unexpected(a.error());
        return row;
    });
}

domain::Result<storage::OutboxEntry> DmpDocumentActions::withdraw(qint64 reportVersionId, const QString &reason)
{
    if (auto ok = requirePermission(m_session, domain::Permission::ReportDispatch); !ok)
        return std::unexpected(ok.error());
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return domain::fail(errc::DispatchReasonRequired, Tr::tr("Indiquez le motif du retrait du DMP."));
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<storage::OutboxEntry> {
        auto target = dmpTarget(tx, reportVersionId);
        if (!target)
            return std::unexpected(target.error());
        const storage::OutboxEntry before = target->row;
        if (before.state == DispatchState::Sending)
            return domain::fail(storage::errc::Constraint,
                                Tr::tr("Le compte rendu est en cours d'envoi vers le DMP : réessayez dans un instant."));
        // Never attempted: nothing can be in the DMP, the sending is simply cancelled.
        auto after = before.attempts == 0 && !alreadySent(before)
                         ? storage::OutboxRepository::cancel(tx, before.id, before.version,
                                                             Tr::tr("Retiré du DMP avant envoi : %1").arg(why),
                                                             QDateTime::currentDateTimeUtc())
                         : storage::OutboxRepository::requeue(tx, before.id, before.version, DispatchOperation::Delete,
                                                              QDateTime::currentDateTimeUtc());
        if (!after)
            return std::unexpected(after.error());
        const QJsonObject detail{{u"reason"_s, why},
                                 {u"after"_s, QJsonDocument::fromJson(snapshot(*after, target->version.sharing).toUtf8()).object()}};
        if (auto a = storage::AuditRepository::append(tx, m_actor, u"dmp.withdraw"_s, u"report_version"_s,
                                                      QString::number(reportVersionId),
                                                      snapshot(before, target->version.sharing),
                                                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
            !a)
            return std::unexpected(a.error());
        return *after;
    });
}

} // namespace sgl::workflow::dispatch
