#include "workflow/analyzers/HeldResults.h"

#include "domain/ErrorCodes.h"
#include "storage/AnalyzerHeldItemRepository.h"
#include "storage/AnalyzerMessageRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"
#include "workflow/analyzers/AnalyzerResultWriter.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::workflow::analyzers {

using namespace sgl::domain;
using storage::AnalyzerHeldItemRepository;
using storage::AnalyzerHeldRow;

namespace {

const QString kOpen = QStringLiteral("open");
const QString kAttached = QStringLiteral("attached");
const QString kRejected = QStringLiteral("rejected");

HeldItem toItem(const AnalyzerHeldRow &r)
{
    HeldItem h;
    h.id = r.id;
    h.version = r.version;
    h.messageId = r.messageId;
    h.profileName = r.profileName;
    h.receivedAt = r.receivedAt;
    h.specimenId = r.specimenId;
    h.testCode = r.testCode;
    h.analysisCode = r.analysisCode;
    h.valueText = r.valueText;
    h.instrumentFlags = r.instrumentFlags;
    h.observedAt = r.observedAt;
    h.reasonCode = r.reasonCode;
    h.reasonText = r.reasonText;
    h.location = r.location;
    h.state = r.state == kAttached ? HeldState::Attached : r.state == kRejected ? HeldState::Rejected : HeldState::Open;
    h.resolvedBy = r.resolvedBy;
    h.resolvedAt = r.resolvedAt;
    h.resolution = r.resolution;
    return h;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status requireReason(const QString &reason, qint64 heldId)
{
    if (reason.trimmed().isEmpty())
        return fail(errc::AnalyzerReasonRequired,
                    Tr::tr("Le motif de la décision sur le résultat en attente %1 est obligatoire.").arg(heldId),
                    QStringLiteral("motif"));
    return {};
}

/** The stored row of `heldId` at `version`, still open. */
Result<AnalyzerHeldRow> openRow(storage::ReadTx &tx, qint64 heldId, int version)
{
    auto row = AnalyzerHeldItemRepository::get(tx, heldId);
    if (!row)
        return row;
    if (row->version != version)
        return fail(storage::errc::Conflict,
                    Tr::tr("Le résultat en attente %1 (tube %2, code %3) a été traité entre-temps sur un autre poste ; "
                           "rechargez la liste.")
                        .arg(heldId)
                        .arg(row->specimenId, row->testCode),
                    QString::number(heldId));
    if (row->state != kOpen)
        return fail(errc::AnalyzerAlreadyResolved,
                    Tr::tr("Le résultat en attente %1 (tube %2, code %3) est déjà traité : %4.")
                        .arg(heldId)
                        .arg(row->specimenId, row->testCode, row->resolution),
                    QString::number(heldId));
    return row;
}

AnalyzerValue valueOf(const AnalyzerHeldRow &r, const QString &barcode, const QString &analysisCode)
{
    return AnalyzerValue{barcode, r.testCode, analysisCode, r.valueText,
                         bench::ValueSource{r.profileName, r.instrumentFlags, r.messageId, r.observedAt}, r.location};
}

} // namespace

HeldResults::HeldResults(storage::Database &db, UserSession session) : m_db(db), m_session(std::move(session)) {}

Result<QList<HeldItem>> HeldResults::list(bool includeResolved, int limit)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) -> Result<QList<HeldItem>> {
        auto rows = AnalyzerHeldItemRepository::list(tx, includeResolved, limit);
        if (!rows)
            return std::unexpected(rows.error());
        auto a = storage::AuditRepository::append(
            tx, actor, QStringLiteral("analyzer.held_read"), QStringLiteral("analyzer_held_item"), QString(), {},
            json({{QStringLiteral("count"), int(rows->size())}, {QStringLiteral("includeResolved"), includeResolved}}));
        if (!a)
            return std::unexpected(a.error());
        QList<HeldItem> out;
        for (const AnalyzerHeldRow &r : std::as_const(*rows))
            out << toItem(r);
        return out;
    });
}

Result<qint64> HeldResults::openCount()
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return m_db.read([](storage::ReadTx &tx) { return AnalyzerHeldItemRepository::openCount(tx); });
}

Result<QByteArray> HeldResults::rawMessage(qint64 heldId)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) -> Result<QByteArray> {
        auto row = AnalyzerHeldItemRepository::get(tx, heldId);
        if (!row)
            return std::unexpected(row.error());
        auto message = storage::AnalyzerMessageRepository::get(tx, row->messageId);
        if (!message)
            return std::unexpected(message.error());
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("analyzer.message_read"),
                                                  QStringLiteral("analyzer_message"), QString::number(message->id));
        if (!a)
            return std::unexpected(a.error());
        return message->raw;
    });
}

Result<HeldItem> HeldResults::attach(qint64 heldId, int version, const QString &barcode, const QString &analysisCode,
                                     bool saveMapping, const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    if (saveMapping)
        if (auto ok = requirePermission(m_session, Permission::ResultTechnicalValidate); !ok)
            return std::unexpected(ok.error());
    if (auto r = requireReason(reason, heldId); !r)
        return std::unexpected(r.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<HeldItem> {
        auto row = openRow(tx, heldId, version);
        if (!row)
            return std::unexpected(row.error());
        const QString analysis = analysisCode.trimmed().isEmpty() ? row->analysisCode : analysisCode.trimmed().toUpper();
        const QString tube = barcode.trimmed().isEmpty() ? row->specimenId : barcode.trimmed();
        if (analysis.isEmpty())
            return fail(domain::errc::AnalyzerUnmappedTest,
                        Tr::tr("Le code %1 n'est associé à aucune analyse : choisissez l'analyse du résultat.")
                            .arg(row->testCode),
                        QStringLiteral("analyse"));
        if (tube.isEmpty())
            return fail(errc::AnalyzerUnknownSpecimen, Tr::tr("Indiquez le code-barres du tube auquel rattacher le résultat."),
                        QStringLiteral("tube"));
        if (saveMapping) {
            domain::analyzer::CodeMapping mapping;
            mapping.testCode = row->testCode;
            mapping.analysisCode = analysis;
            if (auto p = AnalyzerProfileStore::addCodeMappingIn(tx, actor, row->profileName, mapping, reason); !p)
                return std::unexpected(p.error());
        }

        CatalogueCache cache;
        AnalyzerResultWriter writer(tx, actor, m_session.roles, cache, now);
        if (auto s = writer.place(valueOf(*row, tube, analysis)); !s)
            return std::unexpected(s.error());
        // The same unmapped code held earlier: now that it has an analysis, try again.
        QList<AnalyzerHeldRow> retried;
        if (saveMapping) {
            auto others = AnalyzerHeldItemRepository::openFor(tx, row->profileName, row->testCode,
                                                              domain::errc::AnalyzerUnmappedTest);
            if (!others)
                return std::unexpected(others.error());
            for (AnalyzerHeldRow other : std::as_const(*others)) {
                if (other.id == row->id)
                    continue;
                other.analysisCode = analysis;
                if (auto s = writer.place(valueOf(other, other.specimenId, analysis)); !s) {
                    if (s.error().code.startsWith(u"storage."))
                        return std::unexpected(s.error());
                    other.reasonCode = s.error().code;
                    other.reasonText = s.error().message;
                    if (auto u = AnalyzerHeldItemRepository::update(tx, other); !u)
                        return std::unexpected(u.error());
                    continue;
                }
                retried << other;
            }
        }
        auto placed = writer.commit();
        if (!placed)
            return std::unexpected(placed.error());
        const auto close = [&](AnalyzerHeldRow &r, const PlacedValue &where, const QString &why) -> Status {
            r.state = kAttached;
            r.resolvedBy = actor.login;
            r.resolvedAt = now;
            r.resultId = where.resultId;
            r.resolution = Tr::tr("rattaché à %1 / %2 : %3").arg(where.dossierNumber, r.analysisCode, why);
            if (auto u = AnalyzerHeldItemRepository::update(tx, r); !u)
                return u;
            auto a = storage::AuditRepository::append(
                tx, actor, QStringLiteral("analyzer.held_attach"), QStringLiteral("analyzer_held_item"),
                QString::number(r.id), {},
                json({{QStringLiteral("dossier"), where.dossierNumber},
                      {QStringLiteral("analysis"), r.analysisCode},
                      {QStringLiteral("result"), where.resultId},
                      {QStringLiteral("reason"), why}}));
            if (!a)
                return std::unexpected(a.error());
            return {};
        };
        row->analysisCode = analysis;
        if (auto s = close(*row, placed->first(), reason.trimmed()); !s)
            return std::unexpected(s.error());
        for (qsizetype i = 0; i < retried.size(); ++i)
            if (auto s = close(retried[i], (*placed)[i + 1],
                               Tr::tr("nouvelle correspondance %1 → %2").arg(row->testCode, analysis));
                !s)
                return std::unexpected(s.error());
        return toItem(*row);
    });
}

Result<HeldItem> HeldResults::reject(qint64 heldId, int version, const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    if (auto r = requireReason(reason, heldId); !r)
        return std::unexpected(r.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) -> Result<HeldItem> {
        auto row = openRow(tx, heldId, version);
        if (!row)
            return std::unexpected(row.error());
        row->state = kRejected;
        row->resolvedBy = actor.login;
        row->resolvedAt = QDateTime::currentDateTimeUtc();
        row->resolution = reason.trimmed();
        if (auto u = AnalyzerHeldItemRepository::update(tx, *row); !u)
            return std::unexpected(u.error());
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("analyzer.held_reject"),
                                                  QStringLiteral("analyzer_held_item"), QString::number(row->id), {},
                                                  json({{QStringLiteral("reason"), row->resolution},
                                                        {QStringLiteral("specimen"), row->specimenId},
                                                        {QStringLiteral("testCode"), row->testCode}}));
        if (!a)
            return std::unexpected(a.error());
        return toItem(*row);
    });
}

} // namespace sgl::workflow::analyzers
