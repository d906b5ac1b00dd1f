#include "storage/CommentRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"
#include "storage/Tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sgl::storage {

using namespace Qt::StringLiterals;

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject templateJson(const domain::CommentTemplate &t)
{
    return {{u"code"_s, t.code},
            {u"text"_s, t.text},
            {u"printedByDefault"_s, t.printedByDefault},
            {u"chapter"_s, t.chapterCode},
            {u"active"_s, t.active},
            {u"version"_s, t.version}};
}

domain::CommentTemplate templateFrom(const QSqlQuery &q, const Dialect &d)
{
    domain::CommentTemplate t;
    t.code = q.value(0).toString();
    t.text = q.value(1).toString();
    t.printedByDefault = d.boolFromDb(q.value(2));
    t.chapterCode = q.value(3).toString();
    t.active = d.boolFromDb(q.value(4));
    t.version = q.value(5).toInt();
    t.updatedBy = q.value(6).toString();
    t.updatedAt = d.dateTimeFromDb(q.value(7));
    return t;
}

const QString kTemplateColumns = u"code, text, printed_default, chapter_code, active, version, updated_by, updated_at"_s;

} // namespace

domain::Result<QList<domain::CommentTemplate>> CommentRepository::templates(ReadTx &tx)
{
    auto q = tx.query(u"SELECT "_s + kTemplateColumns + u" FROM comment_templates ORDER BY code"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<domain::CommentTemplate> out;
    while (q->next())
        out << templateFrom(*q, tx.dialect());
    return out;
}

domain::Result<std::optional<domain::CommentTemplate>> CommentRepository::findTemplate(ReadTx &tx, const QString &code)
{
    auto q = tx.query(u"SELECT "_s + kTemplateColumns + u" FROM comment_templates WHERE code = ?"_s, {code});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::CommentTemplate>{};
    return std::optional(templateFrom(*q, tx.dialect()));
}

domain::Status CommentRepository::insertTemplate(WriteTx &tx, domain::CommentTemplate &t, const domain::AuditActor &actor)
{
    const Dialect &d = tx.dialect();
    t.version = 1;
    t.updatedBy = actor.login;
    t.updatedAt = QDateTime::currentDateTimeUtc();
    auto n = tx.exec(u"INSERT INTO comment_templates ("_s + kTemplateColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {t.code, t.text, d.toDb(t.printedByDefault), t.chapterCode, d.toDb(t.active), t.version,
                      t.updatedBy, d.toDb(t.updatedAt)});
    if (!n)
        return std::unexpected(n.error());
    auto a = AuditRepository::append(tx, actor, u"comment_template.create"_s, u"comment_template"_s, t.code, {},
                                     json(templateJson(t)));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status CommentRepository::updateTemplate(WriteTx &tx, domain::CommentTemplate &t, const domain::AuditActor &actor)
{
    auto before = findTemplate(tx, t.code);
    if (!before)
        return std::unexpected(before.error());
    if (!*before)
        return domain::fail(errc::NotFound, Tr::tr("Commentaire « %1 » introuvable.").arg(t.code));
    const Dialect &d = tx.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto s = tx.execVersioned(u"UPDATE comment_templates SET text = ?, printed_default = ?, chapter_code = ?, "
                                  "active = ?, version = version + 1, updated_by = ?, updated_at = ? "
                                  "WHERE code = ? AND version = ?"_s,
                                  {t.text, d.toDb(t.printedByDefault), t.chapterCode, d.toDb(t.active), actor.login,
                                   d.toDb(now), t.code, t.version},
                                  Tr::tr("le commentaire « %1 »").arg(t.code));
        !s)
        return s;
    t.version += 1;
    t.updatedBy = actor.login;
    t.updatedAt = now;
    auto a = AuditRepository::append(tx, actor, u"comment_template.update"_s, u"comment_template"_s, t.code,
                                     json(templateJson(**before)), json(templateJson(t)));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status CommentRepository::insertComment(WriteTx &tx, domain::DossierComment &c, const domain::AuditActor &actor)
{
    if (c.author.isEmpty())
        c.author = actor.login;
    if (!c.at.isValid())
        c.at = QDateTime::currentDateTimeUtc();
    const Dialect &d = tx.dialect();
    auto id = tx.insert(u"INSERT INTO dossier_comments (dossier_id, result_id, template_code, text, printed, author, "
                        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                        {c.dossierId, nullableId(c.resultId), c.templateCode, c.text, d.toDb(c.printed), c.author,
                         d.toDb(c.at)});
    if (!id)
        return std::unexpected(id.error());
    c.id = *id;
    const QJsonObject o{{u"commentId"_s, c.id},         {u"resultId"_s, c.resultId}, {u"template"_s, c.templateCode},
                        {u"text"_s, c.text},            {u"printed"_s, c.printed}};
    auto a = AuditRepository::append(tx, actor, u"validation.comment_add"_s, u"dossier"_s, QString::number(c.dossierId),
                                     {}, json(o));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status CommentRepository::markRemoved(WriteTx &tx, qint64 dossierId, qint64 commentId, const QString &reason,
                                              const domain::AuditActor &actor)
{
    const Dialect &d = tx.dialect();
    auto n = tx.exec(u"UPDATE dossier_comments SET removed = ?, removed_by = ?, removed_at = ?, removal_reason = ? "
                     "WHERE id = ? AND dossier_id = ? AND removed = ?"_s,
                     {d.toDb(true), actor.login, d.toDb(QDateTime::currentDateTimeUtc()), reason, commentId, dossierId,
                      d.toDb(false)});
    if (!n)
        return std::unexpected(n.error());
    if (*n != 1)
        return domain::fail(errc::Conflict,
                            Tr::tr("Le commentaire %1 a été modifié entre-temps par un autre poste.").arg(commentId));
    const QJsonObject o{{u"commentId"_s, commentId}, {u"reason"_s, reason}};
    auto a = AuditRepository::append(tx, actor, u"validation.comment_remove"_s, u"dossier"_s,
                                     QString::number(dossierId), {}, json(o));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Result<QList<domain::DossierComment>> CommentRepository::forDossier(WriteTx &tx, qint64 dossierId,
                                                                            const domain::AuditActor &actor)
{
    auto a = AuditRepository::append(tx, actor, u"comment.read_dossier"_s, u"dossier"_s, QString::number(dossierId));
    if (!a)
        return std::unexpected(a.error());
    return readDossier(tx, dossierId);
}

domain::Result<QList<domain::DossierComment>> CommentRepository::forDossierUnaudited(ReadTx &tx, qint64 dossierId,
                                                                                     const ActionAudit &action)
{
    Q_ASSERT(action.covers(tx));
    Q_UNUSED(action);
    return readDossier(tx, dossierId);
}

domain::Result<QList<domain::DossierComment>> CommentRepository::readDossier(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.query(u"SELECT c.id, c.dossier_id, c.result_id, r.analysis_code, c.template_code, c.text, c.printed, "
                      "c.author, c.created_at, c.removed, c.removed_by, c.removed_at, c.removal_reason "
                      "FROM dossier_comments c LEFT JOIN results r ON r.id = c.result_id "
                      "WHERE c.dossier_id = ? ORDER BY c.id"_s,
                      {dossierId});
    if (!q)
        return std::unexpected(q.error());
    const Dialect &d = tx.dialect();
    QList<domain::DossierComment> out;
    while (q->next()) {
        domain::DossierComment c;
        c.id = q->value(0).toLongLong();
        c.dossierId = q->value(1).toLongLong();
        c.resultId = q->value(2).isNull() ? 0 : q->value(2).toLongLong();
        c.analysisCode = q->value(3).toString();
        c.templateCode = q->value(4).toString();
        c.text = q->value(5).toString();
        c.printed = d.boolFromDb(q->value(6));
        c.author = q->value(7).toString();
        c.at = d.dateTimeFromDb(q->value(8));
        c.removed = d.boolFromDb(q->value(9));
        c.removedBy = q->value(10).toString();
        c.removedAt = d.dateTimeFromDb(q->value(11));
        c.removalReason = q->value(12).toString();
        out << c;
    }
    return out;
}

} // namespace sgl::storage
