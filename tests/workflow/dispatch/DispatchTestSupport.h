#pragma once

// Shared by the dispatch tests: a migrated database (both backends) holding one patient, one
// dossier and report versions with their CDA, outbox rows, and the TEST sender (tests only:
// the product has no fake sender). The test sender dedupes on the document uniqueId as the DMP
// and the MSSanté mailbox will: `deliveries` counts distinct documents received per recipient.

#include "../../storage/Samples.h"
#include "../../storage/StorageFixture.h"

#include "storage/AuditRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ReportRepository.h"
#include "workflow/dispatch/Dispatcher.h"

#include <QHash>
#include <QSet>

#include <deque>
#include <mutex>

namespace sgl::testing {

/** A channel's test sender: scripted outcomes (default Sent), idempotent deliveries by uniqueId. */
class TestSender final : public workflow::dispatch::DispatchSender {
public:
    explicit TestSender(domain::Channel channel) : m_channel(channel) {}
    domain::Channel channel() const override { return m_channel; }

    workflow::dispatch::SendOutcome send(const workflow::dispatch::DispatchItem &item) override
    {
        std::lock_guard lock(m_mutex);
        calls.append(item);
        if (!script.empty()) {
            auto next = script.front();
            script.pop_front();
            if (next.kind != workflow::dispatch::SendOutcome::Kind::Sent)
                return next;
        }
        const QString key = item.uniqueId + u'|' + item.row.recipient;
        ++received[key]; // every delivery, duplicates included
        if (!delivered.contains(key))
            delivered.insert(key);
        return workflow::dispatch::SendOutcome::sent(QStringLiteral("ACK-") + item.uniqueId);
    }

    std::mutex m_mutex;
    domain::Channel m_channel;
    std::deque<workflow::dispatch::SendOutcome> script;     ///< next outcomes; then Sent
    QList<workflow::dispatch::DispatchItem> calls;
    QSet<QString> delivered;                                 ///< distinct documents received (uniqueId|recipient)
    QHash<QString, int> received;                            ///< deliveries per document, re-sends included
};

inline const QDateTime kDispatchT0 = QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone::utc());

class DispatchTest : public StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_patient = samplePatient();
        ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::insert(tx, m_patient, actor()); }));
        m_dossier.number = QStringLiteral("D261206-0001");
        m_dossier.patientId = m_patient.id;
        m_dossier.prescriberName = QStringLiteral("Dr Test");
        ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::DossierRepository::insert(tx, m_dossier, actor()); }));
    }

    /** A report version of the dossier with its N3 document; returns the version (documentId = uniqueId). */
    domain::ReportVersion version(int n)
    {
        domain::ReportVersion v;
        v.dossierId = m_dossier.id;
        v.setId = QStringLiteral("1.2.250.1.999.9.1.%1.0").arg(n); // one set per n: several versions 1 per test
        v.documentId = QStringLiteral("1.2.250.1.999.9.1.%1").arg(n);
        v.versionNumber = 1;
        v.status = domain::ReportVersion::Status::Issued;
        v.createdBy = QStringLiteral("bio1");
        v.sharing.maskedToProfessionals = n % 2 == 0;
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            if (auto s = storage::ReportRepository::insert(tx, v); !s)
                return s;
            storage::StoredDocument doc;
            doc.reportVersionId = v.id;
            doc.kind = QStringLiteral("N3");
            doc.mediaType = QStringLiteral("text/xml");
            doc.bytes = QByteArrayLiteral("<ClinicalDocument/>");
            doc.createdBy = QStringLiteral("bio1");
            return storage::DocumentRepository::insert(tx, doc);
        });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return v;
    }

    storage::OutboxEntry enqueue(domain::Channel channel, const QString &recipient, const QString &documentRef,
                                 domain::DispatchState state = domain::DispatchState::Pending,
                                 storage::Database *db = nullptr)
    {
        storage::OutboxEntry e;
        e.channel = channel;
        e.recipient = recipient;
        e.documentRef = documentRef;
        e.state = state;
        e.nextAttemptAt = kDispatchT0;
        if (state != domain::DispatchState::Pending)
            e.lastError = QStringLiteral("Identité du patient non qualifiée");
        auto ok = (db ? *db : *m_db).write([&](storage::WriteTx &tx) { return storage::OutboxRepository::enqueue(tx, e); });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return e;
    }

    storage::OutboxEntry row(qint64 id)
    {
        auto e = m_db->read([&](storage::ReadTx &tx) { return storage::OutboxRepository::get(tx, id); });
        EXPECT_TRUE(e);
        return e ? *e : storage::OutboxEntry{};
    }

    QList<domain::AuditEntry> auditOf(qint64 outboxId)
    {
        auto a = m_db->read([&](storage::ReadTx &tx) {
            return storage::AuditRepository::forEntity(tx, QStringLiteral("outbox"), QString::number(outboxId));
        });
        EXPECT_TRUE(a);
        return a ? *a : QList<domain::AuditEntry>{};
    }

    /** A dispatcher with a fixed clock (m_now) and a fixed draw (m_draw). */
    workflow::dispatch::Dispatcher dispatcher(const workflow::dispatch::SenderRegistry &senders,
                                              const QString &claimant = QStringLiteral("test-A"),
                                              storage::Database *db = nullptr)
    {
        workflow::dispatch::DispatcherConfig c;
        c.claimant = claimant;
        c.leaseSeconds = 300;
        c.batchSize = 5;
        c.backoff.maxAttempts = 4;
        c.clock = [this] { return m_now; };
        c.random = [this] { return m_draw; };
        c.actor = domain::AuditActor::system(QStringLiteral("test dispatch"), QStringLiteral("poste-test"));
        return workflow::dispatch::Dispatcher(db ? *db : *m_db, senders, c);
    }

    domain::UserSession session(domain::Role role, qint64 id = 7, const QString &login = QStringLiteral("bio1"))
    {
        domain::UserSession s;
        s.userId = id;
        s.login = login;
        s.roles = {role};
        s.workstation = QStringLiteral("poste-test");
        return s;
    }

    domain::Patient m_patient;
    domain::Dossier m_dossier;
    QDateTime m_now = kDispatchT0;
    double m_draw = 0.5;
};

} // namespace sgl::testing
