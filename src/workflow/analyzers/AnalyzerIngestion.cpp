#include "workflow/analyzers/AnalyzerIngestion.h"

#include "domain/ErrorCodes.h"
#include "storage/AnalyzerHeldItemRepository.h"
#include "storage/AnalyzerMessageRepository.h"
#include "storage/AnalyzerQcResultRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CompactJson.h"
#include "storage/Database.h"
#include "storage/DocumentRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/analyzers/AnalyzerResultWriter.h"
#include "workflow/catalogue/CatalogueCache.h"
#include "workflow/qc/QcRunRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::workflow::analyzers {

using namespace sgl::domain;
using domain::analyzer::Disposition;
using domain::analyzer::MappedResult;

namespace {

QString protocolCode(domain::analyzer::AnalyzerProtocol p)
{
    return p == domain::analyzer::AnalyzerProtocol::Hl7 ? QStringLiteral("hl7") : QStringLiteral("astm");
}

QString location(const MappedResult &r)
{
    return r.raw.source.toString();
}

storage::AnalyzerHeldRow heldRow(const IngestInput &in, const storage::AnalyzerMessageRow &message,
                                 const MappedResult &r, const Error &why)
{
    storage::AnalyzerHeldRow h;
    h.messageId = message.id;
    h.profileName = in.profileName;
    h.receivedAt = message.receivedAt;
    h.specimenId = r.specimenId;
    h.testCode = r.testCode;
    h.analysisCode = r.analysisCode;
    h.valueText = r.valueText.isEmpty() ? r.raw.value : r.valueText;
    h.instrumentFlags = r.instrumentFlags;
    h.observedAt = r.observedAt;
    h.reasonCode = why.code;
    h.reasonText = why.message;
    h.location = why.location.isEmpty() ? location(r) : why.location;
    return h;
}

storage::AnalyzerQcRow qcRow(const IngestInput &in, qint64 messageId, const MappedResult &r)
{
    storage::AnalyzerQcRow q;
    q.messageId = messageId;
    q.profileName = in.profileName;
    q.specimenId = r.specimenId;
    // Control materials send their lot as the second component of the specimen id (cobas, XN).
    q.lot = r.raw.specimenIdComponents.value(1).trimmed();
    q.testCode = r.testCode;
    q.analysisCode = r.analysisCode;
    q.valueText = r.valueText.isEmpty() ? r.raw.value : r.valueText;
    q.units = r.raw.units;
    q.flags = r.instrumentFlags;
    q.instrumentId = r.instrumentId;
    q.observedAt = r.observedAt;
    return q;
}

/** The message as ingestion did it: one write transaction, `dry` only changes what is returned. */
Result<IngestOutcome> run(storage::WriteTx &tx, const IngestInput &in, const AuditActor &actor, CatalogueCache &cache)
{
    IngestOutcome out;
    const QString digest = storage::DocumentRepository::sha256Hex(in.raw);
    auto known = storage::AnalyzerMessageRepository::findByDigest(tx, in.profileName, digest);
    if (!known)
        return std::unexpected(known.error());
    if (*known) {
        out.messageId = **known;
        out.duplicateMessage = true;
        for (const MappedResult &r : in.mapped.results)
            out.items << IngestedItem{r, ItemFate::Duplicate, 0, {}, 0, 0, std::nullopt};
        auto a = storage::AuditRepository::append(
            tx, actor, QStringLiteral("analyzer.duplicate_message"), QStringLiteral("analyzer_message"),
            QString::number(out.messageId), {},
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("profile"), in.profileName},
                                                        {QStringLiteral("peer"), in.peer}})
                                  .toJson(QJsonDocument::Compact)));
        if (!a)
            return std::unexpected(a.error());
        return out;
    }

    storage::AnalyzerMessageRow message;
    message.profileName = in.profileName;
    message.protocol = protocolCode(in.mapped.raw.protocol);
    message.peer = in.peer;
    message.controlId = in.mapped.raw.controlId;
    message.raw = in.raw;
    message.digest = digest;
    message.processedAt = QDateTime::currentDateTimeUtc();
    // A caller without reception time (a replayed file) is given the processing time.
    message.receivedAt = in.receivedAt.isValid() ? in.receivedAt.toUTC() : message.processedAt;
    message.resultCount = int(in.mapped.results.size());
    if (auto s = storage::AnalyzerMessageRepository::insert(tx, message); !s)
        return std::unexpected(s.error());
    out.messageId = message.id;

    // The instrument enters its values as a technician would (state machine roles).
    AnalyzerResultWriter writer(tx, actor, {Role::Technician}, cache, message.processedAt);
    // One audit row for every patient-data read of the message, naming the dossiers of its
    // received tubes (found from the tube rows alone), instead of one row per read.
    QJsonArray dossiers;
    for (const MappedResult &r : in.mapped.results) {
        if (r.disposition != Disposition::Store)
            continue;
        auto dossier = writer.dossierOf(r.specimenId);
        if (!dossier)
            return std::unexpected(dossier.error());
        if (*dossier != 0 && !dossiers.contains(*dossier))
            dossiers.append(*dossier);
    }
    if (!dossiers.isEmpty()) {
        const QJsonObject read{{QStringLiteral("profile"), in.profileName},
                               {QStringLiteral("peer"), in.peer},
                               {QStringLiteral("controlId"), message.controlId},
                               {QStringLiteral("dossiers"), dossiers}};
        auto action = storage::AuditRepository::appendAction(
            tx, actor, QStringLiteral("analyzer.read"), QStringLiteral("analyzer_message"), QString::number(message.id),
            QString::fromUtf8(QJsonDocument(read).toJson(QJsonDocument::Compact)));
        if (!action)
            return std::unexpected(action.error());
        writer.readUnder(*action);
    }
    QList<qsizetype> placed; // items waiting for commit(), in queue order
    out.items.reserve(in.mapped.results.size());
    for (const MappedResult &r : in.mapped.results) {
        IngestedItem item{r, ItemFate::Held, 0, {}, 0, 0, std::nullopt};
        switch (r.disposition) {
        case Disposition::Ignored:
            item.fate = ItemFate::Ignored;
            break;
        case Disposition::Qc: {
            auto q = qcRow(in, message.id, r);
            if (auto s = storage::AnalyzerQcResultRepository::insert(tx, q); !s)
                return std::unexpected(s.error());
            item.fate = ItemFate::Qc;
            break;
        }
        case Disposition::Held:
            item.reason = r.hold.value_or(Error{domain::errc::AnalyzerMalformedMessage,
                                                Tr::tr("Résultat illisible : mis en attente."), location(r)});
            break;
        case Disposition::Store: {
            AnalyzerValue v{r.specimenId, r.testCode, r.analysisCode, r.valueText,
                            bench::ValueSource{in.profileName, r.instrumentFlags, message.id, r.observedAt},
                            {}, r.raw.source};
            if (auto s = writer.place(v); !s) {
                if (s.error().code.startsWith(u"storage."))
                    return std::unexpected(s.error());
                item.reason = s.error();
            } else {
                item.fate = ItemFate::Stored;
                placed << out.items.size();
            }
            break;
        }
        }
        if (item.fate == ItemFate::Held) {
            auto h = heldRow(in, message, r, *item.reason);
            if (auto s = storage::AnalyzerHeldItemRepository::insert(tx, h); !s)
                return std::unexpected(s.error());
            item.heldId = h.id;
            ++message.heldCount;
        }
        message.qcCount += item.fate == ItemFate::Qc ? 1 : 0;
        message.ignoredCount += item.fate == ItemFate::Ignored ? 1 : 0;
        out.items << item;
    }
    auto stored = writer.commit();
    if (!stored)
        return std::unexpected(stored.error());
    for (qsizetype i = 0; i < placed.size(); ++i) {
        IngestedItem &item = out.items[placed[i]];
        item.dossierId = (*stored)[i].dossierId;
        item.dossierNumber = (*stored)[i].dossierNumber;
        item.resultId = (*stored)[i].resultId;
    }
    message.storedCount = int(placed.size());
    // QC values become runs of their lots, evaluated after the message's patient values are
    // stored so that a rejected run holds them too (same transaction).
    if (message.qcCount > 0)
        if (auto qcRuns = qc::QcRunRecorder::fromMessageIn(tx, message.id, actor); !qcRuns)
            return std::unexpected(qcRuns.error());
    if (auto s = storage::AnalyzerMessageRepository::setCounts(tx, message); !s)
        return std::unexpected(s.error());
    // The text QJsonDocument wrote of {profile, peer, controlId, results, stored, held, qc,
    // ignored}, keys in its order, without building the object (one per message).
    storage::CompactJson summary;
    summary.beginObject()
        .string(QLatin1StringView("controlId"), message.controlId)
        .integer(QLatin1StringView("held"), message.heldCount)
        .integer(QLatin1StringView("ignored"), message.ignoredCount)
        .string(QLatin1StringView("peer"), in.peer)
        .string(QLatin1StringView("profile"), in.profileName)
        .integer(QLatin1StringView("qc"), message.qcCount)
        .integer(QLatin1StringView("results"), message.resultCount)
        .integer(QLatin1StringView("stored"), message.storedCount)
        .endObject();
    auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("analyzer.message"),
                                              QStringLiteral("analyzer_message"), QString::number(message.id), {},
                                              summary.toString());
    if (!a)
        return std::unexpected(a.error());
    return out;
}

Status checkInput(const IngestInput &in)
{
    if (in.profileName.trimmed().isEmpty())
        return fail(errc::AnalyzerUnknownProfile, Tr::tr("Message d'analyseur sans profil : il ne peut pas être lu."),
                    QStringLiteral("profil"));
    if (in.raw.isEmpty())
        return fail(domain::errc::AnalyzerMalformedMessage,
                    Tr::tr("Message d'analyseur vide (profil %1) : rien à enregistrer.").arg(in.profileName),
                    in.peer);
    return {};
}

} // namespace

AnalyzerIngestion::AnalyzerIngestion(storage::Database &db, AuditActor actor)
    : m_db(db), m_actor(std::move(actor)), m_catalogue(std::make_unique<CatalogueCache>())
{
}

AnalyzerIngestion::~AnalyzerIngestion() = default;
AnalyzerIngestion::AnalyzerIngestion(AnalyzerIngestion &&) noexcept = default;

Result<IngestOutcome> AnalyzerIngestion::ingest(const IngestInput &input)
{
    if (auto s = checkInput(input); !s)
        return std::unexpected(s.error());
    return m_db.write([&](storage::WriteTx &tx) { return run(tx, input, m_actor, *m_catalogue); });
}

Result<IngestOutcome> AnalyzerIngestion::dryRun(const IngestInput &input)
{
    if (auto s = checkInput(input); !s)
        return std::unexpected(s.error());
    // Exactly the code of ingest(), in a transaction that is always rolled back.
    IngestOutcome captured;
    auto rolledBack = m_db.write([&](storage::WriteTx &tx) -> Status {
        auto out = run(tx, input, m_actor, *m_catalogue);
        if (!out)
            return std::unexpected(out.error());
        captured = std::move(*out);
        return fail(errc::AnalyzerDryRun, QStringLiteral("dry run"));
    });
    if (!rolledBack && rolledBack.error().code != errc::AnalyzerDryRun)
        return std::unexpected(rolledBack.error());
    captured.messageId = 0;
    for (IngestedItem &item : captured.items) {
        item.heldId = 0;
        item.resultId = 0;
    }
    return captured;
}

} // namespace sgl::workflow::analyzers
