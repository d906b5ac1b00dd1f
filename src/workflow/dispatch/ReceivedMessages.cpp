#include "workflow/dispatch/ReceivedMessages.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/MailboxMessageRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sgl::workflow::dispatch {

namespace {
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString snapshot(const storage::MailboxMessage &m)
{
    return json({{u"state"_s, m.handled ? u"handled"_s : u"open"_s},
                 {u"handled_by"_s, m.handledBy},
                 {u"handled_at"_s, m.handledAt.isValid() ? m.handledAt.toString(Qt::ISODateWithMs) : QString()},
                 {u"note"_s, m.handlingNote},
                 {u"version"_s, m.version}});
}
} // namespace

ReceivedMessages::ReceivedMessages(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session))
{
}

QString ReceivedMessages::statusLabel(const storage::MailboxMessage &m)
{
    if (m.handled)
        return Tr::tr("Traité");
    return m.outcome == u"nonconforming"_s ? Tr::tr("CR-BIO non conforme") : Tr::tr("À examiner");
}

QString ReceivedMessages::suggestedFileName(const storage::MailboxMessage &m)
{
    return u"message-recu-%1.eml"_s.arg(m.id);
}

ReceivedMessageView ReceivedMessages::toView(const storage::MailboxMessage &m)
{
    ReceivedMessageView v;
    v.message = m;
    v.statusLabel = statusLabel(m);
    v.truncated = m.rawSize > storage::MailboxMessage::kMaxRawBytes;
    return v;
}

domain::Result<QList<ReceivedMessageView>> ReceivedMessages::list(bool includeHandled)
{
    if (auto ok = requirePermission(m_session, domain::Permission::DispatchManage); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<QList<ReceivedMessageView>> {
        auto rows = storage::MailboxMessageRepository::list(tx, includeHandled);
        if (!rows)
            return std::unexpected(rows.error());
        if (auto a = storage::AuditRepository::append(
                tx, m_actor, u"mailbox.list"_s, u"mailbox_message"_s, {}, {},
                json({{u"rows"_s, static_cast<int>(rows->size())}, {u"include_handled"_s, includeHandled}}));
            !a)
            return std::unexpected(a.error());
        QList<ReceivedMessageView> out;
        for (const storage::MailboxMessage &m : *rows)
            out << toView(m);
        return out;
    });
}

domain::Result<QByteArray> ReceivedMessages::rawMessage(qint64 id)
{
    if (auto ok = requirePermission(m_session, domain::Permission::DispatchManage); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<QByteArray> {
        auto raw = storage::MailboxMessageRepository::raw(tx, id);
        if (!raw)
            return std::unexpected(raw.error());
        if (auto a = storage::AuditRepository::append(tx, m_actor, u"mailbox.read_raw"_s, u"mailbox_message"_s,
                                                      QString::number(id), {},
                                                      json({{u"bytes"_s, static_cast<qint64>(raw->size())}}));
            !a)
            return std::unexpected(a.error());
        return *raw;
    });
}

domain::Result<ReceivedMessageView> ReceivedMessages::markHandled(qint64 id, int expectedVersion, const QString &note)
{
    if (auto ok = requirePermission(m_session, domain::Permission::DispatchManage); !ok)
        return std::unexpected(ok.error());
    const QString why = note.trimmed();
    if (why.isEmpty())
        return domain::fail(errc::DispatchInboxNoteRequired,
                            Tr::tr("Indiquez ce qui a été fait du message reçu (note obligatoire)."));
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<ReceivedMessageView> {
        auto before = storage::MailboxMessageRepository::get(tx, id);
        if (!before)
            return std::unexpected(before.error());
        if (before->handled)
            return domain::fail(errc::DispatchInboxHandled,
                                Tr::tr("Le message reçu n° %1 a déjà été traité par %2 le %3.")
                                    .arg(id)
                                    .arg(before->handledBy,
                                         before->handledAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s)));
        if (auto s = storage::MailboxMessageRepository::markHandled(tx, id, expectedVersion, m_session.login, why,
                                                                    QDateTime::currentDateTimeUtc());
            !s)
            return std::unexpected(s.error());
        auto after = storage::MailboxMessageRepository::get(tx, id);
        if (!after)
            return std::unexpected(after.error());
        if (auto a = storage::AuditRepository::append(tx, m_actor, u"mailbox.handled"_s, u"mailbox_message"_s,
                                                      QString::number(id), snapshot(*before), snapshot(*after));
            !a)
            return std::unexpected(a.error());
        return toView(*after);
    });
}

} // namespace sgl::workflow::dispatch
