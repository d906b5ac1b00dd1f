#include "workflow/autoval/SeriesNeighbours.h"

#include "domain/autoval/SeriesCrossCheck.h"
#include "storage/AuditRepository.h"
#include "storage/DossierRepository.h"
#include "workflow/autoval/AutovalInputBuilder.h"
#include "workflow/validation/DossierFacts.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace sgl::workflow::autoval {

using namespace sgl::domain;
namespace av = sgl::domain::autoval;

namespace {

constexpr qint64 kWindowSeconds = qint64(av::SeriesCrossCheck::kWindowMinutes) * 60;

/** The dossiers of the series of a dossier sampled at `at` by `series`, `self` excluded; with
 *  `nearest`, only the SeriesCrossCheck::kMaxNeighbours nearest in time. */
Result<QList<Dossier>> seriesOf(storage::ReadTx &tx, qint64 self, const QDateTime &at, const QString &series, bool nearest)
{
    if (!at.isValid() || series.isEmpty())
        return QList<Dossier>{};
    auto rows = storage::DossierRepository::sampledBetween(tx, at.addSecs(-kWindowSeconds), at.addSecs(kWindowSeconds));
    if (!rows)
        return std::unexpected(rows.error());
    QList<Dossier> out;
    for (const Dossier &d : *rows)
        if (d.id != self && AutovalInputBuilder::collectionSeries(d) == series)
            out << d;
    if (!nearest)
        return out;
    // The nearest in time only, chosen before any patient data is read.
    std::stable_sort(out.begin(), out.end(), [&](const Dossier &a, const Dossier &b) {
        return std::abs(at.secsTo(a.sampledAt)) < std::abs(at.secsTo(b.sampledAt));
    });
    if (out.size() > av::SeriesCrossCheck::kMaxNeighbours)
        out.resize(av::SeriesCrossCheck::kMaxNeighbours);
    return out;
}

} // namespace

Result<QList<qint64>> SeriesNeighbours::of(storage::ReadTx &tx, qint64 dossierId)
{
    auto self = storage::DossierRepository::sampling(tx, dossierId);
    if (!self)
        return std::unexpected(self.error());
    // All of them: "nearest" is not symmetric, and a dossier waiting for this one must be found.
    auto rows = seriesOf(tx, dossierId, self->sampledAt, AutovalInputBuilder::collectionSeries(*self), false);
    if (!rows)
        return std::unexpected(rows.error());
    QList<qint64> ids;
    for (const Dossier &d : *rows)
        ids << d.id;
    return ids;
}

Result<QList<qint64>> SeriesNeighbours::crossCheck(storage::WriteTx &tx, const AuditActor &actor, qint64 subjectId,
                                                   const av::DossierInput &subject, av::DossierVerdict &verdict,
                                                   const av::RuleSet &rules, CatalogueCache &catalogue, const QcHoldSource &qc)
{
    if (!av::SeriesCrossCheck::applies(rules))
        return QList<qint64>{};
    auto rows = seriesOf(tx, subjectId, subject.collectedAt, subject.collectionSeries, true);
    if (!rows)
        return std::unexpected(rows.error());
    // Inputs are kept at stable addresses for the cross-check's pointers.
    std::vector<std::unique_ptr<av::DossierInput>> inputs;
    QList<const av::DossierInput *> neighbours;
    QList<qint64> read;
    for (const Dossier &d : *rows) {
        auto token = storage::AuditRepository::appendAction(
            tx, actor, QStringLiteral("autoval.series"), QStringLiteral("dossier"), QString::number(d.id),
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("evaluatedDossierId"), subjectId}})
                                  .toJson(QJsonDocument::Compact)));
        if (!token)
            return std::unexpected(token.error());
        auto facts = validation::DossierFacts::load(tx, d.id, *token, catalogue);
        if (!facts)
            return std::unexpected(facts.error());
        auto input = AutovalInputBuilder::build(tx, *facts, *token, qc, AutovalInputBuilder::Previous::AllNumeric);
        if (!input)
            return std::unexpected(input.error());
        read << d.id;
        inputs.push_back(std::make_unique<av::DossierInput>(std::move(*input)));
        neighbours << inputs.back().get();
    }
    av::SeriesCrossCheck::apply(subject, verdict, neighbours, rules);
    return read;
}

} // namespace sgl::workflow::autoval
