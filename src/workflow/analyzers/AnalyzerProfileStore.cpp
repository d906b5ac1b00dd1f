#include "workflow/analyzers/AnalyzerProfileStore.h"

#include "domain/ErrorCodes.h"
#include "domain/analyzer/AnalyzerProfileJson.h"
#include "interop/analyzer/ShippedAnalyzerProfiles.h"
#include "storage/AnalyzerProfileRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::workflow::analyzers {

using namespace sgl::domain;
using domain::analyzer::AnalyzerProfile;
using domain::analyzer::AnalyzerProfileJson;
using domain::analyzer::CodeMapping;

namespace {

Status requireSignedIn(const UserSession &session)
{
    if (session.login.isEmpty())
        return fail(errc::AuthNoSession, Tr::tr("Aucun utilisateur connecté."));
    return {};
}

Status requireReason(const QString &reason, const QString &what)
{
    if (reason.trimmed().isEmpty())
        return fail(errc::AnalyzerReasonRequired,
                    Tr::tr("Le motif de la modification du profil d'analyseur %1 est obligatoire.").arg(what),
                    QStringLiteral("motif"));
    return {};
}

Error unknownProfile(const QString &name)
{
    return Error{errc::AnalyzerUnknownProfile, Tr::tr("Profil d'analyseur « %1 » inconnu.").arg(name), name};
}

Result<AnalyzerProfile> fromRow(const storage::AnalyzerProfileRow &row)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(row.document, &parseError);
    if (!doc.isObject())
        return fail(domain::errc::AnalyzerProfileInvalid,
                    Tr::tr("Profil d'analyseur « %1 » illisible en base : %2").arg(row.name, parseError.errorString()),
                    row.name);
    auto p = AnalyzerProfileJson::fromJson(doc.object());
    if (!p)
        return std::unexpected(Error{p.error().code, p.error().message, row.name + QStringLiteral(": ") + p.error().location});
    p->version = row.version;
    p->active = row.active;
    return p;
}

storage::AnalyzerProfileRow toRow(const AnalyzerProfile &p, const AuditActor &actor)
{
    storage::AnalyzerProfileRow row;
    row.version = p.version;
    row.name = p.name;
    row.label = p.label;
    row.analyzerId = p.analyzerId;
    row.protocol = p.protocol == domain::analyzer::AnalyzerProtocol::Hl7 ? QStringLiteral("hl7") : QStringLiteral("astm");
    row.active = p.active;
    row.document = QJsonDocument(AnalyzerProfileJson::toJson(p)).toJson(QJsonDocument::Indented);
    row.updatedBy = actor.login;
    row.updatedAt = QDateTime::currentDateTimeUtc();
    return row;
}

QString summary(const AnalyzerProfile &p, const QString &reason = {})
{
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("version"), p.version},
                  {QStringLiteral("active"), p.active},
                  {QStringLiteral("mappings"), int(p.codeMappings.size())}};
    if (!reason.isEmpty())
        o[QStringLiteral("reason")] = reason;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/**
 * Inserts or updates `p` (validated) in `tx`; `stale` false for an import, which replaces the
 * stored profile whatever its version. Returns the stored profile with its new version.
 */
Result<AnalyzerProfile> store(storage::WriteTx &tx, AnalyzerProfile p, const AuditActor &actor, const QString &reason,
                              const QString &action, bool checkVersion)
{
    if (auto v = AnalyzerProfileJson::validate(p); !v)
        return std::unexpected(v.error());
    auto existing = storage::AnalyzerProfileRepository::byName(tx, p.name);
    if (!existing)
        return std::unexpected(existing.error());
    QString before;
    if (*existing) {
        if (checkVersion && p.version != (*existing)->version)
            return fail(storage::errc::Conflict,
                        Tr::tr("Le profil d'analyseur %1 a été modifié entre-temps sur un autre poste ; rechargez-le "
                               "avant de recommencer.")
                            .arg(p.name),
                        p.name);
        auto old = fromRow(**existing);
        before = old ? summary(*old) : QString();
        p.version = (*existing)->version;
        auto row = toRow(p, actor);
        if (auto s = storage::AnalyzerProfileRepository::update(tx, row, reason); !s)
            return std::unexpected(s.error());
        p.version = row.version;
    } else {
        auto row = toRow(p, actor);
        if (auto s = storage::AnalyzerProfileRepository::insert(tx, row, reason); !s)
            return std::unexpected(s.error());
        p.version = row.version;
    }
    auto a = storage::AuditRepository::append(tx, actor, action, QStringLiteral("analyzer_profile"), p.name, before,
                                              summary(p, reason));
    if (!a)
        return std::unexpected(a.error());
    return p;
}

} // namespace

AnalyzerProfileStore::AnalyzerProfileStore(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session))
{
}

Result<AnalyzerProfile> AnalyzerProfileStore::getIn(storage::ReadTx &tx, const QString &name)
{
    auto row = storage::AnalyzerProfileRepository::byName(tx, name.trimmed());
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(unknownProfile(name));
    return fromRow(**row);
}

Result<QList<AnalyzerProfile>> AnalyzerProfileStore::list()
{
    if (auto ok = requireSignedIn(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<QList<AnalyzerProfile>> {
        auto rows = storage::AnalyzerProfileRepository::list(tx);
        if (!rows)
            return std::unexpected(rows.error());
        QList<AnalyzerProfile> out;
        for (const auto &row : *rows) {
            auto p = fromRow(row);
            if (!p)
                return std::unexpected(p.error());
            out << *p;
        }
        return out;
    });
}

Result<AnalyzerProfile> AnalyzerProfileStore::get(const QString &name)
{
    if (auto ok = requireSignedIn(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) { return getIn(tx, name); });
}

Result<AnalyzerProfile> AnalyzerProfileStore::save(const AnalyzerProfile &profile, const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::SystemConfig); !ok)
        return std::unexpected(ok.error());
    if (auto r = requireReason(reason, profile.name); !r)
        return std::unexpected(r.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) {
        return store(tx, profile, actor, reason.trimmed(), QStringLiteral("analyzer.profile_save"), true);
    });
}

Result<AnalyzerProfile> AnalyzerProfileStore::addCodeMappingIn(storage::WriteTx &tx, const AuditActor &actor,
                                                              const QString &name, const CodeMapping &mapping,
                                                              const QString &reason)
{
    if (auto r = requireReason(reason, name); !r)
        return std::unexpected(r.error());
    CodeMapping m = mapping;
    m.testCode = m.testCode.trimmed();
    m.analysisCode = m.analysisCode.trimmed().toUpper();
    if (m.testCode.isEmpty() || m.analysisCode.isEmpty())
        return fail(domain::errc::AnalyzerProfileInvalid,
                    Tr::tr("Correspondance incomplète : le code analyseur et l'analyse sont obligatoires."),
                    QStringLiteral("codeMappings"));
    CatalogueCache cache;
    auto catalogue = cache.current(tx);
    if (!catalogue)
        return std::unexpected(catalogue.error());
    if (!(*catalogue)->analysis(m.analysisCode))
        return fail(domain::errc::AnalyzerProfileInvalid,
                    Tr::tr("L'analyse %1 n'existe pas au catalogue : le code %2 ne peut pas lui être associé.")
                        .arg(m.analysisCode, m.testCode),
                    m.analysisCode);
    auto p = getIn(tx, name);
    if (!p)
        return p;
    for (const CodeMapping &existing : std::as_const(p->codeMappings)) {
        if (existing.testCode != m.testCode)
            continue;
        if (existing.analysisCode == m.analysisCode)
            return p; // already so: nothing to change
        return fail(errc::AnalyzerCodeMapped,
                    Tr::tr("Le code %1 du profil %2 est déjà associé à l'analyse %3 (et non %4).")
                        .arg(m.testCode, p->name, existing.analysisCode, m.analysisCode),
                    m.testCode);
    }
    p->codeMappings << m;
    return store(tx, *p, actor, reason.trimmed(), QStringLiteral("analyzer.profile_mapping"), false);
}

Result<AnalyzerProfile> AnalyzerProfileStore::addCodeMapping(const QString &name, const CodeMapping &mapping,
                                                            const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::ResultTechnicalValidate); !ok)
        return std::unexpected(ok.error());
    if (auto r = requireReason(reason, name); !r)
        return std::unexpected(r.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) { return addCodeMappingIn(tx, actor, name, mapping, reason); });
}

Status AnalyzerProfileStore::setActive(const QString &name, bool active, const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::SystemConfig); !ok)
        return std::unexpected(ok.error());
    if (auto r = requireReason(reason, name); !r)
        return std::unexpected(r.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) -> Status {
        auto p = getIn(tx, name);
        if (!p)
            return std::unexpected(p.error());
        if (p->active == active)
            return {};
        p->active = active;
        if (auto s = store(tx, *p, actor, reason.trimmed(), QStringLiteral("analyzer.profile_active"), false); !s)
            return std::unexpected(s.error());
        return {};
    });
}

Result<QList<AnalyzerProfile>> AnalyzerProfileStore::importJson(const QByteArray &json, const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::SystemConfig); !ok)
        return std::unexpected(ok.error());
    if (auto r = requireReason(reason, Tr::tr("importé")); !r)
        return std::unexpected(r.error());
    auto parsed = AnalyzerProfileJson::parseDocument(json);
    if (!parsed)
        return std::unexpected(parsed.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) -> Result<QList<AnalyzerProfile>> {
        QList<AnalyzerProfile> out;
        for (const AnalyzerProfile &p : std::as_const(*parsed)) {
            auto saved = store(tx, p, actor, reason.trimmed(), QStringLiteral("analyzer.profile_import"), false);
            if (!saved)
                return std::unexpected(Error{saved.error().code, saved.error().message,
                                             p.name + QStringLiteral(": ") + saved.error().location});
            out << *saved;
        }
        return out;
    });
}

Result<QByteArray> AnalyzerProfileStore::exportJson(const QStringList &names)
{
    auto all = list();
    if (!all)
        return std::unexpected(all.error());
    if (names.isEmpty())
        return AnalyzerProfileJson::toDocument(*all);
    QList<AnalyzerProfile> chosen;
    for (const QString &name : names) {
        auto it = std::find_if(all->cbegin(), all->cend(), [&](const AnalyzerProfile &p) { return p.name == name; });
        if (it == all->cend())
            return std::unexpected(unknownProfile(name));
        chosen << *it;
    }
    return AnalyzerProfileJson::toDocument(chosen);
}

Result<int> AnalyzerProfileStore::installShipped()
{
    if (auto ok = requirePermission(m_session, Permission::SystemConfig); !ok)
        return std::unexpected(ok.error());
    auto shipped = interop::analyzer::shippedAnalyzerProfiles();
    if (!shipped)
        return std::unexpected(shipped.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) -> Result<int> {
        int added = 0;
        for (AnalyzerProfile p : std::as_const(*shipped)) {
            auto existing = storage::AnalyzerProfileRepository::byName(tx, p.name);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing)
                continue; // never overwrite a lab's edits
            p.version = 0;
            auto saved = store(tx, p, actor, Tr::tr("Profil livré avec SGL"), QStringLiteral("analyzer.profile_install"),
                               false);
            if (!saved)
                return std::unexpected(saved.error());
            ++added;
        }
        return added;
    });
}

Result<domain::analyzer::ProfileMapper> AnalyzerProfileStore::mapperFor(const QString &name)
{
    if (auto ok = requireSignedIn(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<domain::analyzer::ProfileMapper> {
        auto p = getIn(tx, name);
        if (!p)
            return std::unexpected(p.error());
        CatalogueCache cache;
        auto catalogue = cache.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        QHash<QString, QString> codes;
        if (!p->analyzerId.isEmpty())
            for (const Analysis &a : (*catalogue)->analyses)
                for (const AnalyzerMapping &m : a.analyzerMappings)
                    if (m.analyzer == p->analyzerId && !m.code.isEmpty())
                        codes.insert(m.code, a.localCode);
        return domain::analyzer::ProfileMapper(*p, codes);
    });
}

} // namespace sgl::workflow::analyzers
