#include "workflow/analyzers/AnalyzerResultWriter.h"

#include "domain/lab/ResultEntry.h"
#include "storage/SpecimenRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QMap>

namespace sgl::workflow::analyzers {

using namespace sgl::domain;

namespace {

bool acceptsEntry(ValidationState s)
{
    return s == ValidationState::Pending || s == ValidationState::Entered || s == ValidationState::RerunRequested;
}

/** "GLU (code 2345)" : the analysis with the instrument's code when it differs. */
QString named(const AnalyzerValue &v, const Analysis *a)
{
    const QString label = a ? QStringLiteral("%1 (%2)").arg(a->label, v.analysisCode) : v.analysisCode;
    if (v.testCode.isEmpty() || v.testCode == v.analysisCode)
        return label;
    return Tr::tr("%1, code analyseur %2").arg(label, v.testCode);
}

} // namespace

AnalyzerResultWriter::AnalyzerResultWriter(storage::WriteTx &tx, AuditActor actor, QList<Role> roles,
                                           CatalogueCache &catalogue, QDateTime now)
    : m_tx(tx), m_actor(std::move(actor)), m_roles(std::move(roles)), m_catalogue(catalogue), m_now(std::move(now))
{
}

Result<bench::DossierContext *> AnalyzerResultWriter::context(qint64 dossierId)
{
    auto it = m_contexts.find(dossierId);
    if (it == m_contexts.end()) {
        // An instrument's value needs the dossier's and the patient's rows, not the copies, the
        // clinical answers or the identity documents: three reads fewer per tube.
        auto loaded = bench::DossierEntry::load(m_tx, dossierId, m_actor, m_catalogue,
                                                m_action ? &*m_action : nullptr, bench::DossierEntry::Reads::EntryOnly);
        if (!loaded)
            return std::unexpected(loaded.error());
        it = m_contexts.insert(dossierId, std::move(*loaded));
    }
    return &it.value();
}

Result<std::optional<Specimen>> AnalyzerResultWriter::specimen(const QString &barcode)
{
    // A message carries one tube for all its results: one lookup, not one per result.
    auto it = m_specimens.constFind(barcode);
    if (it != m_specimens.cend())
        return *it;
    auto found = storage::SpecimenRepository::byBarcode(m_tx, barcode);
    if (!found)
        return std::unexpected(found.error());
    m_specimens.insert(barcode, *found);
    return *found;
}

Result<qint64> AnalyzerResultWriter::dossierOf(const QString &barcode)
{
    auto s = specimen(barcode.trimmed());
    if (!s)
        return std::unexpected(s.error());
    return *s && (*s)->status == Specimen::Status::Received ? (*s)->dossierId : 0;
}

void AnalyzerResultWriter::readUnder(const storage::ActionAudit &action)
{
    Q_ASSERT(action.covers(m_tx));
    m_action.emplace(action);
}

Status AnalyzerResultWriter::place(const AnalyzerValue &v)
{
    const QString barcode = v.barcode.trimmed();
    auto specimen = this->specimen(barcode);
    if (!specimen)
        return std::unexpected(specimen.error());
    if (!*specimen)
        return fail(errc::AnalyzerUnknownSpecimen,
                    Tr::tr("Aucun tube ne porte le code-barres %1 : le résultat %2 est mis en attente.")
                        .arg(barcode, v.testCode.isEmpty() ? v.analysisCode : v.testCode),
                    v.where());
    if ((*specimen)->status != Specimen::Status::Received)
        return fail(errc::AnalyzerSpecimenNotReceived,
                    Tr::tr("Le tube %1 n'est pas réceptionné (%2) : le résultat %3 est mis en attente.")
                        .arg(barcode,
                             (*specimen)->status == Specimen::Status::Rejected ? Tr::tr("tube refusé")
                                                                              : Tr::tr("tube attendu"),
                             v.testCode.isEmpty() ? v.analysisCode : v.testCode),
                    v.where());
    auto ctx = context((*specimen)->dossierId);
    if (!ctx)
        return std::unexpected(ctx.error());
    bench::DossierContext &c = **ctx;
    const Analysis *a = c.catalogue->analysis(v.analysisCode);
    const QString what = named(v, a);
    if (c.dossier.status == DossierStatus::Cancelled)
        return fail(errc::AnalyzerCancelledAnalysis,
                    Tr::tr("Le dossier %1 du tube %2 est annulé : le résultat %3 est mis en attente.")
                        .arg(c.dossier.number, barcode, what),
                    v.where());
    if (bench::DossierEntry::isClosed(c.dossier.status))
        return fail(errc::AnalyzerAlreadyValidated,
                    Tr::tr("Le dossier %1 du tube %2 est déjà validé : le résultat %3 est mis en attente.")
                        .arg(c.dossier.number, barcode, what),
                    v.where());
    const LabResult *target = nullptr;
    bool any = false;
    bool cancelled = false;
    for (const LabResult &r : c.results) {
        if (r.analysisCode != v.analysisCode)
            continue;
        any = true;
        if (r.state == ValidationState::Cancelled) {
            cancelled = true;
            continue;
        }
        target = &r; // the last active one, as the bench's enterByCode
    }
    if (!any)
        return fail(errc::AnalyzerNotOrdered,
                    Tr::tr("L'analyse %1 n'est pas prescrite dans le dossier %2 du tube %3 : le résultat est mis en "
                           "attente.")
                        .arg(what, c.dossier.number, barcode),
                    v.where());
    if (!target && cancelled)
        return fail(errc::AnalyzerCancelledAnalysis,
                    Tr::tr("L'analyse %1 du dossier %2 (tube %3) est annulée : le résultat est mis en attente.")
                        .arg(what, c.dossier.number, barcode),
                    v.where());
    if (!acceptsEntry(target->state))
        return fail(errc::AnalyzerAlreadyValidated,
                    Tr::tr("L'analyse %1 du dossier %2 (tube %3) est déjà validée (%4) : la nouvelle valeur est mise "
                           "en attente.")
                        .arg(what, c.dossier.number, barcode, validationStateLabel(target->state).toLower()),
                    v.where());
    if (!a)
        return fail(errc::AnalyzerNotOrdered,
                    Tr::tr("L'analyse %1 n'est plus au catalogue : le résultat du tube %2 est mis en attente.")
                        .arg(v.analysisCode, barcode),
                    v.where());
    if (a->isCalculated())
        return fail(errc::BenchCalculated,
                    Tr::tr("%1 est une analyse calculée : la valeur envoyée pour le tube %2 est mise en attente.")
                        .arg(what, barcode),
                    v.where());
    auto entered = ResultEntry::enter(*a, v.valueText, c.rangeFor(*a), c.valueListSystem);
    if (!entered)
        return fail(entered.error().code,
                    Tr::tr("Tube %1, %2 : %3").arg(barcode, what, entered.error().message), v.where());
    m_queue << Queued{c.dossier.id, target->id, v};
    return {};
}

Result<QList<PlacedValue>> AnalyzerResultWriter::commit()
{
    // One entry per dossier, in the order dossiers first appear, so calculated analyses, reflexes
    // and the status move once with every value of the message.
    QList<qint64> order;
    QMap<qint64, QList<bench::TypedResult>> byDossier;
    QMap<qint64, QList<bench::ValueSource>> sources;
    for (const Queued &q : std::as_const(m_queue)) {
        if (!byDossier.contains(q.dossierId))
            order << q.dossierId;
        byDossier[q.dossierId] << bench::TypedResult{q.resultId, std::nullopt, q.value.valueText};
        sources[q.dossierId] << q.value.source;
    }
    for (qint64 dossierId : order) {
        auto ctx = context(dossierId);
        if (!ctx)
            return std::unexpected(ctx.error());
        auto applied = bench::DossierEntry::apply(m_tx, **ctx, byDossier.value(dossierId), m_actor, m_roles, m_now,
                                                  sources.value(dossierId));
        if (!applied)
            return std::unexpected(applied.error());
    }
    QList<PlacedValue> out;
    for (const Queued &q : std::as_const(m_queue)) {
        const bench::DossierContext &c = m_contexts[q.dossierId];
        out << PlacedValue{q.dossierId, c.dossier.number, q.resultId};
    }
    m_queue.clear();
    return out;
}

} // namespace sgl::workflow::analyzers
