#pragma once

// Shared by the order, reception and bench tests: a migrated database per backend holding the
// demo catalogue (benches, tube types, clinical questions), a patient, and the desk, bench and
// biologist users.

#include "../catalogue/CatalogueTestSupport.h"
#include "../../storage/Samples.h"

#include "domain/lab/Dossier.h"
#include "storage/AuditRepository.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/orders/OrderEntry.h"

namespace sgl::testing {

inline domain::UserSession userOf(domain::Role role, qint64 id, const QString &login)
{
    domain::UserSession s;
    s.userId = id;
    s.login = login;
    s.displayName = login;
    s.roles = {role};
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.workstation = QStringLiteral("poste-1");
    return s;
}

inline domain::UserSession secretary() { return userOf(domain::Role::Secretary, 11, QStringLiteral("secretaire")); }
inline domain::UserSession technician() { return userOf(domain::Role::Technician, 12, QStringLiteral("technicien")); }
inline domain::UserSession biologist() { return userOf(domain::Role::Biologist, 13, QStringLiteral("biologiste")); }

/** Demo catalogue + one female patient (provisional identity) and one male patient. */
class OrdersTest : public DemoCatalogueTest {
protected:
    void SetUp() override
    {
        DemoCatalogueTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            domain::Patient p = samplePatient(QStringLiteral("IPP-ORD-1"));
            if (auto s = storage::PatientRepository::insert(tx, p, actor()); !s)
                return s;
            m_patient = p;
            domain::Patient m = samplePatient(QStringLiteral("IPP-ORD-2"));
            m.traits.birthName = QStringLiteral("MARTIN");
            m.traits.firstBirthName = QStringLiteral("PAUL");
            m.traits.birthFirstNames = {QStringLiteral("PAUL")};
            m.traits.sex = domain::Sex::Male;
            m.traits.usedName.clear();
            if (auto s = storage::PatientRepository::insert(tx, m, actor()); !s)
                return s;
            m_male = m;
            return {};
        });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    }

    workflow::orders::OrderEntry orders(const domain::UserSession &s = secretary())
    {
        return workflow::orders::OrderEntry(*m_db, s);
    }

    /** A complete, valid request for the female patient: `exams` with the answers they need. */
    workflow::orders::DossierRequest request(const QStringList &exams) const
    {
        workflow::orders::DossierRequest r;
        r.patientId = m_patient.id;
        r.prescriberName = QStringLiteral("Dr Claire BERNARD");
        r.prescriberRpps = QStringLiteral("10003456786"); // Luhn key right (python3-stdnum luhn)
        r.prescriberMssante = QStringLiteral("claire.bernard@medecin.mssante.fr");
        r.examCodes = exams;
        r.clinicalAnswers.insert(QStringLiteral("FASTING"), QStringLiteral("oui"));
        r.clinicalAnswers.insert(QStringLiteral("ANTICOAGULANT"), QStringLiteral("Aucun"));
        return r;
    }

    workflow::orders::DossierChange createOk(const QStringList &exams)
    {
        auto out = orders().create(request(exams));
        EXPECT_TRUE(out) << (out ? std::string() : out.error().toString().toStdString());
        return out ? *out : workflow::orders::DossierChange{};
    }

    QList<domain::LabResult> resultsOf(qint64 dossierId)
    {
        auto r = m_db->write(
            [&](storage::WriteTx &tx) { return storage::ResultRepository::forDossier(tx, dossierId, actor()); });
        EXPECT_TRUE(r);
        return r ? *r : QList<domain::LabResult>{};
    }

    QList<domain::Specimen> tubesOf(qint64 dossierId)
    {
        auto r = m_db->read([&](storage::ReadTx &tx) { return storage::DossierRepository::specimens(tx, dossierId); });
        EXPECT_TRUE(r);
        return r ? *r : QList<domain::Specimen>{};
    }

    domain::Dossier dossier(qint64 id)
    {
        auto r = m_db->write([&](storage::WriteTx &tx) { return storage::DossierRepository::get(tx, id, actor()); });
        EXPECT_TRUE(r);
        return r ? *r : domain::Dossier{};
    }

    /** Row counts of every table a request writes: equal before and after a refusal. */
    QList<int> rowCounts()
    {
        static const QStringList tables{
            QStringLiteral("dossiers"), QStringLiteral("dossier_exams"), QStringLiteral("results"),
            QStringLiteral("specimens"), QStringLiteral("audit_log"), QStringLiteral("counters"),
            QStringLiteral("dossier_clinical_answers"), QStringLiteral("dossier_correspondents"),
            QStringLiteral("result_history"), QStringLiteral("specimen_nonconformities")};
        auto r = m_db->read([&](storage::ReadTx &tx) -> domain::Result<QList<int>> {
            QList<int> out;
            for (const QString &t : tables) {
                auto q = tx.query(QStringLiteral("SELECT COUNT(*) FROM ") + t);
                if (!q)
                    return std::unexpected(q.error());
                q->next();
                out << q->value(0).toInt();
            }
            return out;
        });
        EXPECT_TRUE(r) << (r ? std::string() : r.error().toString().toStdString());
        return r ? *r : QList<int>{};
    }

    QStringList auditActions(const QString &type, const QString &id)
    {
        auto r = m_db->read([&](storage::ReadTx &tx) { return storage::AuditRepository::forEntity(tx, type, id); });
        EXPECT_TRUE(r);
        QStringList out;
        if (r)
            for (const auto &e : *r)
                out << e.action;
        return out;
    }

    domain::Patient m_patient;
    domain::Patient m_male;
};

} // namespace sgl::testing
