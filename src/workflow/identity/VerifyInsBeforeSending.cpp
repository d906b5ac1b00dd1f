#include "workflow/identity/VerifyInsBeforeSending.h"

#include "domain/identity/RnivStatusMachine.h"
#include "domain/identity/TraitComparison.h"
#include "storage/AuditRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/IdentityInsHistoryRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::workflow::identity {

using domain::Patient;
using interop::insi::InsiOutcome;

namespace {
} // namespace

VerifyInsBeforeSending::VerifyInsBeforeSending(storage::Database &db, domain::UserSession session,
                                               interop::insi::InsiService &insi, int maxAgeHours)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session)), m_insi(insi),
      m_maxAgeHours(maxAgeHours)
{
}

domain::Result<InsVerification> VerifyInsBeforeSending::run(qint64 patientId)
{
    if (auto ok = requirePermission(m_session, domain::Permission::ReportDispatch); !ok)
        return std::unexpected(ok.error());
    struct Loaded {
        Patient patient;
        QDateTime lastConfirmation;
    };
    auto loaded = m_db.write([&](storage::WriteTx &tx) -> domain::Result<Loaded> {
        auto p = storage::PatientRepository::get(tx, patientId, m_actor);
        if (!p)
            return std::unexpected(p.error());
        auto last = storage::IdentityInsHistoryRepository::lastConfirmation(tx, p->id, p->ins.matricule);
        if (!last)
            return std::unexpected(last.error());
        return Loaded{*p, *last};
    });
    if (!loaded)
        return std::unexpected(loaded.error());
    const Patient p = loaded->patient;
    if (!p.insUsable())
        return domain::fail(errc::IdentityNotQualified,
                            Tr::tr("L'identité du patient %1 n'est pas qualifiée : l'INS ne peut pas être transmis.").arg(p.localId));
    InsVerification out;
    out.patient = p;
    if (m_maxAgeHours > 0 && loaded->lastConfirmation.isValid()
        && loaded->lastConfirmation.secsTo(QDateTime::currentDateTimeUtc()) < qint64(m_maxAgeHours) * 3600) {
        out.confirmed = true;
        out.message = Tr::tr("INS vérifié récemment (%1) : pas de nouvel appel INSi.")
                          .arg(loaded->lastConfirmation.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        return out;
    }
    interop::insi::InsiTraitsQuery q{p.traits.birthName, p.traits.firstBirthName, p.traits.sex,
                                     p.traits.birthDateRaw.isEmpty() ? p.traits.birthDate.toString(Qt::ISODate)
                                                                     : p.traits.birthDateRaw,
                                     p.traits.birthPlaceCog};
    auto r = m_insi.searchByTraits(q);
    if (!r)
        return std::unexpected(r.error()); // unchanged; the caller retries later
    out.performed = true;
    QString why;
    if (r->outcome == InsiOutcome::NotFound)
        why = Tr::tr("INSi ne retrouve plus cette identité (01)");
    else if (r->outcome == InsiOutcome::Several)
        why = Tr::tr("INSi renvoie plusieurs identités (02)");
    else if (r->individual->active.ins.full() != p.ins.full() || r->individual->active.ins.oid != p.ins.oid)
        why = Tr::tr("INSi renvoie un autre INS (%1)").arg(r->individual->active.ins.full());
    else if (!domain::TraitComparison::compare(p.traits, r->individual->traits).compatible())
        why = Tr::tr("les traits renvoyés par INSi diffèrent (%1)")
                  .arg(domain::TraitComparison::compare(p.traits, r->individual->traits).differingFields().join(QStringLiteral(", ")));
    auto saved = m_db.write([&](storage::WriteTx &tx) -> domain::Result<Patient> {
        auto current = storage::PatientRepository::get(tx, patientId, m_actor);
        if (!current)
            return current;
        Patient s = *current;
        if (why.isEmpty()) {
            if (auto st = storage::IdentityInsHistoryRepository::record(
                    tx, s.id, {{r->individual->active.ins, true, r->messageId, {}}});
                !st)
                return std::unexpected(st.error());
            auto a = storage::AuditRepository::append(tx, m_actor, QStringLiteral("identity.ins_verified"),
                                                      QStringLiteral("patient"), QString::number(s.id), {},
                                                      QStringLiteral("{\"messageId\":\"%1\"}").arg(r->messageId));
            if (!a)
                return std::unexpected(a.error());
            return s;
        }
        if (s.version != p.version)
            return domain::fail(storage::errc::Conflict,
                                Tr::tr("Le patient %1 a été modifié pendant la vérification INSi : relancez-la.").arg(s.localId));
        auto next = domain::RnivStatusMachine::apply({s.status, {s.doubtful, s.fictitious}},
                                                      domain::RnivEvent::InsiVerificationFailed);
        if (!next)
            return std::unexpected(next.error());
        s.status = next->status;
        s.ins = domain::Ins{};
        if (auto st = storage::PatientRepository::update(
                tx, s, m_actor, domain::RnivStatusMachine::eventCode(domain::RnivEvent::InsiVerificationFailed) + QLatin1Char(':') + why);
            !st)
            return std::unexpected(st.error());
        return s;
    });
    if (!saved)
        return std::unexpected(saved.error());
    out.patient = *saved;
    out.confirmed = why.isEmpty();
    out.message = out.confirmed ? Tr::tr("INS confirmé par INSi.")
                                : Tr::tr("Vérification INSi négative : %1. L'identité repasse au statut %2 et l'INS ne sera pas transmis.")
                                      .arg(why, domain::identityStatusCode(saved->status));
    return out;
}

} // namespace sgl::workflow::identity
