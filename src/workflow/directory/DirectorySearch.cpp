#include "workflow/directory/DirectorySearch.h"

#include "domain/directory/DirectoryKey.h"
#include "domain/lab/RppsNumber.h"
#include "storage/DirectoryRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

#include <QRegularExpression>

namespace sgl::workflow::directory {

using namespace Qt::StringLiterals;
using storage::DirectoryRepository;

namespace {

bool allDigits(const QString &s)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    return digits.match(s).hasMatch();
}

} // namespace

DirectorySearch::DirectorySearch(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session))
{
}

domain::Status DirectorySearch::allowed() const
{
    for (auto p : {domain::Permission::DossierCreate, domain::Permission::UserAdmin, domain::Permission::SystemConfig})
        if (domain::rolesGrant(m_session.roles, p) && !m_session.login.isEmpty())
            return {};
    return requirePermission(m_session, domain::Permission::DossierRead);
}

domain::Result<std::optional<domain::DirectoryGeneration>> DirectorySearch::status()
{
    if (auto ok = allowed(); !ok)
        return std::unexpected(ok.error());
    return m_db.read([](storage::ReadTx &tx) { return DirectoryRepository::active(tx); });
}

domain::Result<QList<domain::DirectoryProfessional>> DirectorySearch::find(const DirectoryQuery &query)
{
    if (auto ok = allowed(); !ok)
        return std::unexpected(ok.error());
    storage::DirectoryCriteria c;
    c.limit = query.limit;
    c.nameKeyPrefix = domain::DirectoryKey::of(query.name);
    c.idPp = query.rpps.trimmed();
    const QString city = query.city.trimmed();
    if (city.size() == 5 && allDigits(city))
        c.postcode = city;
    else
        c.cityKeyPrefix = domain::DirectoryKey::of(city);
    const QString profession = query.profession.trimmed();
    if (allDigits(profession))
        c.professionCode = profession;
    else
        c.professionKeyPrefix = domain::DirectoryKey::of(profession);
    if (c.nameKeyPrefix.isEmpty() && c.idPp.isEmpty() && c.postcode.isEmpty() && c.cityKeyPrefix.isEmpty()
        && c.professionCode.isEmpty() && c.professionKeyPrefix.isEmpty())
        return domain::fail(errc::DirectoryNoCriteria,
                            Tr::tr("Indiquez au moins un critère de recherche dans l'annuaire : nom, RPPS, ville ou profession."));
    return m_db.read([&](storage::ReadTx &tx) -> domain::Result<QList<domain::DirectoryProfessional>> {
        auto active = DirectoryRepository::active(tx);
        if (!active)
            return std::unexpected(active.error());
        if (!*active)
            return QList<domain::DirectoryProfessional>();
        return DirectoryRepository::search(tx, (*active)->id, c);
    });
}

domain::Result<RppsCheck> DirectorySearch::checkRpps(const QString &input)
{
    if (auto ok = allowed(); !ok)
        return std::unexpected(ok.error());
    const QString rpps = input.trimmed();
    RppsCheck out;
    switch (domain::RppsNumber::check(rpps)) {
    case domain::RppsNumber::Check::Valid:
        break;
    case domain::RppsNumber::Check::WrongKey:
        out.status = RppsCheck::Status::BadCheckDigit;
        out.message = Tr::tr("Le numéro RPPS %1 a une clé de contrôle fausse : vérifiez-le.").arg(rpps);
        return out;
    case domain::RppsNumber::Check::WrongLength:
    case domain::RppsNumber::Check::NotDigits:
        out.status = RppsCheck::Status::Malformed;
        out.message = Tr::tr("Numéro RPPS « %1 » invalide : 11 chiffres attendus.").arg(rpps);
        return out;
    }
    auto found = m_db.read([&](storage::ReadTx &tx) -> domain::Result<std::optional<QList<domain::DirectoryProfessional>>> {
        auto active = DirectoryRepository::active(tx);
        if (!active)
            return std::unexpected(active.error());
        if (!*active)
            return std::optional<QList<domain::DirectoryProfessional>>();
        storage::DirectoryCriteria c;
        c.idPp = rpps;
        c.limit = 1;
        auto list = DirectoryRepository::search(tx, (*active)->id, c);
        if (!list)
            return std::unexpected(list.error());
        return std::optional<QList<domain::DirectoryProfessional>>(*list);
    });
    if (!found)
        return std::unexpected(found.error());
    if (!*found) {
        out.status = RppsCheck::Status::NoDirectory;
        out.message = Tr::tr("L'Annuaire Santé n'a pas encore été importé : le RPPS %1 ne peut pas être vérifié.").arg(rpps);
    } else if ((*found)->isEmpty()) {
        out.status = RppsCheck::Status::Unknown;
        out.message = Tr::tr("Le RPPS %1 est absent de l'Annuaire Santé : professionnel inconnu ou inactif.").arg(rpps);
    } else {
        out.status = RppsCheck::Status::KnownActive;
        out.professional = (*found)->first();
        out.message = Tr::tr("RPPS %1 : %2 %3, %4, en activité.")
                          .arg(rpps, out.professional->firstName, out.professional->lastName, out.professional->profession);
    }
    return out;
}

} // namespace sgl::workflow::directory
