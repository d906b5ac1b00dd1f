#include "workflow/dispatch/MailboxPoll.h"

#include "interop/cda/ReceivedCrBioCheck.h"
#include "interop/mss/CdaSummary.h"
#include "interop/mss/DeliveryReport.h"
#include "interop/mss/MimeEntity.h"
#include "interop/mss/XdmArchive.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/MailboxMessageRepository.h"
#include "storage/OutboxRepository.h"
#include "workflow/Tr.h"
#include "workflow/report/ImportSubcontractorResults.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sgl::workflow::dispatch {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QList<domain::Channel> kMssChannels{domain::Channel::MssPro, domain::Channel::MssPatient};

/** CR-BIO documents of a received message: CDA attachments and the documents of XDM zips. */
QList<QByteArray> receivedCdas(const interop::mss::MimeEntity &message, QStringList *problems)
{
    QList<QByteArray> cdas;
    for (const interop::mss::MimeEntity *leaf : message.leaves()) {
        const QByteArray type = leaf->mediaType();
        const QString name = leaf->fileName().toLower();
        if (type == "application/zip" || type == "application/x-zip-compressed" || name.endsWith(u".zip"_s)) {
            auto entries = interop::mss::XdmArchive::read(leaf->decodedBody());
            if (!entries) {
                problems->append(entries.error().message);
                continue;
            }
            for (const interop::mss::XdmEntry &e : interop::mss::XdmArchive::documents(*entries)) {
                if (e.bytes.contains("ClinicalDocument"))
                    cdas << e.bytes;
            }
        } else if (type == "text/xml" || type == "application/xml" || type == "application/hl7-cda+xml"
                   || name.endsWith(u".xml"_s)) {
            const QByteArray body = leaf->decodedBody();
            if (body.contains("ClinicalDocument"))
                cdas << body;
        }
    }
    return cdas;
}

} // namespace

MailboxPoll::MailboxPoll(storage::Database &db, MailboxSource &mailbox, domain::AuditActor actor,
                         std::function<QDateTime()> clock)
    : m_db(db), m_mailbox(mailbox), m_actor(std::move(actor)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

domain::Result<MailboxPollSummary> MailboxPoll::runOnce(int limit)
{
    auto uids = m_mailbox.pending();
    if (!uids)
        return std::unexpected(uids.error());
    MailboxPollSummary summary;
    for (const qint64 uid : uids->mid(0, limit)) {
        auto raw = m_mailbox.fetch(uid);
        if (!raw)
            return std::unexpected(raw.error());
        auto event = handle(uid, *raw);
        if (!event)
            return std::unexpected(event.error()); // database failure: the message stays pending
        if (event->outcome == u"deferred"_s) {
            summary.events << *event;
            continue; // the row's outcome is not recorded yet: read again at the next pass
        }
        if (event->outcome == u"held"_s || event->outcome == u"nonconforming"_s) {
            const bool nonconforming = event->outcome == u"nonconforming"_s;
            if (auto ok = recordHeld(*event, *raw); !ok)
                return std::unexpected(ok.error());
            if (auto ok = m_mailbox.markHeld(uid); !ok)
                return std::unexpected(ok.error());
            ++(nonconforming ? summary.nonconforming : summary.held);
        } else {
            if (auto ok = m_mailbox.markDone(uid); !ok)
                return std::unexpected(ok.error());
            if (event->outcome == u"acknowledged"_s)
                ++summary.acknowledged;
            else if (event->outcome == u"parked"_s)
                ++summary.parked;
            else if (event->outcome == u"imported"_s)
                ++summary.imported;
        }
        summary.events << *event;
    }
    return summary;
}

domain::Result<MailboxEvent> MailboxPoll::handle(qint64 uid, const QByteArray &raw)
{
    const interop::mss::MimeEntity message = interop::mss::MimeEntity::parse(raw);
    MailboxEvent event;
    event.uid = uid;
    event.messageId = QString::fromLatin1(interop::mss::MimeEntity::bareMessageId(message.header("Message-ID")));
    if (!interop::mss::DeliveryReport::isReport(message))
        return handleIncoming(event, raw);
    auto report = interop::mss::DeliveryReport::read(message);
    if (!report) {
        event.outcome = u"held"_s;
        event.detail = report.error().message;
        return event;
    }
    if (report->outcome == interop::mss::DeliveryReport::Outcome::Pending) {
        event.outcome = u"informative"_s;
        event.detail = report->disposition;
        return event;
    }
    const bool acknowledged = report->outcome == interop::mss::DeliveryReport::Outcome::Acknowledged;
    const QString original = QString::fromLatin1(report->originalMessageId);
    const QDateTime now = m_clock();
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<MailboxEvent> {
        auto rows = storage::OutboxRepository::byAcknowledgement(tx, original, kMssChannels);
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->isEmpty()) {
            event.outcome = u"held"_s;
            event.detail = Tr::tr("%1 pour un message inconnu de l'outbox (%2) : à examiner.")
                               .arg(report->kind == interop::mss::DeliveryReport::Kind::Mdn
                                        ? Tr::tr("Accusé de réception")
                                        : Tr::tr("Avis de non-remise"),
                                    original);
            return event;
        }
        bool deferred = false;
        for (const storage::OutboxEntry &row : *rows) {
            const domain::DispatchState target =
                acknowledged ? domain::DispatchState::Acknowledged : domain::DispatchState::Parked;
            auto changed = storage::OutboxRepository::recordRemoteOutcome(tx, row.id, target, report->reason, now);
            if (!changed)
                return std::unexpected(changed.error());
            if (!*changed) {
                deferred = deferred || row.state == domain::DispatchState::Sending;
                continue;
            }
            QJsonObject after{{u"state"_s, domain::dispatchStateCode(target)},
                              {u"message_id"_s, original},
                              {u"report"_s, report->kind == interop::mss::DeliveryReport::Kind::Mdn ? u"mdn"_s : u"dsn"_s},
                              {u"disposition"_s, report->disposition},
                              {u"error_code"_s, report->errorCode},
                              {u"reason"_s, report->reason},
                              {u"report_message_id"_s, event.messageId}};
            if (auto a = storage::AuditRepository::append(tx, m_actor,
                                                          acknowledged ? u"dispatch.acknowledged"_s
                                                                       : u"dispatch.remote_failure"_s,
                                                          u"outbox"_s, QString::number(row.id), {}, json(after));
                !a)
                return std::unexpected(a.error());
            event.outboxIds << row.id;
        }
        if (!event.outboxIds.isEmpty())
            event.outcome = acknowledged ? u"acknowledged"_s : u"parked"_s;
        else
            event.outcome = deferred ? u"deferred"_s : u"informative"_s;
        event.detail = report->reason;
        return event;
    });
}

domain::Result<MailboxEvent> MailboxPoll::handleIncoming(MailboxEvent event, const QByteArray &raw)
{
    const interop::mss::MimeEntity message = interop::mss::MimeEntity::parse(raw);
    QStringList problems;
    const QList<QByteArray> cdas = receivedCdas(message, &problems);
    const QString from = QString::fromUtf8(message.header("From"));
    event.outcome = u"held"_s;
    if (cdas.isEmpty()) {
        event.detail = problems.isEmpty()
                           ? Tr::tr("Message de %1 sans compte rendu CDA : à lire par un humain (« %2 »).")
                                 .arg(from, message.subject())
                           : Tr::tr("Message de %1 : pièce jointe illisible (%2).").arg(from, problems.join(u"; "_s));
        return event;
    }
    // First which dossier each document is for and whether it conforms; only then import, so a
    // message with a nonconforming document has nothing of it imported.
    struct Candidate {
        QByteArray cda;
        qint64 dossierId = 0;
        QString dossierNumber;
    };
    QList<Candidate> candidates;
    QStringList nonconforming;
    for (const QByteArray &cda : cdas) {
        auto summary = interop::mss::CdaSummary::read(cda);
        if (!summary) {
            problems << summary.error().message;
            continue;
        }
        if (summary->orderId.isEmpty()) {
            problems << Tr::tr("compte rendu %1 sans numéro de demande (inFulfillmentOf) : patient et dossier à "
                               "rattacher par un humain").arg(summary->uniqueId);
            continue;
        }
        auto dossier = m_db.read([&](storage::ReadTx &tx) { return storage::DossierRepository::byNumber(tx, summary->orderId); });
        if (!dossier)
            return std::unexpected(dossier.error());
        if (!*dossier) {
            problems << Tr::tr("compte rendu %1 pour le dossier inconnu « %2 »").arg(summary->uniqueId, summary->orderId);
            continue;
        }
        if (auto conforms = interop::cda::ReceivedCrBioCheck::check(cda); !conforms) {
            nonconforming << Tr::tr("dossier %1, document %2 : %3").arg(summary->orderId, summary->uniqueId,
                                                                         conforms.error().message);
            continue;
        }
        candidates << Candidate{cda, (*dossier)->id, summary->orderId};
    }
    if (!nonconforming.isEmpty()) {
        event.outcome = u"nonconforming"_s;
        event.detail = Tr::tr("Message de %1 gardé pour un humain, rien n'est importé : %2")
                           .arg(from, (nonconforming + problems).join(u"; "_s));
        return event;
    }
    int imported = 0;
    for (const Candidate &c : candidates) {
        auto done = report::ImportSubcontractorResults(m_db).importCda(c.dossierId, c.cda, m_actor);
        if (!done) {
            // A refusal (other patient, not a CR-BIO, nothing importable) leaves it to a human.
            problems << Tr::tr("dossier %1 : %2").arg(c.dossierNumber, done.error().message);
            continue;
        }
        ++imported;
    }
    if (problems.isEmpty() && imported > 0) {
        event.outcome = u"imported"_s;
        event.detail = Tr::tr("%n compte(s) rendu(s) de sous-traitant importé(s).", nullptr, imported);
        return m_db.write([&](storage::WriteTx &tx) -> domain::Result<MailboxEvent> {
            if (auto a = storage::AuditRepository::append(tx, m_actor, u"mailbox.imported"_s, u"mailbox"_s,
                                                          event.messageId, {},
                                                          json({{u"from"_s, from}, {u"documents"_s, imported}}));
                !a)
                return std::unexpected(a.error());
            return event;
        });
    }
    event.detail = Tr::tr("Compte rendu reçu de %1 à rattacher par un humain : %2").arg(from, problems.join(u"; "_s));
    return event;
}

QString MailboxPoll::messageKey(const QString &messageId, const QByteArray &raw)
{
    if (!messageId.isEmpty())
        return messageId;
    return u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

domain::Status MailboxPoll::recordHeld(const MailboxEvent &event, const QByteArray &raw)
{
    const bool nonconforming = event.outcome == u"nonconforming"_s;
    const interop::mss::MimeEntity message = interop::mss::MimeEntity::parse(raw);
    storage::MailboxMessage kept;
    kept.messageId = messageKey(event.messageId, raw);
    kept.mailboxUid = event.uid;
    const QDateTime now = m_clock();
    const QDateTime dated = QDateTime::fromString(QString::fromLatin1(message.header("Date")).simplified(), Qt::RFC2822Date);
    kept.receivedAt = dated.isValid() ? dated.toUTC() : now;
    kept.recordedAt = now;
    kept.sender = QString::fromUtf8(message.header("From")).simplified();
    kept.subject = message.subject();
    kept.outcome = nonconforming ? u"nonconforming"_s : u"held"_s;
    kept.reason = event.detail;
    kept.raw = raw.left(storage::MailboxMessage::kMaxRawBytes);
    kept.rawSize = raw.size();
    auto ok = m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        auto row = storage::MailboxMessageRepository::insertOrKeepIn(tx, kept);
        if (!row)
            return std::unexpected(row.error());
        if (!row->inserted)
            return {}; // read again after a crash before markHeld: recorded and audited already
        auto a = storage::AuditRepository::append(tx, m_actor,
                                                  nonconforming ? u"mailbox.nonconforming"_s : u"mailbox.held"_s,
                                                  u"mailbox"_s, kept.messageId, {},
                                                  json({{u"uid"_s, event.uid},
                                                        {u"mailbox_message_id"_s, row->id},
                                                        {u"reason"_s, event.detail}}));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
    return ok;
}

} // namespace sgl::workflow::dispatch
