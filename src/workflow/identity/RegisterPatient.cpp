#include "workflow/identity/RegisterPatient.h"

#include "domain/identity/IdentityTraitsValidator.h"
#include "domain/identity/RnivStatusMachine.h"
#include "storage/ErrorCodes.h"
#include "storage/IdentityKeyRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace sgl::workflow::identity {

using domain::Patient;

namespace {
} // namespace

RegisterPatient::RegisterPatient(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session))
{
}

QString RegisterPatient::newLocalId()
{
    return QStringLiteral("P%1%2")
        .arg(QDate::currentDate().toString(QStringLiteral("yyMMdd")))
        .arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
}

domain::Result<RegistrationOutcome> RegisterPatient::run(const RegistrationRequest &request)
{
    if (auto ok = requirePermission(m_session, domain::Permission::PatientWrite); !ok)
        return std::unexpected(ok.error());
    // Documents seen at the desk validate the identity: the same right as RecordEvidence.
    if (!request.evidence.isEmpty())
        if (auto ok = requirePermission(m_session, domain::Permission::IdentityQualify); !ok)
            return std::unexpected(ok.error());
    auto traits = domain::IdentityTraitsValidator::normalise(request.traits);
    if (!traits)
        return std::unexpected(traits.error());
    Patient p;
    p.traits = *traits;
    p.phone = request.phone.trimmed();
    p.email = request.email.trimmed();
    p.address = request.address.trimmed();
    p.homonym = request.homonym;

    // Status: start PROV, then replay what happened at the desk through the RNIV rules.
    domain::RnivState state{domain::IdentityStatus::Prov, {request.doubtful, request.fictitious}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (domain::IdentityEvidence e : request.evidence) {
        if (e.checkedBy.isEmpty())
            e.checkedBy = m_actor.login;
        if (!e.checkedAt.isValid())
            e.checkedAt = now;
        auto next = domain::RnivStatusMachine::apply(state, domain::isHighTrust(e.type)
                                                                ? domain::RnivEvent::HighTrustEvidenceChecked
                                                                : domain::RnivEvent::LowTrustEvidenceChecked);
        if (!next)
            return domain::fail(errc::IdentityEvidence, next.error().message, QStringLiteral("evidence"));
        state = *next;
        p.evidence << e;
    }
    p.status = state.status;
    p.doubtful = state.attributes.doubtful;
    p.fictitious = state.attributes.fictitious;

    for (int attempt = 0;; ++attempt) {
        p.localId = newLocalId();
        auto outcome = m_db.write([&](storage::WriteTx &tx) -> domain::Result<RegistrationOutcome> {
            RegistrationOutcome out;
            auto dups = FindDuplicates::inTransaction(tx, m_actor, p, domain::DuplicateDetector::kDefaultThreshold);
            if (!dups)
                return std::unexpected(dups.error());
            out.duplicates = *dups;
            if (!out.duplicates.isEmpty() && !request.duplicatesReviewed)
                return out; // nothing stored: the user reviews the candidates first
            Patient stored = p;
            if (auto st = storage::PatientRepository::insert(tx, stored, m_actor); !st)
                return std::unexpected(st.error());
            if (auto st = storage::IdentityKeyRepository::upsert(tx, stored); !st)
                return std::unexpected(st.error());
            out.created = true;
            out.patient = stored;
            return out;
        });
        // An IPP collision is the only unique constraint a fresh registration can hit.
        if (!outcome && outcome.error().code == storage::errc::Duplicate) {
            if (attempt < 3)
                continue;
            return domain::fail(errc::IdentityLocalId, Tr::tr("Impossible d'attribuer un IPP unique."));
        }
        return outcome;
    }
}

} // namespace sgl::workflow::identity
