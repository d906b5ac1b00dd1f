#include "workflow/identity/QualifyIdentity.h"

#include "domain/ErrorCodes.h"
#include "domain/identity/RnivStatusMachine.h"
#include "interop/insi/ErrorCodes.h"
#include "storage/AuditRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/IdentityInsHistoryRepository.h"
#include "storage/IdentityKeyRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::workflow::identity {

using domain::Patient;
using interop::insi::InsiOutcome;
using interop::insi::InsiResult;
using interop::insi::InsiTraitsQuery;

namespace {

QString birthDateText(const domain::IdentityTraits &t)
{
    if (!t.birthDateRaw.isEmpty())
        return t.birthDateRaw;
    return t.birthDate.toString(Qt::ISODate);
}

QString outcomeCode(InsiOutcome o)
{
    switch (o) {
    case InsiOutcome::Found: return QStringLiteral("00");
    case InsiOutcome::NotFound: return QStringLiteral("01");
    case InsiOutcome::Several: return QStringLiteral("02");
    }
    return {};
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QualifyIdentity::QualifyIdentity(storage::Database &db, domain::UserSession session, interop::insi::InsiService &insi)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session)), m_insi(insi)
{
}

QList<InsiTraitsQuery> QualifyIdentity::plan(const domain::IdentityTraits &t)
{
    QList<InsiTraitsQuery> out;
    QStringList names = t.birthFirstNames;
    if (names.isEmpty() && !t.firstBirthName.isEmpty())
        names << t.firstBirthName;
    for (const QString &n : names)
        out << InsiTraitsQuery{t.birthName, n, t.sex, birthDateText(t), {}};
    if (names.size() > 1)
        out << InsiTraitsQuery{t.birthName, names.join(QLatin1Char(' ')), t.sex, birthDateText(t), {}};
    return out;
}

domain::Result<InsiLookup> QualifyIdentity::lookup(qint64 patientId)
{
    if (auto ok = requirePermission(m_session, domain::Permission::IdentityQualify); !ok)
        return std::unexpected(ok.error());
    auto loaded = m_db.write([&](storage::WriteTx &tx) { return storage::PatientRepository::get(tx, patientId, m_actor); });
    if (!loaded)
        return std::unexpected(loaded.error());
    const Patient p = *loaded;
    if (p.fictitious)
        return domain::fail(domain::errc::RnivFictitious, Tr::tr("Une identité fictive ne doit pas être recherchée dans INSi."));
    if (p.mergedInto != 0)
        return domain::fail(errc::IdentityMerged, Tr::tr("Ce dossier a été fusionné : interrogez INSi depuis le dossier conservé."));
    if (p.traits.sex != domain::Sex::Female && p.traits.sex != domain::Sex::Male)
        return domain::fail(interop::insi::errc::QuerySex, Tr::tr("Renseignez le sexe (M ou F) avant d'interroger INSi."),
                            QStringLiteral("sex"));

    InsiLookup out;
    out.patientId = p.id;
    out.patientVersion = p.version;
    std::optional<InsiResult> last;
    for (InsiTraitsQuery q : plan(p.traits)) {
        auto r = m_insi.searchByTraits(q);
        ++out.calls;
        if (!r)
            return std::unexpected(r.error()); // nothing changed locally
        out.messageIds << r->messageId;
        if (r->outcome == InsiOutcome::Several && !p.traits.birthPlaceCog.isEmpty()) {
            q.birthPlaceCog = p.traits.birthPlaceCog;
            r = m_insi.searchByTraits(q);
            ++out.calls;
            if (!r)
                return std::unexpected(r.error());
            out.messageIds << r->messageId;
        }
        last = *r;
        if (r->outcome == InsiOutcome::Found)
            break;
    }
    if (!last)
        return domain::fail(errc::IdentityFirstNameRequired, Tr::tr("Aucun prénom de naissance à rechercher."));
    out.outcome = last->outcome;
    if (last->outcome == InsiOutcome::Found) {
        out.individual = last->individual;
        out.comparison = domain::TraitComparison::compare(p.traits, out.individual->traits);
        out.hints = domain::InsValidator::hints(out.individual->active.ins, out.individual->traits);
        const auto valid = domain::InsValidator::validate(out.individual->active.ins);
        out.acceptable = valid.has_value();
        out.message = valid ? (out.comparison->compatible()
                                   ? Tr::tr("Identité trouvée dans INSi ; les traits concordent.")
                                   : Tr::tr("Identité trouvée dans INSi ; des traits diffèrent (%1) : vérifiez avant "
                                        "d'accepter.").arg(out.comparison->differingFields().join(QStringLiteral(", "))))
                            : Tr::tr("Identité trouvée mais INS inutilisable : %1").arg(valid.error().message);
    } else if (last->outcome == InsiOutcome::Several) {
        out.message = Tr::tr("Plusieurs identités correspondent dans INSi (02) : ajoutez les autres prénoms de naissance "
                         "ou le lieu de naissance, puis relancez. L'identité n'a pas été modifiée.");
    } else {
        out.message = Tr::tr("Aucune identité trouvée dans INSi (01) : vérifiez l'orthographe, les prénoms, la date et "
                         "le lieu de naissance. L'identité n'a pas été modifiée.");
    }
    QJsonArray ids;
    for (const QString &id : out.messageIds)
        ids.append(id);
    auto audited = m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        auto a = storage::AuditRepository::append(
            tx, m_actor, QStringLiteral("identity.insi_lookup"), QStringLiteral("patient"), QString::number(p.id), {},
            json({{QStringLiteral("codeCR"), outcomeCode(out.outcome)}, {QStringLiteral("messageIds"), ids},
                  {QStringLiteral("calls"), out.calls}}));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
    if (!audited)
        return std::unexpected(audited.error());
    return out;
}

domain::Result<Patient> QualifyIdentity::accept(const InsiLookup &lookup)
{
    if (auto ok = requirePermission(m_session, domain::Permission::IdentityQualify); !ok)
        return std::unexpected(ok.error());
    if (lookup.outcome != InsiOutcome::Found || !lookup.individual)
        return domain::fail(errc::IdentityNothingToAccept,
                            Tr::tr("Aucune identité INSi unique à accepter."));
    const auto &ind = *lookup.individual;
    if (!ind.active.keyValid)
        return domain::fail(domain::errc::InsNirKeyMismatch,
                            Tr::tr("La clé de l'INS renvoyé (%1 %2) est incorrecte : INS refusé.").arg(ind.active.ins.matricule,
                                                                                                  ind.active.ins.key));
    if (auto v = domain::InsValidator::validate(ind.active.ins); !v)
        return std::unexpected(v.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<Patient> {
        auto loaded = storage::PatientRepository::get(tx, lookup.patientId, m_actor);
        if (!loaded)
            return loaded;
        Patient p = *loaded;
        if (p.version != lookup.patientVersion)
            return domain::fail(storage::errc::Conflict,
                                Tr::tr("Le patient %1 a été modifié pendant l'interrogation INSi : relancez la recherche.")
                                    .arg(p.localId));
        auto next = domain::RnivStatusMachine::apply({p.status, {p.doubtful, p.fictitious}},
                                                      domain::RnivEvent::InsiIdentityAccepted);
        if (!next)
            return std::unexpected(next.error());
        // INSi traits replace the strict traits; used traits are the patient's own.
        domain::IdentityTraits t = ind.traits;
        t.usedName = p.traits.usedName;
        t.usedFirstName = p.traits.usedFirstName;
        p.traits = t;
        p.ins = ind.active.ins;
        p.status = next->status;
        if (auto st = storage::PatientRepository::update(tx, p, m_actor,
                                                         domain::RnivStatusMachine::eventCode(domain::RnivEvent::InsiIdentityAccepted));
            !st)
            return std::unexpected(st.error());
        if (auto st = storage::IdentityKeyRepository::upsert(tx, p); !st)
            return std::unexpected(st.error());
        const QString messageId = lookup.messageIds.isEmpty() ? QString() : lookup.messageIds.last();
        QList<storage::InsHistoryEntry> entries{{ind.active.ins, true, messageId, {}}};
        for (const auto &h : ind.history)
            entries << storage::InsHistoryEntry{h.ins, false, messageId, {}};
        if (auto st = storage::IdentityInsHistoryRepository::record(tx, p.id, entries); !st)
            return std::unexpected(st.error());
        return p;
    });
}

domain::Status QualifyIdentity::reject(const InsiLookup &lookup, const QString &reason)
{
    if (auto ok = requirePermission(m_session, domain::Permission::IdentityQualify); !ok)
        return ok;
    return m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        QJsonArray ids;
        for (const QString &id : lookup.messageIds)
            ids.append(id);
        auto a = storage::AuditRepository::append(
            tx, m_actor, QStringLiteral("identity.insi_reject"), QStringLiteral("patient"),
            QString::number(lookup.patientId), {},
            json({{QStringLiteral("reason"), reason}, {QStringLiteral("messageIds"), ids},
                  {QStringLiteral("ins"), lookup.individual ? lookup.individual->active.ins.full() : QString()}}));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
}

} // namespace sgl::workflow::identity
