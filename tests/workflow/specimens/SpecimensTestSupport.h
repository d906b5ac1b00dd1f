#pragma once

// Reception tests: the order fixture (demo catalogue, patients, desk/bench/biologist users) plus
// helpers to find a dossier's tubes and to force a result's state as the bench would leave it.

#include "../orders/OrdersTestSupport.h"

#include "domain/lab/ResultValue.h"
#include "storage/SpecimenRepository.h"
#include "workflow/specimens/SpecimenReception.h"
#include "workflow/specimens/TubeBoard.h"

namespace sgl::testing {

class SpecimensTest : public OrdersTest {
protected:
    workflow::specimens::SpecimenReception reception(const domain::UserSession &s = technician())
    {
        return workflow::specimens::SpecimenReception(*m_db, s);
    }
    workflow::specimens::TubeBoard board(const domain::UserSession &s = technician())
    {
        return workflow::specimens::TubeBoard(*m_db, s);
    }

    domain::Specimen tube(qint64 dossierId, const QString &container)
    {
        for (const domain::Specimen &s : tubesOf(dossierId))
            if (s.containerCode == container && s.status != domain::Specimen::Status::Rejected)
                return s;
        ADD_FAILURE() << "no " << container.toStdString() << " tube";
        return {};
    }

    domain::LabResult result(qint64 dossierId, const QString &code)
    {
        for (const domain::LabResult &r : resultsOf(dossierId))
            if (r.analysisCode == code)
                return r;
        ADD_FAILURE() << "no result " << code.toStdString();
        return {};
    }

    /** Gives the result a value in `state`, as the bench would. */
    void setResult(qint64 dossierId, const QString &code, domain::ValidationState state, const QString &number)
    {
        domain::LabResult r = result(dossierId, code);
        r.value = domain::ResultValue::numeric(number, QStringLiteral("10*9/L"));
        r.state = state;
        r.enteredBy = QStringLiteral("technicien");
        r.enteredAt = QDateTime::currentDateTimeUtc();
        if (state == domain::ValidationState::Validated) {
            r.validatedBy = QStringLiteral("biologiste");
            r.validatedAt = QDateTime::currentDateTimeUtc();
        }
        auto ok = m_db->write([&](storage::WriteTx &tx) { return storage::ResultRepository::update(tx, r, actor()); });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    }

    void setCollectedAt(qint64 specimenId, const QDateTime &at)
    {
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            auto n = tx.exec(QStringLiteral("UPDATE specimens SET collected_at = ? WHERE id = ?"),
                             {tx.dialect().toDb(at), specimenId});
            if (!n)
                return std::unexpected(n.error());
            return {};
        });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    }

    void setDossierStatus(qint64 dossierId, domain::DossierStatus status)
    {
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            auto d = storage::DossierRepository::get(tx, dossierId, actor());
            if (!d)
                return std::unexpected(d.error());
            return storage::DossierRepository::setStatus(tx, *d, status, actor());
        });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    }
};

} // namespace sgl::testing
