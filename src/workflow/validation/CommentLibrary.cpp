#include "workflow/validation/CommentLibrary.h"

#include "storage/CommentRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/validation/CommentLibraryCsv.h"

namespace sgl::workflow::validation {

using namespace sgl::domain;

namespace {

void normalise(CommentTemplate &t)
{
    t.code = t.code.trimmed().toUpper();
    t.text = t.text.trimmed();
    t.chapterCode = t.chapterCode.trimmed().toUpper();
}

bool sameContent(const CommentTemplate &a, const CommentTemplate &b)
{
    return a.text == b.text && a.printedByDefault == b.printedByDefault && a.chapterCode == b.chapterCode
           && a.active == b.active;
}

} // namespace

CommentLibrary::CommentLibrary(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Status CommentLibrary::mayRead() const
{
    if (rolesGrant(m_session.roles, Permission::CatalogueEdit))
        return requirePermission(m_session, Permission::CatalogueEdit);
    return requirePermission(m_session, Permission::DossierRead);
}

Result<QList<CommentTemplate>> CommentLibrary::list(bool activeOnly)
{
    if (auto ok = mayRead(); !ok)
        return std::unexpected(ok.error());
    auto all = m_db.read([](storage::ReadTx &tx) { return storage::CommentRepository::templates(tx); });
    if (!all || !activeOnly)
        return all;
    QList<CommentTemplate> active;
    for (const CommentTemplate &t : std::as_const(*all))
        if (t.active)
            active << t;
    return active;
}

Result<CommentTemplate> CommentLibrary::create(CommentTemplate t)
{
    if (auto ok = requirePermission(m_session, Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    normalise(t);
    if (auto s = t.check(); !s)
        return std::unexpected(s.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<CommentTemplate> {
        auto existing = storage::CommentRepository::findTemplate(tx, t.code);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return fail(errc::CommentDuplicateCode,
                        Tr::tr("Le code de commentaire « %1 » existe déjà.").arg(t.code), t.code);
        if (auto s = storage::CommentRepository::insertTemplate(tx, t, m_actor); !s)
            return std::unexpected(s.error());
        return t;
    });
}

Result<CommentTemplate> CommentLibrary::update(CommentTemplate t)
{
    if (auto ok = requirePermission(m_session, Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    normalise(t);
    if (auto s = t.check(); !s)
        return std::unexpected(s.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<CommentTemplate> {
        auto existing = storage::CommentRepository::findTemplate(tx, t.code);
        if (!existing)
            return std::unexpected(existing.error());
        if (!*existing)
            return fail(errc::CommentUnknownTemplate,
                        Tr::tr("Le commentaire codé « %1 » n'existe pas dans la bibliothèque.").arg(t.code), t.code);
        if (auto s = storage::CommentRepository::updateTemplate(tx, t, m_actor); !s)
            return std::unexpected(s.error());
        return t;
    });
}

Result<CommentTemplate> CommentLibrary::retire(const QString &code, int version)
{
    if (auto ok = requirePermission(m_session, Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    const QString c = code.trimmed().toUpper();
    return m_db.write([&](storage::WriteTx &tx) -> Result<CommentTemplate> {
        auto existing = storage::CommentRepository::findTemplate(tx, c);
        if (!existing)
            return std::unexpected(existing.error());
        if (!*existing)
            return fail(errc::CommentUnknownTemplate,
                        Tr::tr("Le commentaire codé « %1 » n'existe pas dans la bibliothèque.").arg(c), c);
        CommentTemplate t = **existing;
        t.active = false;
        t.version = version;
        if (auto s = storage::CommentRepository::updateTemplate(tx, t, m_actor); !s)
            return std::unexpected(s.error());
        return t;
    });
}

Result<CommentImportSummary> CommentLibrary::importCsv(const QByteArray &csv, const QString &source)
{
    if (auto ok = requirePermission(m_session, Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    auto rows = CommentLibraryCsv::read(csv, source);
    if (!rows)
        return std::unexpected(rows.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<CommentImportSummary> {
        CommentImportSummary summary;
        for (CommentTemplate t : std::as_const(*rows)) {
            auto existing = storage::CommentRepository::findTemplate(tx, t.code);
            if (!existing)
                return std::unexpected(existing.error());
            if (!*existing) {
                if (auto s = storage::CommentRepository::insertTemplate(tx, t, m_actor); !s)
                    return std::unexpected(s.error());
                ++summary.created;
            } else if (sameContent(**existing, t)) {
                ++summary.unchanged;
            } else {
                t.version = (*existing)->version;
                if (auto s = storage::CommentRepository::updateTemplate(tx, t, m_actor); !s)
                    return std::unexpected(s.error());
                ++summary.updated;
            }
        }
        return summary;
    });
}

Result<QByteArray> CommentLibrary::exportCsv()
{
    auto all = list(false);
    if (!all)
        return std::unexpected(all.error());
    return CommentLibraryCsv::write(*all);
}

} // namespace sgl::workflow::validation
